import { Column, Entity, PrimaryColumn } from "typeorm";
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ActionStatus } from "../council/enums";
import { connectionType, type Connection } from "../graphql/connection";

export enum Rag {
  RED = "RED",
  AMBER = "AMBER",
  GREEN = "GREEN",
  BLUE = "BLUE",
}
registerEnumType(Rag, {
  name: "Rag",
  description: "Red, amber, green rating of an action's progress (BLUE: complete).",
  valuesConfig: {
    RED: { description: "Significant problems." },
    AMBER: { description: "Issues or risks." },
    GREEN: { description: "On track." },
    BLUE: { description: "Complete." },
  },
});

export enum UserErrorCode {
  NOT_FOUND = "NOT_FOUND",
  INVALID_INPUT = "INVALID_INPUT",
  INVALID_TRANSITION = "INVALID_TRANSITION",
  CONFLICT = "CONFLICT",
}
registerEnumType(UserErrorCode, {
  name: "UserErrorCode",
  description: "Why a write was refused; nothing was changed.",
  valuesConfig: {
    NOT_FOUND: { description: "The record the input names does not exist." },
    INVALID_INPUT: { description: "A field is missing, empty, too long or out of range." },
    INVALID_TRANSITION: { description: "The status change is not allowed (e.g. reopening a COMPLETE action without a reason)." },
    CONFLICT: { description: "The record changed since the version the write names: reload, then retry. currentVersion holds the version now." },
  },
});

@ObjectType("UserError", { description: "A problem with a write's input; the write changed nothing." })
@Directive("@shareable")
export class UserError {
  @Field(() => UserErrorCode, { description: "What kind of problem." })
  code: UserErrorCode;

  @Field(() => String, { nullable: true, description: "The input field at fault, where there is one (e.g. \"note\")." })
  field: string | null;

  @Field(() => String, { description: "What is wrong, for people." })
  message: string;

  @Field(() => Int, { nullable: true, description: "For CONFLICT: the record's current version." })
  currentVersion: number | null;
}

export const userError = (code: UserErrorCode, message: string, field: string | null = null, currentVersion: number | null = null): UserError =>
  Object.assign(new UserError(), { code, field, message, currentVersion });

@ObjectType("Actor", { description: "Who made a change: the subject and name from their verified token." })
@Directive("@shareable")
export class Actor {
  @Field(() => String, { description: "Subject (the token's sub)." })
  subject: string;

  @Field(() => String, { description: "Name, as the token gives it." })
  name: string;
}

/** A progress update on an action (council or joint); stored in the subgraph that owns the action. */
@Entity("progress_update")
@ObjectType("ProgressUpdate", { description: "A progress update recorded on an action: status, RAG and note, by whom and when." })
@Directive("@shareable")
export class ProgressUpdateEntity {
  @Field(() => ID, { description: "Identifier of the update." })
  @PrimaryColumn({ type: "varchar" })
  id: string;

  @Column({ name: "action_key", type: "varchar" })
  actionKey: string;

  @Field(() => Int, { description: "The action's version this update created." })
  @Column({ type: "integer" })
  version: number;

  @Field(() => ActionStatus, { description: "Status recorded." })
  @Column({ type: "varchar" })
  status: ActionStatus;

  @Field(() => Rag, { nullable: true, description: "RAG rating recorded, if any." })
  @Column({ type: "varchar", nullable: true })
  rag: Rag | null;

  @Field(() => String, { description: "The note recorded with the update." })
  @Column({ type: "text" })
  note: string;

  @Field(() => String, { nullable: true, description: "Why a COMPLETE action was reopened, where it was." })
  @Column({ name: "reopen_reason", type: "text", nullable: true })
  reopenReason: string | null;

  @Column({ name: "recorded_by_subject", type: "varchar" })
  recordedBySubject: string;

  @Column({ name: "recorded_by_name", type: "varchar" })
  recordedByName: string;

  @Field(() => String, { description: "When it was recorded (ISO 8601, UTC)." })
  @Column({ name: "recorded_at", type: "varchar" })
  recordedAt: string;

  @Field(() => Actor, { description: "Who recorded it." })
  get recordedBy(): Actor {
    return Object.assign(new Actor(), { subject: this.recordedBySubject, name: this.recordedByName });
  }
}

/** Append-only record of every write, in the same transaction as the write. No mutation alters it. */
@Entity("audit_entry")
@ObjectType("AuditEntry", { description: "One write, as recorded in the audit log: who, when, what, before and after." })
@Directive("@shareable")
export class AuditEntryEntity {
  @Field(() => ID, { description: "Identifier of the entry." })
  @PrimaryColumn({ type: "varchar" })
  id: string;

  @Field(() => Int, { description: "Order of the entry in this subgraph's log." })
  @Column({ type: "integer" })
  sequence: number;

  @Field(() => String, { description: "When (ISO 8601, UTC)." })
  @Column({ type: "varchar" })
  at: string;

  @Column({ name: "actor_subject", type: "varchar" })
  actorSubject: string;

  @Column({ name: "actor_name", type: "varchar" })
  actorName: string;

  @Field(() => String, { description: "The operation (mutation) that wrote." })
  @Column({ type: "varchar" })
  operation: string;

  @Field(() => ID, { description: "Global id of the record written." })
  @Column({ name: "entity_id", type: "varchar" })
  entityId: string;

  @Field(() => String, { nullable: true, description: "The record before the write, as JSON; null when it was created." })
  @Column({ type: "text", nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true, description: "The record after the write, as JSON." })
  @Column({ type: "text", nullable: true })
  after: string | null;

  @Field(() => Actor, { description: "Who wrote." })
  get actor(): Actor {
    return Object.assign(new Actor(), { subject: this.actorSubject, name: this.actorName });
  }
}

export const ProgressUpdateConnection = connectionType<ProgressUpdateEntity>("ProgressUpdate", () => ProgressUpdateEntity, "progress updates", "newest first");
export type ProgressUpdateConnection = Connection<ProgressUpdateEntity>;

export const AuditEntryConnection = connectionType<AuditEntryEntity>("AuditEntry", () => AuditEntryEntity, "audit entries", "newest first");
export type AuditEntryConnection = Connection<AuditEntryEntity>;

@InputType("RecordProgressInput", { description: "A progress update to record on an action." })
export class RecordProgressInput {
  @Field(() => ID, { description: "Global id of the action." })
  actionId: string;

  @Field(() => Int, { description: "The action's version the update is based on (0 when none has been recorded); a stale one is refused with CONFLICT." })
  expectedVersion: number;

  @Field(() => ActionStatus, { description: "The status now (not NOT_REPORTED)." })
  status: ActionStatus;

  @Field(() => Rag, { nullable: true, description: "RAG rating; BLUE only with COMPLETE, and COMPLETE only with BLUE or none." })
  rag?: Rag | null;

  @Field(() => String, { description: "What has happened: 1 to 2000 characters." })
  note: string;

  @Field(() => String, { nullable: true, description: "Required when reopening a COMPLETE action." })
  reopenReason?: string | null;
}
