import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { CouncilTypes } from "../entities";
import type { CouncilContext } from "../loaders";
import { afterArg, firstArg, pageInOrder } from "../../graphql/connection";
import { BoardInterface, CouncilInterface, MeetingConnection, PlanInterface } from "../model";
import { bySlug } from "./common";

/** A board's fields: its council, the plans it oversees and its meetings. */
export function boardResolver(types: CouncilTypes): Function {
  @Resolver(() => types.Board)
  class BoardResolver {
    @FieldResolver(() => CouncilInterface)
    council(@Ctx() context: CouncilContext): CouncilInterface {
      return context.council;
    }

    @FieldResolver(() => [PlanInterface])
    oversees(@Root() board: BoardInterface, @Ctx() context: CouncilContext): Promise<PlanInterface[]> {
      return context.plansOfBoard.load(board.slug);
    }

    @FieldResolver(() => MeetingConnection)
    async meetings(@Root() board: BoardInterface, @firstArg() first: number | null, @afterArg() after: string | null, @Ctx() context: CouncilContext): Promise<MeetingConnection> {
      return pageInOrder(await context.meetingsOfBoard.load(board.slug), bySlug, first, after);
    }
  }

  return BoardResolver;
}
