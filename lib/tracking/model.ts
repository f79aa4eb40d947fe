import { Column, Entity, PrimaryColumn } from "typeorm";
import { Ctx, Directive, Field, FieldResolver, ID, InputType, Int, ObjectType, registerEnumType, Resolver, Root } from "type-graphql";
import { isStaff, type Identity } from "../auth/identity";
import { ActionStatus } from "../graphql/enums";
import { Rag, UpdateState, UserErrorCode } from "../vocabulary/enums";
import { connectionType, type Connection } from "../graphql/connection";

// The values are the vocabulary's; the tracking types register them here, with their descriptions.
export { Rag, UpdateState, UserErrorCode };

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

registerEnumType(UpdateState, {
  name: "UpdateState",
  description: "Where a progress update is in sign-off. Only APPROVED updates are public and set an action's status; the others are visible to signed-in partner staff only.",
  valuesConfig: {
    DRAFT: { description: "Written by an editor, not yet submitted." },
    SUBMITTED: { description: "Submitted for approval." },
    APPROVED: { description: "Approved by an approver (never its own author): public, and the action's status now." },
    RETURNED: { description: "Returned by an approver with a reason; it stays as it was. Draft a new update to follow it up." },
  },
});

/** The states anyone may read; the others need a signed-in member of partner staff. */
export const PUBLIC_UPDATE_STATES: readonly UpdateState[] = [UpdateState.APPROVED];

registerEnumType(UserErrorCode, {
  name: "UserErrorCode",
  description: "Why a write was refused; nothing was changed.",
  valuesConfig: {
    NOT_FOUND: { description: "The record the input names does not exist." },
    INVALID_INPUT: { description: "A field is missing, empty, too long or out of range." },
    INVALID_TRANSITION: { description: "The change is not allowed from where things are (e.g. reopening a COMPLETE action without a reason, approving an update that is not SUBMITTED)." },
    CONFLICT: { description: "The record changed since the version (or revision) the write names: reload, then retry. currentVersion holds the version (or revision) now." },
    IDEMPOTENCY_KEY_REUSED: { description: "The idempotencyKey was already used for another write (another operation or another input): use a new key for a new write." },
    WITHDRAWN: { description: "The joint action was withdrawn: it takes no more edits or progress updates." },
  },
});

@ObjectType("UserError", { description: "A problem with a write's input; the write changed nothing." })
@Directive("@shareable")
export class UserError {
  @Field(() => UserErrorCode, { description: "What kind of problem." })
  code: UserErrorCode;

  @Field(() => String, { nullable: true, description: 'The input field at fault, where there is one (e.g. "note").' })
  field: string | null;

  @Field(() => String, { description: "What is wrong, for people." })
  message: string;

  @Field(() => Int, { nullable: true, description: "For CONFLICT: the record's current version (or revision, for writes that name an expectedRevision)." })
  currentVersion: number | null;
}

export const userError = (code: UserErrorCode, message: string, field: string | null = null, currentVersion: number | null = null): UserError => Object.assign(new UserError(), { code, field, message, currentVersion });

/** What the person did: drafted or created (an officer), or approved or returned (an approver). */
export type ActorPart = "officer" | "approver";

@ObjectType("Actor", {
  description:
    "Who made a change. Staff identities are not public: everyone sees the team the person acted for (team); only signed-in staff (a token with one of the graph's roles) see the person (subject and name), which are null for anyone else.",
})
@Directive("@shareable")
export class Actor {
  /** As recorded from their verified token; given out only to staff (ActorResolver). */
  subject: string;
  name: string;
  part: ActorPart;
}

export const actorOf = (subject: string, name: string, part: ActorPart): Actor => Object.assign(new Actor(), { subject, name, part });

/** What Actor's fields need of a subgraph's request context. */
export interface ActorContext {
  identity: Identity | null;
  /** Whom staff of this subgraph act for, e.g. "Cumberland Council" (Actor.team). */
  actorTeam: string;
}

/** Actor's fields: the person only for staff, the team for everyone. */
@Resolver(() => Actor)
export class ActorResolver {
  @FieldResolver(() => String, { nullable: true, description: "Subject (the token's sub) of the person. Signed-in staff only: null for anyone else." })
  subject(@Root() actor: Actor, @Ctx() context: ActorContext): string | null {
    return isStaff(context.identity) ? actor.subject : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Name of the person, as their token gives it. Signed-in staff only: null for anyone else." })
  name(@Root() actor: Actor, @Ctx() context: ActorContext): string | null {
    return isStaff(context.identity) ? actor.name : null;
  }

  @FieldResolver(() => String, { description: 'The team the person acted for, shown to everyone: e.g. "Cumberland Council officer" (drafted or created), "Cumberland Council approver" (approved or returned), "Partnership officer".' })
  team(@Root() actor: Actor, @Ctx() context: ActorContext): string {
    return `${context.actorTeam} ${actor.part}`;
  }
}

/** A progress update on an action (council or joint); stored in the subgraph that owns the action. */
@Entity("progress_update")
@ObjectType("ProgressUpdate", { description: "A progress update on an action: status, forecast, RAG and note, by whom and when, and where it is in sign-off. Only APPROVED updates are public." })
@Directive("@shareable")
export class ProgressUpdateEntity {
  @Field(() => ID, { description: "Identifier of the update (sign-off mutations name it)." })
  @PrimaryColumn({ type: "varchar" })
  id: string;

  @Column({ name: "action_key", type: "varchar" })
  actionKey: string;

  /** Order of updates in this subgraph (newest first in lists; cursors are made of it). */
  @Column({ type: "integer" })
  seq: number;

  @Field(() => Int, { description: "The action's version this update creates when approved (one more than the version it was drafted on)." })
  @Column({ type: "integer" })
  version: number;

  @Field(() => UpdateState, { description: "Where the update is in sign-off." })
  @Column({ type: "varchar" })
  state: UpdateState;

  @Field(() => Int, { description: "Revision of the update itself: 0 when drafted, one more per sign-off step. Sign-off mutations name it (expectedRevision)." })
  @Column({ type: "integer" })
  revision: number;

  @Field(() => ActionStatus, { description: "Status now." })
  @Column({ type: "varchar" })
  status: ActionStatus;

  @Field(() => ActionStatus, { nullable: true, description: "Forecast: where the action will be by its due date; null where none was given." })
  @Column({ name: "forecast_status", type: "varchar", nullable: true })
  forecastStatus: ActionStatus | null;

  @Field(() => Rag, { nullable: true, description: "RAG rating, if any." })
  @Column({ type: "varchar", nullable: true })
  rag: Rag | null;

  @Field(() => String, { description: "The note: what has happened." })
  @Column({ type: "text" })
  note: string;

  @Field(() => String, { nullable: true, description: "The explanatory comment a RED rating needs before approval (from the editor, or from the approver when approving)." })
  @Column({ type: "text", nullable: true })
  explanation: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Evidence link: the address (an absolute http or https URL) of the document or page that shows the progress, such as a board paper or a report; null when none was given. Readable by whoever may read the update's note.",
  })
  @Column({ name: "evidence_url", type: "text", nullable: true })
  evidenceUrl: string | null;

  @Field(() => String, { nullable: true, description: "Why a COMPLETE action was reopened, where it was." })
  @Column({ name: "reopen_reason", type: "text", nullable: true })
  reopenReason: string | null;

  @Field(() => String, { nullable: true, description: "Why the approver returned it (RETURNED only)." })
  @Column({ name: "return_reason", type: "text", nullable: true })
  returnReason: string | null;

  @Column({ name: "recorded_by_subject", type: "varchar" })
  recordedBySubject: string;

  @Column({ name: "recorded_by_name", type: "varchar" })
  recordedByName: string;

  @Field(() => String, { description: "When it was drafted (ISO 8601, UTC): the reporting period it belongs to is the one this date falls in." })
  @Column({ name: "recorded_at", type: "varchar" })
  recordedAt: string;

  @Field(() => String, { nullable: true, description: "When it was submitted (ISO 8601, UTC)." })
  @Column({ name: "submitted_at", type: "varchar", nullable: true })
  submittedAt: string | null;

  @Column({ name: "decided_by_subject", type: "varchar", nullable: true })
  decidedBySubject: string | null;

  @Column({ name: "decided_by_name", type: "varchar", nullable: true })
  decidedByName: string | null;

  @Field(() => String, { nullable: true, description: "When it was approved or returned (ISO 8601, UTC)." })
  @Column({ name: "decided_at", type: "varchar", nullable: true })
  decidedAt: string | null;

  @Field(() => Actor, { description: "Who drafted it: the person for signed-in staff, the team for anyone else (see Actor)." })
  get recordedBy(): Actor {
    return actorOf(this.recordedBySubject, this.recordedByName, "officer");
  }

  @Field(() => Actor, { nullable: true, description: "Who approved or returned it: the person for signed-in staff, the team for anyone else (see Actor)." })
  get decidedBy(): Actor | null {
    return this.decidedBySubject === null || this.decidedBySubject === undefined ? null : actorOf(this.decidedBySubject, this.decidedByName ?? this.decidedBySubject, "approver");
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

  /** What the change feed calls this write (ChangeKind), or null for a write it does not report. */
  @Column({ name: "change_kind", type: "varchar", nullable: true })
  changeKind: string | null;

  @Field(() => Actor, { description: "Who wrote." })
  get actor(): Actor {
    return actorOf(this.actorSubject, this.actorName, /approve|return/i.test(this.operation) ? "approver" : "officer");
  }
}

export const ProgressUpdateConnection = connectionType<ProgressUpdateEntity>("ProgressUpdate", () => ProgressUpdateEntity, "progress updates", "newest first");
export type ProgressUpdateConnection = Connection<ProgressUpdateEntity>;

export const AuditEntryConnection = connectionType<AuditEntryEntity>("AuditEntry", () => AuditEntryEntity, "audit entries", "newest first");
export type AuditEntryConnection = Connection<AuditEntryEntity>;

/** Description of a write payload's replayed field. */
export const REPLAYED_DESCRIPTION = "True when this answer is the stored result of an earlier write with the same idempotencyKey: nothing was written this time, and the records are shown as they are now.";

/** The idempotencyKey input field's description (see lib/tracking/idempotency.ts). */
export const IDEMPOTENCY_KEY_DESCRIPTION =
  "Optional key of your choosing for this write (1 to 100 letters, digits, '-', '_', '.' or ':'), e.g. a UUID made when the person pressed Save. Send the same write again with the same key (say, after a timeout) and you get the first write's result back, with replayed: true, instead of a second write; the same key with a different input is refused with IDEMPOTENCY_KEY_REUSED. Keys are yours alone and kept 24 hours.";

@InputType("RecordProgressInput", { description: "A progress update to draft on an action (and, with submit, to submit for approval at once)." })
export class RecordProgressInput {
  @Field(() => ID, { description: "Global id of the action." })
  actionId: string;

  @Field(() => Int, { description: "The action's version the update is based on (0 when none has been approved); a stale one is refused with CONFLICT, here and again at approval." })
  expectedVersion: number;

  @Field(() => ActionStatus, { description: "The status now (not NOT_REPORTED)." })
  status: ActionStatus;

  @Field(() => ActionStatus, { nullable: true, description: "Forecast: where the action will be by its due date (not NOT_REPORTED)." })
  forecastStatus?: ActionStatus | null;

  @Field(() => Rag, { nullable: true, description: "RAG rating; BLUE only with COMPLETE, and COMPLETE only with BLUE or none." })
  rag?: Rag | null;

  @Field(() => String, { description: "What has happened: 1 to 2000 characters." })
  note: string;

  @Field(() => String, { nullable: true, description: "Why the rating is RED, at most 2000 characters: a RED update cannot be approved without one (the approver may give it instead)." })
  explanation?: string | null;

  @Field(() => String, { nullable: true, description: "Required when reopening a COMPLETE action." })
  reopenReason?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Evidence link (optional): the address of the document or page that shows the progress, such as a board paper or a report. An absolute http or https URL of at most 2000 characters, with no spaces, control characters or credentials (user:password@); surrounding spaces are trimmed and an empty one means none. Otherwise refused with INVALID_INPUT on evidenceUrl.",
  })
  evidenceUrl?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Submit for approval at once (default: keep as a DRAFT)." })
  submit?: boolean | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;
}

@InputType("SignOffInput", { description: "A sign-off step on a progress update: which update, at which revision, and a comment." })
export class SignOffInput {
  @Field(() => ID, { description: "The update's id." })
  updateId: string;

  @Field(() => Int, { description: "The update's revision the step is based on; a stale one is refused with CONFLICT." })
  expectedRevision: number;

  @Field(() => String, { nullable: true, description: "Approving: the explanatory comment a RED update needs when it has none. Returning: the reason (required). At most 2000 characters." })
  comment?: string | null;

  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION })
  idempotencyKey?: string | null;
}
