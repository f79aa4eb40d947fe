import { Table, TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";
import { integer, key } from "../db/schema-helpers";

/**
 * The audit log's sequence numbers come from a one-row counter, not MAX(sequence) + 1: two replicas
 * of a subgraph writing to one PostgreSQL database at once would both read the same maximum. The
 * counter's UPDATE locks its row until the writer commits, so writers take numbers one at a time on
 * any engine; a unique index makes a duplicate impossible rather than unlikely.
 */
export class AuditCounter1763900000010 implements MigrationInterface {
  name = "AuditCounter1763900000010";

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(new Table({ name: "audit_counter", columns: [key("name"), integer("last")] }));
    const rows = (await runner.query(`SELECT MAX(sequence) AS last FROM audit_entry`)) as Array<{ last: number | string | null }>;
    await runner.manager
      .createQueryBuilder()
      .insert()
      .into("audit_counter")
      .values({ name: "audit", last: Number(rows[0]?.last ?? 0) })
      .execute();
    await runner.createIndex("audit_entry", new TableIndex({ name: "ux_audit_entry_sequence", columnNames: ["sequence"], isUnique: true }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex("audit_entry", "ux_audit_entry_sequence");
    await runner.dropTable("audit_counter");
  }
}
