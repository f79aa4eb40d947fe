import type { MigrationInterface, QueryRunner } from "typeorm";
import { createTable, integer, key, quoted, text, varchar } from "../../../lib/db/schema-helpers";
import { SourcesSchema1763900000000 } from "../../../lib/db/sources-migration";

export class SharedSchema1763900000002 implements MigrationInterface {
  name = "SharedSchema1763900000002";

  async up(runner: QueryRunner): Promise<void> {
    await createTable(runner, "theme", [key("slug"), integer("position"), varchar("code"), varchar("name"), text("description")]);
    await createTable(runner, "partnership", [key("slug"), varchar("name")]);
    await createTable(runner, "joint_initiative", [
      key("slug"), integer("position"), varchar("name"), varchar("kind"), varchar("status"), text("summary"),
      varchar("hosted_by", true), varchar("part_of", true),
      varchar("status_document_id"), varchar("status_section"), text("status_quote"),
    ], ["part_of"]);
    await createTable(runner, "link", [key("owner_slug"), key("kind"), key("target"), integer("position")], ["target"]);
    await createTable(runner, "quotation", [key("slug"), varchar("owner_slug"), integer("position"), ...quoted()], ["owner_slug"]);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ["quotation", "link", "joint_initiative", "partnership", "theme"]) await runner.dropTable(table);
  }
}

/** The national indicator catalogue. */
export class SharedIndicators1763900000004 implements MigrationInterface {
  name = "SharedIndicators1763900000004";

  async up(runner: QueryRunner): Promise<void> {
    await createTable(runner, "indicator", [
      key("code"), integer("position"), varchar("title"), varchar("kind"), text("definition", true), varchar("unit", true),
      varchar("polarity", true), varchar("period_kind", true), varchar("dataset", true),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable("indicator");
  }
}

export const sharedMigrations = [SourcesSchema1763900000000, SharedSchema1763900000002, SharedIndicators1763900000004];
