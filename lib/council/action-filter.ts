import type { DataSource, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { badUserInput } from "../graphql/errors";
import { containsNul } from "../graphql/text";
import type { CouncilTypes } from "./entities";
import type { ActionFilter, ActionInterface } from "./model";

export const MAX_FILTER_TEXT = 200;

/** LIKE treats % and _ as wildcards: escape them (and the escape character) so text matches literally. */
const likePattern = (text: string): string => `%${text.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;

/** The filter as a stable cache key: the same conditions give the same key whatever their order. */
export function filterKey(filter: ActionFilter | null | undefined): string {
  const text = filter?.text?.trim();
  if (text && text.length > MAX_FILTER_TEXT) throw badUserInput(`filter.text is longer than ${MAX_FILTER_TEXT} characters`, { field: "filter.text" });
  if (containsNul(text)) throw badUserInput("filter.text contains a NUL character", { field: "filter.text" });
  return JSON.stringify({ text: text || null, theme: filter?.theme ?? null, status: filter?.status ?? null });
}

/** The filter's conditions on an action query aliased "a". */
function applyFilter<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, filter: ActionFilter | null | undefined): SelectQueryBuilder<T> {
  const text = filter?.text?.trim();
  if (text) {
    query.andWhere("(LOWER(a.title) LIKE :pattern ESCAPE '!' OR LOWER(COALESCE(a.description, '')) LIKE :pattern ESCAPE '!')", {
      pattern: likePattern(text),
    });
  }
  if (filter?.theme) {
    query.andWhere("a.slug IN (SELECT t.action_slug FROM action_theme t WHERE t.theme = :theme)", { theme: filter.theme });
  }
  if (filter?.status) query.andWhere("a.status = :status", { status: filter.status });
  return query;
}

/** A page request on the council's filtered actions: the loader key of `pageOfActions`. */
export interface ActionPageRequest {
  filter: string;
  first: number;
  after: string | null;
}

export interface ActionPage {
  rows: ActionInterface[];
  totalCount: number;
  hasNextPage: boolean;
}

/**
 * One page of the council's actions matching the filter, in plan order then document order, paged
 * in SQL (LIMIT, and a keyset after the cursor's action), so that a page costs the same however many
 * actions a council has: a count, the page, and (with a cursor) a check that the cursor's action is
 * one this list holds. `filter` is a filterKey.
 */
export async function pageOfActions(dataSource: DataSource, types: CouncilTypes, request: ActionPageRequest): Promise<ActionPage> {
  const filter = JSON.parse(request.filter) as ActionFilter;
  const base = () => applyFilter(dataSource.manager.createQueryBuilder(types.Action, "a").innerJoin("plan", "p", "p.slug = a.plan_slug"), filter);
  const totalCount = await base().getCount();
  // The slug breaks any tie, so the keyset below never skips an action that shares both positions.
  const page = base().orderBy("p.position", "ASC").addOrderBy("a.position", "ASC").addOrderBy("a.slug", "ASC").limit(request.first + 1);
  if (request.after !== null) {
    const held = await base().andWhere("a.slug = :after", { after: request.after }).getCount();
    if (held === 0) throw badUserInput("after names an item this list does not hold (was the filter changed?)", { field: "after" });
    // Row values compare (plan position, action position) lexicographically: the actions after the cursor's.
    page.andWhere(
      "(p.position, a.position, a.slug) > (SELECT cp.position, ca.position, ca.slug FROM action ca INNER JOIN plan cp ON cp.slug = ca.plan_slug WHERE ca.slug = :after)",
      { after: request.after },
    );
  }
  // With first: 0 the page is only asked whether anything follows (LIMIT 1).
  const rows = await page.getMany();
  return { rows: rows.slice(0, request.first), totalCount, hasNextPage: rows.length > request.first };
}
