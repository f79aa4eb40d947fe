import { Arg, Directive, Field, Int, ObjectType } from "type-graphql";
import { badUserInput } from "./errors";
import { DEFAULT_PAGE, MAX_PAGE } from "./page-size";

/**
 * Relay connections for lists that grow (a council's actions, meetings and figures; joint work):
 * `first`/`after`, `edges`, `pageInfo`, `totalCount`, and a `nodes` shortcut for clients that need
 * no cursors. Lists bounded by one published document or a fixed vocabulary stay plain lists.
 */

@ObjectType("PageInfo", { description: "Where a page of a connection sits (Relay)." })
@Directive("@shareable")
export class PageInfo {
  @Field(() => Boolean, { description: "Whether there are items after this page: ask again with `after: endCursor`." })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: "Whether there are items before this page (true when `after` was given and skipped some)." })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first item of the page; null for an empty page." })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last item of the page, to pass as `after` for the next page; null for an empty page." })
  endCursor: string | null;
}

/**
 * The expected size of every connection field, for the query cost (Federation's demand control
 * @listSize): a page holds `first` items (DEFAULT_PAGE when absent); the size is the page's edges and
 * nodes, and `first` may be left out.
 */
export const CONNECTION_LIST_SIZE = `@listSize(assumedSize: ${DEFAULT_PAGE}, slicingArguments: ["first"], sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false)`;

/** The `first` and `after` arguments of every connection field, alike on interfaces and resolvers. */
export const firstArg = () => Arg("first", () => Int, { nullable: true, description: `How many items to return (default ${DEFAULT_PAGE}, at most ${MAX_PAGE}).` });
export const afterArg = () => Arg("after", () => String, { nullable: true, description: "Return the items after this cursor (an `endCursor` or edge `cursor` this list gave)." });

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Array<Edge<T>>;
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE) throw badUserInput(`first must be between 0 and ${MAX_PAGE}`, { field: "first" });
  return size;
}

/** A connection over one page of nodes: edges with their cursors, and where the page sits. */
export function connectionFrom<T>(nodes: T[], cursorOf: (row: T) => string, totalCount: number, hasNextPage: boolean, hasPreviousPage: boolean): Connection<T> {
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage,
    hasPreviousPage,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  });
  return { edges, nodes, pageInfo, totalCount };
}

/** Builds a page from the rows that follow the cursor's position. */
export function connectionOf<T>(rows: T[], from: number, size: number, cursorOf: (row: T) => string): Connection<T> {
  return connectionFrom(rows.slice(from, from + size), cursorOf, rows.length, from + size < rows.length, from > 0);
}

/**
 * Cursors of lists in a stable order (document order, dates): the base64 of the item's key, so that
 * an item added or removed elsewhere in the list never shifts the page after a cursor.
 */
export const encodeKeyCursor = (key: string): string => Buffer.from(`s:${key}`).toString("base64url");

export function decodeKeyCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, "base64url").toString();
  if (!decoded.startsWith("s:") || decoded.length > 300) throw badUserInput("after is not a cursor this list gave", { field: "after" });
  return decoded.slice(2);
}

/** A page of a list already in its stable order, each row identified by a unique key. */
export function pageInOrder<T>(rows: T[], keyOf: (row: T) => string, first: number | null | undefined, after: string | null | undefined): Connection<T> {
  const size = pageSize(first);
  let from = 0;
  if (after) {
    const key = decodeKeyCursor(after);
    const index = rows.findIndex((row) => keyOf(row) === key);
    // A cursor of an item this list (with these arguments) does not hold cannot place a page.
    if (index < 0) throw badUserInput("after names an item this list does not hold (was the filter changed?)", { field: "after" });
    from = index + 1;
  }
  return connectionOf(rows, from, size, (row) => encodeKeyCursor(keyOf(row)));
}

/** A connection over a page the database already cut (SQL LIMIT and keyset), keyed like pageInOrder. */
export function connectionOfPage<T>(rows: T[], keyOf: (row: T) => string, totalCount: number, hasNextPage: boolean, hasPreviousPage: boolean): Connection<T> {
  return connectionFrom(rows, (row) => encodeKeyCursor(keyOf(row)), totalCount, hasNextPage, hasPreviousPage);
}

type NodeType = Function | object;

/**
 * The GraphQL types of one connection: `${name}Edge` and `${name}Connection`, shareable so that every
 * subgraph that serves such a list defines them alike.
 */
export function connectionType<T>(name: string, node: () => NodeType, items: string, order: string): new () => Connection<T> {
  @ObjectType(`${name}Edge`, { description: `One of the ${items} in a page, with its cursor.` })
  @Directive("@shareable")
  class EdgeType implements Edge<T> {
    @Field(() => String, { description: "Opaque cursor: pass it as `after` for the items after this one." })
    cursor: string;

    @Field(node, { description: "The item." })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${items}, ${order} (Relay connection).` })
  @Directive("@shareable")
  class ConnectionType implements Connection<T> {
    @Field(() => [EdgeType], { description: "The page's items with their cursors." })
    edges: EdgeType[];

    @Field(() => [node()], { description: "The page's items, without cursors (a shortcut for edges { node })." })
    nodes: T[];

    @Field(() => PageInfo, { description: "Whether there are more pages, and the cursors to ask for them." })
    pageInfo: PageInfo;

    @Field(() => Int, { description: `How many ${items} there are in all (with the same arguments), across every page.` })
    totalCount: number;
  }
  return ConnectionType;
}
