import { badUserInput } from "../graphql/errors";
import { PageInfo } from "./model";

export const MAX_PAGE = 100;

/**
 * Opaque, stable cursors: the base64 of the row's sort key (an update's version, an audit entry's
 * sequence). A page after a cursor is every row with a smaller key, so rows written between two page
 * requests never shift a page.
 */
export const encodeCursor = (key: number): string => Buffer.from(`k:${key}`).toString("base64url");
export function decodeCursor(cursor: string): number {
  const match = /^k:(\d{1,12})$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!match) throw badUserInput("after is not a cursor this list gave", { field: "after" });
  return Number(match[1]);
}

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay page of rows sorted newest first by a unique, growing numeric key. */
export function page<T>(rows: T[], keyOf: (row: T) => number, first: number | null | undefined, after: string | null | undefined): Page<T> {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE) throw badUserInput(`first must be between 0 and ${MAX_PAGE}`, { field: "first" });
  const start = after ? rows.findIndex((row) => keyOf(row) < decodeCursor(after)) : 0;
  const from = start < 0 ? rows.length : start;
  const slice = rows.slice(from, from + size);
  const edges = slice.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    totalCount: rows.length,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: from + size < rows.length,
      hasPreviousPage: from > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    }),
  };
}
