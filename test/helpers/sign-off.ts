import type { GraphQLResponse, TestGraph } from "./graph";

/** Whose updates: a council (its type prefix) or the partnership's joint actions. */
export type Owner = "WestmorlandAndFurness" | "Cumberland" | "Joint";

export interface UpdateFields {
  id: string;
  state: string;
  revision: number;
  status: string;
  forecastStatus: string | null;
  rag: string | null;
  note: string;
  explanation: string | null;
  returnReason: string | null;
  version: number;
  recordedBy: { subject: string };
  decidedBy: { subject: string } | null;
}
export interface ActionFields {
  id: string;
  status: string;
  forecastStatus: string | null;
  rag: string | null;
  version: number;
}
// Written by hand: the mutation text is built per owner and step (mutationNames), which codegen cannot read.
export interface Written {
  action: ActionFields | null;
  update: UpdateFields | null;
  errors: Array<{ code: string; field: string | null; message: string; currentVersion: number | null }>;
}

const UPDATE = "update { id state revision status forecastStatus rag note explanation returnReason version recordedBy { subject } decidedBy { subject } }";
const ERRORS = "errors { code field message currentVersion }";

/** The mutation names of an owner's progress writes. */
export function mutationNames(owner: Owner): Record<"record" | "submit" | "approve" | "return", string> {
  return owner === "Joint"
    ? { record: "recordJointActionProgress", submit: "submitJointProgressUpdate", approve: "approveJointProgressUpdate", return: "returnJointProgressUpdate" }
    : { record: `record${owner}ActionProgress`, submit: `submit${owner}ProgressUpdate`, approve: `approve${owner}ProgressUpdate`, return: `return${owner}ProgressUpdate` };
}

/** Runs one progress write (draft or sign-off step) as `who`; the payload (action under `action` for joint ones too) and the raw response. */
export async function write(
  graph: TestGraph,
  who: string | null,
  owner: Owner,
  step: "record" | "submit" | "approve" | "return",
  input: Record<string, unknown>,
): Promise<{ payload: Written | null; response: GraphQLResponse<Record<string, unknown>> }> {
  const name = mutationNames(owner)[step];
  const actionField = owner === "Joint" ? "action: jointAction" : "action";
  const inputType = step === "record" ? "RecordProgressInput" : "SignOffInput";
  const query = `mutation($input: ${inputType}!) { ${name}(input: $input) { ${actionField} { id status forecastStatus rag version } ${UPDATE} ${ERRORS} } }`;
  const { body } = await graph.queryAs<Record<string, Written>>(who, query, { input });
  return { payload: body.data?.[name] ?? null, response: body as GraphQLResponse<Record<string, unknown>> };
}

/**
 * Drafts an update as `editor`, submitted at once, and approves it as `approver`: the whole sign-off
 * for tests that need an approved update. Throws when any step is refused.
 */
export async function recordApproved(graph: TestGraph, owner: Owner, editor: string, approver: string, input: Record<string, unknown>): Promise<{ action: ActionFields; update: UpdateFields }> {
  const drafted = await write(graph, editor, owner, "record", { ...input, submit: true });
  if (!drafted.payload || drafted.payload.errors.length > 0) throw new Error(`draft refused: ${JSON.stringify(drafted.payload?.errors ?? drafted.response.errors)}`);
  const update = drafted.payload.update!;
  const approved = await write(graph, approver, owner, "approve", { updateId: update.id, expectedRevision: update.revision, comment: input.rag === "RED" && !input.explanation ? "Explained at approval" : undefined });
  if (!approved.payload || approved.payload.errors.length > 0) throw new Error(`approval refused: ${JSON.stringify(approved.payload?.errors ?? approved.response.errors)}`);
  return { action: approved.payload.action!, update: approved.payload.update! };
}
