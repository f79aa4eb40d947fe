import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { signToken } from "../../lib/auth/dev-token";
import { Role } from "../../lib/auth/identity";
import { DEFAULT_TOKEN_AUDIENCE, DEFAULT_TOKEN_ISSUER } from "../../lib/config/env";
import { scratchDatabases } from "../helpers/engine";
import { launcherEnvironment, pidsOf, runLauncher, waitFor, type RunningLauncher } from "../helpers/launcher";

/**
 * A crash in the middle of writing: the graph runs as `npm start` runs it, clients create joint
 * actions without pause (each with an idempotency key), and the shared subgraph is killed with
 * SIGKILL while writes are in flight. The launcher restarts it. Every write a client was told
 * succeeded is there afterwards; every write that failed is retried with its key and is then there
 * exactly once. Nothing acknowledged is lost, nothing is doubled.
 */
jest.setTimeout(120_000);
const dir = mkdtempSync(join(tmpdir(), "graph-crash-"));
const scratch = scratchDatabases((name) => join(dir, `${name}.sqlite`));
let started: RunningLauncher | undefined;
afterAll(async () => {
  if (started && started.child.exitCode === null) {
    started.child.kill("SIGTERM");
    await started.exited;
  }
  await scratch.drop();
  rmSync(dir, { recursive: true, force: true });
});

const SECRET = "crash-durability-test-secret-0123456789abcdef0123456789";
const CREATE = `mutation($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id } replayed errors { code } } }`;
const LIST = `{ jointInitiative(id: "regional-adoption-agency") { jointActions(first: 100) { totalCount nodes { id title } } } }`;

interface Created {
  data?: { createJointAction: { jointAction: { id: string } | null; replayed: boolean; errors: Array<{ code: string }> } | null } | null;
  errors?: Array<{ extensions?: { code?: string } }>;
}

it("keeps every acknowledged write through a SIGKILL of the subgraph that holds them, and a retry with its key makes each failed one exactly once", async () => {
  const { env, ports } = await launcherEnvironment(scratch);
  started = runLauncher({ ...env, AUTH_JWT_SECRET: SECRET, RATE_LIMIT: "off" });
  const launcher = started;
  const printed = () => `the launcher printed:\n${launcher.output()}`;
  await waitFor(() => /^Processes: /m.test(launcher.output()), 60_000, printed);
  const editor = await signToken({ subject: "crash-editor", name: "Editor", roles: [Role.PARTNERSHIP_EDITOR], council: null }, { secret: SECRET, issuer: DEFAULT_TOKEN_ISSUER, audience: DEFAULT_TOKEN_AUDIENCE, expiresIn: "1h" });
  const url = `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`;
  let replayed = 0;
  const create = async (key: string): Promise<string | null> => {
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${editor}` },
        body: JSON.stringify({ query: CREATE, variables: { input: { initiativeId: "regional-adoption-agency", title: `Crash test ${key}`, owner: "Lead", idempotencyKey: key } } }),
      });
      const body = (await response.json()) as Created;
      const payload = body.data?.createJointAction;
      const ok = response.status === 200 && !body.errors && payload?.jointAction && payload.errors.length === 0;
      if (ok && payload.replayed) replayed += 1;
      return ok ? payload.jointAction!.id : null;
    } catch {
      return null;
    }
  };

  const told = new Map<string, string>();
  const failed: string[] = [];
  let killed = false;
  const shared = pidsOf(launcher.output()).shared;
  // Three clients write without pause (75 writes, within one page of 100); the subgraph is killed once 15 were acknowledged.
  const client = async (): Promise<void> => {
    for (let index = 0; index < 25; index += 1) {
      const key = `crash-${randomUUID()}`;
      const id = await create(key);
      if (id === null) failed.push(key);
      else told.set(key, id);
      if (!killed && told.size >= 15) {
        killed = true;
        process.kill(shared, "SIGKILL");
      }
    }
  };
  await Promise.all([client(), client(), client()]);
  expect(killed).toBe(true);
  await waitFor(() => launcher.output().includes("shared is back"), 30_000, printed);
  // Writes refused while it was down (or cut off mid-write) are sent again with their keys.
  for (const key of failed) {
    const id = await create(key);
    expect(id).not.toBeNull();
    told.set(key, id!);
  }
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${editor}` }, body: JSON.stringify({ query: LIST }) });
  const list = ((await response.json()) as { data: { jointInitiative: { jointActions: { totalCount: number; nodes: Array<{ id: string }> } } } }).data.jointInitiative.jointActions;
  const stored = new Set(list.nodes.map((node) => node.id));
  process.stdout.write(
    `crash durability: ${told.size} writes, ${failed.length} failed while the subgraph was down and were retried with their keys (${replayed} of them had been saved before the answer was lost, and were replayed); ${list.totalCount} joint actions stored\n`,
  );
  expect(failed.length).toBeGreaterThan(0);
  expect([...told.values()].filter((id) => !stored.has(id))).toEqual([]);
  // Exactly one joint action per key: no retry made a second one.
  expect(list.totalCount).toBe(told.size);
  expect(list.nodes).toHaveLength(list.totalCount);
  expect(new Set(told.values()).size).toBe(told.size);
});
