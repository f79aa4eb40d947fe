import { Arg, Ctx, Directive, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from "type-graphql";
import { requireRole, requireSignedIn, Role } from "../../../lib/auth/identity";
import { idempotencyKeyErrors } from "../../../lib/tracking/idempotency";
import { decodeGlobalId, keyOf } from "../../../lib/ids/global-id";
import { afterArg, CONNECTION_LIST_SIZE, firstArg, pageInOrder } from "../../../lib/graphql/connection";
import { AuditEntryConnection, IDEMPOTENCY_KEY_DESCRIPTION, ProgressUpdateConnection, ProgressUpdateEntity, RecordProgressInput, SignOffInput, UpdateState, userError, UserErrorCode } from "../../../lib/tracking/model";
import { MAX_NOTE, validDate } from "../../../lib/tracking/validate";
import { ChangeConnection, changesPage, PUBLIC_PARTNERSHIP_CHANGES } from "../../../lib/tracking/changes";
import { JointActionConnection, JointActionEntity, JointActionPayload, MilestoneEntity, MilestoneInput } from "../../../lib/tracking/joint-action-model";
import { createJointAction, MAX_TITLE, milestoneErrors, recordJointActionProgress, refused, signOffJointProgress, textErrors } from "../../../lib/tracking/joint-action-writes";
import { auditLogPage, entityArg, latestApproved, statesArg, updatesPage } from "../../../lib/tracking/read";
import type { SharedContext } from "./context";
import { advancesErrors } from "./council-action-ids";
import { JointActionFilter, jointActionsKey } from "./joint-action-filter";
import { ActionReference, type CouncilOwnedReference, type ReferenceClass } from "./council-references";
import { JointInitiativeEntity, PartnershipEntity } from "./model";

/**
 * The joint actions' GraphQL surface: their fields that need the shared subgraph's context, and the
 * mutations, which check the input and the role and leave the writing to lib/tracking/joint-action-writes.ts.
 */

@InputType("CreateJointActionInput", { description: "A new action of a joint initiative." })
class CreateJointActionInput {
  @Field(() => ID, { description: 'The joint initiative, by global id or key (e.g. "regional-adoption-agency").' }) initiativeId: string;
  @Field(() => String, { description: "Title: 1 to 200 characters." }) title: string;
  @Field(() => String, { nullable: true, description: "Description: at most 2000 characters." }) description?: string | null;
  @Field(() => String, { description: "Who leads it (a role or named lead): 1 to 200 characters." }) owner: string;
  @Field(() => String, { nullable: true, description: "Due date: an ISO 8601 date (YYYY-MM-DD) from 2000 to 2100." }) dueDate?: string | null;
  @Field(() => [MilestoneInput], { nullable: true, description: "Milestones, at most 20." }) milestones?: MilestoneInput[] | null;
  @Field(() => [ID], { nullable: true, description: "Global ids of the council actions it advances, at most 50." }) advances?: string[] | null;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey?: string | null;
}

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
      const errors = [...textErrors("title", input.title, MAX_TITLE, true), ...textErrors("owner", input.owner, MAX_TITLE, true), ...textErrors("description", input.description, MAX_NOTE, false)];
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

      return createJointAction(context.dataSource, identity, initiative.slug, { ...input, milestones, advances }, input);
    }

    @Mutation(() => JointActionPayload, {
      description:
        "Drafts a progress update on a joint action: status, forecast, RAG and note (submitted at once with submit); the action changes only when approved. Needs the PARTNERSHIP_EDITOR role. Refused with CONFLICT when expectedVersion is stale.",
    })
    async recordJointActionProgress(
      @Arg("input", () => RecordProgressInput, { description: "The joint action, the version the update is based on, and the update." }) input: RecordProgressInput,
      @Ctx() context: SharedContext,
    ): Promise<JointActionPayload> {
      const identity = requireRole(context.identity, Role.PARTNERSHIP_EDITOR, "Recording progress on a joint action");
      return recordJointActionProgress(context.dataSource, identity, input);
    }

    @Mutation(() => JointActionPayload, { description: "Submits a DRAFT progress update on a joint action for approval. Needs the PARTNERSHIP_EDITOR role." })
    async submitJointProgressUpdate(@Arg("input", () => SignOffInput, { description: "The update and its revision." }) input: SignOffInput, @Ctx() context: SharedContext): Promise<JointActionPayload> {
      const identity = requireRole(context.identity, Role.PARTNERSHIP_EDITOR, "Submitting a progress update on a joint action");
      return signOffJointProgress(context.dataSource, identity, "submit", input, "submitJointProgressUpdate");
    }

    @Mutation(() => JointActionPayload, {
      description: "Approves a SUBMITTED progress update on a joint action: the action takes its status, RAG and forecast. Needs the PARTNERSHIP_APPROVER role; never one's own update; a RED update needs an explanatory comment.",
    })
    async approveJointProgressUpdate(
      @Arg("input", () => SignOffInput, { description: "The update, its revision, and (for a RED update without one) the explanatory comment." }) input: SignOffInput,
      @Ctx() context: SharedContext,
    ): Promise<JointActionPayload> {
      const identity = requireRole(context.identity, Role.PARTNERSHIP_APPROVER, "Approving a progress update on a joint action");
      return signOffJointProgress(context.dataSource, identity, "approve", input, "approveJointProgressUpdate");
    }

    @Mutation(() => JointActionPayload, { description: "Returns a SUBMITTED progress update on a joint action with a reason (comment, required). Needs the PARTNERSHIP_APPROVER role." })
    async returnJointProgressUpdate(@Arg("input", () => SignOffInput, { description: "The update, its revision, and the reason." }) input: SignOffInput, @Ctx() context: SharedContext): Promise<JointActionPayload> {
      const identity = requireRole(context.identity, Role.PARTNERSHIP_APPROVER, "Returning a progress update on a joint action");
      return signOffJointProgress(context.dataSource, identity, "return", input, "returnJointProgressUpdate");
    }
  }

  return [JointActionResolver, InitiativeActionsResolver, PartnershipFeedResolver, JointActionMutations];
}
