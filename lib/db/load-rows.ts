import { createHash } from "node:crypto";
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { DataLoadRow } from "./data-load-row";

export interface TableRows<T extends ObjectLiteral = ObjectLiteral> {
  target: EntityTarget<T>;
  rows: T[];
}

export const checksumOf = (parts: string[]): string => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
};

const CHUNK = 100;

async function insertAll(manager: EntityManager, { target, rows }: TableRows): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await manager.insert(target, rows.slice(start, start + CHUNK));
  }
}

/**
 * Replaces the content of the given tables with the rows from the data files, in one transaction,
 * unless the database already holds exactly this version of the files (so a restart loads nothing
 * and duplicates nothing). Returns whether it loaded.
 */
export async function loadRows(dataSource: DataSource, name: string, checksum: string, tables: TableRows[]): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    const current = await manager.findOne(DataLoadRow, { where: { name } });
    if (current?.checksum === checksum) return false;
    for (const { target } of [...tables].reverse()) await manager.clear(target);
    for (const table of tables) await insertAll(manager, table);
    await manager.save(DataLoadRow, { name, checksum, loadedAt: new Date().toISOString() });
    return true;
  });
}
