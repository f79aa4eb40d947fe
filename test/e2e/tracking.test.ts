import { SignJWT, UnsecuredJWT } from "jose";
import { TEST_TOKEN_SECRET } from "../../gateway/src/in-process";
import { Role } from "../../lib/auth/identity";
import { startTestGraph, type GraphQLResponse, type TestGraph } from "../helpers/graph";
import { roleTokens, token } from "../helpers/tokens";

/**
 * Adoption agency leads and council officers record progress through the gateway: nothing is lost,
 * nobody writes where they do not belong, and every write is audited.
 */
let graph: TestGraph;
let tokens: Record<string, string | null>;
beforeAll(async () => {
  graph = await startTestGraph();
  tokens = await roleTokens();
});
afterAll(async () => {
  await graph?.close();
});

const WF_ACTION = "WestmorlandAndFurnessAction:ambition-for-every-child.a26";
const CUMBERLAND_ACTION = "CumberlandAction:children-and-family-wellbeing-plan.a35";
const RECORD = (mutation: string) => `mutation($input: RecordProgressInput!) {
  ${mutation}(input: $input) { action { id status rag version } update { id status rag note version recordedBy { subject name } } errors { code field message currentVersion } } }`;
interface Payload {
  action: { id: string; status: string; rag: string | null; version: number } | null;
  update: { id: string; note: string; version: number; recordedBy: { subject: string; name: string } } | null;
  errors: Array<{ code: string; field: string | null; message: string; currentVersion: number | null }>;
}

async function state(id: string): Promise<{ status: string; version: number }> {
  const result = await graph.queryAs<{ node: { status: string; version: number } }>(null, `query($id: ID!) { node(id: $id) { ... on Action { status version } } }`, { id });
  return result.body.data!.node;
}

async function record(who: string | null, mutation: string, input: Record<string, unknown>): Promise<GraphQLResponse<Record<string, Payload>>> {
  return (await graph.queryAs<Record<string, Payload>>(who, RECORD(mutation), { input })).body;
}

const codeOf = (response: GraphQLResponse<unknown>): string | undefined => response.errors?.[0]?.extensions?.code;

describe("who may do what", () => {
  const mutations = [
    { mutation: "recordWestmorlandAndFurnessActionProgress", action: WF_ACTION, allowed: "westmorlandFurnessEditor" },
    { mutation: "recordCumberlandActionProgress", action: CUMBERLAND_ACTION, allowed: "cumberlandEditor" },
  ];

  it.each(["anonymous", "viewer", "westmorlandFurnessEditor", "cumberlandEditor", "partnershipEditor", "admin"])("%s: each council mutation allowed only for that council's editor; refusals change nothing", async (role) => {
    for (const { mutation, action, allowed } of mutations) {
      const before = await state(action);
      const response = await record(tokens[role], mutation, { actionId: action, expectedVersion: before.version, status: "ON_TRACK", rag: "GREEN", note: `Recorded by ${role}` });
      const after = await state(action);
      if (role === allowed) {
        expect(response.errors).toBeUndefined();
        expect(response.data![mutation].errors).toEqual([]);
        expect(after.version).toBe(before.version + 1);
      } else {
        expect(codeOf(response)).toBe(role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
        expect(after).toEqual(before);
      }
    }
  });

  it.each(["anonymous", "viewer", "westmorlandFurnessEditor", "cumberlandEditor", "partnershipEditor", "admin"])("%s: progress notes need a signed-in viewer; the audit log needs ADMIN", async (role) => {
    const notes = await graph.queryAs(tokens[role], `query($id: ID!) { node(id: $id) { ... on Action { latestUpdate { note } updates(first: 5) { totalCount } } } }`, { id: WF_ACTION });
    expect(codeOf(notes.body)).toBe(role === "anonymous" ? "UNAUTHENTICATED" : undefined);
    const auditLog = await graph.queryAs(tokens[role], `{ councils { name auditLog(first: 5) { totalCount } } }`);
    expect(codeOf(auditLog.body)).toBe(role === "admin" ? undefined : role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
  });

  it("a verified token with no role reads no tracking data", async () => {
    const roleless = await token({ roles: [] });
    const notes = await graph.queryAs(roleless, `query($id: ID!) { node(id: $id) { ... on Action { latestUpdate { note } } } }`, { id: WF_ACTION });
    expect(codeOf(notes.body)).toBe("FORBIDDEN");
  });

  it("anyone may read published plan content and an action's status", async () => {
    const response = await graph.queryAs<{ councils: Array<{ plans: Array<{ title: string }> }>; node: { status: string } }>(null, `query($id: ID!) { councils { plans { title } } node(id: $id) { ... on Action { status } } }`, { id: WF_ACTION });
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
    ["without an expiry", async () => new SignJWT({ roles: ["ADMIN"], name: "x" }).setProtectedHeader({ alg: "HS256" }).setSubject("x").setIssuer("cumbria-childrens-graph").setAudience("cumbria-childrens-graph").sign(new TextEncoder().encode(TEST_TOKEN_SECRET))],
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
      [{ ...base, rag: "BLUE" }, "INVALID_INPUT", "rag"],
      [{ ...base, status: "COMPLETE", rag: "RED" }, "INVALID_INPUT", "rag"],
      [{ ...base, expectedVersion: version + 5 }, "CONFLICT", "expectedVersion"],
    ];
    for (const [input, code, field] of cases) {
      const response = await record(editor, MUTATION, input);
      expect(response.errors).toBeUndefined();
      expect(response.data![MUTATION].errors[0]).toMatchObject({ code, field });
      expect(response.data![MUTATION].action).toBeNull();
    }
    expect(await state(ACTION)).toEqual({ status: "NOT_REPORTED", version });
    const invalidEnum = await graph.queryAs(editor, RECORD(MUTATION), { input: { ...base, status: "DONE" } });
    expect(codeOf(invalidEnum.body)).toBe("BAD_USER_INPUT");
  });

  it("reopening a COMPLETE action needs a reason", async () => {
    const editor = tokens.westmorlandFurnessEditor;
    let { version } = await state(ACTION);
    const complete = await record(editor, MUTATION, { actionId: ACTION, expectedVersion: version, status: "COMPLETE", rag: "BLUE", note: "Monitoring process in place" });
    expect(complete.data![MUTATION].errors).toEqual([]);
    version += 1;
    const reopen = await record(editor, MUTATION, { actionId: ACTION, expectedVersion: version, status: "AT_RISK", rag: "AMBER", note: "Reopened" });
    expect(reopen.data![MUTATION].errors[0]).toMatchObject({ code: "INVALID_TRANSITION", field: "reopenReason" });
    const reopened = await record(editor, MUTATION, { actionId: ACTION, expectedVersion: version, status: "AT_RISK", rag: "AMBER", note: "Reopened", reopenReason: "The fostering part was not covered" });
    expect(reopened.data![MUTATION].errors).toEqual([]);
    expect(reopened.data![MUTATION].action).toMatchObject({ status: "AT_RISK", rag: "AMBER", version: version + 1 });
  });

  it("of many concurrent writes naming the same version, exactly one wins; the others get CONFLICT with the current version", async () => {
    const action = "WestmorlandAndFurnessAction:ambition-for-every-child.a01";
    const { version } = await state(action);
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => record(tokens.westmorlandFurnessEditor, MUTATION, { actionId: action, expectedVersion: version, status: "ON_TRACK", rag: "GREEN", note: `Concurrent update ${i}` })),
    );
    const payloads = responses.map((response) => response.data![MUTATION]);
    const winners = payloads.filter((payload) => payload.errors.length === 0);
    expect(winners).toHaveLength(1);
    for (const loser of payloads.filter((payload) => payload.errors.length > 0)) expect(loser.errors[0]).toMatchObject({ code: "CONFLICT", currentVersion: version + 1 });
    const history = await graph.queryAs<{ node: { version: number; updates: { totalCount: number; edges: Array<{ node: { note: string } }> } } }>(
      tokens.viewer, `query($id: ID!) { node(id: $id) { ... on Action { version updates(first: 100) { totalCount edges { node { note } } } } } }`, { id: action },
    );
    expect(history.body.data!.node.version).toBe(version + 1);
    expect(history.body.data!.node.updates.edges.map((edge) => edge.node.note)).toEqual([winners[0].update!.note]);
  });

  it("shows the latest update and the history newest first, paginated with stable cursors", async () => {
    const action = "WestmorlandAndFurnessAction:ambition-for-every-child.a02";
    for (let i = 1; i <= 3; i++) {
      const { version } = await state(action);
      expect((await record(tokens.westmorlandFurnessEditor, MUTATION, { actionId: action, expectedVersion: version, status: "ON_TRACK", note: `Update ${i}` })).data![MUTATION].errors).toEqual([]);
    }
    type Page = { node: { latestUpdate: { note: string }; updates: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { note: string } }> } } };
    const first = await graph.queryAs<Page>(tokens.viewer, `query($id: ID!) { node(id: $id) { ... on Action { latestUpdate { note } updates(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { note } } } } } }`, { id: action });
    expect(first.body.data!.node.latestUpdate.note).toBe("Update 3");
    expect(first.body.data!.node.updates.edges.map((edge) => edge.node.note)).toEqual(["Update 3", "Update 2"]);
    expect(first.body.data!.node.updates.pageInfo.hasNextPage).toBe(true);
    // A write between two page requests does not shift the next page: cursors are keys, not offsets.
    const { version } = await state(action);
    expect((await record(tokens.westmorlandFurnessEditor, MUTATION, { actionId: action, expectedVersion: version, status: "ON_TRACK", note: "Update 4" })).data![MUTATION].errors).toEqual([]);
    const next = await graph.queryAs<Page>(tokens.viewer, `query($id: ID!, $after: String) { node(id: $id) { ... on Action { latestUpdate { note } updates(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { note } } } } } }`, { id: action, after: first.body.data!.node.updates.pageInfo.endCursor });
    expect(next.body.data!.node.updates.edges.map((edge) => edge.node.note)).toEqual(["Update 1"]);
  });

  it("audits every successful write, and no refused one, with before and after", async () => {
    const log = await graph.queryAs<{ councils: Array<{ name: string; auditLog: { totalCount: number; edges: Array<{ node: { operation: string; entityId: string; before: string | null; after: string; actor: { subject: string } } }> } }> }>(
      tokens.admin, `{ councils { name auditLog(first: 100) { totalCount edges { node { operation entityId before after actor { subject } } } } } }`,
    );
    const [wf, cumberland] = log.body.data!.councils;
    const updates = await graph.queryAs<{ councils: Array<{ actions: { nodes: Array<{ updates: { totalCount: number } }> } }> }>(tokens.viewer, `{ councils { actions(first: 100) { nodes { updates { totalCount } } } } }`);
    const successes = updates.body.data!.councils.map((council) => council.actions.nodes.reduce((sum, action) => sum + action.updates.totalCount, 0));
    expect([wf.auditLog.totalCount, cumberland.auditLog.totalCount]).toEqual(successes);
    expect(cumberland.auditLog.edges[0].node).toMatchObject({ operation: "recordCumberlandActionProgress", entityId: CUMBERLAND_ACTION, actor: { subject: "test-council_editor-cumberland" } });
    expect(JSON.parse(cumberland.auditLog.edges[0].node.before!)).toMatchObject({ status: "NOT_REPORTED", version: 0 });
    expect(JSON.parse(cumberland.auditLog.edges[0].node.after)).toMatchObject({ status: "ON_TRACK", rag: "GREEN", version: 1 });
  });
});
