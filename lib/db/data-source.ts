import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DataSource, type DataSourceOptions, type MixedList, type EntitySchema } from "typeorm";
import { SqlCounter } from "./sql-counter";
import { trackDataVersion, type DataVersion } from "./data-version";
import { databaseLocation, type DatabaseLocation } from "./location";

export interface DatabaseOptions {
  /** SQLite file path, ":memory:", or a PostgreSQL URL (lib/db/location.ts). */
  database: string;
  // TypeORM's own option type: entity classes are created per council at run time.
  entities: MixedList<Function | string | EntitySchema>;
  migrations: Function[];
  echoSql?: boolean;
}

export interface Database {
  dataSource: DataSource;
  sql: SqlCounter;
  /** Changes whenever the data may have changed (the gateway's response cache checks it). */
  version: DataVersion;
  location: DatabaseLocation;
}

type EngineOptions = Pick<DataSourceOptions, "type"> & Record<string, unknown>;

function engineOptions(location: DatabaseLocation): EngineOptions {
  if (location.engine === "postgres") {
    return {
      type: "postgres",
      url: location.url,
      schema: location.schema,
      // Unqualified names in our few raw statements resolve in the subgraph's own schema.
      extra: { options: `-c search_path=${location.schema}`, max: 10 },
    };
  }
  if (location.path !== ":memory:") mkdirSync(dirname(location.path), { recursive: true });
  return {
    type: "better-sqlite3",
    database: location.path,
    // WAL lets readers proceed while a write commits; the busy timeout waits out a competing writer.
    enableWAL: location.path !== ":memory:",
    timeout: 5000,
  };
}

/** Opens the database and brings its schema up to date with migrations (never `synchronize`). */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const location = databaseLocation(options.database);
  const sql = new SqlCounter(options.echoSql ?? false);
  const dataSource = new DataSource({
    ...engineOptions(location),
    entities: options.entities,
    migrations: options.migrations,
    synchronize: false,
    migrationsRun: false,
    logger: sql,
  } as DataSourceOptions);
  await dataSource.initialize();
  try {
    // The schema name was checked to be a plain identifier (lib/db/location.ts).
    if (location.engine === "postgres") await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${location.schema}"`);
    // WAL's default here (better-sqlite3 builds SQLite with WAL_SYNCHRONOUS=NORMAL) does not sync each
    // commit: a power cut could lose writes clients were told were saved. FULL syncs the WAL on every
    // commit; writes are people recording progress, so the cost does not matter.
    if (location.engine === "sqlite" && location.path !== ":memory:") await dataSource.query("PRAGMA synchronous = FULL");
    await dataSource.runMigrations({ transaction: "each" });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return { dataSource, sql, version: trackDataVersion(dataSource), location };
}
