import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import type { Identity } from "../auth/identity";
import { ChangeKind } from "./changes";
import type { LoadChanged } from "../db/load-rows";
import { AuditEntryEntity, ProgressUpdateEntity, UpdateState, type RecordProgressInput } from "./model";

/**
 * The next number of a counter (audit_counter: "audit" for audit entries, "update" for progress
 * updates), in the caller's transaction. The UPDATE holds the counter row's lock until that
 * transaction ends, so concurrent writers (replicas on one PostgreSQL database) take numbers one at a time.
 */
export async function nextNumber(manager: EntityManager, counter: "audit" | "update"): Promise<number> {
  await manager
    .createQueryBuilder()
    .update("audit_counter")
    .set({ last: () => "last + 1" })
    .where("name = :name", { name: counter })
    .execute();
  const row = await manager.createQueryBuilder().select("c.last", "last").from("audit_counter", "c").where("c.name = :name", { name: counter }).getRawOne<{ last: number | string }>();
  if (row === undefined) throw new Error(`audit_counter has no "${counter}" row: a migration has not run`);
  return Number(row.last);
}

/**
 * Appends an audit entry in the caller's transaction: who, when, what, before and after, and what
 * the change feed calls it (null for a write the feed does not report).
 */
export async function audit(manager: EntityManager, identity: Identity, operation: string, entityId: string, before: object | null, after: object | null, at: string, changeKind: ChangeKind | null): Promise<void> {
  await manager.insert(AuditEntryEntity, {
    id: randomUUID(),
    sequence: await nextNumber(manager, "audit"),
    at,
    actorSubject: identity.subject,
    actorName: identity.name,
    operation,
    entityId,
    before: before === null ? null : JSON.stringify(before),
    after: after === null ? null : JSON.stringify(after),
    changeKind,
  });
}

/** Inserts a new DRAFT (or SUBMITTED) progress update drafted on the action's `baseVersion`, in the caller's transaction. */
export async function insertUpdate(manager: EntityManager, identity: Identity, actionKey: string, baseVersion: number, input: RecordProgressInput, at: string): Promise<ProgressUpdateEntity> {
  const submitted = input.submit === true;
  const update = Object.assign(new ProgressUpdateEntity(), {
    id: randomUUID(),
    actionKey,
    seq: await nextNumber(manager, "update"),
    version: baseVersion + 1,
    state: submitted ? UpdateState.SUBMITTED : UpdateState.DRAFT,
    revision: 0,
    status: input.status,
    forecastStatus: input.forecastStatus ?? null,
    rag: input.rag ?? null,
    note: input.note.trim(),
    explanation: input.explanation?.trim() || null,
    reopenReason: input.reopenReason?.trim() || null,
    evidenceUrl: input.evidenceUrl?.trim() || null,
    returnReason: null,
    recordedBySubject: identity.subject,
    recordedByName: identity.name,
    recordedAt: at,
    submittedAt: submitted ? at : null,
    decidedBySubject: null,
    decidedByName: null,
    decidedAt: null,
  });
  await manager.insert(ProgressUpdateEntity, update);
  return update;
}

/** Who a data load acts as, in the audit log. */
const DATA_LOAD_ACTOR: Identity = { subject: "system:data-load", name: "Data load (npm run data:load or a start)", roles: [], council: null };

/** A data load that changed rows, as an audit entry and a DATA_LOADED change of `entityId` (the council or partnership). */
export const recordDataLoad =
  (entityId: string): LoadChanged =>
  (manager, counts, at) =>
    audit(manager, DATA_LOAD_ACTOR, "dataLoad", entityId, null, counts, at, ChangeKind.DATA_LOADED);
