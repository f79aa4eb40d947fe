import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";
import { createTable, integer, key, quoted, text, varchar } from "../db/schema-helpers";

/**
 * A plan as a tree of headings of any kind (issue 20). The table keeps its name `priority` and the
 * link columns theirs (`priority_slug`): renaming them would rewrite every council database for no
 * change in meaning. Headings gain their kind and printed number; statements their own wording
 * (label), number and parent heading; measures their group, in a new table `measure_group`.
 * Existing rows get kind PRIORITY until the next data load gives them the kind their file names.
 */
export class PlanStructure1763900000017 implements MigrationInterface {
  name = "PlanStructure1763900000017";

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn("priority", new TableColumn({ name: "kind", type: "varchar", isNullable: false, default: "'PRIORITY'" }));
    await runner.addColumn("priority", new TableColumn({ name: "number", type: "varchar", isNullable: true }));
    await runner.addColumn("statement", new TableColumn({ name: "label", type: "varchar", isNullable: true }));
    await runner.addColumn("statement", new TableColumn({ name: "number", type: "varchar", isNullable: true }));
    await runner.addColumn("statement", new TableColumn({ name: "parent_slug", type: "varchar", isNullable: true }));
    await runner.addColumn("measure", new TableColumn({ name: "group_slug", type: "varchar", isNullable: true }));
    await createTable(runner, "measure_group", [key("slug"), integer("position"), varchar("plan_slug"), varchar("parent_slug", true), text("title"), ...quoted()], ["plan_slug"]);
    // The loaders look measures up by group and statements by parent heading, in document order.
    await runner.createIndex("measure", new TableIndex({ name: "ix_measure_group_slug_position", columnNames: ["group_slug", "position"] }));
    await runner.createIndex("statement", new TableIndex({ name: "ix_statement_parent_slug_position", columnNames: ["parent_slug", "position"] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex("statement", "ix_statement_parent_slug_position");
    await runner.dropIndex("measure", "ix_measure_group_slug_position");
    await runner.dropTable("measure_group");
    await runner.dropColumn("measure", "group_slug");
    for (const column of ["parent_slug", "number", "label"]) await runner.dropColumn("statement", column);
    for (const column of ["number", "kind"]) await runner.dropColumn("priority", column);
  }
}
