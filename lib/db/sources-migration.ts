import type { MigrationInterface, QueryRunner } from "typeorm";
import { createTable, key, varchar } from "./schema-helpers";

/** Tables every subgraph has: the document catalogue and the record of which data files are loaded. */
export class SourcesSchema1763900000000 implements MigrationInterface {
  name = "SourcesSchema1763900000000";

  async up(runner: QueryRunner): Promise<void> {
    await createTable(runner, "document", [key("slug"), varchar("title"), varchar("publisher"), varchar("published", true), varchar("url", true)]);
    await createTable(runner, "data_load", [key("name"), varchar("checksum"), varchar("loaded_at")]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable("data_load");
    await runner.dropTable("document");
  }
}
