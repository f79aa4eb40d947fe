import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { globalId } from "../../ids/global-id";
import type { CouncilContext } from "../loaders";
import { IndicatorReference, INDICATOR_TYPE_NAME, MeasureEntity, MeasureGroupEntity } from "../records";
import { HeadingInterface, PlanInterface, PriorityInterface } from "../model";
import { required } from "./common";

@Resolver(() => MeasureEntity)
export class MeasureResolver {
  @FieldResolver(() => IndicatorReference, { description: "The catalogue indicator the measure corresponds to." })
  indicator(@Root() measure: MeasureEntity): IndicatorReference {
    return new IndicatorReference(globalId(INDICATOR_TYPE_NAME, measure.indicator));
  }

  @FieldResolver(() => PlanInterface, { description: "The plan that lists the measure." })
  async plan(@Root() measure: MeasureEntity, @Ctx() context: CouncilContext): Promise<PlanInterface> {
    return required(await context.plan.load(measure.planSlug), "plan", measure.planSlug);
  }

  @FieldResolver(() => PriorityInterface, {
    nullable: true,
    description: "The priority (theme) the plan lists the measure under; null where none.",
    deprecationReason: "Use `parentHeading`: the same heading, of whatever kind the document names it.",
  })
  priority(@Root() measure: MeasureEntity, @Ctx() context: CouncilContext): Promise<PriorityInterface | null> | null {
    return measure.prioritySlug ? context.priority.load(measure.prioritySlug) : null;
  }

  @FieldResolver(() => HeadingInterface, { nullable: true, description: "The heading (of any kind and depth) the plan lists the measure under; null where none." })
  parentHeading(@Root() measure: MeasureEntity, @Ctx() context: CouncilContext): Promise<HeadingInterface | null> | null {
    return measure.prioritySlug ? context.priority.load(measure.prioritySlug) : null;
  }

  @FieldResolver(() => MeasureGroupEntity, { nullable: true, description: 'The group the plan prints the measure in (e.g. "Closing the gap:"); null where it prints it in none.' })
  group(@Root() measure: MeasureEntity, @Ctx() context: CouncilContext): Promise<MeasureGroupEntity | null> | null {
    return measure.groupSlug ? context.measureGroup.load(measure.groupSlug) : null;
  }
}

@Resolver(() => MeasureGroupEntity)
export class MeasureGroupResolver {
  @FieldResolver(() => [MeasureEntity], { description: "The group's measures, in document order." })
  measures(@Root() group: MeasureGroupEntity, @Ctx() context: CouncilContext): Promise<MeasureEntity[]> {
    return context.measuresOfGroup.load(group.slug);
  }

  @FieldResolver(() => PlanInterface, { description: "The plan that prints the group." })
  async plan(@Root() group: MeasureGroupEntity, @Ctx() context: CouncilContext): Promise<PlanInterface> {
    return required(await context.plan.load(group.planSlug), "plan", group.planSlug);
  }

  @FieldResolver(() => HeadingInterface, { nullable: true, description: "The heading (of any kind and depth) the plan lists the group under; null where none." })
  parentHeading(@Root() group: MeasureGroupEntity, @Ctx() context: CouncilContext): Promise<HeadingInterface | null> | null {
    return group.parentSlug ? context.priority.load(group.parentSlug) : null;
  }
}
