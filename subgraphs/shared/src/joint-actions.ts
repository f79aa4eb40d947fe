import { randomUUID } from "node:crypto";
import { Column, Entity, IsNull, PrimaryColumn } from "typeorm";
import { Arg, Ctx, Directive, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import { requireRole, requireSignedIn, Role } from "../../../lib/auth/identity";
import { ActionStatus } from "../../../lib/council/enums";
import { idempotencyKeyErrors, idempotentWrite } from "../../../lib/tracking/idempotency";
import { NodeInterface } from "../../../lib/graphql/node";
import { decodeGlobalId, globalId, GLOBAL_ID_DESCRIPTION, keyOf } from "../../../lib/ids/global-id";
import { afterArg, CONNECTION_LIST_SIZE, connectionType, firstArg, pageInOrder, type Connection } from "../../../lib/graphql/connection";
import {
  Actor,
  actorOf,
  AuditEntryConnection,
  IDEMPOTENCY_KEY_DESCRIPTION,
  ProgressUpdateConnection,
  ProgressUpdateEntity,
  Rag,
  RecordProgressInput,
  REPLAYED_DESCRIPTION,
  SignOffInput,
  UpdateState,
  userError,
  UserError,
  UserErrorCode,
} from "../../../lib/tracking/model";
import { MAX_NOTE, validDate } from "../../../lib/tracking/validate";
import { audit } from "../../../lib/tracking/write";
import { ChangeConnection, ChangeKind, changesPage, PUBLIC_PARTNERSHIP_CHANGES } from "../../../lib/tracking/changes";
import { draftProgress, signOff, type TrackedActions, type Written } from "../../../lib/tracking/sign-off";
import { auditLogPage, entityArg, latestApproved, statesArg, updatesPage } from "../../../lib/tracking/read";
import type { SharedContext } from "./context";
import { advancesErrors } from "./council-action-ids";
import { JointActionFilter, jointActionsKey } from "./joint-action-filter";
import { containsNul } from "../../../lib/graphql/text";
import { ActionReference, type CouncilOwnedReference, type ReferenceClass } from "./council-references";
import { JointInitiativeEntity, PartnershipEntity } from "./model";

/** A joint initiative's own action, created by partner staff through the graph (never seeded). */
@Entity("joint_action")
@ObjectType("JointAction", { implements: [NodeInterface], description: "An action of a joint initiative, created and tracked by partner staff (internal: needs a signed-in viewer)." })
@Directive('@key(fields: "id")')
export class JointActionEntity {
  static readonly typeName = "JointAction";

  @PrimaryColumn({ type: "varchar" })
  slug: string;

  @Column({ name: "initiative_slug", type: "varchar" })
  initiativeSlug: string;

  @Field(() => ID, { description: GLOBAL_ID_DESCRIPTION })
  get id(): string {
    return globalId(JointActionEntity.typeName, this.slug);
  }

  @Field(() => String, { description: "Title." })
  @Column({ type: "varchar" })
  title: string;

  @Field(() => String, { nullable: true, description: "Description." })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => String, { description: "Who leads it: a role or a named lead." })
  @Column({ type: "varchar" })
  owner: string;

  @Field(() => String, { nullable: true, description: "Due date (ISO 8601)." })
  @Column({ name: "due_date", type: "varchar", nullable: true })
  dueDate: string | null;

  @Field(() => ActionStatus, { description: "Status, as the latest APPROVED update gives it: NOT_REPORTED until one is approved." })
  @Column({ type: "varchar" })
  status: ActionStatus;

  @Field(() => Rag, { nullable: true, description: "RAG rating of the latest APPROVED update." })
  @Column({ type: "varchar", nullable: true })
  rag: Rag | null;

  @Field(() => ActionStatus, { nullable: true, description: "Forecast of the latest approved update: where the action will be by its due date." })
  @Column({ name: "forecast_status", type: "varchar", nullable: true })
  forecastStatus: ActionStatus | null;

  @Field(() => Int, { description: "Version of the tracked state: one more per approved update; drafts name it (expectedVersion)." })
  @Column({ type: "integer" })
  version: number;

  @Field(() => String, { description: "When it was created (ISO 8601, UTC)." })
  @Column({ name: "created_at", type: "varchar" })
  createdAt: string;

  @Column({ name: "created_by_subject", type: "varchar" })
  createdBySubject: string;

  @Column({ name: "created_by_name", type: "varchar" })
  createdByName: string;

  @Field(() => Actor, { description: "Who created it." })
  get createdBy(): Actor {
    return actorOf(this.createdBySubject, this.createdByName, "officer");
  }

  @Field(() => Int, { description: "Revision of the action's own details (title, description, owner, due date, milestones, links): 0 at creation, one more per edit or withdrawal. updateJointAction and withdrawJointAction name it (expectedRevision)." })
  @Column({ type: "integer", default: 0 })
  revision: number;

  @Field(() => String, { nullable: true, description: "When it was withdrawn (ISO 8601, UTC); null while it stands. A withdrawn action takes no more edits or progress updates." })
  @Column({ name: "withdrawn_at", type: "varchar", nullable: true })
  withdrawnAt: string | null;

  @Column({ name: "withdrawn_by_subject", type: "varchar", nullable: true })
  withdrawnBySubject: string | null;

  @Column({ name: "withdrawn_by_name", type: "varchar", nullable: true })
  withdrawnByName: string | null;

  @Field(() => Actor, { nullable: true, description: "Who withdrew it; null while it stands." })
  get withdrawnBy(): Actor | null {
    return this.withdrawnBySubject === null || this.withdrawnBySubject === undefined ? null : actorOf(this.withdrawnBySubject, this.withdrawnByName ?? this.withdrawnBySubject, "officer");
  }

  @Field(() => String, { nullable: true, description: "Why it was withdrawn; null while it stands." })
  @Column({ name: "withdrawal_reason", type: "text", nullable: true })
  withdrawalReason: string | null;
}

@Entity("joint_action_milestone")
@ObjectType("Milestone", { description: "A milestone of a joint action." })
export class MilestoneEntity {
  @PrimaryColumn({ type: "varchar" })
  slug: string;

  @Column({ name: "joint_action_slug", type: "varchar" })
  jointActionSlug: string;

  @Column({ type: "integer" })
  position: number;

  @Field(() => String, { description: "What is to be reached." })
  @Column({ type: "varchar" })
  title: string;

  @Field(() => String, { nullable: true, description: "By when (ISO 8601)." })
  @Column({ name: "due_date", type: "varchar", nullable: true })
  dueDate: string | null;
}

@Entity("joint_action_link")
export class JointActionLinkRow {
  @PrimaryColumn({ name: "joint_action_slug", type: "varchar" })
  jointActionSlug: string;

  @PrimaryColumn({ name: "council_action_id", type: "varchar" })
  councilActionId: string;

  @Column({ type: "integer" })
  position: number;
}

@InputType("MilestoneInput", { description: "A milestone of a joint action." })
export class MilestoneInput {
  @Field(() => String, { description: "What is to be reached: 1 to 200 characters." }) title: string;
  @Field(() => String, { nullable: true, description: "By when: an ISO 8601 date (YYYY-MM-DD) from 2000 to 2100." }) dueDate?: string | null;
}

@InputType("CreateJointActionInput", { description: "A new action of a joint initiative." })
class CreateJointActionInput {
  @Field(() => ID, { description: "The joint initiative, by global id or key (e.g. \"regional-adoption-agency\")." }) initiativeId: string;
  @Field(() => String, { description: "Title: 1 to 200 characters." }) title: string;
  @Field(() => String, { nullable: true, description: "Description: at most 2000 characters." }) description?: string | null;
  @Field(() => String, { description: "Who leads it (a role or named lead): 1 to 200 characters." }) owner: string;
  @Field(() => String, { nullable: true, description: "Due date: an ISO 8601 date (YYYY-MM-DD) from 2000 to 2100." }) dueDate?: string | null;
  @Field(() => [MilestoneInput], { nullable: true, description: "Milestones, at most 20." }) milestones?: MilestoneInput[] | null;
  @Field(() => [ID], { nullable: true, description: "Global ids of the council actions it advances, at most 50." }) advances?: string[] | null;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey?: string | null;
}

@ObjectType("JointActionPayload", { description: "The result of a write to a joint action, or why nothing changed." })
export class JointActionPayload {
  @Field(() => JointActionEntity, { nullable: true, description: "The joint action as it is now; null when refused." }) jointAction: JointActionEntity | null;
  @Field(() => ProgressUpdateEntity, { nullable: true, description: "The update recorded, for a progress write." }) update: ProgressUpdateEntity | null;
  @Field(() => [UserError], { description: "Why the write was refused; empty when it succeeded." }) errors: UserError[];
  @Field(() => Boolean, { description: REPLAYED_DESCRIPTION }) replayed: boolean;
}

export const refused = (...errors: UserError[]): JointActionPayload => Object.assign(new JointActionPayload(), { jointAction: null, update: null, errors, replayed: false });
export const MAX_TITLE = 200;

export function textErrors(field: string, value: string | null | undefined, max: number, required: boolean): UserError[] {
  const text = value?.trim() ?? "";
  if (required && text.length === 0) return [userError(UserErrorCode.INVALID_INPUT, `${field} is required`, field)];
  if (text.length > max) return [userError(UserErrorCode.INVALID_INPUT, `${field} is longer than ${max} characters`, field)];
  if (containsNul(text)) return [userError(UserErrorCode.INVALID_INPUT, `${field} contains a NUL character`, field)];
  return [];
}

const jointPayload = (written: Written<JointActionEntity>): JointActionPayload =>
  Object.assign(new JointActionPayload(), { jointAction: written.row, update: written.update, errors: written.errors, replayed: written.replayed ?? false });
const trackedJointActions = (context: SharedContext): TrackedActions<JointActionEntity> => ({
  dataSource: context.dataSource,
  target: JointActionEntity,
  idOf: (key) => globalId(JointActionEntity.typeName, key),
  refuse: (action) => (action.withdrawnAt ? userError(UserErrorCode.WITHDRAWN, `The joint action was withdrawn on ${action.withdrawnAt.slice(0, 10)}: it takes no more edits or progress updates`, "actionId") : null),
  standing: { withdrawnAt: IsNull() },
});

/** Refusals for a joint action's milestones: at most 20, each titled, with a real due date if any. */
export function milestoneErrors(milestones: MilestoneInput[]): UserError[] {
  const errors: UserError[] = [];
  if (milestones.length > 20) errors.push(userError(UserErrorCode.INVALID_INPUT, "at most 20 milestones", "milestones"));
  milestones.forEach((milestone, index) => {
    errors.push(...textErrors(`milestones[${index}].title`, milestone.title, MAX_TITLE, true));
    if (typeof milestone.dueDate === "string" && !validDate(milestone.dueDate)) errors.push(userError(UserErrorCode.INVALID_INPUT, "dueDate must be a date (YYYY-MM-DD) from 2000 to 2100", `milestones[${index}].dueDate`));
  });
  return errors;
}

export const JointActionConnection = connectionType<JointActionEntity>("JointAction", () => JointActionEntity, "joint actions", "oldest first");
export type JointActionConnection = Connection<JointActionEntity>;

export function jointActionResolvers(references: Map<string, ReferenceClass>): Function[] {
  @Resolver(() => JointActionEntity)
  class JointActionResolver {
    @FieldResolver(() => JointInitiativeEntity, { description: "The joint initiative it belongs to." })
    async initiative(@Root() action: JointActionEntity, @Ctx() context: SharedContext): Promise<JointInitiativeEntity> {
      const initiative = await context.initiative.load(action.initiativeSlug);
      if (!initiative) throw new Error(`joint action ${action.slug} names a missing initiative`);
      return initiative;
    }

    @FieldResolver(() => [MilestoneEntity], { description: "Its milestones, in order." })
    milestones(@Root() action: JointActionEntity, @Ctx() context: SharedContext): Promise<MilestoneEntity[]> {
      return context.milestonesOf.load(action.slug);
    }

    @FieldResolver(() => [ActionReference], { nullable: "items", description: "The council actions it advances, resolved from the owning councils (null for one that is missing or unavailable)." })
    async advances(@Root() action: JointActionEntity, @Ctx() context: SharedContext): Promise<CouncilOwnedReference[]> {
      const links = await context.advancesOf.load(action.slug);
      return links.flatMap((link) => {
        const Stub = references.get(decodeGlobalId(link.councilActionId)?.typeName ?? "");
        return Stub ? [new Stub(link.councilActionId)] : [];
      });
    }

    @FieldResolver(() => ProgressUpdateEntity, { nullable: true, description: "The latest APPROVED progress update: what `status` rests on." })
    async latestUpdate(@Root() action: JointActionEntity, @Ctx() context: SharedContext): Promise<ProgressUpdateEntity | null> {
      requireSignedIn(context.identity);
      return latestApproved(await context.updatesOf.load(action.slug));
    }

    @Directive(CONNECTION_LIST_SIZE)
    @FieldResolver(() => ProgressUpdateConnection, { description: "Progress updates in every state (joint actions are for signed-in partner staff), newest first." })
    async updates(
      @Root() action: JointActionEntity,
      @Arg("first", () => Int, { nullable: true, description: "Page size (default 20, at most 100)." }) first: number | null,
      @Arg("after", () => String, { nullable: true, description: "Cursor of the last update of the previous page." }) after: string | null,
      @statesArg() states: UpdateState[] | null,
      @Ctx() context: SharedContext,
    ): Promise<ProgressUpdateConnection> {
      requireSignedIn(context.identity);
      return updatesPage(context.identity, await context.updatesOf.load(action.slug), states, first, after);
    }
  }

  @Resolver(() => JointInitiativeEntity)
  class InitiativeActionsResolver {
    @Directive(CONNECTION_LIST_SIZE)
    @FieldResolver(() => JointActionConnection, { description: "The initiative's own actions, oldest first, optionally filtered (withdrawn ones only with includeWithdrawn); a page at a time. Needs a signed-in viewer." })
    async jointActions(
      @Root() initiative: JointInitiativeEntity,
      @firstArg() first: number | null,
      @afterArg() after: string | null,
      @Arg("filter", () => JointActionFilter, { nullable: true, description: "Conditions the joint actions must meet; withdrawn ones are left out unless includeWithdrawn." }) filter: JointActionFilter | null,
      @Ctx() context: SharedContext,
    ): Promise<JointActionConnection> {
      requireSignedIn(context.identity);
      return pageInOrder(await context.jointActionsOf.load(jointActionsKey(initiative.slug, filter, context.identity)), (action) => action.slug, first, after);
    }
  }

  @Resolver(() => PartnershipEntity)
  class PartnershipFeedResolver {
    @Directive(CONNECTION_LIST_SIZE)
    @FieldResolver(() => AuditEntryConnection, { description: "Every write to joint actions, newest first, or those of one joint action (entity). Needs the ADMIN role." })
    async auditLog(
      @Arg("first", () => Int, { nullable: true, description: "Page size (default 20, at most 100)." }) first: number | null,
      @Arg("after", () => String, { nullable: true, description: "Cursor of the last entry of the previous page." }) after: string | null,
      @entityArg() entity: string | null,
      @Ctx() context: SharedContext,
    ): Promise<AuditEntryConnection> {
      return auditLogPage(context.identity, context.dataSource, first, after, entity ?? null);
    }

    @Directive(CONNECTION_LIST_SIZE)
    @FieldResolver(() => ChangeConnection, {
      description:
        "The partnership's change feed: joint actions created and every sign-off step on their updates (signed-in partner staff), and data loads (anyone), oldest first after the cursor `after` (the feed's since). Keep `pageInfo.endCursor` (it stays put when nothing changed) and pass it as `after` next time: each change comes exactly once.",
    })
    changes(
      @firstArg() first: number | null,
      @Arg("after", () => String, { nullable: true, description: "Where to go on from (the feed's since): the endCursor of the last page read; from the start when null." }) after: string | null,
      @Ctx() context: SharedContext,
    ): Promise<ChangeConnection> {
      return changesPage(context.dataSource, context.identity, after, first, PUBLIC_PARTNERSHIP_CHANGES);
    }
  }

  @Resolver()
  class JointActionMutations {
    @Mutation(() => JointActionPayload, { description: "Creates an action of a joint initiative. Needs the PARTNERSHIP_EDITOR role." })
    async createJointAction(@Arg("input", () => CreateJointActionInput, { description: "The initiative and the new action." }) input: CreateJointActionInput, @Ctx() context: SharedContext): Promise<JointActionPayload> {
      const identity = requireRole(context.identity, Role.PARTNERSHIP_EDITOR, "Creating a joint action");
      const errors = [
        ...textErrors("title", input.title, MAX_TITLE, true),
        ...textErrors("owner", input.owner, MAX_TITLE, true),
        ...textErrors("description", input.description, MAX_NOTE, false),
      ];
      if (typeof input.dueDate === "string" && !validDate(input.dueDate)) errors.push(userError(UserErrorCode.INVALID_INPUT, "dueDate must be a date (YYYY-MM-DD) from 2000 to 2100", "dueDate"));
      const milestones = input.milestones ?? [];
      errors.push(...milestoneErrors(milestones));
      const advances = [...new Set(input.advances ?? [])];
      errors.push(...advancesErrors(advances, context.councils));
      const initiativeKey = keyOf(input.initiativeId, JointInitiativeEntity.typeName) ?? input.initiativeId;
      const initiative = /^[a-z0-9][a-z0-9-]{0,99}$/.test(initiativeKey) ? await context.initiative.load(initiativeKey) : null;
      if (!initiative) errors.push(userError(UserErrorCode.NOT_FOUND, `There is no joint initiative ${input.initiativeId.slice(0, 200)}`, "initiativeId"));
      errors.push(...idempotencyKeyErrors(input.idempotencyKey));
      if (errors.length > 0 || !initiative) return refused(...errors);

      const created = await idempotentWrite(
        context.dataSource,
        { key: input.idempotencyKey, subject: identity.subject, operation: "createJointAction", input },
        async (manager) => {
          const at = new Date().toISOString();
          const action = Object.assign(new JointActionEntity(), {
            slug: randomUUID(),
            initiativeSlug: initiative.slug,
            title: input.title.trim(),
            description: input.description?.trim() || null,
            owner: input.owner.trim(),
            dueDate: input.dueDate ?? null,
            status: ActionStatus.NOT_REPORTED,
            rag: null,
            forecastStatus: null,
            version: 0,
            createdAt: at,
            createdBySubject: identity.subject,
            createdByName: identity.name,
            revision: 0,
            withdrawnAt: null,
            withdrawnBySubject: null,
            withdrawnByName: null,
            withdrawalReason: null,
          });
          await manager.insert(JointActionEntity, action);
          if (milestones.length > 0) {
            await manager.insert(MilestoneEntity, milestones.map((milestone, position) => ({ slug: `${action.slug}.${position + 1}`, jointActionSlug: action.slug, position, title: milestone.title.trim(), dueDate: milestone.dueDate ?? null })));
          }
          if (advances.length > 0) await manager.insert(JointActionLinkRow, advances.map((councilActionId, position) => ({ jointActionSlug: action.slug, councilActionId, position })));
          // The record as stored: the action, its milestones and its links.
          const stored = {
            ...action,
            milestones: milestones.map((milestone) => ({ title: milestone.title.trim(), dueDate: milestone.dueDate ?? null })),
            advances,
          };
          await audit(manager, identity, "createJointAction", action.id, null, stored, at, ChangeKind.JOINT_ACTION_CREATED);
          return { result: Object.assign(new JointActionPayload(), { jointAction: action, update: null, errors: [], replayed: false }), stored: { rowKey: action.slug, updateId: null }, errors: [] };
        },
        async (manager, stored) => {
          const action = await manager.findOne(JointActionEntity, { where: { slug: stored.rowKey } });
          if (!action) throw new Error(`an idempotency key names joint action ${stored.rowKey}, which no longer exists`);
          return Object.assign(new JointActionPayload(), { jointAction: action, update: null, errors: [], replayed: true });
        },
        (error) => refused(error),
      );
      return Object.assign(created.result, { replayed: created.replayed });
    }

    @Mutation(() => JointActionPayload, {
      description: "Drafts a progress update on a joint action: status, forecast, RAG and note (submitted at once with submit); the action changes only when approved. Needs the PARTNERSHIP_EDITOR role. Refused with CONFLICT when expectedVersion is stale.",
    })
    async recordJointActionProgress(@Arg("input", () => RecordProgressInput, { description: "The joint action, the version the update is based on, and the update." }) input: RecordProgressInput, @Ctx() context: SharedContext): Promise<JointActionPayload> {
      const identity = requireRole(context.identity, Role.PARTNERSHIP_EDITOR, "Recording progress on a joint action");
      const key = keyOf(input.actionId, JointActionEntity.typeName);
      if (key === null) return refused(userError(UserErrorCode.NOT_FOUND, `"${input.actionId.slice(0, 200)}" is not the id of a joint action`, "actionId"));
      return jointPayload(await draftProgress(trackedJointActions(context), key, input, identity, "recordJointActionProgress"));
    }

    @Mutation(() => JointActionPayload, { description: "Submits a DRAFT progress update on a joint action for approval. Needs the PARTNERSHIP_EDITOR role." })
    async submitJointProgressUpdate(@Arg("input", () => SignOffInput, { description: "The update and its revision." }) input: SignOffInput, @Ctx() context: SharedContext): Promise<JointActionPayload> {
      const identity = requireRole(context.identity, Role.PARTNERSHIP_EDITOR, "Submitting a progress update on a joint action");
      return jointPayload(await signOff(trackedJointActions(context), "submit", input, identity, "submitJointProgressUpdate"));
    }

    @Mutation(() => JointActionPayload, {
      description: "Approves a SUBMITTED progress update on a joint action: the action takes its status, RAG and forecast. Needs the PARTNERSHIP_APPROVER role; never one's own update; a RED update needs an explanatory comment.",
    })
    async approveJointProgressUpdate(@Arg("input", () => SignOffInput, { description: "The update, its revision, and (for a RED update without one) the explanatory comment." }) input: SignOffInput, @Ctx() context: SharedContext): Promise<JointActionPayload> {
      const identity = requireRole(context.identity, Role.PARTNERSHIP_APPROVER, "Approving a progress update on a joint action");
      return jointPayload(await signOff(trackedJointActions(context), "approve", input, identity, "approveJointProgressUpdate"));
    }

    @Mutation(() => JointActionPayload, { description: "Returns a SUBMITTED progress update on a joint action with a reason (comment, required). Needs the PARTNERSHIP_APPROVER role." })
    async returnJointProgressUpdate(@Arg("input", () => SignOffInput, { description: "The update, its revision, and the reason." }) input: SignOffInput, @Ctx() context: SharedContext): Promise<JointActionPayload> {
      const identity = requireRole(context.identity, Role.PARTNERSHIP_APPROVER, "Returning a progress update on a joint action");
      return jointPayload(await signOff(trackedJointActions(context), "return", input, identity, "returnJointProgressUpdate"));
    }
  }

  return [JointActionResolver, InitiativeActionsResolver, PartnershipFeedResolver, JointActionMutations];
}
