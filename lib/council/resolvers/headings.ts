import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { CouncilTypes } from "../entities";
import type { CouncilContext } from "../loaders";
import { MeasureEntity } from "../records";
import { ActionInterface, HeadingInterface, PlanInterface, PriorityInterface, StatementEntity } from "../model";
import { kindNameOf, required } from "./common";

/** A heading's fields (the Priority type): its plan, parent, children, actions and statements. */
export function headingResolver(types: CouncilTypes): Function {
  @Resolver(() => types.Priority)
  class PriorityResolver {
    @FieldResolver(() => PlanInterface)
    async plan(@Root() priority: PriorityInterface, @Ctx() context: CouncilContext): Promise<PlanInterface> {
      return required(await context.plan.load(priority.planSlug), "plan", priority.planSlug);
    }

    @FieldResolver(() => PriorityInterface, { nullable: true })
    parent(@Root() priority: PriorityInterface, @Ctx() context: CouncilContext): Promise<PriorityInterface | null> | null {
      return priority.parentSlug ? context.priority.load(priority.parentSlug) : null;
    }

    @FieldResolver(() => [PriorityInterface])
    children(@Root() priority: PriorityInterface, @Ctx() context: CouncilContext): Promise<PriorityInterface[]> {
      return context.childrenOfPriority.load(priority.slug);
    }

    @FieldResolver(() => [ActionInterface])
    actions(@Root() priority: PriorityInterface, @Ctx() context: CouncilContext): Promise<ActionInterface[]> {
      return context.actionsOfPriority.load(priority.slug);
    }

    @FieldResolver(() => [StatementEntity])
    successMeasures(@Root() priority: PriorityInterface, @Ctx() context: CouncilContext): Promise<StatementEntity[]> {
      return context.successMeasuresOfPriority.load(priority.slug);
    }

    @FieldResolver(() => [MeasureEntity])
    measures(@Root() priority: PriorityInterface, @Ctx() context: CouncilContext): Promise<MeasureEntity[]> {
      return context.measuresOfPriority.load(priority.slug);
    }

    @FieldResolver(() => HeadingInterface, { nullable: true })
    parentHeading(@Root() heading: PriorityInterface, @Ctx() context: CouncilContext): Promise<HeadingInterface | null> | null {
      return heading.parentSlug ? context.priority.load(heading.parentSlug) : null;
    }

    @FieldResolver(() => [HeadingInterface])
    subheadings(@Root() heading: PriorityInterface, @Ctx() context: CouncilContext): Promise<HeadingInterface[]> {
      return context.childrenOfPriority.load(heading.slug);
    }

    @FieldResolver(() => String)
    kindName(@Root() heading: PriorityInterface, @Ctx() context: CouncilContext): string {
      return kindNameOf(heading.kind, context.planKinds.headingKinds);
    }

    @FieldResolver(() => [StatementEntity])
    statements(@Root() heading: PriorityInterface, @Ctx() context: CouncilContext): Promise<StatementEntity[]> {
      return context.statementsOfHeading.load(heading.slug);
    }
  }

  return PriorityResolver;
}
