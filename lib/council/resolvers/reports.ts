import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { CouncilTypes } from "../entities";
import type { CouncilContext } from "../loaders";
import { ReportSectionKind } from "../../graphql/enums";
import { ReportSectionEntity } from "../records";
import { MeetingInterface, PlanInterface, ReportInterface } from "../model";
import { required } from "./common";

/** A board report's fields: its meeting, the plan it presents and its sections. */
export function reportResolver(types: CouncilTypes): Function {
  @Resolver(() => types.Report)
  class ReportResolver {
    @FieldResolver(() => MeetingInterface)
    async meeting(@Root() report: ReportInterface, @Ctx() context: CouncilContext): Promise<MeetingInterface> {
      return required(await context.meeting.load(report.meetingSlug), "meeting", report.meetingSlug);
    }

    @FieldResolver(() => PlanInterface, { nullable: true })
    presents(@Root() report: ReportInterface, @Ctx() context: CouncilContext): Promise<PlanInterface | null> | null {
      return report.planSlug ? context.plan.load(report.planSlug) : null;
    }

    @FieldResolver(() => [ReportSectionEntity])
    async sections(
      @Root() report: ReportInterface,
      @Arg("kind", () => ReportSectionKind, { nullable: true, description: "Only sections of this kind (e.g. FINANCIAL)." }) kind: ReportSectionKind | null | undefined,
      @Ctx() context: CouncilContext,
    ): Promise<ReportSectionEntity[]> {
      const rows = await context.sectionsOfReport.load(report.slug);
      return kind === null || kind === undefined ? rows : rows.filter((row) => row.kind === kind);
    }
  }

  return ReportResolver;
}
