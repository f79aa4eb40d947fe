import { badUserInput } from "../graphql/errors";
import { PageInfo } from "./model";

export const MAX_PAGE = 100;

/** Opaque cursors: base64 of the row's position in the order (an offset). */
export const encodeCursor = (offset: number): string => Buffer.from(`o:${offset}`).toString("base64url");
export function decodeCursor(cursor: string): number {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!match) throw badUserInput("after is not a cursor this list gave", { field: "after" });
  return Number(match[1]);
}

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay page of an already ordered list. */
export function page<T>(rows: T[], first: number | null | undefined, after: string | null | undefined): Page<T> {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE) throw badUserInput(`first must be between 0 and ${MAX_PAGE}`, { field: "first" });
  const start = after ? decodeCursor(after) + 1 : 0;
  const slice = rows.slice(start, start + size);
  const edges = slice.map((node, index) => ({ cursor: encodeCursor(start + index), node }));
  return {
    edges,
    totalCount: rows.length,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: start + size < rows.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    }),
  };
}
