import { startTestGraph, type TestGraph } from "../helpers/graph";
import { recordApproved } from "../helpers/sign-off";
import { roleTokens } from "../helpers/tokens";
import { graphql } from "../../generated/test";

/**
 * A progress update may carry an evidence link (the board paper or report that shows the progress):
 * stored and read back on council and joint actions alike, readable by whoever reads the update's
 * note, refused (changing nothing) unless it is an absolute http(s) address without spaces, control
 * characters or credentials, and part of what an idempotency key stands for. Through the gateway.
 */
let graph: TestGraph;
let tokens: Record<string, string | null>;
let jointActionId: string;
beforeAll(async () => {
  graph = await startTestGraph();
  tokens = await roleTokens();
  const created = await graph.queryAs(tokens.partnershipEditor, graphql(`mutation EvidenceCreateJointAction($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id } errors { code } } }`), {
    input: { initiativeId: "regional-adoption-agency", title: "Publish the agency's annual report", owner: "Head of Cumbria Adoption" },
  });
  jointActionId = created.body.data!.createJointAction.jointAction.id;
});
afterAll(async () => {
  await graph?.close();
});

const COUNCIL_ACTION = "CumberlandAction:children-and-family-wellbeing-plan.a35";
const PAPER = "https://www.cumberland.gov.uk/sites/default/files/2026-11/board-paper-12.pdf?page=3#progress";

interface Target {
  owner: "Cumberland" | "Joint";
  actionId: () => string;
  mutation: string;
  editor: string;
  approver: string;
}
const TARGETS: Target[] = [
  { owner: "Cumberland", actionId: () => COUNCIL_ACTION, mutation: "recordCumberlandActionProgress", editor: "cumberlandEditor", approver: "cumberlandApprover" },
  { owner: "Joint", actionId: () => jointActionId, mutation: "recordJointActionProgress", editor: "partnershipEditor", approver: "partnershipApprover" },
];

const READ = graphql(
  `query EvidenceActionUpdates($id: ID!, $states: [UpdateState!]) { node(id: $id) { ... on Action { version updates(first: 100, states: $states) { totalCount nodes { id note evidenceUrl } } } ... on JointAction { version updates(first: 100, states: $states) { totalCount nodes { id note evidenceUrl } } } } }`,
);

/** The action's version and updates (every state) as `who` reads them; the errors' codes too. */
async function read(who: string | null, actionId: string, states = ["DRAFT", "SUBMITTED", "APPROVED", "RETURNED"]) {
  const { body } = await graph.queryAs(who, READ, { id: actionId, states });
  return { action: body.data?.node ?? null, codes: (body.errors ?? []).map((error) => String(error.extensions?.code)) };
}

// Built per target: the mutation is named after its owner (recordCumberlandActionProgress, recordJointActionProgress).
const RECORD = (mutation: string): string => `mutation($input: RecordProgressInput!) { ${mutation}(input: $input) { update { id evidenceUrl } replayed errors { code field message } } }`;
interface Recorded {
  update: { id: string; evidenceUrl: string | null } | null;
  replayed: boolean;
  errors: Array<{ code: string; field: string | null; message: string }>;
}
async function record(target: Target, input: Record<string, unknown>): Promise<Recorded> {
  const { body } = await graph.queryAs<Record<string, Recorded>>(tokens[target.editor], RECORD(target.mutation), { input: { actionId: target.actionId(), status: "ON_TRACK", rag: "GREEN", ...input } });
  expect(body.errors).toBeUndefined();
  return body.data![target.mutation];
}

describe.each(TARGETS)("$owner action", (target) => {
  it("stores a valid evidence link (trimmed) and reads it back; an update without one (or a blank one) reads null; readers see it as they see the note", async () => {
    const { update } = await recordApproved(graph, target.owner, tokens[target.editor]!, tokens[target.approver]!, {
      actionId: target.actionId(),
      expectedVersion: (await read(tokens.viewer, target.actionId())).action!.version,
      status: "ON_TRACK",
      rag: "GREEN",
      note: "The board paper of November reports the plan on track",
      evidenceUrl: `  ${PAPER} `,
    });
    const plain = await record(target, { expectedVersion: (await read(tokens.viewer, target.actionId())).action!.version, note: "No evidence this time", evidenceUrl: "   " });
    expect(plain.errors).toEqual([]);
    expect(plain.update!.evidenceUrl).toBeNull();

    const staff = await read(tokens.viewer, target.actionId());
    expect(staff.action!.updates.nodes.find((node) => node.id === update.id)).toEqual({ id: update.id, note: "The board paper of November reports the plan on track", evidenceUrl: PAPER });
    expect(staff.action!.updates.nodes.find((node) => node.id === plain.update!.id)).toMatchObject({ evidenceUrl: null });

    // Anonymous readers: the approved update with its note and link on a council action; neither on a
    // joint action (internal), nor on a draft anywhere.
    const approved = await read(null, target.actionId(), ["APPROVED"]);
    const drafts = await read(null, target.actionId(), ["DRAFT"]);
    expect(drafts.codes).toEqual(["UNAUTHENTICATED"]);
    if (target.owner === "Joint") {
      expect(approved.codes).toEqual(["UNAUTHENTICATED"]);
    } else {
      expect(approved.codes).toEqual([]);
      expect(approved.action!.updates.nodes.find((node) => node.id === update.id)).toEqual({ id: update.id, note: "The board paper of November reports the plan on track", evidenceUrl: PAPER });
    }
  });

  const REFUSED: Array<[string, string]> = [
    ["javascript:", "javascript:alert(document.cookie)"],
    ["relative", "/sites/default/files/board-paper-12.pdf"],
    ["over-long", `https://example.org/${"a".repeat(1981)}`],
    ["with credentials", "https://officer:secret@example.org/board-paper.pdf"],
    ["with a user name", "https://officer@example.org/board-paper.pdf"],
    ["with a space", "https://example.org/board paper.pdf"],
    ["with a control character", "https://example.org/board\u0007paper.pdf"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["no host", "https:///board-paper.pdf"],
  ];
  it.each(REFUSED)("refuses an evidence link (%s) with INVALID_INPUT on evidenceUrl, writing nothing", async (_, evidenceUrl) => {
    if (evidenceUrl.startsWith("https://example.org/a")) expect(evidenceUrl.length).toBe(2001);
    const before = await read(tokens.viewer, target.actionId());
    const refused = await record(target, { expectedVersion: before.action!.version, note: "With a bad link", evidenceUrl, submit: true });
    expect(refused.update).toBeNull();
    expect(refused.errors).toEqual([{ code: "INVALID_INPUT", field: "evidenceUrl", message: expect.stringMatching(/evidence link/) }]);
    expect(await read(tokens.viewer, target.actionId())).toEqual(before);
  });

  it("takes a link of exactly 2000 characters", async () => {
    const evidenceUrl = `https://example.org/${"a".repeat(1980)}`;
    expect(evidenceUrl.length).toBe(2000);
    const written = await record(target, { expectedVersion: (await read(tokens.viewer, target.actionId())).action!.version, note: "A long link", evidenceUrl });
    expect(written.errors).toEqual([]);
    expect(written.update!.evidenceUrl).toBe(evidenceUrl);
  });

  it("replays the same key with the same link, and refuses it with another link or none (IDEMPOTENCY_KEY_REUSED), writing nothing", async () => {
    const key = `evidence-${target.owner}`;
    const input = { expectedVersion: (await read(tokens.viewer, target.actionId())).action!.version, note: "Report to the board", evidenceUrl: PAPER, idempotencyKey: key };
    const first = await record(target, input);
    expect(first).toMatchObject({ replayed: false, errors: [], update: { evidenceUrl: PAPER } });
    expect(await record(target, input)).toEqual({ ...first, replayed: true });
    const after = await read(tokens.viewer, target.actionId());
    for (const evidenceUrl of ["https://example.org/another-paper.pdf", null]) {
      const reused = await record(target, { ...input, evidenceUrl });
      expect(reused).toEqual({ update: null, replayed: false, errors: [expect.objectContaining({ code: "IDEMPOTENCY_KEY_REUSED", field: "idempotencyKey" })] });
    }
    expect(await read(tokens.viewer, target.actionId())).toEqual(after);
  });
});
