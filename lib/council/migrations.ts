import type { MigrationInterface, QueryRunner } from "typeorm";
import { createTable, integer, key, quoted, text, varchar } from "../db/schema-helpers";
import { SourcesSchema1763900000000 } from "../db/sources-migration";

export class CouncilSchema1763900000001 implements MigrationInterface {
  name = "CouncilSchema1763900000001";

  async up(runner: QueryRunner): Promise<void> {
    await createTable(runner, "plan", [
      key("slug"), integer("position"), varchar("title"), varchar("kind"),
      varchar("period_start", true), varchar("period_end", true), varchar("period_text"), varchar("period_section"), text("period_quote"),
      ...quoted(),
    ]);
    await createTable(runner, "priority", [key("slug"), integer("position"), varchar("plan_slug"), varchar("parent_slug", true), text("title"), text("description", true), ...quoted()], ["plan_slug", "parent_slug"]);
    await createTable(runner, "action", [
      key("slug"), integer("position"), varchar("plan_slug"), varchar("priority_slug", true), text("title"), text("description", true), varchar("heading", true),
      { name: "status", type: "varchar", isNullable: false, default: "'NOT_REPORTED'" },
      ...quoted(),
    ], ["plan_slug", "priority_slug"]);
    await createTable(runner, "action_theme", [key("action_slug"), key("theme")], ["theme"]);
    await createTable(runner, "board", [key("slug"), integer("position"), varchar("name"), varchar("kind"), varchar("chair", true), ...quoted()]);
    await createTable(runner, "board_plan", [key("board_slug"), key("plan_slug")], ["plan_slug"]);
    await createTable(runner, "statement", [key("slug"), varchar("owner_slug"), varchar("kind"), integer("position"), text("text"), ...quoted()], ["owner_slug"]);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ["statement", "board_plan", "board", "action_theme", "action", "priority", "plan"]) await runner.dropTable(table);
  }
}

export const councilMigrations = [SourcesSchema1763900000000, CouncilSchema1763900000001];
