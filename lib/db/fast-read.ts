import { createHash } from "node:crypto";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import type { DataSource, EntityMetadata } from "typeorm";

/**
 * The read path of the per-request loaders: rows of one entity by a list of keys, without TypeORM's
 * query building and entity hydration on every call (both showed in the subgraphs' CPU profile).
 * The SQL is built once per (entity, read) from TypeORM's metadata, prepared once per connection,
 * and each row becomes an object of the entity's own class (per council: GraphQL resolves interface
 * types by class, and model getters such as `id` live on the prototype). Writes, migrations and
 * every other read keep going through TypeORM on the same data source: on SQLite the same one
 * connection (so a read sees every write made before it), on PostgreSQL the same pool.
 *
 * Every statement is given to the data source's logger first, as TypeORM's query runners do, so
 * the SQL counter (lib/db/sql-counter.ts) counts exactly what it counted before.
 */

/** What to read: rows of an entity whose `key` property is one of the keys, plus constant conditions. */
export interface ReadSpec {
  /** The property the keys are matched against; absent for a read of every row (no keys). */
  key?: string;
  /** Further conditions, property → value (null: IS NULL). */
  where?: Readonly<Record<string, string | null>>;
  /** Sort order, property → direction. */
  order: Readonly<Record<string, "ASC" | "DESC">>;
  /** Reach the rows through a link table instead: each row comes back once per key it is linked by, tagged `linkKey`. */
  link?: { table: string; ownColumn: string; keyColumn: string };
}

/** Reads the rows for a batch of keys (one statement, whatever their number). */
export type KeyedRead<T> = (keys: readonly string[]) => Promise<T[]>;

interface SqliteStatement {
  all(...values: unknown[]): Array<Record<string, unknown>>;
}
interface SqliteHandle {
  prepare(sql: string): SqliteStatement;
}
interface PostgresPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Array<Record<string, unknown>> }>;
}
interface QueryLogger {
  logQuery(query: string): void;
}

/** Columns whose stored value is the property value as is; any other goes through the driver's own conversion. */
const PLAIN_TYPES = new Set<unknown>(["varchar", "text", "integer", String, Number]);

/** SQL text per shape, and the row mapper: built once per entity and read. */
interface Compiled<T> {
  /** SQLite: the text for a given number of keys (an IN list); PostgreSQL: one text (= ANY($1)). */
  text(keyCount: number): string;
  values(keys: readonly string[]): unknown[];
  map(row: Record<string, unknown>): T;
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

function columnOf(metadata: EntityMetadata, property: string): ColumnMetadata {
  const column = metadata.findColumnWithPropertyName(property);
  if (!column) throw new Error(`${metadata.name} has no column for property ${property}`);
  return column;
}

function compile<T>(dataSource: DataSource, target: Function, spec: ReadSpec): Compiled<T> {
  const postgres = dataSource.options.type === "postgres";
  const metadata = dataSource.getMetadata(target);
  const columns = metadata.columns.filter((column) => !column.isVirtual);
  const own = spec.link ? "t." : "";
  const select = columns.map((column) => `${own}${quote(column.databaseName)} AS ${quote(column.propertyName)}`);
  if (spec.link) select.push(`l.${quote(spec.link.keyColumn)} AS "linkKey"`);
  let from = quote(metadata.tableName);
  if (spec.link) from += ` t INNER JOIN ${quote(spec.link.table)} l ON l.${quote(spec.link.ownColumn)} = t."slug"`;
  const keyColumn = spec.link ? `l.${quote(spec.link.keyColumn)}` : spec.key === undefined ? null : quote(columnOf(metadata, spec.key).databaseName);
  const constants = Object.entries(spec.where ?? {});
  const order = Object.entries(spec.order)
    .map(([property, direction]) => `${own}${quote(columnOf(metadata, property).databaseName)} ${direction}`)
    .join(", ");
  const converted = columns.filter((column) => column.transformer !== undefined || !PLAIN_TYPES.has(column.type));
  const constantValues = constants.flatMap(([, value]) => (value === null ? [] : [value]));

  const sqlFor = (keyList: string | null, firstConstant: number): string => {
    let parameter = firstConstant;
    const conditions = keyList === null ? [] : [`${keyColumn} ${keyList}`];
    for (const [property, value] of constants) {
      const column = `${own}${quote(columnOf(metadata, property).databaseName)}`;
      conditions.push(value === null ? `${column} IS NULL` : `${column} = ${postgres ? `$${parameter++}` : "?"}`);
    }
    const where = conditions.length > 0 ? ` WHERE ${conditions.join(" AND ")}` : "";
    return `SELECT ${select.join(", ")} FROM ${from}${where} ORDER BY ${order}`;
  };
  const keyed = keyColumn !== null;
  let text: (keyCount: number) => string;
  if (!keyed) {
    const fixed = sqlFor(null, 1);
    text = () => fixed;
  } else if (postgres) {
    const fixed = sqlFor("= ANY($1)", 2);
    text = () => fixed;
  } else {
    const byCount = new Map<number, string>();
    text = (keyCount) => {
      let sql = byCount.get(keyCount);
      if (sql === undefined) {
        sql = sqlFor(`IN (${new Array<string>(keyCount).fill("?").join(", ")})`, 1);
        // Key counts are few in practice (the sizes of lists a query reaches); bound the map anyway.
        if (byCount.size < 256) byCount.set(keyCount, sql);
      }
      return sql;
    };
  }
  const driver = dataSource.driver;
  const prototype = (target as { prototype: object }).prototype;
  return {
    text,
    values: (keys) => (!keyed ? constantValues : postgres ? [keys, ...constantValues] : [...keys, ...constantValues]),
    map: (row) => {
      // The constructors of the entity classes do nothing (no field initialisers): as TypeORM's own hydration, only the columns are set.
      const entity = Object.assign(Object.create(prototype) as Record<string, unknown>, row);
      for (const column of converted) entity[column.propertyName] = driver.prepareHydratedValue(row[column.propertyName], column);
      return entity as T;
    },
  };
}

const statements = new WeakMap<object, Map<string, SqliteStatement>>();

/** better-sqlite3 statements, prepared once per connection and SQL text (TypeORM's own cache is per query runner and FIFO). */
function sqliteStatement(handle: SqliteHandle, sql: string): SqliteStatement {
  let cache = statements.get(handle);
  if (!cache) statements.set(handle, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    statement = handle.prepare(sql);
    // One text per read and key count (see compile): bounded in practice; a cap keeps it so whatever the data.
    if (cache.size < 4096) cache.set(sql, statement);
  }
  return statement;
}

/** PostgreSQL: a named statement is parsed and planned once per pooled connection; the name is the text's hash. */
const statementName = (text: string): string => `fr_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`;

function runner(dataSource: DataSource): (text: string, values: unknown[]) => Promise<Array<Record<string, unknown>>> {
  const logger = dataSource.logger as QueryLogger;
  if (dataSource.options.type === "postgres") {
    const pool = (dataSource.driver as unknown as { master: PostgresPool }).master;
    const names = new Map<string, string>();
    return async (text, values) => {
      let name = names.get(text);
      if (name === undefined) names.set(text, (name = statementName(text)));
      logger.logQuery(text);
      return (await pool.query({ name, text, values })).rows;
    };
  }
  if (dataSource.options.type !== "better-sqlite3") throw new Error(`fast reads support SQLite and PostgreSQL, not ${String(dataSource.options.type)}`);
  return (text, values) => {
    // Looked up per call: the handle is the driver's one connection, replaced only if the data source is reopened.
    const handle = (dataSource.driver as unknown as { databaseConnection: SqliteHandle }).databaseConnection;
    logger.logQuery(text);
    return Promise.resolve(sqliteStatement(handle, text).all(...values));
  };
}

/** Builds the reads of one data source, each once (cached by entity class and spec object). */
export class FastReader {
  private readonly reads = new Map<Function, Map<ReadSpec, KeyedRead<unknown>>>();
  private readonly run: ReturnType<typeof runner>;

  constructor(private readonly dataSource: DataSource) {
    this.run = runner(dataSource);
  }

  /** The read of `target` rows by `spec`; specs are module constants, so each is compiled once per entity. */
  read<T>(target: Function, spec: ReadSpec): KeyedRead<T> {
    let bySpec = this.reads.get(target);
    if (!bySpec) this.reads.set(target, (bySpec = new Map()));
    let read = bySpec.get(spec) as KeyedRead<T> | undefined;
    if (!read) {
      const compiled = compile<T>(this.dataSource, target, spec);
      read = async (keys) => (keys.length === 0 && spec.key !== undefined ? [] : (await this.run(compiled.text(keys.length), compiled.values(keys))).map(compiled.map));
      bySpec.set(spec, read as KeyedRead<unknown>);
    }
    return read;
  }
}

const readers = new WeakMap<DataSource, FastReader>();

/** The reader of a data source, made on first use. */
export function fastReader(dataSource: DataSource): FastReader {
  let reader = readers.get(dataSource);
  if (!reader) readers.set(dataSource, (reader = new FastReader(dataSource)));
  return reader;
}
