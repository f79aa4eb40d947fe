import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { councilNames } from "../helpers/councils";
import { scratchDatabases, testEngine } from "../helpers/engine";
import { launcher, launcherEnvironment, portIsFree, runLauncher as run, waitFor } from "../helpers/launcher";

/**
 * `npm start` as a user runs it: all four services as processes, the gateway serving once the
 * subgraphs answer, and everything stopped cleanly on SIGTERM. Runs the compiled launcher (npm test builds first).
 */
const dir = mkdtempSync(join(tmpdir(), "graph-start-"));
const scratch = scratchDatabases((name) => join(dir, `${name}.sqlite`));
afterAll(async () => {
  await scratch.drop();
  rmSync(dir, { recursive: true, force: true });
});
const environment = () => launcherEnvironment(scratch);

it("starts every service, serves the graph, and stops them all on SIGTERM leaving no port bound", async () => {
  expect(existsSync(launcher)).toBe(true);
  const { env, ports } = await environment();
  const started = run(env);
  await waitFor(() => started.output().includes("The graph is up"), 25_000);
  for (const port of Object.values(ports)) expect(started.output()).toContain(`127.0.0.1:${port}/graphql`);

  const response = await fetch(`http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: '{ councils { name } jointInitiative(id: "regional-adoption-agency") { status } }' }),
  });
  expect(await response.json()).toEqual({ data: { councils: councilNames().map((name) => ({ name })), jointInitiative: { status: "IN_DEVELOPMENT" } } });
  // The launcher's subgraphs accept only its gateway.
  const direct = await fetch(`http://127.0.0.1:${ports.CUMBERLAND_PORT}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ cumberland { name } }" }) });
  expect(direct.status).toBe(401);

  started.child.kill("SIGTERM");
  expect(await started.exited).toBe(0);
  for (const port of Object.values(ports)) expect(await portIsFree(port)).toBe(true);
  if (testEngine === "sqlite") expect(existsSync(join(dir, "cumberland.sqlite"))).toBe(true);
}, 40_000);

it("names the port and the variable to change when a port is taken, and leaves nothing running", async () => {
  const { env, ports } = await environment();
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(ports.CUMBERLAND_PORT, "127.0.0.1", () => resolve()));
  try {
    const started = run(env);
    expect(await started.exited).not.toBe(0);
    expect(started.output()).toContain(`Port ${ports.CUMBERLAND_PORT} on 127.0.0.1 is already in use: set CUMBERLAND_PORT to a free port.`);
    for (const name of ["GATEWAY_PORT", "WESTMORLAND_FURNESS_PORT", "SHARED_PORT"] as const) expect(await portIsFree(ports[name])).toBe(true);
  } finally {
    blocker.close();
  }
}, 40_000);
