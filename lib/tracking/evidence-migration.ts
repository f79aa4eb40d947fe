import { TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * The evidence link of a progress update (evidence_url): the address of the board paper, report or
 * page that shows the progress. Nullable: updates recorded before it existed have none.
 */
export class ProgressEvidence1763900000016 implements MigrationInterface {
  name = "ProgressEvidence1763900000016";

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn("progress_update", new TableColumn({ name: "evidence_url", type: "text", isNullable: true }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn("progress_update", "evidence_url");
  }
}
