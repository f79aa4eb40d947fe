import { randomBytes } from "node:crypto";
import type { DataSource, EntitySubscriberInterface } from "typeorm";

/**
 * A cheap stamp of a database's contents: it changes whenever the data may have changed, whoever
 * changed it. The gateway's response cache serves a stored answer only while every subgraph's stamp
 * is still the one captured before that answer was computed (gateway/src/response-cache.ts).
 * A stamp may change without the data changing (that only costs a cache miss), never the reverse.
 */
export interface DataVersion {
  /** The current stamp, or null when this engine cannot tell (the gateway then never caches). */
  current(): Promise<string | null>;
}

/**
 * Transactions this data source has ended, committed or rolled back (engine-neutral, through
 * TypeORM's subscriber events, which fire after the COMMIT or ROLLBACK has run). A rollback counts
 * too: with SQLite's one shared connection, a read during a transaction sees its uncommitted rows.
 */
class TransactionCounter implements EntitySubscriberInterface {
  ended = 0;
  afterTransactionCommit(): void {
    this.ended += 1;
  }
  afterTransactionRollback(): void {
    this.ended += 1;
  }
}

/** The raw better-sqlite3 handle: version reads must not go through the SQL logger (tests count statements). */
interface SqliteHandle {
  prepare(sql: string): { pluck(): { get(): unknown } };
}

/**
 * SQLite: PRAGMA data_version changes on this connection when ANOTHER connection commits (e.g.
 * `npm run data:load` in another process); total_changes() counts the rows this connection has
 * inserted, updated or deleted, as each statement completes (in or out of a transaction).
 */
function sqliteMark(dataSource: DataSource): () => string {
  const handle = (dataSource.driver as unknown as { databaseConnection: SqliteHandle }).databaseConnection;
  const dataVersion = handle.prepare("PRAGMA data_version").pluck();
  const totalChanges = handle.prepare("SELECT total_changes()").pluck();
  return () => `${String(dataVersion.get())}.${String(totalChanges.get())}`;
}

/** The pg pool TypeORM's PostgreSQL driver holds: version reads bypass the SQL logger here too. */
interface PostgresPool {
  query(sql: string): Promise<{ rows: Array<{ snapshot: string }> }>;
}

/**
 * PostgreSQL: the current transaction snapshot (xmin:xmax:in-progress ids) changes whenever any
 * transaction that writes starts or ends, on any connection or server process (a second replica, a
 * data load). A committed write was either in progress at the earlier reading or took an id after
 * it, so the text cannot repeat across it. It is cluster-wide: writes to other databases only cost
 * cache misses. No epoch is needed: it never starts again while the data stays.
 */
function postgresVersion(dataSource: DataSource): DataVersion {
  const pool = (dataSource.driver as unknown as { master: PostgresPool }).master;
  return {
    current: async () => {
      const { rows } = await pool.query("SELECT pg_current_snapshot()::text AS snapshot");
      return rows[0]?.snapshot ?? null;
    },
  };
}

/**
 * Starts tracking an initialized data source. On SQLite the stamp is
 * `<epoch>.<engine mark>.<transactions ended>`; the epoch is random per open, so a restarted subgraph
 * (whose counters start again) never repeats a stamp it gave before.
 */
export function trackDataVersion(dataSource: DataSource): DataVersion {
  switch (dataSource.options.type) {
    case "better-sqlite3": {
      const engineMark = sqliteMark(dataSource);
      const transactions = new TransactionCounter();
      dataSource.subscribers.push(transactions);
      const epoch = randomBytes(6).toString("hex");
      return { current: () => Promise.resolve(`${epoch}.${engineMark()}.${transactions.ended}`) };
    }
    case "postgres":
      return postgresVersion(dataSource);
    default:
      return { current: () => Promise.resolve(null) };
  }
}
