import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DataSource, type MixedList, type EntitySchema } from "typeorm";
import { SqlCounter } from "./sql-counter";
import { trackDataVersion, type DataVersion } from "./data-version";

export interface DatabaseOptions {
  /** SQLite file path, or ":memory:". */
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
}

/** Opens the database and brings its schema up to date with migrations (never `synchronize`). */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.database !== ":memory:") mkdirSync(dirname(options.database), { recursive: true });
  const sql = new SqlCounter(options.echoSql ?? false);
  const dataSource = new DataSource({
    type: "better-sqlite3",
    database: options.database,
    entities: options.entities,
    migrations: options.migrations,
    synchronize: false,
    migrationsRun: false,
    // WAL lets readers proceed while a write commits; the busy timeout waits out a competing writer.
    enableWAL: options.database !== ":memory:",
    timeout: 5000,
    logger: sql,
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  return { dataSource, sql, version: trackDataVersion(dataSource) };
}
