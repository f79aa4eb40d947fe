import { Arg, Ctx, FieldResolver, Query, Resolver } from "type-graphql";
import type { CouncilConfig } from "../../config/project";
import { themeVocabulary } from "../../vocabulary/themes";
import { filterKey, type ActionPageRequest } from "../action-filter";
import type { CouncilTypes } from "../entities";
import { councilTypeName } from "../../vocabulary/council-type-names";
import type { CouncilContext } from "../loaders";
import { afterArg, connectionOfPage, decodeKeyCursor, firstArg, pageInOrder, pageSize } from "../../graphql/connection";
import { CouncilIndicator } from "../records";
import { ActionConnection, ActionFilter, BoardInterface, CouncilInterface, IndicatorValueConnection, MeetingConnection, PlanInterface } from "../model";
import { bySlug } from "./common";
import { councilIndicator, indicatorCode } from "./indicators";

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** The council itself: its own root field and its lists (plans, boards, actions, figures, meetings). */
export function councilResolver(council: CouncilConfig, types: CouncilTypes, root: string): Function {
  const themeCodes = themeVocabulary(root).codes;
  @Resolver(() => types.Council)
  class CouncilResolver {
    // The council's own entry point: Query.councils and Query.council belong to the shared subgraph,
    // so without this a council's own data would be unreachable whenever shared is down. Nullable, so
    // that this council's subgraph being down blanks only this field, not the rest of the query.
    @Query(() => types.Council, {
      name: lowerFirst(council.typePrefix),
      nullable: true,
      description:
        `${council.name}, served by its own subgraph: its plans, boards, actions, figures and the rest answer even while the ` +
        "shared subgraph is unavailable (`councils` and `council(id:)` go through it). Only what belongs to shared (say a theme's " +
        "`name`; its `id` is the council's) still needs it. Null, with an error coded SUBGRAPH_UNAVAILABLE naming the subgraph, " +
        `when a subgraph the selection needs is unavailable (${council.id}, or shared for shared's fields). While shared is down, ` +
        "ask for none of shared's non-null fields (`councils`, `themes`, ...) in the same operation: one that fails empties the whole answer.",
    })
    council(@Ctx() context: CouncilContext): CouncilInterface {
      return context.council;
    }

    @FieldResolver(() => [PlanInterface])
    plans(@Ctx() context: CouncilContext): Promise<PlanInterface[]> {
      return context.allPlans.load("all");
    }

    @FieldResolver(() => [BoardInterface])
    boards(@Ctx() context: CouncilContext): Promise<BoardInterface[]> {
      return context.allBoards.load("all");
    }

    @FieldResolver(() => ActionConnection)
    async actions(
      @Arg("filter", () => ActionFilter, { nullable: true, description: "Conditions the actions must meet." }) filter: ActionFilter | null,
      @firstArg() first: number | null,
      @afterArg() after: string | null,
      @Ctx() context: CouncilContext,
    ): Promise<ActionConnection> {
      const types = { plan: councilTypeName(council, "Plan"), board: councilTypeName(council, "Board"), themeCodes };
      const request: ActionPageRequest = { filter: filterKey(filter, context.identity, types), first: pageSize(first), after: after ? decodeKeyCursor(after) : null };
      const page = await context.actionPages.load(JSON.stringify(request));
      return connectionOfPage(page.rows, bySlug, page.totalCount, page.hasNextPage, request.after !== null);
    }

    @FieldResolver(() => IndicatorValueConnection)
    async figures(
      @Arg("indicator", () => String, { nullable: true, description: 'An indicator code, e.g. "cared-for-children".' }) indicator: string | null | undefined,
      @firstArg() first: number | null,
      @afterArg() after: string | null,
      @Ctx() context: CouncilContext,
    ): Promise<IndicatorValueConnection> {
      const rows = await (indicator === null || indicator === undefined ? context.allFigures.load("all") : context.figuresOfIndicator.load(indicatorCode(indicator)));
      return pageInOrder(rows, bySlug, first, after);
    }

    @FieldResolver(() => CouncilIndicator)
    async indicator(@Arg("code", () => String, { description: 'An indicator code, e.g. "cared-for-children".' }) code: string, @Ctx() context: CouncilContext): Promise<CouncilIndicator> {
      const key = indicatorCode(code);
      const [figures, measures] = await Promise.all([context.figuresOfIndicator.load(key), context.measuresOfIndicator.load(key)]);
      return councilIndicator(council, key, figures, measures);
    }

    @FieldResolver(() => MeetingConnection)
    async meetings(@firstArg() first: number | null, @afterArg() after: string | null, @Ctx() context: CouncilContext): Promise<MeetingConnection> {
      return pageInOrder(await context.allMeetings.load("all"), bySlug, first, after);
    }
  }

  return CouncilResolver;
}
