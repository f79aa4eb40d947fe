import type { DataSource, EntityTarget, FindOptionsWhere } from "typeorm";
import { forbidden, type Identity } from "../auth/identity";
import type { ActionStatus } from "../vocabulary/enums";
import { idempotencyKeyErrors, idempotentWrite, type Outcome, type StoredResult } from "./idempotency";
import { ChangeKind } from "./changes";
import { ProgressUpdateEntity, Rag, UpdateState, userError, UserErrorCode, type RecordProgressInput, type SignOffInput, type UserError } from "./model";
import type { EntityManager } from "typeorm";
import { commentErrors, validateProgress } from "./validate";
import { audit, insertUpdate } from "./write";

/** The tracked state every action (council or joint) carries: set only by approved updates. */
export interface Tracked {
  slug: string;
  status: ActionStatus;
  rag: Rag | null;
  forecastStatus: ActionStatus | null;
  version: number;
}

/** A progress write's answer; `replayed` when it is the stored result of an earlier write with the same idempotency key. */
export type Written<T> = ({ row: T; update: ProgressUpdateEntity; errors: [] } | { row: null; update: null; errors: UserError[] }) & { replayed?: boolean };

const refused = <T>(...errors: UserError[]): Written<T> => ({ row: null, update: null, errors });

/** A write's answer for the idempotency layer: what it stored (its action and update), or nothing when refused. */
function outcomeOf<T extends Tracked>(written: Written<T>): Outcome<Written<T>> {
  return written.row === null || written.update === null ? { result: written, stored: null, errors: written.errors } : { result: written, stored: { rowKey: written.row.slug, updateId: written.update.id }, errors: [] };
}

/** The first write's answer again: its action and update as they are now. */
async function replayed<T extends Tracked>(actions: TrackedActions<T>, manager: EntityManager, stored: StoredResult): Promise<Written<T>> {
  const row = await manager.findOne(actions.target, { where: { slug: stored.rowKey } as FindOptionsWhere<T> });
  const update = stored.updateId === null ? null : await manager.findOne(ProgressUpdateEntity, { where: { id: stored.updateId } });
  if (!row || !update) throw new Error(`an idempotency key names ${stored.rowKey}/${stored.updateId ?? "-"}, which no longer exists`);
  return { row, update, errors: [] };
}

/** Runs a progress write once per idempotency key (see ./idempotency.ts); without a key, just once. */
async function once<T extends Tracked>(actions: TrackedActions<T>, identity: Identity, operation: string, input: RecordProgressInput | SignOffInput, write: (manager: EntityManager) => Promise<Written<T>>): Promise<Written<T>> {
  const keyErrors = idempotencyKeyErrors(input.idempotencyKey);
  if (keyErrors.length > 0) return refused<T>(...keyErrors);
  const { result, replayed: wasReplayed } = await idempotentWrite(
    actions.dataSource,
    { key: input.idempotencyKey, subject: identity.subject, operation, input },
    async (manager) => outcomeOf(await write(manager)),
    (manager, stored) => replayed(actions, manager, stored),
    (error) => refused<T>(error),
  );
  return { ...result, replayed: wasReplayed };
}

/** Where a subgraph keeps its tracked actions, and what else an approval sets on one. */
export interface TrackedActions<T extends Tracked> {
  dataSource: DataSource;
  target: EntityTarget<T>;
  /** Global id of an action, by key (the audit log and the change feed name actions by it). */
  idOf(key: string): string;
  /** Other columns an approval sets with the new state (e.g. when it was updated). */
  also?: (at: string) => Partial<T>;
  /** Why the action takes no new progress (a withdrawn joint action), or null: checked in the write's transaction. */
  refuse?: (row: T) => UserError | null;
  /**
   * What `refuse` reads, as a condition the row must still meet when an approval moves it (e.g. not
   * withdrawn). `refuse` sees the row as read; another replica (PostgreSQL) may change it before the
   * move, which then misses, and the approval is refused as `refuse` says of the row as it now is.
   */
  standing?: FindOptionsWhere<T>;
}

/**
 * Drafts a progress update (SUBMITTED at once with `submit`), in one queued transaction: validates
 * against the action's current status, refuses a stale expectedVersion with CONFLICT, stores the
 * update and appends the audit entry. The action itself does not change until approval.
 */
export function draftProgress<T extends Tracked>(actions: TrackedActions<T>, key: string, input: RecordProgressInput, identity: Identity, operation: string): Promise<Written<T>> {
  const { target } = actions;
  return once(actions, identity, operation, input, async (manager) => {
    const row = await manager.findOne(target, { where: { slug: key } as FindOptionsWhere<T> });
    if (!row) return refused<T>(userError(UserErrorCode.NOT_FOUND, `There is no action ${input.actionId.slice(0, 200)}`, "actionId"));
    const refusal = actions.refuse?.(row) ?? null;
    if (refusal) return refused<T>(refusal);
    const errors = validateProgress(input, row.status);
    if (errors.length > 0) return refused<T>(...errors);
    if (row.version !== input.expectedVersion) {
      return refused<T>(userError(UserErrorCode.CONFLICT, `The action is at version ${row.version}, not ${input.expectedVersion}: an update was approved since you loaded it`, "expectedVersion", row.version));
    }
    const at = new Date().toISOString();
    const update = await insertUpdate(manager, identity, key, row.version, input, at);
    await audit(
      manager,
      identity,
      operation,
      actions.idOf(key),
      null,
      { update: update.id, state: update.state, status: update.status, forecastStatus: update.forecastStatus, rag: update.rag, version: update.version },
      at,
      update.state === UpdateState.SUBMITTED ? ChangeKind.UPDATE_SUBMITTED : ChangeKind.UPDATE_DRAFTED,
    );
    return { row, update, errors: [] };
  });
}

export type SignOffStep = "submit" | "approve" | "return";

const FROM: Record<SignOffStep, UpdateState> = { submit: UpdateState.DRAFT, approve: UpdateState.SUBMITTED, return: UpdateState.SUBMITTED };
const TO: Record<SignOffStep, UpdateState> = { submit: UpdateState.SUBMITTED, approve: UpdateState.APPROVED, return: UpdateState.RETURNED };
const KIND: Record<SignOffStep, ChangeKind> = { submit: ChangeKind.UPDATE_SUBMITTED, approve: ChangeKind.UPDATE_APPROVED, return: ChangeKind.UPDATE_RETURNED };

/**
 * One sign-off step on an update, in one queued transaction: submit (DRAFT to SUBMITTED), approve
 * (SUBMITTED to APPROVED: the action takes the update's status, RAG and forecast, and its version
 * goes up by one) or return (SUBMITTED to RETURNED, with a reason). The caller has checked the role;
 * here: the update exists and is this subgraph's, its revision is the one named (else CONFLICT), the
 * step starts from its state (else INVALID_TRANSITION), an approver never approves their own update
 * (FORBIDDEN), a RED update needs an explanatory comment, and an approval finds the action still at
 * the version the update was drafted on (else CONFLICT: another update was approved first). Every
 * refusal changes nothing; every step is audited.
 */
/** A refusal found after the transaction has written: thrown so that it rolls back, then answered. */
class Refusal extends Error {
  constructor(readonly error: UserError) {
    super(error.message);
  }
}

export function signOff<T extends Tracked>(actions: TrackedActions<T>, step: SignOffStep, input: SignOffInput, identity: Identity, operation: string): Promise<Written<T>> {
  const { target } = actions;
  const comment = input.comment?.trim() || null;
  const inputErrors = commentErrors(comment, "comment");
  if (step === "return" && comment === null) inputErrors.push(userError(UserErrorCode.INVALID_INPUT, "Returning an update needs a reason (comment)", "comment"));
  if (inputErrors.length > 0) return Promise.resolve(refused<T>(...inputErrors));
  return once(actions, identity, operation, input, async (manager): Promise<Written<T>> => {
    const update = /^[0-9a-zA-Z-]{1,100}$/.test(input.updateId) ? await manager.findOne(ProgressUpdateEntity, { where: { id: input.updateId } }) : null;
    const row = update ? await manager.findOne(target, { where: { slug: update.actionKey } as FindOptionsWhere<T> }) : null;
    if (!update || !row) return refused<T>(userError(UserErrorCode.NOT_FOUND, `There is no progress update ${input.updateId.slice(0, 200)} here`, "updateId"));
    // A pending update of an action that takes no new progress may still be returned, not taken further.
    const refusal = step === "return" ? null : (actions.refuse?.(row) ?? null);
    if (refusal) return refused<T>(refusal);
    if (step === "approve" && update.recordedBySubject === identity.subject) throw forbidden("An approver cannot approve their own update");
    if (update.revision !== input.expectedRevision) {
      return refused<T>(userError(UserErrorCode.CONFLICT, `The update is at revision ${update.revision}, not ${input.expectedRevision}: someone acted on it since you loaded it`, "expectedRevision", update.revision));
    }
    if (update.state !== FROM[step]) {
      return refused<T>(userError(UserErrorCode.INVALID_TRANSITION, `Only a ${FROM[step]} update can be ${step === "submit" ? "submitted" : step === "approve" ? "approved" : "returned"}; this one is ${update.state}`, "updateId"));
    }
    const at = new Date().toISOString();
    const before = { state: update.state, revision: update.revision };
    const changes: Partial<ProgressUpdateEntity> = { state: TO[step], revision: update.revision + 1 };
    if (step === "submit") changes.submittedAt = at;
    if (step === "return") Object.assign(changes, { returnReason: comment, decidedBySubject: identity.subject, decidedByName: identity.name, decidedAt: at });
    if (step === "approve") {
      const explanation = update.explanation ?? comment;
      if (update.rag === Rag.RED && explanation === null) {
        return refused<T>(userError(UserErrorCode.INVALID_INPUT, "A RED update cannot be approved without an explanatory comment: give one (comment)", "comment"));
      }
      const overtaken = (version: number): Written<T> =>
        refused<T>(userError(UserErrorCode.CONFLICT, `Another update was approved since this one was drafted (the action is at version ${version}): return this one and draft again`, "updateId", version));
      if (row.version !== update.version - 1) return overtaken(row.version);
      Object.assign(changes, { explanation, decidedBySubject: identity.subject, decidedByName: identity.name, decidedAt: at });
      const next = { status: update.status, rag: update.rag, forecastStatus: update.forecastStatus, version: update.version, ...actions.also?.(at) } as Partial<T>;
      const moved = await manager.update(target, { ...actions.standing, slug: row.slug, version: row.version } as FindOptionsWhere<T>, next as never);
      // Another replica approved an update of this action (or withdrew it) between our read and this write (PostgreSQL).
      if (moved.affected !== 1) {
        const now = await manager.findOne(target, { where: { slug: row.slug } as FindOptionsWhere<T> });
        const refusal = now ? (actions.refuse?.(now) ?? null) : null;
        return refusal ? refused<T>(refusal) : overtaken(now?.version ?? row.version + 1);
      }
      // From here a refusal must undo the move above: it is thrown (Refusal), so the transaction rolls back.
      Object.assign(row, next);
    }
    const result = await manager.update(ProgressUpdateEntity, { id: update.id, revision: update.revision }, changes);
    // Another replica took a step on this update between our read and this write (PostgreSQL).
    if (result.affected !== 1) {
      const now = await manager.findOne(ProgressUpdateEntity, { where: { id: update.id } });
      const revision = now?.revision ?? update.revision + 1;
      throw new Refusal(userError(UserErrorCode.CONFLICT, `The update is at revision ${revision}, not ${update.revision}: someone acted on it since you loaded it`, "expectedRevision", revision));
    }
    Object.assign(update, changes);
    await audit(manager, identity, operation, actions.idOf(row.slug), before, { update: update.id, state: update.state, revision: update.revision, ...(comment ? { comment } : {}) }, at, KIND[step]);
    return { row, update, errors: [] };
  }).catch((error: unknown) => (error instanceof Refusal ? refused<T>(error.error) : Promise.reject(error)));
}
