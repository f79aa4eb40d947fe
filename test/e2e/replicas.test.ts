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
import { idempotentWrite, type Outcome, type StoredResult } from "../../lib/tracking/idempotency";
import { subgraphNames } from "../helpers/councils";
import { graphql } from "../../generated/test";

/**
 * Two replicas of the Cumberland subgraph over one database (PostgreSQL under `npm run test:pg`, a
 * SQLite file otherwise) behind a round-robin proxy, the gateway sending to the proxy: a write
 * through one replica is read through the other (a draft approved through it too), concurrent drafts
 * and approvals through both lose nothing (of two approvals racing on one version, exactly one wins),
 * and the audit log numbers them, with the data load, without a gap or a repeat. Nothing a replica
 * holds in memory matters.
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
      const forwarded = httpRequest({ host: target.hostname, port: target.port, path: target.pathname, method: incoming.method, headers: { ...incoming.headers, host: target.host, "content-length": String(body.length) } }, (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      });
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
let approver: string;
let admin: string;

beforeAll(async () => {
  const proxyUrl = await proxy.listen();
  const databases = Object.fromEntries(subgraphNames().map((name) => [name, scratch.of(name)]));
  graph = await startTestGraph({ databases, subgraphUrls: { cumberland: proxyUrl } });
  const entry = subgraphRegistry().find((candidate) => candidate.descriptor.name === "cumberland")!;
  second = await startSubgraph(entry.definition(), { descriptor: entry.descriptor, port: 0, host: "127.0.0.1", database: databases.cumberland, secret: graph.secret });
  proxy.targets = [new URL(graph.subgraphs.cumberland.url), new URL(second.url)];
  editor = await token({ roles: [Role.COUNCIL_EDITOR], council: "cumberland", name: "Cumberland lead" });
  approver = await token({ roles: [Role.COUNCIL_APPROVER], council: "cumberland", name: "Cumberland approver" });
  admin = await token({ roles: [Role.ADMIN] });
});
afterAll(async () => {
  await second?.close();
  await graph?.close();
  await proxy.close();
  await scratch.drop();
  rmSync(dir, { recursive: true, force: true });
});

const RECORD = graphql(`mutation ReplicasRecord($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { action { version status } update { id revision state } errors { code } } }`);
const APPROVE = graphql(`mutation ReplicasApprove($input: SignOffInput!) { approveCumberlandProgressUpdate(input: $input) { action { version status } update { id state } errors { code field } } }`);
const STATE = graphql(`query ReplicasState($id: ID!) { node(id: $id) { ... on Action { status version latestUpdate { note } } } }`);
interface StateAnswer {
  node: { status: string; version: number; latestUpdate: { note: string } | null };
}

async function cumberlandActions(count: number): Promise<Array<{ id: string; version: number }>> {
  const answer = await graph.query(graphql(`query ReplicasActions($count: Int) { councils { actions(first: $count) { nodes { id version } } } }`), { count });
  return answer.data!.councils.flatMap((council) => council.actions.nodes).filter((action) => action.id.startsWith("Cumberland"));
}

const draft = (input: Record<string, unknown>) => graph.queryAs(editor, RECORD, { input: { ...input, submit: true } });
const approve = (update: { id: string; revision: number }) => graph.queryAs(approver, APPROVE, { input: { updateId: update.id, expectedRevision: update.revision } });
const mutationsSince = (served: number): Proxied[] => proxy.served.slice(served).filter((entry) => entry.mutation);

it(`the second replica shares the first's ${testEngine} database: it loaded nothing itself`, () => {
  expect(graph.subgraphs.cumberland.loaded).toBe(true);
  expect(second.loaded).toBe(false);
});

it("a write through one replica is read through the other", async () => {
  const [action] = await cumberlandActions(1);
  const servedBefore = proxy.served.length;
  const drafted = await draft({ actionId: action.id, expectedVersion: action.version, status: "ON_TRACK", rag: "GREEN", note: "Written through one replica" });
  expect(drafted.body.data!.recordCumberlandActionProgress.errors).toEqual([]);
  // The approval finds, through the other replica, the update drafted through the first.
  const approved = await approve(drafted.body.data!.recordCumberlandActionProgress.update!);
  expect(approved.body.data!.approveCumberlandProgressUpdate).toMatchObject({ action: { status: "ON_TRACK", version: action.version + 1 }, errors: [] });
  const [draftedBy, writer] = mutationsSince(servedBefore).map((served) => served.replica);
  expect(writer).not.toBe(draftedBy);

  // Round robin: of two reads in a row, one goes to the replica that did not take the approval.
  const reads: Array<{ replica: number; answer: StateAnswer["node"] }> = [];
  for (let i = 0; i < 2; i += 1) {
    const before = proxy.served.length;
    const read = (await graph.queryAs(editor, STATE, { id: action.id })).body;
    expect(proxy.served.length).toBe(before + 1);
    reads.push({ replica: proxy.served[before].replica, answer: read.data!.node });
  }
  const elsewhere = reads.find((read) => read.replica !== writer)!;
  expect(elsewhere.answer).toEqual({ status: "ON_TRACK", version: action.version + 1, latestUpdate: { note: "Written through one replica" } });
  expect(new Set(proxy.served.map((served) => served.replica))).toEqual(new Set([0, 1]));
});

it("concurrent writes through both replicas lose nothing: drafts on one version all kept, one CONFLICT between two approvals racing on it, every other write kept, the audit numbered once each", async () => {
  const actions = await cumberlandActions(12);
  expect(actions.length).toBeGreaterThanOrEqual(8);
  const auditBefore = await graph.queryAs(admin, graphql(`query ReplicasAuditTotal { councils { auditLog(first: 1) { totalCount } } }`));
  const totalBefore = auditBefore.body.data!.councils[1]!.auditLog.totalCount;

  const [contested, ...others] = actions.slice(0, 8);
  // Drafts, all at once: two on the same action and version, one on each other action. None is refused.
  let servedBefore = proxy.served.length;
  const drafts = await Promise.all([
    ...[1, 2].map((n) => draft({ actionId: contested.id, expectedVersion: contested.version, status: "AT_RISK", rag: "AMBER", note: `Contested write ${n}` })),
    ...others.map((action) => draft({ actionId: action.id, expectedVersion: action.version, status: "ON_TRACK", rag: "GREEN", note: "Concurrent write" })),
  ]);
  for (const written of drafts) expect(written.body.errors).toBeUndefined();
  expect(new Set(mutationsSince(servedBefore).map((served) => served.replica))).toEqual(new Set([0, 1]));
  for (const written of drafts) expect(written.body.data!.recordCumberlandActionProgress).toMatchObject({ update: { state: "SUBMITTED" }, errors: [] });
  const updates = drafts.map((written) => written.body.data!.recordCumberlandActionProgress.update!);
  expect(new Set(updates.map((update) => update.id)).size).toBe(drafts.length);

  // The two contested approvals at once, alone: round robin sends one through each replica. Exactly one wins.
  servedBefore = proxy.served.length;
  const contestedApprovals = await Promise.all(updates.slice(0, 2).map(approve));
  for (const approval of contestedApprovals) expect(approval.body.errors).toBeUndefined();
  expect(
    mutationsSince(servedBefore)
      .map((served) => served.replica)
      .sort(),
  ).toEqual([0, 1]);
  const contestedCodes = contestedApprovals.map((approval) => approval.body.data!.approveCumberlandProgressUpdate.errors.map((error) => error.code).join(",")).sort();
  expect(contestedCodes).toEqual(["", "CONFLICT"]);
  const winner = contestedApprovals.findIndex((approval) => approval.body.data!.approveCumberlandProgressUpdate.errors.length === 0);
  const loser = contestedApprovals[1 - winner].body.data!.approveCumberlandProgressUpdate;
  expect(loser).toEqual({ action: null, update: null, errors: [{ code: "CONFLICT", field: "updateId" }] });

  // The other approvals, all at once through both replicas: every one kept.
  servedBefore = proxy.served.length;
  const approvals = await Promise.all(updates.slice(2).map(approve));
  for (const approval of approvals) expect(approval.body.errors).toBeUndefined();
  expect(new Set(mutationsSince(servedBefore).map((served) => served.replica))).toEqual(new Set([0, 1]));
  for (const approval of approvals) expect(approval.body.data!.approveCumberlandProgressUpdate).toMatchObject({ action: { status: "ON_TRACK" }, update: { state: "APPROVED" }, errors: [] });

  const audit = await graph.queryAs(admin, graphql(`query ReplicasAuditLog { councils { auditLog(first: 100) { totalCount nodes { sequence operation actor { subject } } } } }`));
  const log = audit.body.data!.councils[1]!.auditLog;
  // Every draft, the winning approval and every other approval: one entry each.
  expect(log.totalCount).toBe(totalBefore + drafts.length + 1 + others.length);
  const sequences = log.nodes.map((entry) => entry.sequence).sort((a, b) => a - b);
  expect(sequences).toEqual(Array.from({ length: log.totalCount }, (_, i) => i + 1));
  // The data load at start is numbered with the writes: first.
  expect(log.nodes.find((entry) => entry.sequence === 1)).toMatchObject({ operation: "dataLoad", actor: { subject: "system:data-load" } });

  const after = await graph.queryAs(editor, graphql(`query ReplicasActionState($id: ID!) { node(id: $id) { ... on Action { status version latestUpdate { note } submitted: updates(states: [SUBMITTED]) { nodes { id } } } } }`), {
    id: contested.id,
  });
  expect(after.body.data!.node).toEqual({
    status: "AT_RISK",
    version: contested.version + 1,
    latestUpdate: { note: `Contested write ${winner + 1}` },
    // The losing update is still there, submitted, to be returned and drafted again.
    submitted: { nodes: [{ id: updates[1 - winner].id }] },
  });
});

it("two sign-off steps racing on one update through both replicas: one is taken, the other is a CONFLICT, never an internal error", async () => {
  const RETURN = graphql(`mutation ReplicasReturn($input: SignOffInput!) { returnCumberlandProgressUpdate(input: $input) { update { state revision } errors { code field currentVersion } } }`);
  const [action] = await cumberlandActions(40).then((actions) => actions.slice(-1));
  for (const race of ["return-return", "approve-return"] as const) {
    const drafted = await draft({ actionId: action.id, expectedVersion: (await graph.query(STATE, { id: action.id })).data!.node.version, status: "ON_TRACK", note: `Raced: ${race}` });
    const update = drafted.body.data!.recordCumberlandActionProgress.update!;
    const servedBefore = proxy.served.length;
    const returnIt = () => graph.queryAs(approver, RETURN, { input: { updateId: update.id, expectedRevision: 0, comment: "Raced" } });
    const answers = await Promise.all([race === "return-return" ? returnIt() : approve({ id: update.id, revision: 0 }), returnIt()]);
    expect(
      mutationsSince(servedBefore)
        .map((served) => served.replica)
        .sort(),
    ).toEqual([0, 1]);
    for (const answer of answers) expect(answer.body.errors).toBeUndefined();
    const payloads = answers.map((answer) => Object.values(answer.body.data!)[0] as { errors: Array<{ code: string; field: string }> });
    expect(payloads.map((payload) => payload.errors.map((error) => error.code).join(",")).sort()).toEqual(["", "CONFLICT"]);
  }
});

it("one write retried with its idempotency key through both replicas at once is made once, and every answer is that write's", async () => {
  const input = { actionId: "CumberlandAction:children-and-family-wellbeing-plan.a12", expectedVersion: 0, status: "ON_TRACK", note: "Sent four times by a client that heard nothing back", idempotencyKey: "replicas-retry-1" };
  const RECORD = graphql(`mutation ReplicasRetryRecord($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { update { id } replayed errors { code } } }`);
  const answers = await Promise.all([1, 2, 3, 4].map(() => graph.queryAs(editor, RECORD, { input })));
  for (const { status, body } of answers) expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
  const payloads = answers.map(({ body }) => body.data!.recordCumberlandActionProgress);
  expect(new Set(payloads.map((payload) => payload.update?.id)).size).toBe(1);
  expect(payloads.filter((payload) => !payload.replayed)).toHaveLength(1);
  const rows = (await graph.subgraphs.cumberland.database.dataSource.query(`SELECT COUNT(*) AS n FROM progress_update WHERE note = '${input.note}'`)) as Array<{ n: number | string }>;
  expect(Number(rows[0].n)).toBe(1);
});

// Deterministic: the first replica's keyed write is held open while the second takes the same key.
(testEngine === "postgres" ? it : it.skip)(
  "a keyed write racing itself on two replicas runs once: the second waits on the key's claim and answers the stored result (a sign-off step would otherwise find the update moved and say CONFLICT)",
  async () => {
    const request = { key: "held-open-1", subject: "racing-editor", operation: "raceTest", input: { note: "the same write twice" } };
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const runs: string[] = [];
    const write = (replica: string) => async (): Promise<Outcome<string>> => {
      runs.push(replica);
      if (replica === "first") await gate;
      return { result: `written by ${replica}`, stored: { rowKey: replica, updateId: null }, errors: [] };
    };
    const replay = async (_manager: unknown, stored: StoredResult) => `replayed ${stored.rowKey}`;
    const first = idempotentWrite(graph.subgraphs.cumberland.database.dataSource, request, write("first"), replay, () => "reused");
    while (runs.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const racing = idempotentWrite(second.database.dataSource, request, write("second"), replay, () => "reused");
    // Give the second replica time to reach the key (it must wait there, not run its write).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(runs).toEqual(["first"]);
    release();
    expect(await first).toEqual({ result: "written by first", replayed: false });
    expect(await racing).toEqual({ result: "replayed first", replayed: true });
    expect(runs).toEqual(["first"]);
  },
);
