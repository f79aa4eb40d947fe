import { createHash } from "node:crypto";
import { runWrite } from "./write-transaction";
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { DataLoadRow } from "./data-load-row";

export interface TableRows<T extends ObjectLiteral = ObjectLiteral> {
  target: EntityTarget<T>;
  rows: T[];
  /**
   * Columns the data files do not own (e.g. a status users record): set on insert, never
   * overwritten by a reload.
   */
  keep?: string[];
  /**
   * Why a row must not be deleted (e.g. users have recorded progress on it), or null. A load that
   * would delete such a row is refused whole.
   */
  protect?(row: T): string | null;
}

export class ProtectedRowError extends Error {}

export interface TableCounts {
  inserted: number;
  updated: number;
  deleted: number;
  unchanged: number;
}
export type LoadCounts = Record<string, TableCounts>;

export const checksumOf = (parts: string[]): string => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
};

const CHUNK = 100;

/** Comparable form of a column value: numbers and JSON as the database returns them. */
function comparable(value: unknown): string {
  if (value === undefined || value === null) return "null";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

async function syncTable(manager: EntityManager, table: TableRows): Promise<TableCounts> {
  const metadata = manager.connection.getMetadata(table.target);
  const keyColumns = metadata.primaryColumns.map((column) => column.propertyName);
  const keep = new Set(table.keep ?? []);
  const owned = metadata.columns.map((column) => column.propertyName).filter((name) => !keyColumns.includes(name) && !keep.has(name));
  const keyOf = (row: ObjectLiteral) => keyColumns.map((name) => String(row[name])).join("\u0000");

  const existing = new Map((await manager.find(table.target)).map((row) => [keyOf(row), row]));
  const counts: TableCounts = { inserted: 0, updated: 0, deleted: 0, unchanged: 0 };
  const inserts: ObjectLiteral[] = [];
  const wanted = new Set<string>();
  for (const row of table.rows) {
    const key = keyOf(row);
    if (wanted.has(key)) throw new Error(`${metadata.tableName}: two rows have the key ${key.replace(/\u0000/g, ", ")}`);
    wanted.add(key);
    const current = existing.get(key);
    if (!current) {
      inserts.push(row);
      continue;
    }
    const changes = Object.fromEntries(owned.filter((name) => comparable(current[name]) !== comparable(row[name])).map((name) => [name, row[name]]));
    if (Object.keys(changes).length === 0) {
      counts.unchanged += 1;
    } else {
      await manager.update(table.target, Object.fromEntries(keyColumns.map((name) => [name, row[name]])), changes);
      counts.updated += 1;
    }
  }
  for (let start = 0; start < inserts.length; start += CHUNK) await manager.insert(table.target, inserts.slice(start, start + CHUNK));
  counts.inserted = inserts.length;
  for (const [key, row] of existing) {
    if (wanted.has(key)) continue;
    const reason = table.protect?.(row);
    if (reason) throw new ProtectedRowError(`${metadata.tableName} ${key.replace(/\u0000/g, ", ")} is no longer in the data files, but ${reason}: keep it in the files (nothing was loaded)`);
    await manager.delete(table.target, Object.fromEntries(keyColumns.map((name) => [name, row[name]])));
    counts.deleted += 1;
  }
  return counts;
}

/**
 * Brings the tables to exactly the rows of the data files, in one transaction: inserts new rows,
 * updates changed ones (only the columns the files own), deletes rows no longer in the files, and
 * leaves unchanged rows alone. A failure rolls everything back. Returns counts per table.
 */
export async function syncRows(dataSource: DataSource, name: string, checksum: string, tables: TableRows[], onChanged?: LoadChanged): Promise<LoadCounts> {
  return runWrite(dataSource, async (manager) => {
    const counts: LoadCounts = {};
    for (const table of tables) counts[manager.connection.getMetadata(table.target).tableName] = await syncTable(manager, table);
    const at = new Date().toISOString();
    await manager.save(DataLoadRow, { name, checksum, loadedAt: at });
    if (onChanged && Object.values(counts).some((table) => table.inserted + table.updated + table.deleted > 0)) await onChanged(manager, counts, at);
    return counts;
  });
}

/** Called in the load's transaction when it inserted, updated or deleted any row (the change feed records it). */
export type LoadChanged = (manager: EntityManager, counts: LoadCounts, at: string) => Promise<void>;

/** On start: syncs unless the database already holds exactly this version of the files. */
export async function loadRows(dataSource: DataSource, name: string, checksum: string, tables: TableRows[], onChanged?: LoadChanged): Promise<LoadCounts | null> {
  const current = await dataSource.manager.findOne(DataLoadRow, { where: { name } });
  if (current?.checksum === checksum) return null;
  return syncRows(dataSource, name, checksum, tables, onChanged);
}
