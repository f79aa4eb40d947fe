import { Arg, Ctx, Directive, Field, FieldResolver, Int, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import { forbidden, requireRole, Role, type Identity } from "../auth/identity";
import type { CouncilConfig } from "../config/project";
import { firstArg } from "../graphql/connection";
import { globalId, keyOf } from "../ids/global-id";
import { ChangeConnection, changesPage, PUBLIC_COUNCIL_CHANGES } from "../tracking/changes";
import { AuditEntryConnection, ProgressUpdateConnection, ProgressUpdateEntity, RecordProgressInput, REPLAYED_DESCRIPTION, SignOffInput, UpdateState, userError, UserError, UserErrorCode } from "../tracking/model";
import { auditLogPage, entityArg, latestApproved, statesArg, updatesPage } from "../tracking/read";
import { draftProgress, signOff, type SignOffStep, type TrackedActions, type Written } from "../tracking/sign-off";
import type { CouncilTypes } from "./entities";
import { councilTypeName } from "../vocabulary/council-type-names";
import type { CouncilContext } from "./loaders";
import { ActionInterface } from "./model";

@ObjectType("RecordActionProgressPayload", { description: "The result of a progress write on a council action (a draft, or a sign-off step): the action and the update, or why nothing changed." })
@Directive("@shareable")
export class RecordActionProgressPayload {
  @Field(() => ActionInterface, { nullable: true, description: "The action as it is now (changed only by an approval); null when the write was refused." })
  action: ActionInterface | null;

  @Field(() => ProgressUpdateEntity, { nullable: true, description: "The update as it is now; null when the write was refused." })
  update: ProgressUpdateEntity | null;

  @Field(() => [UserError], { description: "Why the write was refused; empty when it succeeded." })
  errors: UserError[];

  @Field(() => Boolean, { description: REPLAYED_DESCRIPTION })
  replayed: boolean;
}

const payload = (written: Written<ActionInterface>): RecordActionProgressPayload =>
  Object.assign(new RecordActionProgressPayload(), { action: written.row, update: written.update, errors: written.errors, replayed: written.replayed ?? false });
const refused = (...errors: UserError[]): RecordActionProgressPayload => Object.assign(new RecordActionProgressPayload(), { action: null, update: null, errors, replayed: false });

/**
 * Progress tracking on one council's actions: reading updates (approved ones public), drafting them,
 * the sign-off steps (submit by the council's editors; approve or return by its approvers), the change
 * feed and the audit log.
 */
export function councilTrackingResolvers(council: CouncilConfig, types: CouncilTypes): Function[] {
  const actionType = councilTypeName(council, "Action");
  const names = {
    record: `record${council.typePrefix}ActionProgress`,
    submit: `submit${council.typePrefix}ProgressUpdate`,
    approve: `approve${council.typePrefix}ProgressUpdate`,
    return: `return${council.typePrefix}ProgressUpdate`,
  };
  const tracked = (context: CouncilContext): TrackedActions<ActionInterface> => ({
    dataSource: context.dataSource,
    target: types.Action,
    idOf: (key) => globalId(actionType, key),
    also: (at) => ({ updatedAt: at }),
  });
  /** The council's editors draft and submit; its approvers approve and return. */
  const allowed = (context: CouncilContext, role: Role, what: string): Identity => {
    const identity = requireRole(context.identity, role, what);
    if (identity.council !== council.id) throw forbidden(`${what}: a ${role} for ${identity.council ?? "no council"} cannot act on ${council.name}'s actions`);
    return identity;
  };
  const step = async (context: CouncilContext, which: SignOffStep, input: SignOffInput): Promise<RecordActionProgressPayload> => {
    const role = which === "submit" ? Role.COUNCIL_EDITOR : Role.COUNCIL_APPROVER;
    const identity = allowed(context, role, `${which === "submit" ? "Submitting" : which === "approve" ? "Approving" : "Returning"} a progress update`);
    return payload(await signOff(tracked(context), which, input, identity, names[which]));
  };

  @Resolver(() => types.Action)
  class ActionTrackingResolver {
    @FieldResolver(() => ProgressUpdateEntity, { nullable: true })
    async latestUpdate(@Root() action: ActionInterface, @Ctx() context: CouncilContext): Promise<ProgressUpdateEntity | null> {
      return latestApproved(await context.updatesOfAction.load(action.slug));
    }

    @FieldResolver(() => ProgressUpdateConnection)
    async updates(
      @Root() action: ActionInterface,
      @Arg("first", () => Int, { nullable: true, description: "Page size (default 20, at most 100)." }) first: number | null,
      @Arg("after", () => String, { nullable: true, description: "Cursor of the last update of the previous page." }) after: string | null,
      @statesArg() states: UpdateState[] | null,
      @Ctx() context: CouncilContext,
    ): Promise<ProgressUpdateConnection> {
      return updatesPage(context.identity, await context.updatesOfAction.load(action.slug), states, first, after);
    }
  }

  @Resolver(() => types.Council)
  class CouncilFeedResolver {
    @FieldResolver(() => AuditEntryConnection)
    async auditLog(
      @Arg("first", () => Int, { nullable: true, description: "Page size (default 20, at most 100)." }) first: number | null,
      @Arg("after", () => String, { nullable: true, description: "Cursor of the last entry of the previous page." }) after: string | null,
      @entityArg() entity: string | null,
      @Ctx() context: CouncilContext,
    ): Promise<AuditEntryConnection> {
      return auditLogPage(context.identity, context.dataSource, first, after, entity ?? null);
    }

    @FieldResolver(() => ChangeConnection)
    changes(
      @firstArg() first: number | null,
      @Arg("after", () => String, { nullable: true, description: "Where to go on from (the feed's since): the endCursor of the last page read; from the start when null." }) after: string | null,
      @Ctx() context: CouncilContext,
    ): Promise<ChangeConnection> {
      return changesPage(context.dataSource, context.identity, after, first, PUBLIC_COUNCIL_CHANGES);
    }
  }

  @Resolver()
  class CouncilTrackingMutations {
    @Mutation(() => RecordActionProgressPayload, {
      name: names.record,
      description: `Drafts a progress update on an action of ${council.name}: status, forecast, RAG and note (submitted at once with submit). The action changes only when an approver approves it. Needs the COUNCIL_EDITOR role for ${council.name}. Refused with CONFLICT when expectedVersion is stale; changes nothing when refused.`,
    })
    async recordProgress(
      @Arg("input", () => RecordProgressInput, { description: "The action, the version the update is based on, and the update." }) input: RecordProgressInput,
      @Ctx() context: CouncilContext,
    ): Promise<RecordActionProgressPayload> {
      const identity = allowed(context, Role.COUNCIL_EDITOR, "Recording progress on a council action");
      const key = keyOf(input.actionId, actionType);
      if (key === null) return refused(userError(UserErrorCode.NOT_FOUND, `"${input.actionId.slice(0, 200)}" is not the id of an action of ${council.name}`, "actionId"));
      return payload(await draftProgress(tracked(context), key, input, identity, names.record));
    }

    @Mutation(() => RecordActionProgressPayload, { name: names.submit, description: `Submits a DRAFT progress update on an action of ${council.name} for approval. Needs the COUNCIL_EDITOR role for ${council.name}.` })
    submit(@Arg("input", () => SignOffInput, { description: "The update and its revision." }) input: SignOffInput, @Ctx() context: CouncilContext): Promise<RecordActionProgressPayload> {
      return step(context, "submit", input);
    }

    @Mutation(() => RecordActionProgressPayload, {
      name: names.approve,
      description: `Approves a SUBMITTED progress update on an action of ${council.name}: the action takes its status, RAG and forecast. Needs the COUNCIL_APPROVER role for ${council.name}; never one's own update; a RED update needs an explanatory comment.`,
    })
    approve(
      @Arg("input", () => SignOffInput, { description: "The update, its revision, and (for a RED update without one) the explanatory comment." }) input: SignOffInput,
      @Ctx() context: CouncilContext,
    ): Promise<RecordActionProgressPayload> {
      return step(context, "approve", input);
    }

    @Mutation(() => RecordActionProgressPayload, {
      name: names.return,
      description: `Returns a SUBMITTED progress update on an action of ${council.name} with a reason (comment, required). Needs the COUNCIL_APPROVER role for ${council.name}.`,
    })
    returnUpdate(@Arg("input", () => SignOffInput, { description: "The update, its revision, and the reason." }) input: SignOffInput, @Ctx() context: CouncilContext): Promise<RecordActionProgressPayload> {
      return step(context, "return", input);
    }
  }

  return [ActionTrackingResolver, CouncilFeedResolver, CouncilTrackingMutations];
}
