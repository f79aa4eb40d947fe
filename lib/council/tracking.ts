import { Arg, Ctx, Directive, Field, FieldResolver, Int, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import { forbidden, requireRole, requireSignedIn, Role } from "../auth/identity";
import type { CouncilConfig } from "../config/project";
import { keyOf } from "../ids/global-id";
import { page } from "../tracking/connection";
import {
  AuditEntryConnection,
  ProgressUpdateConnection,
  ProgressUpdateEntity,
  RecordProgressInput,
  userError,
  UserError,
  UserErrorCode,
} from "../tracking/model";
import { recordProgress } from "../tracking/record-progress";
import { auditLogPage } from "../tracking/read";
import { councilTypeName, type CouncilTypes } from "./entities";
import type { CouncilContext } from "./loaders";
import { ActionInterface } from "./model";

@ObjectType("RecordActionProgressPayload", { description: "The result of recording progress on a council action: the action and the update, or why nothing changed." })
@Directive("@shareable")
export class RecordActionProgressPayload {
  @Field(() => ActionInterface, { nullable: true, description: "The action as it is now; null when the write was refused." })
  action: ActionInterface | null;

  @Field(() => ProgressUpdateEntity, { nullable: true, description: "The update recorded; null when the write was refused." })
  update: ProgressUpdateEntity | null;

  @Field(() => [UserError], { description: "Why the write was refused; empty when it succeeded." })
  errors: UserError[];
}

const refused = (...errors: UserError[]): RecordActionProgressPayload => Object.assign(new RecordActionProgressPayload(), { action: null, update: null, errors });

/** Progress tracking on one council's actions: reading updates, recording them, and the audit log. */
export function councilTrackingResolvers(council: CouncilConfig, types: CouncilTypes): Function[] {
  const actionType = councilTypeName(council, "Action");
  const mutationName = `record${council.typePrefix}ActionProgress`;

  @Resolver(() => types.Action)
  class ActionTrackingResolver {
    @FieldResolver(() => ProgressUpdateEntity, { nullable: true })
    async latestUpdate(@Root() action: ActionInterface, @Ctx() context: CouncilContext): Promise<ProgressUpdateEntity | null> {
      requireSignedIn(context.identity);
      return (await context.updatesOfAction.load(action.slug))[0] ?? null;
    }

    @FieldResolver(() => ProgressUpdateConnection)
    async updates(
      @Root() action: ActionInterface,
      @Arg("first", () => Int, { nullable: true, description: "Page size (default 20, at most 100)." }) first: number | null,
      @Arg("after", () => String, { nullable: true, description: "Cursor of the last update of the previous page." }) after: string | null,
      @Ctx() context: CouncilContext,
    ): Promise<ProgressUpdateConnection> {
      requireSignedIn(context.identity);
      return page(await context.updatesOfAction.load(action.slug), (update) => update.version, first, after);
    }
  }

  @Resolver(() => types.Council)
  class CouncilAuditResolver {
    @FieldResolver(() => AuditEntryConnection)
    async auditLog(
      @Arg("first", () => Int, { nullable: true, description: "Page size (default 20, at most 100)." }) first: number | null,
      @Arg("after", () => String, { nullable: true, description: "Cursor of the last entry of the previous page." }) after: string | null,
      @Ctx() context: CouncilContext,
    ): Promise<AuditEntryConnection> {
      return auditLogPage(context.identity, context.dataSource, first, after);
    }
  }

  @Resolver()
  class CouncilTrackingMutations {
    @Mutation(() => RecordActionProgressPayload, {
      name: mutationName,
      description: `Records progress on an action of ${council.name}: status, RAG and note. Needs the COUNCIL_EDITOR role for ${council.name}. Refused with CONFLICT when expectedVersion is stale; changes nothing when refused.`,
    })
    async recordProgress(@Arg("input", () => RecordProgressInput, { description: "The action, the version the update is based on, and the update." }) input: RecordProgressInput, @Ctx() context: CouncilContext): Promise<RecordActionProgressPayload> {
      const identity = requireRole(context.identity, Role.COUNCIL_EDITOR, "Recording progress on a council action");
      if (identity.council !== council.id) throw forbidden(`A council editor for ${identity.council ?? "no council"} cannot record progress on ${council.name}'s actions`);
      const key = keyOf(input.actionId, actionType);
      if (key === null) return refused(userError(UserErrorCode.NOT_FOUND, `"${input.actionId.slice(0, 200)}" is not the id of an action of ${council.name}`, "actionId"));
      const recorded = await recordProgress({
        dataSource: context.dataSource,
        target: types.Action,
        key,
        input,
        identity,
        operation: mutationName,
        also: (at) => ({ updatedAt: at }),
      });
      return Object.assign(new RecordActionProgressPayload(), { action: recorded.row, update: recorded.update, errors: recorded.errors });
    }
  }

  return [ActionTrackingResolver, CouncilAuditResolver, CouncilTrackingMutations];
}
