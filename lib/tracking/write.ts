import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import type { Identity } from "../auth/identity";
import { AuditEntryEntity, ProgressUpdateEntity, type RecordProgressInput } from "./model";

/** Appends an audit entry in the caller's transaction: who, when, what, before and after. */
export async function audit(manager: EntityManager, identity: Identity, operation: string, entityId: string, before: object | null, after: object | null, at: string): Promise<void> {
  // Take the next number: the UPDATE holds the counter row's lock until this transaction ends.
  await manager.createQueryBuilder().update("audit_counter").set({ last: () => "last + 1" }).where("name = :name", { name: "audit" }).execute();
  const counter = await manager.createQueryBuilder().select("c.last", "last").from("audit_counter", "c").where("c.name = :name", { name: "audit" }).getRawOne<{ last: number | string }>();
  if (counter === undefined) throw new Error("audit_counter has no row: the AuditCounter migration has not run");
  await manager.insert(AuditEntryEntity, {
    id: randomUUID(),
    sequence: Number(counter.last),
    at,
    actorSubject: identity.subject,
    actorName: identity.name,
    operation,
    entityId,
    before: before === null ? null : JSON.stringify(before),
    after: after === null ? null : JSON.stringify(after),
  });
}

/** Inserts the progress update row of a write, in the caller's transaction. */
export async function insertUpdate(manager: EntityManager, identity: Identity, actionKey: string, version: number, input: RecordProgressInput, at: string): Promise<ProgressUpdateEntity> {
  const update = Object.assign(new ProgressUpdateEntity(), {
    id: randomUUID(),
    actionKey,
    version,
    status: input.status,
    rag: input.rag ?? null,
    note: input.note.trim(),
    reopenReason: input.reopenReason?.trim() || null,
    recordedBySubject: identity.subject,
    recordedByName: identity.name,
    recordedAt: at,
  });
  await manager.insert(ProgressUpdateEntity, update);
  return update;
}
