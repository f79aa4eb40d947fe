import { createServer, request as httpRequest, type Server } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Role } from "../../lib/auth/identity";
import { startSubgraph, type RunningSubgraph } from "../../lib/server/subgraph-server";
import { subgraphRegistry } from "../../subgraphs";
import { scratchDatabases, testEngine } from "../helpers/engine";
import { startTestGraph, type TestGraph } from "../helpers/graph";
import { token } from "../helpers/tokens";

/**
 * Two replicas of the Cumberland subgraph over one database (PostgreSQL under `npm run test:pg`, a
 * SQLite file otherwise) behind a round-robin proxy, the gateway sending to the proxy: a write
 * through one replica is read through the other, concurrent writes through both lose nothing, and the
 * audit log numbers them without a gap or a repeat. Nothing a replica holds in memory matters.
 */
interface Proxied {
  replica: number;
  mutation: boolean;
}

class RoundRobinProxy {
  targets: URL[] = [];
  readonly served: Proxied[] = [];
  private next = 0;
  private readonly server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const body = Buffer.concat(chunks);
      const replica = this.next;
      this.next = (this.next + 1) % this.targets.length;
      const query = (JSON.parse(body.toString() || "{}") as { query?: string }).query ?? "";
      if (process.env.DEBUG_PROXY) console.log(query.slice(0, 80));
      this.served.push({ replica, mutation: /^\s*mutation\b/.test(query) });
      const target = this.targets[replica];
      const forwarded = httpRequest(
        { host: target.hostname, port: target.port, path: target.pathname, method: incoming.method, headers: { ...incoming.headers, host: target.host, "content-length": String(body.length) } },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      forwarded.on("error", () => outgoing.writeHead(502).end());
      forwarded.end(body);
    });
  });

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as { port: number };
    return `http://127.0.0.1:${port}/graphql`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const dir = mkdtempSync(join(tmpdir(), "graph-replicas-"));
const scratch = scratchDatabases((name) => join(dir, `${name}.sqlite`));
const proxy = new RoundRobinProxy();
let graph: TestGraph;
let second: RunningSubgraph;
let editor: string;
let admin: string;

beforeAll(async () => {
  const proxyUrl = await proxy.listen();
  const databases = Object.fromEntries(["westmorland-furness", "cumberland", "shared"].map((name) => [name, scratch.of(name)]));
  graph = await startTestGraph({ databases, subgraphUrls: { cumberland: proxyUrl } });
  const entry = subgraphRegistry().find((candidate) => candidate.descriptor.name === "cumberland")!;
  second = await startSubgraph(entry.definition(), { descriptor: entry.descriptor, port: 0, host: "127.0.0.1", database: databases.cumberland, secret: graph.secret });
  proxy.targets = [new URL(graph.subgraphs.cumberland.url), new URL(second.url)];
  editor = await token({ roles: [Role.COUNCIL_EDITOR], council: "cumberland", name: "Cumberland lead" });
  admin = await token({ roles: [Role.ADMIN] });
});
afterAll(async () => {
  await second?.close();
  await graph?.close();
  await proxy.close();
  await scratch.drop();
  rmSync(dir, { recursive: true, force: true });
});

const RECORD = `mutation($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { action { version status } errors { code } } }`;
interface RecordAnswer {
  recordCumberlandActionProgress: { action: { version: number; status: string } | null; errors: Array<{ code: string }> };
}
const STATE = `query($id: ID!) { node(id: $id) { ... on Action { status version latestUpdate { note } } } }`;
interface StateAnswer {
  node: { status: string; version: number; latestUpdate: { note: string } | null };
}

async function cumberlandActions(count: number): Promise<Array<{ id: string; version: number }>> {
  const answer = await graph.query<{ councils: Array<{ actions: { nodes: Array<{ id: string; version: number }> } }> }>(`{ councils { actions(first: ${count}) { nodes { id version } } } }`);
  return answer.data!.councils.flatMap((council) => council.actions.nodes).filter((action) => action.id.startsWith("Cumberland"));
}

it(`the second replica shares the first's ${testEngine} database: it loaded nothing itself`, () => {
  expect(graph.subgraphs.cumberland.loaded).toBe(true);
  expect(second.loaded).toBe(false);
});

it("a write through one replica is read through the other", async () => {
  const [action] = await cumberlandActions(1);
  const write = await graph.queryAs<RecordAnswer>(editor, RECORD, { input: { actionId: action.id, expectedVersion: action.version, status: "ON_TRACK", rag: "GREEN", note: "Written through one replica" } });
  expect(write.body.data!.recordCumberlandActionProgress.errors).toEqual([]);
  const writer = proxy.served.filter((served) => served.mutation).at(-1)!.replica;

  // Round robin: of two reads in a row, one goes to the replica that did not take the write.
  const reads: Array<{ replica: number; answer: StateAnswer["node"] }> = [];
  for (let i = 0; i < 2; i += 1) {
    const before = proxy.served.length;
    const read = (await graph.queryAs<StateAnswer>(editor, STATE, { id: action.id })).body;
    expect(proxy.served.length).toBe(before + 1);
    reads.push({ replica: proxy.served[before].replica, answer: read.data!.node });
  }
  const elsewhere = reads.find((read) => read.replica !== writer)!;
  expect(elsewhere.answer).toEqual({ status: "ON_TRACK", version: action.version + 1, latestUpdate: { note: "Written through one replica" } });
  expect(new Set(proxy.served.map((served) => served.replica))).toEqual(new Set([0, 1]));
});

it("concurrent writes through both replicas lose nothing: one CONFLICT on a shared version, every other write kept, the audit numbered once each", async () => {
  const actions = await cumberlandActions(12);
  expect(actions.length).toBeGreaterThanOrEqual(8);
  const auditBefore = await graph.queryAs<{ councils: Array<{ auditLog: { totalCount: number } } | null> }>(admin, `{ councils { auditLog(first: 1) { totalCount } } }`);
  const totalBefore = auditBefore.body.data!.councils[1]!.auditLog.totalCount;

  const [contested, ...others] = actions.slice(0, 8);
  const servedBefore = proxy.served.length;
  const writes = await Promise.all([
    ...[1, 2].map((n) => graph.queryAs<RecordAnswer>(editor, RECORD, { input: { actionId: contested.id, expectedVersion: contested.version, status: "AT_RISK", rag: "AMBER", note: `Contested write ${n}` } })),
    ...others.map((action) => graph.queryAs<RecordAnswer>(editor, RECORD, { input: { actionId: action.id, expectedVersion: action.version, status: "ON_TRACK", rag: "GREEN", note: "Concurrent write" } })),
  ]);
  for (const write of writes) expect(write.body.errors).toBeUndefined();
  const mutationsServed = proxy.served.slice(servedBefore).filter((served) => served.mutation);
  expect(new Set(mutationsServed.map((served) => served.replica))).toEqual(new Set([0, 1]));

  const contestedCodes = writes.slice(0, 2).map((write) => write.body.data!.recordCumberlandActionProgress.errors.map((error) => error.code).join(",")).sort();
  expect(contestedCodes).toEqual(["", "CONFLICT"]);
  for (const write of writes.slice(2)) expect(write.body.data!.recordCumberlandActionProgress.errors).toEqual([]);

  const audit = await graph.queryAs<{ councils: Array<{ auditLog: { totalCount: number; nodes: Array<{ sequence: number }> } } | null> }>(admin, `{ councils { auditLog(first: 100) { totalCount nodes { sequence } } } }`);
  const log = audit.body.data!.councils[1]!.auditLog;
  expect(log.totalCount).toBe(totalBefore + 1 + others.length);
  const sequences = log.nodes.map((entry) => entry.sequence).sort((a, b) => a - b);
  expect(sequences).toEqual(Array.from({ length: log.totalCount }, (_, i) => i + 1));
  const after = await graph.queryAs<StateAnswer>(editor, STATE, { id: contested.id });
  expect(after.body.data!.node.version).toBe(contested.version + 1);
});
