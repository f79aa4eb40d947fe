import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";

const nullableText = (name: string, type = "varchar"): TableColumn => new TableColumn({ name, type, isNullable: true });

/**
 * Sign-off of progress updates (DRAFT, SUBMITTED, APPROVED, RETURNED), forecasts, and the change
 * feed's kind on each audit entry. Updates recorded before sign-off existed were published at once,
 * and set their action's status: they become APPROVED (by nobody: decided_by stays null), in the order
 * they were recorded. `actionTable` is the table of the subgraph's tracked actions.
 */
export function signOffMigration(actionTable: string): new () => MigrationInterface {
  return class SignOff1763900000011 implements MigrationInterface {
    name = "SignOff1763900000011";

    async up(runner: QueryRunner): Promise<void> {
      await runner.addColumns("progress_update", [
        new TableColumn({ name: "seq", type: "integer", isNullable: false, default: 0 }),
        new TableColumn({ name: "state", type: "varchar", isNullable: false, default: "'APPROVED'" }),
        new TableColumn({ name: "revision", type: "integer", isNullable: false, default: 0 }),
        nullableText("forecast_status"),
        nullableText("explanation", "text"),
        nullableText("return_reason", "text"),
        nullableText("submitted_at"),
        nullableText("decided_by_subject"),
        nullableText("decided_by_name"),
        nullableText("decided_at"),
      ]);
      const existing = (await runner.query(`SELECT id FROM progress_update ORDER BY recorded_at, version, id`)) as Array<{ id: string }>;
      for (const [index, row] of existing.entries()) {
        await runner.manager
          .createQueryBuilder()
          .update("progress_update")
          .set({ seq: index + 1 })
          .where("id = :id", { id: row.id })
          .execute();
      }
      await runner.manager.createQueryBuilder().insert().into("audit_counter").values({ name: "update", last: existing.length }).execute();
      await runner.createIndex("progress_update", new TableIndex({ name: "ux_progress_update_seq", columnNames: ["seq"], isUnique: true }));
      await runner.createIndex("progress_update", new TableIndex({ name: "ix_progress_update_action_key_seq", columnNames: ["action_key", "seq"] }));

      await runner.addColumn(actionTable, nullableText("forecast_status"));

      await runner.addColumn("audit_entry", nullableText("change_kind"));
      // The query builder knows audit_entry and progress_update as entities: it takes their property names.
      await runner.manager.createQueryBuilder().update("audit_entry").set({ changeKind: "UPDATE_APPROVED" }).where("operation LIKE :pattern", { pattern: "record%Progress" }).execute();
      await runner.manager.createQueryBuilder().update("audit_entry").set({ changeKind: "JOINT_ACTION_CREATED" }).where("operation = :operation", { operation: "createJointAction" }).execute();
    }

    async down(runner: QueryRunner): Promise<void> {
      await runner.dropColumn("audit_entry", "change_kind");
      await runner.dropColumn(actionTable, "forecast_status");
      await runner.dropIndex("progress_update", "ix_progress_update_action_key_seq");
      await runner.dropIndex("progress_update", "ux_progress_update_seq");
      await runner.manager.createQueryBuilder().delete().from("audit_counter").where("name = :name", { name: "update" }).execute();
      for (const column of ["decided_at", "decided_by_name", "decided_by_subject", "submitted_at", "return_reason", "explanation", "forecast_status", "revision", "state", "seq"]) {
        await runner.dropColumn("progress_update", column);
      }
    }
  };
}
