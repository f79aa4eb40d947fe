import { TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

/** An index a migration adds, and the narrower one it replaces (whose columns it starts with), if any. */
export interface IndexChange {
  table: string;
  columns: string[];
  replaces?: { name: string; columns: string[] };
}

export const indexName = (change: Pick<IndexChange, "table" | "columns">): string => `ix_${change.table}_${change.columns.join("_")}`;

/** Creates each index, then drops the one it replaces (SQLite would otherwise keep choosing the narrower one). */
export async function applyIndexChanges(runner: QueryRunner, changes: IndexChange[]): Promise<void> {
  for (const change of changes) {
    await runner.createIndex(change.table, new TableIndex({ name: indexName(change), columnNames: change.columns }));
    if (change.replaces) await runner.dropIndex(change.table, change.replaces.name);
  }
}

/** The reverse: the replaced indexes back, the new ones gone. */
export async function revertIndexChanges(runner: QueryRunner, changes: IndexChange[]): Promise<void> {
  for (const change of [...changes].reverse()) {
    if (change.replaces) await runner.createIndex(change.table, new TableIndex({ name: change.replaces.name, columnNames: change.replaces.columns }));
    await runner.dropIndex(change.table, indexName(change));
  }
}

/** A migration that only changes indexes: `changes` applied going up and reverted going down. */
export abstract class IndexChangesMigration implements MigrationInterface {
  abstract name: string;
  protected abstract readonly changes: IndexChange[];

  async up(runner: QueryRunner): Promise<void> {
    await applyIndexChanges(runner, this.changes);
  }

  async down(runner: QueryRunner): Promise<void> {
    await revertIndexChanges(runner, this.changes);
  }
}
