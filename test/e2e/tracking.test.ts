import { SignJWT, UnsecuredJWT } from "jose";
import { TEST_TOKEN_SECRET } from "../../gateway/src/in-process";
import { Role } from "../../lib/auth/identity";
import { startGraphWithTokens, type GraphQLResponse, type TestGraph, codeOf } from "../helpers/graph";
import { recordApproved, write } from "../helpers/sign-off";
import { token } from "../helpers/tokens";
import { graphql } from "../../generated/test";
import type { TrackingRecordedFragment } from "../../generated/test/graphql";

/**
 * Adoption agency leads and council officers record progress through the gateway: nothing is lost,
 * nobody writes where they do not belong, and every write is audited.
 */
let graph: TestGraph;
let tokens: Record<string, string | null>;
beforeAll(async () => ({ graph, tokens } = await startGraphWithTokens()));
afterAll(() => graph?.close());

const WF_ACTION = "WestmorlandAndFurnessAction:ambition-for-every-child.a26";
const CUMBERLAND_ACTION = "CumberlandAction:children-and-family-wellbeing-plan.a35";
graphql(`fragment TrackingRecorded on RecordActionProgressPayload { action { id status rag version } update { id status rag note version recordedBy { subject name } } errors { code field message currentVersion } }`);
const RECORD: Record<string, string> = {
  recordWestmorlandAndFurnessActionProgress: graphql(`mutation TrackingRecordWestmorlandAndFurness($input: RecordProgressInput!) { recordWestmorlandAndFurnessActionProgress(input: $input) { ...TrackingRecorded } }`).toString(),
  recordCumberlandActionProgress: graphql(`mutation TrackingRecordCumberland($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { ...TrackingRecorded } }`).toString(),
};

async function state(id: string): Promise<{ status: string; version: number }> {
  const result = await graph.queryAs(null, graphql(`query TrackingActionStatusAndVersion($id: ID!) { node(id: $id) { ... on Action { status version } } }`), { id });
  return result.body.data!.node;
}

// Both councils' mutations answer with the same generated payload fragment: one answer type serves both.
async function record(who: string | null, mutation: string, input: Record<string, unknown>): Promise<GraphQLResponse<Record<string, TrackingRecordedFragment>>> {
  return (await graph.queryAs<Record<string, TrackingRecordedFragment>>(who, RECORD[mutation], { input })).body;
}

describe("who may do what", () => {
  const mutations = [
    { mutation: "recordWestmorlandAndFurnessActionProgress", action: WF_ACTION, allowed: "westmorlandFurnessEditor" },
    { mutation: "recordCumberlandActionProgress", action: CUMBERLAND_ACTION, allowed: "cumberlandEditor" },
  ];
  const ROLES = ["anonymous", "viewer", "westmorlandFurnessEditor", "cumberlandEditor", "westmorlandFurnessApprover", "cumberlandApprover", "partnershipEditor", "partnershipApprover", "admin"];

  it.each(ROLES)("%s: each council's drafts are written only by that council's editor, and change no action; refusals change nothing", async (role) => {
    for (const { mutation, action, allowed } of mutations) {
      const before = await state(action);
      const drafts = async () =>
        (await graph.queryAs(tokens.viewer, graphql(`query TrackingDraftCount($id: ID!) { node(id: $id) { ... on Action { updates(states: [DRAFT]) { totalCount } } } }`), { id: action })).body.data!.node.updates.totalCount;
      const draftsBefore = await drafts();
      const response = await record(tokens[role], mutation, { actionId: action, expectedVersion: before.version, status: "ON_TRACK", rag: "GREEN", note: `Recorded by ${role}` });
      expect(await state(action)).toEqual(before);
      if (role === allowed) {
        expect(response.errors).toBeUndefined();
        expect(response.data![mutation].errors).toEqual([]);
        expect(await drafts()).toBe(draftsBefore + 1);
      } else {
        expect(codeOf(response)).toBe(role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
        expect(await drafts()).toBe(draftsBefore);
      }
    }
  });

  it.each(ROLES)("%s: approved updates are public, drafts need a signed-in member of staff; the audit log needs ADMIN", async (role) => {
    const published = await graph.queryAs(tokens[role], `query($id: ID!) { node(id: $id) { ... on Action { latestUpdate { note } updates(first: 5, states: [APPROVED]) { totalCount } } } }`, { id: WF_ACTION });
    expect(codeOf(published.body)).toBeUndefined();
    const drafts = await graph.queryAs(tokens[role], `query($id: ID!) { node(id: $id) { ... on Action { updates(first: 5, states: [DRAFT, SUBMITTED, RETURNED]) { totalCount } } } }`, { id: WF_ACTION });
    expect(codeOf(drafts.body)).toBe(role === "anonymous" ? "UNAUTHENTICATED" : undefined);
    const auditLog = await graph.queryAs(tokens[role], `{ councils { name auditLog(first: 5) { totalCount } } }`);
    expect(codeOf(auditLog.body)).toBe(role === "admin" ? undefined : role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
  });

  it("a verified token with no role reads no drafts", async () => {
    const roleless = await token({ roles: [] });
    const drafts = await graph.queryAs(roleless, `query($id: ID!) { node(id: $id) { ... on Action { updates(states: [DRAFT]) { totalCount } } } }`, { id: WF_ACTION });
    expect(codeOf(drafts.body)).toBe("FORBIDDEN");
    // Without asking for states, it sees what anyone sees: approved updates only.
    const plain = await graph.queryAs(roleless, graphql(`query TrackingUpdateStates($id: ID!) { node(id: $id) { ... on Action { updates { nodes { state } } } } }`), { id: WF_ACTION });
    expect(plain.body.errors).toBeUndefined();
    for (const update of plain.body.data!.node.updates.nodes) expect(update.state).toBe("APPROVED");
  });

  it("anyone may read published plan content and an action's status", async () => {
    const response = await graph.queryAs(null, graphql(`query TrackingPlansAndActionStatus($id: ID!) { councils { plans { title } } node(id: $id) { ... on Action { status } } }`), { id: WF_ACTION });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.councils[0].plans.length).toBe(2);
  });
});

describe("tokens", () => {
  it.each([
    ["expired", () => token({ roles: [Role.ADMIN] }, { expiresIn: Math.floor(Date.now() / 1000) - 60 })],
    ["signed with another key", () => token({ roles: [Role.ADMIN] }, { secret: "another-secret-of-at-least-thirty-two-characters" })],
    ["for another audience", () => token({ roles: [Role.ADMIN] }, { audience: "someone-else" })],
    ["from another issuer", () => token({ roles: [Role.ADMIN] }, { issuer: "someone-else" })],
    ["with the none algorithm", async () => new UnsecuredJWT({ roles: ["ADMIN"], name: "x" }).setSubject("x").setIssuer("cumbria-childrens-graph").setAudience("cumbria-childrens-graph").setExpirationTime("1h").encode()],
    ["malformed", async () => "not-a-token"],
    [
      "without an expiry",
      async () =>
        new SignJWT({ roles: ["ADMIN"], name: "x" }).setProtectedHeader({ alg: "HS256" }).setSubject("x").setIssuer("cumbria-childrens-graph").setAudience("cumbria-childrens-graph").sign(new TextEncoder().encode(TEST_TOKEN_SECRET)),
    ],
  ])("a token %s is refused with 401 UNAUTHENTICATED", async (_kind, make) => {
    const response = await graph.queryAs(await make(), `{ councils { auditLog { totalCount } } }`);
    expect(response.status).toBe(401);
    expect(codeOf(response.body)).toBe("UNAUTHENTICATED");
  });

  it("subgraphs refuse requests the gateway did not sign", async () => {
    const url = graph.subgraphs["cumberland"].url;
    const plain = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ cumberland { name } }" }) });
    expect(plain.status).toBe(401);
    const forged = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-gateway-identity": await token({ roles: [Role.ADMIN] }) }, body: JSON.stringify({ query: "{ cumberland { name } }" }) });
    expect(forged.status).toBe(401);
  });
});

describe("recording progress", () => {
  const ACTION = "WestmorlandAndFurnessAction:ambition-for-every-child.a31";
  const MUTATION = "recordWestmorlandAndFurnessActionProgress";
  const approved = (action: string, input: Record<string, unknown>) => recordApproved(graph, "WestmorlandAndFurness", tokens.westmorlandFurnessEditor!, tokens.westmorlandFurnessApprover!, { actionId: action, ...input });

  it("refuses each kind of invalid input with its error, changing nothing", async () => {
    const editor = tokens.westmorlandFurnessEditor;
    const { version } = await state(ACTION);
    const base = { actionId: ACTION, expectedVersion: version, status: "ON_TRACK", note: "fine" };
    const cases: Array<[Record<string, unknown>, string, string | null]> = [
      [{ ...base, actionId: "WestmorlandAndFurnessAction:no-such-plan.a1" }, "NOT_FOUND", "actionId"],
      [{ ...base, actionId: CUMBERLAND_ACTION }, "NOT_FOUND", "actionId"],
      [{ ...base, note: "   " }, "INVALID_INPUT", "note"],
      [{ ...base, note: "x".repeat(2001) }, "INVALID_INPUT", "note"],
      [{ ...base, status: "NOT_REPORTED" }, "INVALID_INPUT", "status"],
      [{ ...base, forecastStatus: "NOT_REPORTED" }, "INVALID_INPUT", "forecastStatus"],
      [{ ...base, rag: "BLUE" }, "INVALID_INPUT", "rag"],
      [{ ...base, status: "COMPLETE", rag: "RED" }, "INVALID_INPUT", "rag"],
      [{ ...base, rag: "RED", explanation: "y".repeat(2001) }, "INVALID_INPUT", "explanation"],
      [{ ...base, expectedVersion: version + 5 }, "CONFLICT", "expectedVersion"],
    ];
    for (const [input, code, field] of cases) {
      const response = await record(editor, MUTATION, input);
      expect(response.errors).toBeUndefined();
      expect(response.data![MUTATION].errors[0]).toMatchObject({ code, field });
      expect(response.data![MUTATION].action).toBeNull();
    }
    expect(await state(ACTION)).toEqual({ status: "NOT_REPORTED", version });
    const invalidEnum = await graph.queryAs(editor, RECORD[MUTATION], { input: { ...base, status: "DONE" } });
    expect(codeOf(invalidEnum.body)).toBe("BAD_USER_INPUT");
  });

  it("reopening a COMPLETE action needs a reason", async () => {
    const editor = tokens.westmorlandFurnessEditor;
    const complete = await approved(ACTION, { expectedVersion: (await state(ACTION)).version, status: "COMPLETE", rag: "BLUE", note: "Monitoring process in place" });
    const version = complete.action.version;
    expect(complete.action).toMatchObject({ status: "COMPLETE", rag: "BLUE" });
    const reopen = await record(editor, MUTATION, { actionId: ACTION, expectedVersion: version, status: "AT_RISK", rag: "AMBER", note: "Reopened" });
    expect(reopen.data![MUTATION].errors[0]).toMatchObject({ code: "INVALID_TRANSITION", field: "reopenReason" });
    const reopened = await approved(ACTION, { expectedVersion: version, status: "AT_RISK", rag: "AMBER", forecastStatus: "COMPLETE", note: "Reopened", reopenReason: "The fostering part was not covered" });
    expect(reopened.action).toMatchObject({ status: "AT_RISK", rag: "AMBER", forecastStatus: "COMPLETE", version: version + 1 });
  });

  it("of many concurrent approvals of updates drafted on the same version, exactly one wins; the others get CONFLICT with the current version", async () => {
    const action = "WestmorlandAndFurnessAction:ambition-for-every-child.a01";
    const { version } = await state(action);
    const drafts = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        write(graph, tokens.westmorlandFurnessEditor, "WestmorlandAndFurness", "record", { actionId: action, expectedVersion: version, status: "ON_TRACK", rag: "GREEN", note: `Concurrent update ${i}`, submit: true }),
      ),
    );
    for (const draft of drafts) expect(draft.payload!.errors).toEqual([]);
    expect(await state(action)).toMatchObject({ version });
    const approvals = await Promise.all(drafts.map((draft) => write(graph, tokens.westmorlandFurnessApprover, "WestmorlandAndFurness", "approve", { updateId: draft.payload!.update!.id, expectedRevision: draft.payload!.update!.revision })));
    const winners = approvals.filter((approval) => approval.payload!.errors.length === 0);
    expect(winners).toHaveLength(1);
    for (const loser of approvals.filter((approval) => approval.payload!.errors.length > 0)) expect(loser.payload!.errors[0]).toMatchObject({ code: "CONFLICT", currentVersion: version + 1 });
    const history = await graph.queryAs(null, graphql(`query TrackingActionUpdates($id: ID!) { node(id: $id) { ... on Action { version latestUpdate { note } updates(first: 100) { totalCount nodes { note state } } } } }`), { id: action });
    expect(history.body.data!.node.version).toBe(version + 1);
    expect(history.body.data!.node.latestUpdate.note).toBe(winners[0].payload!.update!.note);
    expect(history.body.data!.node.updates.nodes).toEqual([{ note: winners[0].payload!.update!.note, state: "APPROVED" }]);
  });

  it("shows the latest approved update and the history newest first, paginated with stable cursors", async () => {
    const action = "WestmorlandAndFurnessAction:ambition-for-every-child.a02";
    for (let i = 1; i <= 3; i++) await approved(action, { expectedVersion: (await state(action)).version, status: "ON_TRACK", note: `Update ${i}` });
    const first = await graph.queryAs(
      tokens.viewer,
      graphql(`query TrackingFirstUpdatesPage($id: ID!) { node(id: $id) { ... on Action { latestUpdate { note } updates(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { note } } } } } }`),
      { id: action },
    );
    expect(first.body.data!.node.latestUpdate.note).toBe("Update 3");
    expect(first.body.data!.node.updates.edges.map((edge) => edge.node.note)).toEqual(["Update 3", "Update 2"]);
    expect(first.body.data!.node.updates.pageInfo.hasNextPage).toBe(true);
    // A write between two page requests does not shift the next page: cursors are keys, not offsets.
    await approved(action, { expectedVersion: (await state(action)).version, status: "ON_TRACK", note: "Update 4" });
    const next = await graph.queryAs(
      tokens.viewer,
      graphql(
        `query TrackingUpdatesPageAfter($id: ID!, $after: String) { node(id: $id) { ... on Action { latestUpdate { note } updates(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { note } } } } } }`,
      ),
      { id: action, after: first.body.data!.node.updates.pageInfo.endCursor },
    );
    expect(next.body.data!.node.updates.edges.map((edge) => edge.node.note)).toEqual(["Update 1"]);
  });

  it("audits every successful write, and no refused one, with before and after", async () => {
    const read = async () =>
      (await graph.queryAs(tokens.admin, graphql(`query TrackingAuditLog { councils { auditLog(first: 100) { totalCount nodes { operation entityId before after actor { subject } } } } }`))).body.data!.councils[1].auditLog;
    const before = await read();
    // The first entry of a fresh database is the data load.
    expect(before.nodes.at(-1)).toMatchObject({ operation: "dataLoad", actor: { subject: "system:data-load" } });
    const { version } = await state(CUMBERLAND_ACTION);
    const stale = await write(graph, tokens.cumberlandEditor, "Cumberland", "record", { actionId: CUMBERLAND_ACTION, expectedVersion: version + 3, status: "ON_TRACK", note: "stale" });
    expect(stale.payload!.errors[0].code).toBe("CONFLICT");
    const drafted = await write(graph, tokens.cumberlandEditor, "Cumberland", "record", { actionId: CUMBERLAND_ACTION, expectedVersion: version, status: "ON_TRACK", rag: "GREEN", note: "Audited" });
    const update = drafted.payload!.update!;
    const submitted = await write(graph, tokens.cumberlandEditor, "Cumberland", "submit", { updateId: update.id, expectedRevision: 0 });
    expect(submitted.payload!.errors).toEqual([]);
    const wrongRevision = await write(graph, tokens.cumberlandApprover, "Cumberland", "approve", { updateId: update.id, expectedRevision: 0 });
    expect(wrongRevision.payload!.errors[0]).toMatchObject({ code: "CONFLICT", currentVersion: 1 });
    expect((await write(graph, tokens.cumberlandApprover, "Cumberland", "approve", { updateId: update.id, expectedRevision: 1 })).payload!.errors).toEqual([]);
    const after = await read();
    expect(after.totalCount).toBe(before.totalCount + 3);
    expect(after.nodes.slice(0, 3).map((entry) => [entry.operation, entry.entityId, entry.actor.subject])).toEqual([
      ["approveCumberlandProgressUpdate", CUMBERLAND_ACTION, "test-council_approver-cumberland"],
      ["submitCumberlandProgressUpdate", CUMBERLAND_ACTION, "test-council_editor-cumberland"],
      ["recordCumberlandActionProgress", CUMBERLAND_ACTION, "test-council_editor-cumberland"],
    ]);
    expect(JSON.parse(after.nodes[0].before!)).toEqual({ state: "SUBMITTED", revision: 1 });
    expect(JSON.parse(after.nodes[0].after)).toEqual({ update: update.id, state: "APPROVED", revision: 2 });
    expect(JSON.parse(after.nodes[2].after)).toMatchObject({ update: update.id, state: "DRAFT", status: "ON_TRACK", rag: "GREEN", version: version + 1 });
  });
});
