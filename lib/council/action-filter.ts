import type { DataSource, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { badUserInput } from "../graphql/errors";
import { containsNul } from "../graphql/text";
import type { Identity } from "../auth/identity";
import { decodeGlobalId } from "../ids/global-id";
import { UpdateState } from "../tracking/model";
import { requireReadableStates } from "../tracking/read";
import { whereUpdates } from "../tracking/update-conditions";
import { validDate } from "../tracking/validate";
import { themeCodeOf } from "../vocabulary/themes";
import type { CouncilTypes } from "./entities";
import type { ActionFilter, ActionInterface } from "./model";

export const MAX_FILTER_TEXT = 200;

/** LIKE treats % and _ as wildcards: escape them (and the escape character) so text matches literally. */
const likePattern = (lower: string): string => `%${lower.replace(/[!%_]/g, (c) => `!${c}`)}%`;

/** The GraphQL type names of this council's plans and boards: the filter's plan and board ids must name them. */
export interface FilterTypeNames {
  plan: string;
  board: string;
  /** The merged theme vocabulary's codes: a filter's theme must be one of them. */
  themeCodes: ReadonlySet<string>;
}

/** The conditions of a filter as checked and normalised: what `filterKey` encodes and `applyFilter` applies. */
interface NormalFilter {
  text: string | null;
  theme: string | null;
  status: string | null;
  plan: string | null;
  board: string | null;
  notUpdatedSince: string | null;
  updateStates: UpdateState[] | null;
  /** True when a condition can match no action of this council (another council's plan or board). */
  none: boolean;
}

const KEY = /^[a-z0-9][a-z0-9.-]{0,199}$/;

/**
 * The key of a plan or board this council may hold, from its global id or bare key; undefined for one
 * of another council (it matches nothing here: a fan-out over `councils` asks every council with the
 * same filter). An id that is no plan's (or board's) at all is a client mistake.
 */
function recordKey(id: string, typeName: string, kind: "Plan" | "Board", field: string): string | undefined {
  const decoded = decodeGlobalId(id);
  if (decoded) {
    if (decoded.typeName === typeName) return decoded.key;
    if (decoded.typeName.endsWith(kind) && decoded.typeName !== kind) return undefined;
    throw badUserInput(`${field} must be the global id or key of a ${kind.toLowerCase()}; "${id.slice(0, 200)}" is a ${decoded.typeName}'s`, { field });
  }
  if (!KEY.test(id)) throw badUserInput(`${field} must be the global id or key of a ${kind.toLowerCase()} (e.g. "${typeName}:<key>")`, { field });
  return id;
}

/**
 * The filter as a stable cache key: the same conditions give the same key whatever their order. Checks
 * the conditions (BAD_USER_INPUT for a malformed one), and that the caller may read updates in the
 * states `updateStates` asks for (as Action.updates does).
 */
export function filterKey(filter: ActionFilter | null | undefined, identity: Identity | null, types: FilterTypeNames): string {
  const text = filter?.text?.trim();
  if (text && text.length > MAX_FILTER_TEXT) throw badUserInput(`filter.text is longer than ${MAX_FILTER_TEXT} characters`, { field: "filter.text" });
  if (containsNul(text)) throw badUserInput("filter.text contains a NUL character", { field: "filter.text" });
  const normal: NormalFilter = {
    text: text || null,
    theme: themeCodeOf(filter?.themeCode, filter?.theme, types.themeCodes, { themeCode: "filter.themeCode", deprecated: "filter.theme" }),
    status: filter?.status ?? null,
    plan: null,
    board: null,
    notUpdatedSince: null,
    updateStates: null,
    none: false,
  };
  const since = filter?.notUpdatedSince;
  if (since !== null && since !== undefined) {
    if (!validDate(since)) throw badUserInput("filter.notUpdatedSince must be a date (YYYY-MM-DD) from 2000 to 2100", { field: "filter.notUpdatedSince" });
    normal.notUpdatedSince = since;
  }
  if (filter?.updateStates && filter.updateStates.length > 0) {
    requireReadableStates(identity, filter.updateStates);
    normal.updateStates = [...new Set(filter.updateStates)].sort();
  }
  for (const kind of ["Plan", "Board"] as const) {
    const field = kind === "Plan" ? "plan" : "board";
    const id = filter?.[field];
    if (id === null || id === undefined) continue;
    const key = recordKey(id, types[field], kind, `filter.${field}`);
    if (key === undefined) normal.none = true;
    else normal[field] = key;
  }
  return JSON.stringify(normal);
}

/** Which database the query runs on: the text condition differs (see textCondition). */
type Engine = DataSource["options"]["type"];

/**
 * The text condition on an action query aliased "a". The LIKE decides the answer on both engines; an
 * index only narrows the rows it is tested on (ActionTextSearch1763900000019). PostgreSQL's trigram
 * indexes serve the LIKE itself. On SQLite the LIKE is first narrowed to the actions whose FTS5 trigram
 * row holds the text: that set includes every LIKE match (the trigram tokenizer folds case for all of
 * Unicode, LIKE and LOWER only for ASCII, and the text is the one the pattern is made of), and the LIKE
 * then gives the exact answer as before. A trigram index cannot find fewer than 3 characters: those
 * still scan.
 */
function applyTextCondition<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, text: string, engine: Engine): void {
  const lower = text.toLowerCase();
  query.andWhere("(LOWER(a.title) LIKE :pattern ESCAPE '!' OR LOWER(COALESCE(a.description, '')) LIKE :pattern ESCAPE '!')", { pattern: likePattern(lower) });
  if (engine !== "better-sqlite3" || [...lower].length < 3) return;
  // One FTS5 phrase, its quotes doubled: the trigrams of the text, in order, in the title or the description.
  query.andWhere("a.slug IN (SELECT slug FROM action_text WHERE action_text MATCH :phrase)", { phrase: `"${lower.replace(/"/g, '""')}"` });
}

/** The filter's conditions on an action query aliased "a". */
function applyFilter<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, filter: NormalFilter, engine: Engine): SelectQueryBuilder<T> {
  if (filter.none) query.andWhere("1 = 0");
  if (filter.text) applyTextCondition(query, filter.text, engine);
  if (filter.theme) {
    query.andWhere("a.slug IN (SELECT t.action_slug FROM action_theme t WHERE t.theme = :theme)", { theme: filter.theme });
  }
  if (filter.status) query.andWhere("a.status = :status", { status: filter.status });
  if (filter.plan) query.andWhere("a.plan_slug = :planKey", { planKey: filter.plan });
  if (filter.board) query.andWhere("a.plan_slug IN (SELECT bp.plan_slug FROM board_plan bp WHERE bp.board_slug = :boardKey)", { boardKey: filter.board });
  whereUpdates(query, "a", filter);
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
  const filter = JSON.parse(request.filter) as NormalFilter;
  const base = () => applyFilter(dataSource.manager.createQueryBuilder(types.Action, "a").innerJoin("plan", "p", "p.slug = a.plan_slug"), filter, dataSource.options.type);
  const totalCount = await base().getCount();
  // The slug breaks any tie, so the keyset below never skips an action that shares both positions.
  const page = base()
    .orderBy("p.position", "ASC")
    .addOrderBy("a.position", "ASC")
    .addOrderBy("a.slug", "ASC")
    .limit(request.first + 1);
  if (request.after !== null) {
    const held = await base().andWhere("a.slug = :after", { after: request.after }).getCount();
    if (held === 0) throw badUserInput("after names an item this list does not hold (was the filter changed?)", { field: "after" });
    // Row values compare (plan position, action position) lexicographically: the actions after the cursor's.
    page.andWhere("(p.position, a.position, a.slug) > (SELECT cp.position, ca.position, ca.slug FROM action ca INNER JOIN plan cp ON cp.slug = ca.plan_slug WHERE ca.slug = :after)", { after: request.after });
  }
  // With first: 0 the page is only asked whether anything follows (LIMIT 1).
  const rows = await page.getMany();
  return { rows: rows.slice(0, request.first), totalCount, hasNextPage: rows.length > request.first };
}
