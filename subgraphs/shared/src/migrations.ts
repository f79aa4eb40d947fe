import type { MigrationInterface, QueryRunner } from "typeorm";
import { createTable, integer, key, quoted, text, varchar } from "../../../lib/db/schema-helpers";
import { SourcesSchema1763900000000 } from "../../../lib/db/sources-migration";
import { AuditCounter1763900000010 } from "../../../lib/tracking/audit-counter-migration";
import { signOffMigration } from "../../../lib/tracking/sign-off-migration";
import { TrackingIndexes1763900000008 } from "../../../lib/tracking/index-migration";
import { TrackingSchema1763900000005 } from "../../../lib/tracking/migration";

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

/** Joint actions created by partner staff, their milestones and the council actions they advance. */
export class SharedJointActions1763900000007 implements MigrationInterface {
  name = "SharedJointActions1763900000007";

  async up(runner: QueryRunner): Promise<void> {
    await createTable(runner, "joint_action", [
      key("slug"), varchar("initiative_slug"), varchar("title"), text("description", true), varchar("owner"), varchar("due_date", true),
      varchar("status"), varchar("rag", true), integer("version"), varchar("created_at"), varchar("created_by_subject"), varchar("created_by_name"),
    ], ["initiative_slug"]);
    await createTable(runner, "joint_action_milestone", [key("slug"), varchar("joint_action_slug"), integer("position"), varchar("title"), varchar("due_date", true)], ["joint_action_slug"]);
    await createTable(runner, "joint_action_link", [key("joint_action_slug"), key("council_action_id"), integer("position")]);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ["joint_action_link", "joint_action_milestone", "joint_action"]) await runner.dropTable(table);
  }
}

export const sharedMigrations = [
  SourcesSchema1763900000000, SharedSchema1763900000002, SharedIndicators1763900000004, TrackingSchema1763900000005, SharedJointActions1763900000007,
  TrackingIndexes1763900000008, AuditCounter1763900000010, signOffMigration("joint_action"),
];
