/**
 * Where a subgraph's data lives: a SQLite file (or ":memory:"), the default, or a PostgreSQL
 * database given as a URL. A PostgreSQL URL may name the schema the subgraph's tables go in with a
 * `schema` query parameter (ours, removed before the URL reaches the driver); `public` otherwise.
 */
export type DatabaseLocation = { engine: "sqlite"; path: string } | { engine: "postgres"; url: string; schema: string };

const POSTGRES_URL = /^postgres(ql)?:\/\//i;
/**
 * Schema names we create: lower-case letters, digits and underscores, starting with a letter or _.
 * Lower case only, because search_path folds an unquoted name to lower case: "CumberlandX" would be
 * created as written and then looked up as cumberlandx.
 */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export const isPostgresUrl = (value: string): boolean => POSTGRES_URL.test(value);

export function databaseLocation(value: string): DatabaseLocation {
  if (!isPostgresUrl(value)) return { engine: "sqlite", path: value };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error("the PostgreSQL database URL is not a valid URL");
  }
  const schema = url.searchParams.get("schema") ?? "public";
  if (!SCHEMA_NAME.test(schema)) throw new Error(`schema=${schema} is not a plain PostgreSQL schema name (lower-case letters, digits, _)`);
  url.searchParams.delete("schema");
  return { engine: "postgres", url: url.toString(), schema };
}

/** The same PostgreSQL URL with the subgraph's schema set (one server, a schema per subgraph). */
export function withSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set("schema", schema);
  return parsed.toString();
}

/** A subgraph's schema on a shared PostgreSQL database: its name with - as _ ("westmorland_furness"). */
export const schemaOfSubgraph = (name: string): string => name.replace(/-/g, "_");

/** The location for logs: a URL without its password. */
export function describeLocation(location: DatabaseLocation): string {
  if (location.engine === "sqlite") return location.path;
  const url = new URL(location.url);
  if (url.password) url.password = "***";
  return `${url.toString()} (schema ${location.schema})`;
}
