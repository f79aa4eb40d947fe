import { badUserInput } from "../graphql/errors";
import { connectionOf, pageSize, type Connection } from "../graphql/connection";

/**
 * Opaque, stable cursors for lists newest first: the base64 of the row's sort key (an update's
 * version, an audit entry's sequence). A page after a cursor is every row with a smaller key, so rows
 * written between two page requests never shift a page.
 */
export const encodeCursor = (key: number): string => Buffer.from(`k:${key}`).toString("base64url");
export function decodeCursor(cursor: string): number {
  const match = /^k:(\d{1,12})$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!match) throw badUserInput("after is not a cursor this list gave", { field: "after" });
  return Number(match[1]);
}

/** A Relay page of rows sorted newest first by a unique, growing numeric key. */
export function page<T>(rows: T[], keyOf: (row: T) => number, first: number | null | undefined, after: string | null | undefined): Connection<T> {
  const size = pageSize(first);
  const start = after ? rows.findIndex((row) => keyOf(row) < decodeCursor(after)) : 0;
  return connectionOf(rows, start < 0 ? rows.length : start, size, (row) => encodeCursor(keyOf(row)));
}
