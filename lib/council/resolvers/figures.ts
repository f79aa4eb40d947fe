import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { globalId } from "../../ids/global-id";
import type { CouncilContext } from "../loaders";
import { FigureEntity, IndicatorReference, INDICATOR_TYPE_NAME } from "../records";

@Resolver(() => FigureEntity)
export class FigureResolver {
  @FieldResolver(() => IndicatorReference, { description: "The indicator this is a value of." })
  indicator(@Root() figure: FigureEntity): IndicatorReference {
    return new IndicatorReference(globalId(INDICATOR_TYPE_NAME, figure.indicator));
  }

  @FieldResolver(() => String, { description: "GSS code of the area the value is for: the council's own, or a comparator's such as England (E92000001)." })
  geography(@Root() figure: FigureEntity, @Ctx() context: CouncilContext): string {
    return figure.geography ?? context.council.gssCode;
  }
}
