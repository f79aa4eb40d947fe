import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../../lib/server/free-port";
import { scratchDatabases } from "../helpers/engine";
import { launcherEnvironment, pidsOf, portIsFree, runLauncher, waitFor, type RunningLauncher } from "../helpers/launcher";

/**
 * `npm start` and the development OpenID provider: started with the graph in development (on
 * OIDC_DEV_PORT), restarted like the other services, stopped with them; never in production.
 * Runs the compiled launcher (npm test builds first).
 */
const dir = mkdtempSync(join(tmpdir(), "graph-start-oidc-"));
const scratch = scratchDatabases((name) => join(dir, `${name}.sqlite`));
let started: RunningLauncher | undefined;
afterEach(async () => {
  // A failed test must not leave the graph running.
  if (started && started.child.exitCode === null) {
    started.child.kill("SIGKILL");
    await started.exited;
  }
});
afterAll(async () => {
  await scratch.drop();
  rmSync(dir, { recursive: true, force: true });
});

async function discovery(port: number): Promise<{ issuer?: string } | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/.well-known/openid-configuration`);
    return response.ok ? ((await response.json()) as { issuer?: string }) : null;
  } catch {
    return null;
  }
}

it("starts the development provider on OIDC_DEV_PORT, says where, restarts it when it dies, and stops it on SIGTERM", async () => {
  const { env } = await launcherEnvironment(scratch);
  const oidcPort = Number(env.OIDC_DEV_PORT);
  delete env.OIDC_ISSUER;
  delete env.NODE_ENV;
  started = runLauncher(env);
  // "Processes: ..." comes just after "The graph is up"; the pids are read from it.
  await waitFor(
    () => /^Processes: /m.test(started!.output()),
    30_000,
    () => started!.output(),
  );
  const issuer = `http://127.0.0.1:${oidcPort}`;
  expect(started.output()).toContain(`Development sign-in: ${issuer} (accounts in the README; password demo)`);
  expect((await discovery(oidcPort))?.issuer).toBe(issuer);

  // Restarted like the other services.
  const pid = pidsOf(started.output())["dev-provider"];
  expect(pid).toEqual(expect.any(Number));
  process.kill(pid, "SIGKILL");
  await waitFor(
    () => started!.output().includes("dev-provider is back"),
    20_000,
    () => started!.output(),
  );
  expect((await discovery(oidcPort))?.issuer).toBe(issuer);

  started.child.kill("SIGTERM");
  expect(await started.exited).toBe(0);
  expect(await portIsFree(oidcPort)).toBe(true);
}, 60_000);

it("does not start it with NODE_ENV=production", async () => {
  const { env, ports } = await launcherEnvironment(scratch);
  const oidcPort = Number(env.OIDC_DEV_PORT);
  Object.assign(env, {
    NODE_ENV: "production",
    AUTH_JWT_SECRET: randomBytes(32).toString("hex"),
    SUBGRAPH_SECRET: randomBytes(32).toString("hex"),
    SESSION_SECRET: randomBytes(32).toString("hex"),
    METRICS_PORT: String(await freePort()),
    LOG_LEVEL: "silent",
  });
  delete env.OIDC_ISSUER;
  started = runLauncher(env);
  await waitFor(
    () => /^Processes: /m.test(started!.output()) || started!.child.exitCode !== null,
    30_000,
    () => started!.output(),
  );
  expect(started.output()).toContain("The graph is up");
  // The graph is up (so the launcher got past starting its services) and no provider among them.
  expect(started.output()).not.toContain("Development sign-in");
  expect(Object.keys(pidsOf(started.output()))).toEqual(expect.arrayContaining(["gateway", "cumberland"]));
  expect(Object.keys(pidsOf(started.output()))).not.toContain("dev-provider");
  expect(await portIsFree(oidcPort)).toBe(true);
  expect(await discovery(oidcPort)).toBeNull();
  started.child.kill("SIGTERM");
  expect(await started.exited).toBe(0);
  expect(await portIsFree(ports.GATEWAY_PORT)).toBe(true);
}, 60_000);

it("names OIDC_DEV_PORT when its port is taken, and leaves nothing running", async () => {
  const { env, ports } = await launcherEnvironment(scratch);
  const oidcPort = Number(env.OIDC_DEV_PORT);
  delete env.NODE_ENV;
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(oidcPort, "127.0.0.1", () => resolve()));
  try {
    started = runLauncher(env);
    // Either it gives up (as it should) or, without a provider to start, brings the graph up.
    await waitFor(
      () => started!.child.exitCode !== null || started!.output().includes("The graph is up"),
      30_000,
      () => started!.output(),
    );
    expect(await started.exited).not.toBe(0);
    expect(started.output()).toContain(`Port ${oidcPort} on 127.0.0.1 is already in use: set OIDC_DEV_PORT to a free port.`);
    for (const port of Object.values(ports)) expect(await portIsFree(port)).toBe(true);
  } finally {
    blocker.close();
  }
}, 60_000);
