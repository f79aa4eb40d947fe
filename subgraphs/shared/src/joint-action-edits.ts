import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import { requireRole, Role } from "../../../lib/auth/identity";
import { idempotencyKeyErrors } from "../../../lib/tracking/idempotency";
import { JointActionPayload, MilestoneInput } from "../../../lib/tracking/joint-action-model";
import { MAX_TITLE, milestoneErrors, refused, revisionErrors, textErrors, updateJointActionDetails, withdrawJointAction } from "../../../lib/tracking/joint-action-writes";
import { IDEMPOTENCY_KEY_DESCRIPTION, userError, UserErrorCode, type UserError } from "../../../lib/tracking/model";
import { MAX_NOTE, validDate } from "../../../lib/tracking/validate";
import type { SharedContext } from "./context";
import { advancesErrors } from "./council-action-ids";

/**
 * Editing and withdrawing joint actions: the mutations check the input and the role, and the writes
 * (lib/tracking/joint-action-writes.ts) do the rest, with the same promises as every other write: one
 * queued transaction, an audit entry with the record before and after, an entry in the partnership's
 * change feed, idempotent retries, and a refusal changes nothing.
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

export function jointActionEditResolvers(): Function[] {
  @Resolver()
  class JointActionEditMutations {
    @Mutation(() => JointActionPayload, {
      description:
        "Edits a joint action's details (title, description, owner, due date, milestones, the council actions it advances); fields left out stay as they are. Needs the PARTNERSHIP_EDITOR role. Refused with CONFLICT when expectedRevision is stale, WITHDRAWN when the action was withdrawn; changes nothing when refused.",
    })
    async updateJointAction(
      @Arg("input", () => UpdateJointActionInput, { description: "The joint action, the revision the edit is based on, and the changes." }) input: UpdateJointActionInput,
      @Ctx() context: SharedContext,
    ): Promise<JointActionPayload> {
      const identity = requireRole(context.identity, Role.PARTNERSHIP_EDITOR, "Editing a joint action");
      const errors = inputErrors(input, context.councils);
      if (errors.length > 0) return refused(...errors);
      return updateJointActionDetails(context.dataSource, identity, input);
    }

    @Mutation(() => JointActionPayload, {
      description:
        "Withdraws a joint action, with a reason: it is kept, with its history, but left out of lists unless includeWithdrawn, and takes no more edits or progress updates. Needs the PARTNERSHIP_EDITOR role. Refused with CONFLICT when expectedRevision is stale, WITHDRAWN when already withdrawn.",
    })
    async withdrawJointAction(
      @Arg("input", () => WithdrawJointActionInput, { description: "The joint action, the revision the withdrawal is based on, and why." }) input: WithdrawJointActionInput,
      @Ctx() context: SharedContext,
    ): Promise<JointActionPayload> {
      const identity = requireRole(context.identity, Role.PARTNERSHIP_EDITOR, "Withdrawing a joint action");
      const errors = [...textErrors("reason", input.reason, MAX_NOTE, true), ...revisionErrors(input.expectedRevision), ...idempotencyKeyErrors(input.idempotencyKey)];
      if (errors.length > 0) return refused(...errors);
      return withdrawJointAction(context.dataSource, identity, input);
    }
  }

  return [JointActionEditMutations];
}
