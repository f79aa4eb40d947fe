/**
 * Writes to the graph from the workspace: the right mutation for an action's owner, and an
 * idempotency key per write made when the person pressed the button, reused when the same write is
 * sent again (after a timeout or a lost connection), so a retry never writes twice.
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import {
  WorkspaceApproveCumberlandDocument,
  WorkspaceApproveJointDocument,
  WorkspaceApproveWestmorlandAndFurnessDocument,
  WorkspaceRecordCumberlandDocument,
  WorkspaceRecordJointDocument,
  WorkspaceRecordWestmorlandAndFurnessDocument,
  WorkspaceReturnCumberlandDocument,
  WorkspaceReturnJointDocument,
  WorkspaceReturnWestmorlandAndFurnessDocument,
  WorkspaceSubmitCumberlandDocument,
  WorkspaceSubmitJointDocument,
  WorkspaceSubmitWestmorlandAndFurnessDocument,
  type RecordProgressInput,
  type SignOffInput,
  type WorkspaceErrorFragment,
  type WorkspaceUpdateFragment,
} from "../../generated/graphql";
import { request, type OnErrors } from "../../web/shared/client";

export interface WriteResult {
  replayed: boolean;
  errors: WorkspaceErrorFragment[];
  update: WorkspaceUpdateFragment | null;
}

type Write<TInput> = TypedDocumentNode<{ result: WriteResult }, { input: TInput }>;

type Owner = "CumberlandAction" | "WestmorlandAndFurnessAction" | "JointAction";

/** The mutations that write to an action and its updates, by the action's owner type. */
const WRITES: Record<Owner, { record: Write<RecordProgressInput>; submit: Write<SignOffInput>; approve: Write<SignOffInput>; return: Write<SignOffInput> }> = {
  CumberlandAction: { record: WorkspaceRecordCumberlandDocument, submit: WorkspaceSubmitCumberlandDocument, approve: WorkspaceApproveCumberlandDocument, return: WorkspaceReturnCumberlandDocument },
  WestmorlandAndFurnessAction: {
    record: WorkspaceRecordWestmorlandAndFurnessDocument,
    submit: WorkspaceSubmitWestmorlandAndFurnessDocument,
    approve: WorkspaceApproveWestmorlandAndFurnessDocument,
    return: WorkspaceReturnWestmorlandAndFurnessDocument,
  },
  JointAction: { record: WorkspaceRecordJointDocument, submit: WorkspaceSubmitJointDocument, approve: WorkspaceApproveJointDocument, return: WorkspaceReturnJointDocument },
};

/** The owner type of an action's global id: which subgraph's mutation writes to it. */
function ownerOf(actionId: string): Owner {
  const prefix = actionId.slice(0, actionId.indexOf(":"));
  if (prefix === "CumberlandAction" || prefix === "WestmorlandAndFurnessAction" || prefix === "JointAction") return prefix;
  throw new Error(`The workspace cannot write to ${actionId}: it knows Cumberland, Westmorland and Furness and joint actions`);
}

/**
 * Idempotency keys by button: the key made for a press is kept while the write's outcome is
 * unknown (an exception: no answer, or WRITE_OUTCOME_UNKNOWN), and used again if the person presses
 * the same button with the same input; a definite answer (done, or refused with reasons) forgets it.
 */
const pending = new Map<string, { input: string; key: string }>();

function keyFor(slot: string, input: unknown): string {
  const text = JSON.stringify(input);
  const held = pending.get(slot);
  if (held && held.input === text) return held.key;
  const key = crypto.randomUUID();
  pending.set(slot, { input: text, key });
  return key;
}

const send = <TInput extends { idempotencyKey?: string | null }>(slot: string, document: Write<TInput>, input: TInput, onErrors: OnErrors): Promise<WriteResult> => sendWrite(slot, document, input, onErrors);

export const recordProgress = (actionId: string, input: RecordProgressInput, onErrors: OnErrors): Promise<WriteResult> => send(`record:${actionId}`, WRITES[ownerOf(actionId)].record, input, onErrors);

export const submitUpdate = (actionId: string, input: SignOffInput, onErrors: OnErrors): Promise<WriteResult> => send(`submit:${input.updateId}`, WRITES[ownerOf(actionId)].submit, input, onErrors);

export const approveUpdate = (actionId: string, input: SignOffInput, onErrors: OnErrors): Promise<WriteResult> => send(`approve:${input.updateId}`, WRITES[ownerOf(actionId)].approve, input, onErrors);

export const returnUpdate = (actionId: string, input: SignOffInput, onErrors: OnErrors): Promise<WriteResult> => send(`return:${input.updateId}`, WRITES[ownerOf(actionId)].return, input, onErrors);

/**
 * Sends one write with the idempotency key of its button press. An answer (done, or refused with
 * reasons) means a new press is a new write; an exception (no answer) keeps the key for the retry.
 */
export function sendWrite<TResult, TInput extends { idempotencyKey?: string | null }>(slot: string, document: TypedDocumentNode<{ result: TResult }, { input: TInput }>, input: TInput, onErrors: OnErrors): Promise<TResult> {
  const idempotencyKey = keyFor(slot, input);
  return request(document, { input: { ...input, idempotencyKey } }, onErrors).then((data) => {
    pending.delete(slot);
    return data.result;
  });
}
