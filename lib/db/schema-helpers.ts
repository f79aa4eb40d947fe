import { Table, TableIndex, type QueryRunner, type TableColumnOptions } from "typeorm";

/** Column shorthands for migrations: portable types only (SQLite and PostgreSQL accept them alike). */
export const text = (name: string, nullable = false): TableColumnOptions => ({ name, type: "text", isNullable: nullable });
export const varchar = (name: string, nullable = false): TableColumnOptions => ({ name, type: "varchar", isNullable: nullable });
export const integer = (name: string): TableColumnOptions => ({ name, type: "integer", isNullable: false });
export const key = (name: string): TableColumnOptions => ({ name, type: "varchar", isPrimary: true, isNullable: false });

export async function createTable(runner: QueryRunner, name: string, columns: TableColumnOptions[], indexed: string[] = []): Promise<void> {
  await runner.createTable(new Table({ name, columns }));
  for (const column of indexed) {
    await runner.createIndex(name, new TableIndex({ name: `ix_${name}_${column}`, columnNames: [column] }));
  }
}

/** Columns of every quoted record: provenance. */
export const quoted = (): TableColumnOptions[] => [varchar("document_id"), varchar("section"), text("quote")];
