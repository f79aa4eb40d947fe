import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { CouncilTypes } from "../entities";
import type { CouncilContext } from "../loaders";
import { BoardInterface, MeetingInterface, ReportInterface } from "../model";
import { required } from "./common";

/** A meeting's fields: its board and the reports it took. */
export function meetingResolver(types: CouncilTypes): Function {
  @Resolver(() => types.Meeting)
  class MeetingResolver {
    @FieldResolver(() => BoardInterface)
    async board(@Root() meeting: MeetingInterface, @Ctx() context: CouncilContext): Promise<BoardInterface> {
      return required(await context.board.load(meeting.boardSlug), "board", meeting.boardSlug);
    }

    @FieldResolver(() => [ReportInterface])
    reports(@Root() meeting: MeetingInterface, @Ctx() context: CouncilContext): Promise<ReportInterface[]> {
      return context.reportsOfMeeting.load(meeting.slug);
    }
  }

  return MeetingResolver;
}
