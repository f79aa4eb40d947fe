import { TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";

/** Figures' comparators as the document states them, and why an undated figure has no date. */
export class FigureComparators1763900000018 implements MigrationInterface {
  name = "FigureComparators1763900000018";

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn("figure", new TableColumn({ name: "undated_reason", type: "text", isNullable: true }));
    await runner.addColumn("figure", new TableColumn({ name: "comparators", type: "text", isNullable: true }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn("figure", "comparators");
    await runner.dropColumn("figure", "undated_reason");
  }
}
