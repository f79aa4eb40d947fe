import { TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";
import { createTable, integer, key, quoted, text, varchar } from "../db/schema-helpers";
import { SourcesSchema1763900000000 } from "../db/sources-migration";
import { AuditCounter1763900000010 } from "../tracking/audit-counter-migration";
import { signOffMigration } from "../tracking/sign-off-migration";
import { TrackingIndexes1763900000008 } from "../tracking/index-migration";
import { WriteSafety1763900000014 } from "../tracking/write-safety-migration";
import { ProgressEvidence1763900000016 } from "../tracking/evidence-migration";
import { TrackingSchema1763900000005 } from "../tracking/migration";
import { CouncilIndexes1763900000009 } from "./index-migration";
import { PlanStructure1763900000017 } from "./plan-structure-migration";
import { FigureComparators1763900000018 } from "./figure-migration";
import { ActionTextSearch1763900000019 } from "./text-search-migration";

export class CouncilSchema1763900000001 implements MigrationInterface {
  name = "CouncilSchema1763900000001";

  async up(runner: QueryRunner): Promise<void> {
    await createTable(runner, "plan", [
      key("slug"),
      integer("position"),
      varchar("title"),
      varchar("kind"),
      varchar("period_start", true),
      varchar("period_end", true),
      varchar("period_text"),
      varchar("period_section"),
      text("period_quote"),
      ...quoted(),
    ]);
    await createTable(runner, "priority", [key("slug"), integer("position"), varchar("plan_slug"), varchar("parent_slug", true), text("title"), text("description", true), ...quoted()], ["plan_slug", "parent_slug"]);
    await createTable(
      runner,
      "action",
      [
        key("slug"),
        integer("position"),
        varchar("plan_slug"),
        varchar("priority_slug", true),
        text("title"),
        text("description", true),
        varchar("heading", true),
        { name: "status", type: "varchar", isNullable: false, default: "'NOT_REPORTED'" },
        ...quoted(),
      ],
      ["plan_slug", "priority_slug"],
    );
    await createTable(runner, "action_theme", [key("action_slug"), key("theme")], ["theme"]);
    await createTable(runner, "board", [key("slug"), integer("position"), varchar("name"), varchar("kind"), varchar("chair", true), ...quoted()]);
    await createTable(runner, "board_plan", [key("board_slug"), key("plan_slug")], ["plan_slug"]);
    await createTable(runner, "statement", [key("slug"), varchar("owner_slug"), varchar("kind"), integer("position"), text("text"), ...quoted()], ["owner_slug"]);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ["statement", "board_plan", "board", "action_theme", "action", "priority", "plan"]) await runner.dropTable(table);
  }
}

/** Everything else in the documents: measures, voices, signatories, figures, meetings and reports. */
export class CouncilRecords1763900000003 implements MigrationInterface {
  name = "CouncilRecords1763900000003";

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn("plan", new TableColumn({ name: "period_document_id", type: "varchar", isNullable: true }));
    await runner.addColumn("statement", new TableColumn({ name: "title", type: "varchar", isNullable: true }));
    await runner.addColumn("statement", new TableColumn({ name: "owner_kind", type: "varchar", isNullable: false, default: "'PLAN'" }));
    await createTable(runner, "measure", [key("slug"), integer("position"), varchar("plan_slug"), varchar("priority_slug", true), varchar("indicator"), text("text"), ...quoted()], ["plan_slug", "priority_slug", "indicator"]);
    await createTable(runner, "voice", [key("slug"), integer("position"), varchar("plan_slug"), varchar("kind"), varchar("speaker"), text("text"), ...quoted()], ["plan_slug"]);
    await createTable(runner, "signatory", [key("slug"), integer("position"), varchar("plan_slug"), varchar("name"), varchar("role"), ...quoted()], ["plan_slug"]);
    await createTable(
      runner,
      "figure",
      [
        key("slug"),
        integer("position"),
        varchar("indicator"),
        varchar("geography", true),
        { name: "value", type: "double precision", isNullable: true },
        { name: "numerator", type: "double precision", isNullable: true },
        { name: "denominator", type: "double precision", isNullable: true },
        varchar("status"),
        varchar("time_period", true),
        varchar("time_identifier", true),
        varchar("as_at", true),
        text("text"),
        ...quoted(),
      ],
      ["indicator"],
    );
    await createTable(runner, "meeting", [key("slug"), integer("position"), varchar("board_slug"), varchar("date"), ...quoted()], ["board_slug"]);
    await createTable(
      runner,
      "report",
      [
        key("slug"),
        integer("position"),
        varchar("meeting_slug"),
        varchar("plan_slug", true),
        varchar("title"),
        varchar("author", true),
        varchar("lead_cabinet_member", true),
        varchar("wards_affected", true),
        varchar("public_status", true),
        varchar("appendices", true),
        ...quoted(),
      ],
      ["meeting_slug", "plan_slug"],
    );
    await createTable(runner, "report_section", [key("slug"), integer("position"), varchar("report_slug"), varchar("number", true), varchar("heading"), varchar("kind"), text("paragraphs"), ...quoted()], ["report_slug"]);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ["report_section", "report", "meeting", "figure", "signatory", "voice", "measure"]) await runner.dropTable(table);
    await runner.dropColumn("statement", "owner_kind");
    await runner.dropColumn("statement", "title");
    await runner.dropColumn("plan", "period_document_id");
  }
}

/** Tracked state on each action (not owned by the data files): RAG, version, when last updated. */
export class CouncilTracking1763900000006 implements MigrationInterface {
  name = "CouncilTracking1763900000006";

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn("action", new TableColumn({ name: "rag", type: "varchar", isNullable: true }));
    await runner.addColumn("action", new TableColumn({ name: "version", type: "integer", isNullable: false, default: 0 }));
    await runner.addColumn("action", new TableColumn({ name: "updated_at", type: "varchar", isNullable: true }));
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const column of ["updated_at", "version", "rag"]) await runner.dropColumn("action", column);
  }
}

export const councilMigrations = [
  SourcesSchema1763900000000,
  CouncilSchema1763900000001,
  CouncilRecords1763900000003,
  TrackingSchema1763900000005,
  CouncilTracking1763900000006,
  TrackingIndexes1763900000008,
  CouncilIndexes1763900000009,
  AuditCounter1763900000010,
  signOffMigration("action"),
  WriteSafety1763900000014,
  ProgressEvidence1763900000016,
  PlanStructure1763900000017,
  FigureComparators1763900000018,
  ActionTextSearch1763900000019,
];
