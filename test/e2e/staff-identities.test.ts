import { readFileSync } from "node:fs";
import { apiSchemaPath } from "../../gateway/src/compose";
import { Role } from "../../lib/auth/identity";
import { startTestGraph, type TestGraph } from "../helpers/graph";
import { recordApproved } from "../helpers/sign-off";
import { token } from "../helpers/tokens";
import { graphql } from "../../generated/test";

/**
 * Staff identities are not public: an approved progress update is, but anyone not signed in as staff
 * sees the team that drafted and approved it, never the person (token subject or name), anywhere in
 * the answer. Signed-in staff see the people. Runs on SQLite and on PostgreSQL (npm run test:pg).
 */
let graph: TestGraph;
const ACTION = "CumberlandAction:children-and-family-wellbeing-plan.a35";
const EDITOR = { subject: "staff-ed-7f3a91", name: "Edith Quennell-Ravensworth" };
const APPROVER = { subject: "staff-ap-2c84d0", name: "Aurelio Thistlethwaite" };
const PERSONAL = [EDITOR.subject, EDITOR.name, APPROVER.subject, APPROVER.name];

let editor: string;
let approver: string;

beforeAll(async () => {
  graph = await startTestGraph({ production: true });
  editor = await token({ roles: [Role.COUNCIL_EDITOR], council: "cumberland", ...EDITOR });
  approver = await token({ roles: [Role.COUNCIL_APPROVER], council: "cumberland", ...APPROVER });
  const { body } = await graph.queryAs(null, graphql(`query StaffIdentitiesActionVersion($id: ID!) { node(id: $id) { ... on Action { version } } }`), { id: ACTION });
  await recordApproved(graph, "Cumberland", editor, approver, { actionId: ACTION, expectedVersion: body.data!.node.version, status: "ON_TRACK", rag: "GREEN", note: "Recruitment of foster carers is ahead of plan" });
});
afterAll(async () => {
  await graph?.close();
});

// Every place an approved update reaches a reader: the action's latest update and its list, by node
// and through the council, and the council's change feed.
const READ = graphql(`query StaffIdentitiesRead($id: ID!) {
  node(id: $id) { ... on Action { latestUpdate { note recordedBy { ...StaffIdentitiesActor } decidedBy { ...StaffIdentitiesActor } } updates(first: 10) { nodes { note state recordedBy { ...StaffIdentitiesActor } decidedBy { ...StaffIdentitiesActor } } } } }
  councils { name changes { nodes { entityId kind } } actions(first: 100) { nodes { latestUpdate { recordedBy { ...StaffIdentitiesActor } decidedBy { ...StaffIdentitiesActor } } } } }
}
fragment StaffIdentitiesActor on Actor { subject name team }`);

it("anonymous readers see the approved update with the teams, and no subject or name anywhere in the answer", async () => {
  const { status, body } = await graph.queryAs(null, READ, { id: ACTION });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  const latest = body.data!.node.latestUpdate;
  // The update is there (so the absence of names below is not an empty answer).
  expect(latest.note).toBe("Recruitment of foster carers is ahead of plan");
  expect(latest.recordedBy).toEqual({ subject: null, name: null, team: "Cumberland Council officer" });
  expect(latest.decidedBy).toEqual({ subject: null, name: null, team: "Cumberland Council approver" });
  const text = JSON.stringify(body);
  for (const personal of PERSONAL) expect(text).not.toContain(personal);
});

it("a signed-in token with no role is not staff: it sees the teams only", async () => {
  const roleless = await token({ roles: [], subject: "no-role-reader", name: "Nora Roleless" });
  const { body } = await graph.queryAs(roleless, READ, { id: ACTION });
  expect(body.data!.node.latestUpdate.recordedBy).toEqual({ subject: null, name: null, team: "Cumberland Council officer" });
  const text = JSON.stringify(body);
  for (const personal of PERSONAL) expect(text).not.toContain(personal);
});

it("signed-in staff (a viewer) see who drafted and approved it", async () => {
  const viewer = await token({ roles: [Role.VIEWER] });
  const { status, body } = await graph.queryAs(viewer, READ, { id: ACTION });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  expect(body.data!.node.latestUpdate.recordedBy).toEqual({ ...EDITOR, team: "Cumberland Council officer" });
  expect(body.data!.node.latestUpdate.decidedBy).toEqual({ ...APPROVER, team: "Cumberland Council approver" });
});

it("the public schema says so", () => {
  const schema = readFileSync(apiSchemaPath, "utf8");
  expect(schema).toMatch(/Staff identities are not public/);
  expect(schema).toMatch(/subject: String\n/);
  expect(schema).toMatch(/Signed-in staff only: null for anyone else/);
});
