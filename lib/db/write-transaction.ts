import { randomBytes, randomUUID } from "node:crypto";
import type { DataSource, EntityManager, QueryRunner } from "typeorm";
import { GraphQLError } from "graphql";
import { writeQueueFor } from "./write-queue";

/**
 * Every write transaction of a subgraph goes through `runWrite`, which keeps two promises:
 *
 * 1. A failed COMMIT or ROLLBACK never leaves the connection inside a transaction. TypeORM's SQLite
 *    driver shares one connection and one query runner; when a statement fails with "database or disk
 *    is full" SQLite may roll the whole transaction back itself, TypeORM's ROLLBACK then fails, and the
 *    runner's transaction depth stays raised. Every later write would then run inside a SAVEPOINT
 *    (and, after one refused write's ROLLBACK TO, inside a transaction that never ends): told it
 *    succeeded, never committed, gone after a restart. So after each write transaction the connection
 *    is checked, natively, and brought back to "no transaction" (see `recoverSqlite`). The connection
 *    is recovered in place rather than closed and reopened: statements prepared on it (the data
 *    version) stay valid, and SQLite's own ROLLBACK cannot fail on an open handle.
 *    On PostgreSQL each write has its own pooled connection: one left in a transaction is destroyed
 *    instead of being returned to the pool.
 * 2. A storage failure (a full disk, an I/O error, a read-only file) is answered with a coded error
 *    saying the change was NOT saved (WRITE_NOT_SAVED), and the subgraph is not ready (`/ready` 503)
 *    until a write probe shows the database can take writes again.
 */

/** What a client is told when its write could not be saved: nothing of it was kept. */
export const WRITE_NOT_SAVED = "WRITE_NOT_SAVED";
/** What a client is told when the connection to the database was lost mid-write: it may have been saved. */
export const WRITE_OUTCOME_UNKNOWN = "WRITE_OUTCOME_UNKNOWN";

interface SqliteHandle {
  inTransaction: boolean;
  exec(sql: string): unknown;
}

/** The parts of TypeORM's SQLite query runner that say whether it thinks a transaction is open. */
interface RunnerState {
  transactionDepth: number;
  isTransactionActive: boolean;
}

export interface WriteHealth {
  /** Why the last write failed for a storage reason, until a write (or the probe) succeeds; null when writing works. */
  failure: string | null;
  /** Times the connection had to be brought back out of a transaction a write left open. */
  recoveries: number;
  /** The write probe under way or just finished: every /ready call in the meantime shares it. */
  probe: { result: Promise<boolean>; settledAt: number | null } | null;
}

const healths = new WeakMap<DataSource, WriteHealth>();

export function writeHealthOf(dataSource: DataSource): WriteHealth {
  let health = healths.get(dataSource);
  if (!health) {
    health = { failure: null, recoveries: 0, probe: null };
    healths.set(dataSource, health);
  }
  return health;
}

const SQLITE_STORAGE_CODES = /^SQLITE_(FULL|IOERR|READONLY|CORRUPT|CANTOPEN|NOTADB|PROTOCOL|NOMEM)/;
/** PostgreSQL SQLSTATE classes for resources, the system and operator intervention (53100 is disk_full). */
const POSTGRES_STORAGE_STATES = /^(53|58|57P|XX)/;
const CONNECTION_CODES = new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "57P01", "57P02", "57P03", "08000", "08003", "08006"]);
const CONNECTION_MESSAGES = /Connection terminated|connection is closed|Client has encountered a connection error/i;

/**
 * Whether the connection to the database was lost (PostgreSQL): a COMMIT under way may then have
 * been carried out or not, and no one can tell the client which.
 */
export function isLostConnection(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, driverError } = error as { code?: unknown; driverError?: unknown };
  if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
  if (driverError !== undefined && driverError !== error) return isLostConnection(driverError);
  return CONNECTION_MESSAGES.test(error instanceof Error ? error.message : "");
}

/** Whether an error says the database cannot store data now (as opposed to a bad statement or a refusal). */
export function isStorageFailure(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, driverError } = error as { code?: unknown; driverError?: unknown };
  if (typeof code === "string" && (SQLITE_STORAGE_CODES.test(code) || POSTGRES_STORAGE_STATES.test(code) || CONNECTION_CODES.has(code))) return true;
  if (driverError !== undefined && driverError !== error) return isStorageFailure(driverError);
  return /database or disk is full|disk I\/O error|Connection terminated/i.test(error instanceof Error ? error.message : "");
}

function sqliteHandle(dataSource: DataSource): SqliteHandle {
  return (dataSource.driver as unknown as { databaseConnection: SqliteHandle }).databaseConnection;
}

/**
 * Brings SQLite's one connection back to "no transaction": ROLLBACK whatever SQLite still holds open
 * (savepoints included), and tell TypeORM's shared runner so. Returns whether anything was left open.
 */
function recoverSqlite(dataSource: DataSource): boolean {
  const handle = sqliteHandle(dataSource);
  const runner = dataSource.createQueryRunner() as unknown as RunnerState;
  const dirty = handle.inTransaction || runner.transactionDepth !== 0 || runner.isTransactionActive;
  if (!dirty) return false;
  if (handle.inTransaction) handle.exec("ROLLBACK");
  runner.transactionDepth = 0;
  runner.isTransactionActive = false;
  writeHealthOf(dataSource).recoveries += 1;
  process.stderr.write(`write path: a transaction was left open after a failed write; rolled back and recovered the connection\n`);
  return true;
}

async function sqliteWrite<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  // Someone else's failure (a data load) may have left the connection dirty: never write inside it.
  recoverSqlite(dataSource);
  try {
    return await dataSource.transaction(work);
  } finally {
    recoverSqlite(dataSource);
  }
}

async function postgresWrite<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const runner: QueryRunner = dataSource.createQueryRunner();
  let broken: Error | undefined;
  try {
    await runner.startTransaction();
    try {
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      try {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
      } catch (rollbackError) {
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      }
      // A COMMIT that failed half-way can leave TypeORM thinking a transaction is open.
      if (runner.isTransactionActive) broken ??= new Error("connection left in a transaction after a failed write");
      throw error;
    }
  } finally {
    // With an error, pg's pool destroys the connection rather than hand it to the next caller.
    if (broken) await (runner as unknown as { releasePostgresConnection(error: Error): Promise<void> }).releasePostgresConnection(broken);
    else await runner.release();
  }
}

/**
 * Runs `work` as one write transaction on the subgraph's database, queued behind the other writes of
 * this process (SQLite has one writer), with the guarantees above. A storage failure is rethrown as a
 * coded WRITE_NOT_SAVED error; any other error is rethrown unchanged after the rollback.
 */
export function runWrite<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const health = writeHealthOf(dataSource);
  return writeQueueFor(dataSource).run(async () => {
    try {
      const result = await (dataSource.options.type === "postgres" ? postgresWrite(dataSource, work) : sqliteWrite(dataSource, work));
      health.failure = null;
      return result;
    } catch (error) {
      if (isLostConnection(error)) {
        health.failure = error instanceof Error ? error.message : String(error);
        process.stderr.write(`write path: the connection to the database was lost during a write: ${health.failure}\n`);
        throw new GraphQLError("The connection to the database was lost while saving: the change may or may not have been kept. Send it again with the same idempotencyKey to find out; without one, reload and check before trying again.", {
          extensions: { code: WRITE_OUTCOME_UNKNOWN },
        });
      }
      if (!isStorageFailure(error)) throw error;
      health.failure = error instanceof Error ? error.message : String(error);
      process.stderr.write(`write path: a write was not saved (storage failure): ${health.failure}\n`);
      throw new GraphQLError("The change was not saved: the database cannot store data just now (for example, its disk is full). Nothing of it was kept; try again later.", {
        extensions: { code: WRITE_NOT_SAVED },
      });
    }
  });
}

/** Bytes the probe writes: random (so PostgreSQL cannot compress them away), enough to need new pages as a real write would. */
const PROBE_BYTES = 48 * 1024;
/** How long a probe's answer is reused: /ready is unthrottled, and each probe is two queued writes. */
const PROBE_REUSE_MS = 2_000;

async function probeWrite(dataSource: DataSource): Promise<boolean> {
  const id = randomUUID();
  try {
    await runWrite(dataSource, (manager) =>
      manager
        .createQueryBuilder()
        .insert()
        .into("write_probe")
        .values({ id, payload: randomBytes(PROBE_BYTES).toString("base64") })
        .execute(),
    );
  } catch {
    return false;
  }
  try {
    await runWrite(dataSource, (manager) => manager.createQueryBuilder().delete().from("write_probe").execute());
  } catch {
    // Written but not deleted: the row is removed by the next probe (which deletes every probe row).
    return false;
  }
  return true;
}

/**
 * Whether the database takes writes: after a storage failure, a probe row is written and deleted
 * (each committed, so a full disk fails it as it fails real writes); otherwise answers from the last
 * write. Calls while a probe runs, or within PROBE_REUSE_MS of one, share its answer.
 */
export function canWrite(dataSource: DataSource): Promise<boolean> {
  const health = writeHealthOf(dataSource);
  if (health.failure === null) return Promise.resolve(true);
  const last = health.probe;
  if (last !== null && (last.settledAt === null || Date.now() - last.settledAt <= PROBE_REUSE_MS)) return last.result;
  const probe: NonNullable<WriteHealth["probe"]> = { result: probeWrite(dataSource), settledAt: null };
  void probe.result.then(() => (probe.settledAt = Date.now()));
  health.probe = probe;
  return probe.result;
}
