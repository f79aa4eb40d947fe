import type { DataSource } from "typeorm";
import { badUserInput } from "../graphql/errors";
import type { CouncilTypes } from "./entities";
import type { ActionFilter, ActionInterface } from "./model";

export const MAX_FILTER_TEXT = 200;

/** LIKE treats % and _ as wildcards: escape them (and the escape character) so text matches literally. */
const likePattern = (text: string): string => `%${text.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;

/** The filter as a stable cache key: the same conditions give the same key whatever their order. */
export function filterKey(filter: ActionFilter | null | undefined): string {
  const text = filter?.text?.trim();
  if (text && text.length > MAX_FILTER_TEXT) throw badUserInput(`filter.text is longer than ${MAX_FILTER_TEXT} characters`, { field: "filter.text" });
  return JSON.stringify({ text: text || null, theme: filter?.theme ?? null, status: filter?.status ?? null });
}

/** Every action of the council matching the filter, in plan order then document order: one statement. */
export async function filterActions(dataSource: DataSource, types: CouncilTypes, filter: ActionFilter | null | undefined): Promise<ActionInterface[]> {
  const query = dataSource.manager
    .createQueryBuilder(types.Action, "a")
    .innerJoin("plan", "p", "p.slug = a.plan_slug")
    .orderBy("p.position", "ASC")
    .addOrderBy("a.position", "ASC");
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
  return query.getMany();
}
