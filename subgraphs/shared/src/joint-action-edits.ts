import type { EntityManager } from "typeorm";
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import { requireRole, Role, type Identity } from "../../../lib/auth/identity";
import { globalId, keyOf } from "../../../lib/ids/global-id";
import { ChangeKind } from "../../../lib/tracking/changes";
import { idempotencyKeyErrors, idempotentWrite, type Outcome } from "../../../lib/tracking/idempotency";
import { IDEMPOTENCY_KEY_DESCRIPTION, userError, UserErrorCode, type UserError } from "../../../lib/tracking/model";
import { MAX_NOTE, validDate } from "../../../lib/tracking/validate";
import { audit } from "../../../lib/tracking/write";
import type { SharedContext } from "./context";
import { advancesErrors } from "./council-action-ids";
import { JointActionEntity, JointActionLinkRow, JointActionPayload, MAX_TITLE, MilestoneEntity, MilestoneInput, milestoneErrors, refused, textErrors } from "./joint-actions";

/**
 * Editing and withdrawing joint actions, with the same promises as every other write: one queued
 * transaction (runWrite, through idempotentWrite), an audit entry with the record before and after,
 * an entry in the partnership's change feed, idempotent retries, and a refusal changes nothing. Each
 * names the revision of the action's details it was based on (expectedRevision); a stale one is
 * refused with CONFLICT. A withdrawn action takes no more edits (nor progress: see trackedJointActions' `refuse`).
 */

@InputType("UpdateJointActionInput", { description: "Changes to a joint action's details. A field left out stays as it is." })
class UpdateJointActionInput {
  @Field(() => ID, { description: "Global id of the joint action." }) jointActionId: string;
  @Field(() => Int, { description: "The action's revision the edit is based on; a stale one is refused with CONFLICT (currentVersion holds the revision now)." }) expectedRevision: number;
  @Field(() => String, { nullable: true, description: "New title: 1 to 200 characters. Left out: unchanged; null is refused." }) title?: string | null;
  @Field(() => String, { nullable: true, description: "New description: at most 2000 characters. Left out: unchanged; null (or empty): cleared." }) description?: string | null;
  @Field(() => String, { nullable: true, description: "New lead (a role or named lead): 1 to 200 characters. Left out: unchanged; null is refused." }) owner?: string | null;
  @Field(() => String, { nullable: true, description: "New due date: an ISO 8601 date (YYYY-MM-DD) from 2000 to 2100. Left out: unchanged; null: cleared." }) dueDate?: string | null;
  @Field(() => [MilestoneInput], { nullable: true, description: "The milestones, at most 20: replace the list when given (null or []: none). Left out: unchanged." }) milestones?: MilestoneInput[] | null;
  @Field(() => [ID], { nullable: true, description: "Global ids of the council actions it advances, at most 50, each one that exists: replace the links when given (null or []: none). Left out: unchanged." }) advances?: string[] | null;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey?: string | null;
}

@InputType("WithdrawJointActionInput", { description: "Withdraws a joint action: it stays readable (with includeWithdrawn) but takes no more edits or progress updates." })
class WithdrawJointActionInput {
  @Field(() => ID, { description: "Global id of the joint action." }) jointActionId: string;
  @Field(() => Int, { description: "The action's revision the withdrawal is based on; a stale one is refused with CONFLICT (currentVersion holds the revision now)." }) expectedRevision: number;
  @Field(() => String, { description: "Why it is withdrawn: 1 to 2000 characters." }) reason: string;
  @Field(() => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey?: string | null;
}

const DATE_MESSAGE = "dueDate must be a date (YYYY-MM-DD) from 2000 to 2100";

/** The refusal of any write to a withdrawn joint action. */
export const withdrawnError = (action: JointActionEntity): UserError =>
  userError(UserErrorCode.WITHDRAWN, `The joint action was withdrawn on ${(action.withdrawnAt ?? "").slice(0, 10)}: it takes no more edits or progress updates`, "jointActionId");

/** The joint action as the audit log records it: its details, milestones and links. */
async function recordOf(manager: EntityManager, action: JointActionEntity): Promise<object> {
  const milestones = await manager.find(MilestoneEntity, { where: { jointActionSlug: action.slug }, order: { position: "ASC" } });
  const links = await manager.find(JointActionLinkRow, { where: { jointActionSlug: action.slug }, order: { position: "ASC" } });
  return { ...action, milestones: milestones.map((milestone) => ({ title: milestone.title, dueDate: milestone.dueDate })), advances: links.map((link) => link.councilActionId) };
}

function inputErrors(input: UpdateJointActionInput, councils: SharedContext["councils"]): UserError[] {
  const errors: UserError[] = [];
  for (const field of ["title", "owner"] as const) {
    if (input[field] === null) errors.push(userError(UserErrorCode.INVALID_INPUT, `${field} cannot be cleared`, field));
    else if (input[field] !== undefined) errors.push(...textErrors(field, input[field], MAX_TITLE, true));
  }
  errors.push(...textErrors("description", input.description, MAX_NOTE, false));
  if (typeof input.dueDate === "string" && !validDate(input.dueDate)) errors.push(userError(UserErrorCode.INVALID_INPUT, DATE_MESSAGE, "dueDate"));
  errors.push(...milestoneErrors(input.milestones ?? []));
  errors.push(...advancesErrors([...new Set(input.advances ?? [])], councils));
  errors.push(...revisionErrors(input.expectedRevision));
  errors.push(...idempotencyKeyErrors(input.idempotencyKey));
  return errors;
}

const revisionErrors = (revision: number): UserError[] =>
  Number.isInteger(revision) && revision >= 0 ? [] : [userError(UserErrorCode.INVALID_INPUT, "expectedRevision must be 0 or more", "expectedRevision")];

/** The fields an input clears (given as null): part of what a retry must repeat, since the idempotency digest reads null as absent. */
const clearedIn = (input: object): string[] => Object.entries(input).filter(([, value]) => value === null).map(([name]) => name).sort();

const conflict = (action: JointActionEntity, expected: number): UserError =>
  userError(UserErrorCode.CONFLICT, `The joint action is at revision ${action.revision}, not ${expected}: someone changed it since you loaded it`, "expectedRevision", action.revision);

export function jointActionEditResolvers(): Function[] {
  /** Runs an edit or withdrawal of one joint action once per idempotency key, in one transaction. */
  async function writeOnce(
    context: SharedContext,
    identity: Identity,
    operation: string,
    input: UpdateJointActionInput | WithdrawJointActionInput,
    change: (manager: EntityManager, action: JointActionEntity, at: string) => Promise<Partial<JointActionEntity>>,
    kind: ChangeKind,
  ): Promise<JointActionPayload> {
    const key = keyOf(input.jointActionId, JointActionEntity.typeName);
    if (key === null) return refused(userError(UserErrorCode.NOT_FOUND, `"${input.jointActionId.slice(0, 200)}" is not the id of a joint action`, "jointActionId"));
    const written = await idempotentWrite(
      context.dataSource,
      { key: input.idempotencyKey, subject: identity.subject, operation, input: { ...input, cleared: clearedIn(input) } },
      async (manager): Promise<Outcome<JointActionPayload>> => {
        const no = (error: UserError): Outcome<JointActionPayload> => ({ result: refused(error), stored: null, errors: [error] });
        const action = await manager.findOne(JointActionEntity, { where: { slug: key } });
        if (!action) return no(userError(UserErrorCode.NOT_FOUND, `There is no joint action ${input.jointActionId.slice(0, 200)}`, "jointActionId"));
        if (action.withdrawnAt) return no(withdrawnError(action));
        if (action.revision !== input.expectedRevision) return no(conflict(action, input.expectedRevision));
        const at = new Date().toISOString();
        // The revision moves first, on the condition that it is still the one read: another replica that
        // changed the action in between (PostgreSQL) makes this a CONFLICT before anything else is written.
        const moved = await manager.update(JointActionEntity, { slug: key, revision: action.revision }, { revision: action.revision + 1 });
        if (moved.affected !== 1) {
          const now = await manager.findOne(JointActionEntity, { where: { slug: key } });
          return no(now?.withdrawnAt ? withdrawnError(now) : conflict(now ?? action, input.expectedRevision));
        }
        // The record before is read with the row held (after the move), not before it: on PostgreSQL an
        // approval another replica committed in between is then part of "before", not of this write's change.
        const held = await manager.findOneOrFail(JointActionEntity, { where: { slug: key } });
        const before = await recordOf(manager, Object.assign(held, { revision: action.revision }));
        const changes = await change(manager, action, at);
        if (Object.keys(changes).length > 0) await manager.update(JointActionEntity, { slug: key }, changes);
        // Read again, not patched in memory: an approval another replica committed while this write waited
        // on the row (PostgreSQL) moved its status and version, and the audit entry and answer must show them.
        const now = await manager.findOneOrFail(JointActionEntity, { where: { slug: key } });
        await audit(manager, identity, operation, globalId(JointActionEntity.typeName, key), before, await recordOf(manager, now), at, kind);
        return { result: Object.assign(new JointActionPayload(), { jointAction: now, update: null, errors: [], replayed: false }), stored: { rowKey: key, updateId: null }, errors: [] };
      },
      async (manager, stored) => {
        const action = await manager.findOne(JointActionEntity, { where: { slug: stored.rowKey } });
        if (!action) throw new Error(`an idempotency key names joint action ${stored.rowKey}, which no longer exists`);
        return Object.assign(new JointActionPayload(), { jointAction: action, update: null, errors: [], replayed: true });
      },
      (error) => refused(error),
    );
    return Object.assign(written.result, { replayed: written.replayed });
  }

  @Resolver()
  class JointActionEditMutations {
    @Mutation(() => JointActionPayload, {
      description:
        "Edits a joint action's details (title, description, owner, due date, milestones, the council actions it advances); fields left out stay as they are. Needs the PARTNERSHIP_EDITOR role. Refused with CONFLICT when expectedRevision is stale, WITHDRAWN when the action was withdrawn; changes nothing when refused.",
    })
    async updateJointAction(@Arg("input", () => UpdateJointActionInput, { description: "The joint action, the revision the edit is based on, and the changes." }) input: UpdateJointActionInput, @Ctx() context: SharedContext): Promise<JointActionPayload> {
      const identity = requireRole(context.identity, Role.PARTNERSHIP_EDITOR, "Editing a joint action");
      const errors = inputErrors(input, context.councils);
      if (errors.length > 0) return refused(...errors);
      return writeOnce(context, identity, "updateJointAction", input, async (manager, action) => {
        const changes: Partial<JointActionEntity> = {};
        if (input.title !== undefined && input.title !== null) changes.title = input.title.trim();
        if (input.owner !== undefined && input.owner !== null) changes.owner = input.owner.trim();
        if (input.description !== undefined) changes.description = input.description?.trim() || null;
        if (input.dueDate !== undefined) changes.dueDate = input.dueDate ?? null;
        if (input.milestones !== undefined) {
          await manager.delete(MilestoneEntity, { jointActionSlug: action.slug });
          const milestones = input.milestones ?? [];
          if (milestones.length > 0) {
            await manager.insert(MilestoneEntity, milestones.map((milestone, position) => ({ slug: `${action.slug}.${position + 1}`, jointActionSlug: action.slug, position, title: milestone.title.trim(), dueDate: milestone.dueDate ?? null })));
          }
        }
        if (input.advances !== undefined) {
          await manager.delete(JointActionLinkRow, { jointActionSlug: action.slug });
          const advances = [...new Set(input.advances ?? [])];
          if (advances.length > 0) await manager.insert(JointActionLinkRow, advances.map((councilActionId, position) => ({ jointActionSlug: action.slug, councilActionId, position })));
        }
        return changes;
      }, ChangeKind.JOINT_ACTION_UPDATED);
    }

    @Mutation(() => JointActionPayload, {
      description:
        "Withdraws a joint action, with a reason: it is kept, with its history, but left out of lists unless includeWithdrawn, and takes no more edits or progress updates. Needs the PARTNERSHIP_EDITOR role. Refused with CONFLICT when expectedRevision is stale, WITHDRAWN when already withdrawn.",
    })
    async withdrawJointAction(@Arg("input", () => WithdrawJointActionInput, { description: "The joint action, the revision the withdrawal is based on, and why." }) input: WithdrawJointActionInput, @Ctx() context: SharedContext): Promise<JointActionPayload> {
      const identity = requireRole(context.identity, Role.PARTNERSHIP_EDITOR, "Withdrawing a joint action");
      const errors = [...textErrors("reason", input.reason, MAX_NOTE, true), ...revisionErrors(input.expectedRevision), ...idempotencyKeyErrors(input.idempotencyKey)];
      if (errors.length > 0) return refused(...errors);
      return writeOnce(context, identity, "withdrawJointAction", input, async (_manager, _action, at) => ({
        withdrawnAt: at,
        withdrawnBySubject: identity.subject,
        withdrawnByName: identity.name,
        withdrawalReason: input.reason.trim(),
      }), ChangeKind.JOINT_ACTION_WITHDRAWN);
    }
  }

  return [JointActionEditMutations];
}
