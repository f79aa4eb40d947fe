import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { CouncilTypes } from "../entities";
import type { CouncilContext } from "../loaders";
import { StatementKind } from "../../graphql/enums";
import { MeasureEntity, MeasureGroupEntity, SignatoryEntity, VoiceEntity } from "../records";
import { ActionInterface, BoardInterface, CouncilInterface, HeadingInterface, PlanInterface, PriorityInterface, ReportInterface, StatementEntity } from "../model";
import { knownKind } from "./common";

/** A plan's fields: its headings, actions, boards, statements and the records it prints. */
export function planResolver(types: CouncilTypes): Function {
  @Resolver(() => types.Plan)
  class PlanResolver {
    @FieldResolver(() => CouncilInterface)
    council(@Ctx() context: CouncilContext): CouncilInterface {
      return context.council;
    }

    @FieldResolver(() => [PriorityInterface])
    priorities(@Root() plan: PlanInterface, @Ctx() context: CouncilContext): Promise<PriorityInterface[]> {
      return context.topPrioritiesOfPlan.load(plan.slug);
    }

    @FieldResolver(() => [HeadingInterface])
    async headings(
      @Root() plan: PlanInterface,
      @Arg("kind", () => String, { nullable: true, description: 'A heading-kind code (e.g. "OUTCOME"); one the council\'s vocabulary does not define is BAD_USER_INPUT naming the known codes.' }) kind: string | null | undefined,
      @Ctx() context: CouncilContext,
    ): Promise<HeadingInterface[]> {
      if (kind === null || kind === undefined) return context.topPrioritiesOfPlan.load(plan.slug);
      const code = knownKind(kind, context.planKinds.headingKinds, "heading", "kind");
      return (await context.headingsOfPlan.load(plan.slug)).filter((heading) => heading.kind === code);
    }

    @FieldResolver(() => [MeasureGroupEntity])
    measureGroups(@Root() plan: PlanInterface, @Ctx() context: CouncilContext): Promise<MeasureGroupEntity[]> {
      return context.measureGroupsOfPlan.load(plan.slug);
    }

    @FieldResolver(() => [ActionInterface])
    actions(@Root() plan: PlanInterface, @Ctx() context: CouncilContext): Promise<ActionInterface[]> {
      return context.actionsOfPlan.load(plan.slug);
    }

    @FieldResolver(() => [BoardInterface])
    boards(@Root() plan: PlanInterface, @Ctx() context: CouncilContext): Promise<BoardInterface[]> {
      return context.boardsOfPlan.load(plan.slug);
    }

    @FieldResolver(() => [StatementEntity])
    outcomes(@Root() plan: PlanInterface, @Ctx() context: CouncilContext): Promise<StatementEntity[]> {
      return context.outcomesOfPlan.load(plan.slug);
    }

    @FieldResolver(() => [StatementEntity])
    async statements(
      @Root() plan: PlanInterface,
      @Arg("kind", () => StatementKind, { nullable: true, description: "Only statements of this kind (OTHER: those whose kind the enum does not list; `kindCode` names any kind)." }) kind: StatementKind | null | undefined,
      @Arg("kindCode", () => String, { nullable: true, description: 'Only statements of this statement-kind code (e.g. "ASPIRATION"); one the council\'s vocabulary does not define is BAD_USER_INPUT naming the known codes.' })
      kindCode: string | null | undefined,
      @Ctx() context: CouncilContext,
    ): Promise<StatementEntity[]> {
      const code = kindCode === null || kindCode === undefined ? null : knownKind(kindCode, context.planKinds.statementKinds, "statement", "kindCode");
      const rows = await context.statementsOfPlan.load(plan.slug);
      return rows.filter((row) => (kind === null || kind === undefined || row.kind === kind) && (code === null || row.kindCode === code));
    }

    @FieldResolver(() => [MeasureEntity])
    measures(@Root() plan: PlanInterface, @Ctx() context: CouncilContext): Promise<MeasureEntity[]> {
      return context.measuresOfPlan.load(plan.slug);
    }

    @FieldResolver(() => [VoiceEntity])
    voices(@Root() plan: PlanInterface, @Ctx() context: CouncilContext): Promise<VoiceEntity[]> {
      return context.voicesOfPlan.load(plan.slug);
    }

    @FieldResolver(() => [SignatoryEntity])
    signatories(@Root() plan: PlanInterface, @Ctx() context: CouncilContext): Promise<SignatoryEntity[]> {
      return context.signatoriesOfPlan.load(plan.slug);
    }

    @FieldResolver(() => [ReportInterface])
    reports(@Root() plan: PlanInterface, @Ctx() context: CouncilContext): Promise<ReportInterface[]> {
      return context.reportsOfPlan.load(plan.slug);
    }
  }

  return PlanResolver;
}
