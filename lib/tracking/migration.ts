import type { MigrationInterface, QueryRunner } from "typeorm";
import { createTable, integer, key, text, varchar } from "../db/schema-helpers";

/** Progress updates and the audit log: every subgraph that holds tracked actions has both. */
export class TrackingSchema1763900000005 implements MigrationInterface {
  name = "TrackingSchema1763900000005";

  async up(runner: QueryRunner): Promise<void> {
    await createTable(
      runner,
      "progress_update",
      [key("id"), varchar("action_key"), integer("version"), varchar("status"), varchar("rag", true), text("note"), text("reopen_reason", true), varchar("recorded_by_subject"), varchar("recorded_by_name"), varchar("recorded_at")],
      ["action_key"],
    );
    await createTable(
      runner,
      "audit_entry",
      [key("id"), integer("sequence"), varchar("at"), varchar("actor_subject"), varchar("actor_name"), varchar("operation"), varchar("entity_id"), text("before", true), text("after", true)],
      ["entity_id", "sequence"],
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable("audit_entry");
    await runner.dropTable("progress_update");
  }
}
