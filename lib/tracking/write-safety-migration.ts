import { Table, type MigrationInterface, type QueryRunner } from "typeorm";
import { text, varchar } from "../db/schema-helpers";

/**
 * Tables every writing subgraph needs to keep its promises about writes:
 * - idempotency_key: the result of each write a client named with an idempotency key, stored in the
 *   write's own transaction, so that a retry of a write whose answer was lost returns that result
 *   instead of writing again. One key per subject (two people may pick the same key).
 * - write_probe: scratch rows the readiness probe writes and deletes to learn whether the database can
 *   take writes again after a storage failure (a full disk).
 */
export class WriteSafety1763900000014 implements MigrationInterface {
  name = "WriteSafety1763900000014";

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: "idempotency_key",
        columns: [
          { name: "subject", type: "varchar", isPrimary: true, isNullable: false },
          { name: "key", type: "varchar", isPrimary: true, isNullable: false },
          varchar("operation"),
          varchar("request_digest"),
          text("result"),
          varchar("created_at"),
        ],
        indices: [{ name: "ix_idempotency_key_created_at", columnNames: ["created_at"] }],
      }),
    );
    await runner.createTable(new Table({ name: "write_probe", columns: [{ name: "id", type: "varchar", isPrimary: true, isNullable: false }, text("payload")] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable("write_probe");
    await runner.dropTable("idempotency_key");
  }
}
