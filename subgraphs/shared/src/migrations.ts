import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from "typeorm";
import { createTable, integer, key, quoted, text, varchar } from "../../../lib/db/schema-helpers";
import { SourcesSchema1763900000000 } from "../../../lib/db/sources-migration";
import { AuditCounter1763900000010 } from "../../../lib/tracking/audit-counter-migration";
import { signOffMigration } from "../../../lib/tracking/sign-off-migration";
import { TrackingIndexes1763900000008 } from "../../../lib/tracking/index-migration";
import { WriteSafety1763900000014 } from "../../../lib/tracking/write-safety-migration";
import { ProgressEvidence1763900000016 } from "../../../lib/tracking/evidence-migration";
import { TrackingSchema1763900000005 } from "../../../lib/tracking/migration";

export class SharedSchema1763900000002 implements MigrationInterface {
  name = "SharedSchema1763900000002";

  async up(runner: QueryRunner): Promise<void> {
    await createTable(runner, "theme", [key("slug"), integer("position"), varchar("code"), varchar("name"), text("description")]);
    await createTable(runner, "partnership", [key("slug"), varchar("name")]);
    await createTable(
      runner,
      "joint_initiative",
      [
        key("slug"),
        integer("position"),
        varchar("name"),
        varchar("kind"),
        varchar("status"),
        text("summary"),
        varchar("hosted_by", true),
        varchar("part_of", true),
        varchar("status_document_id"),
        varchar("status_section"),
        text("status_quote"),
      ],
      ["part_of"],
    );
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
      key("code"),
      integer("position"),
      varchar("title"),
      varchar("kind"),
      text("definition", true),
      varchar("unit", true),
      varchar("polarity", true),
      varchar("period_kind", true),
      varchar("dataset", true),
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
    await createTable(
      runner,
      "joint_action",
      [
        key("slug"),
        varchar("initiative_slug"),
        varchar("title"),
        text("description", true),
        varchar("owner"),
        varchar("due_date", true),
        varchar("status"),
        varchar("rag", true),
        integer("version"),
        varchar("created_at"),
        varchar("created_by_subject"),
        varchar("created_by_name"),
      ],
      ["initiative_slug"],
    );
    await createTable(runner, "joint_action_milestone", [key("slug"), varchar("joint_action_slug"), integer("position"), varchar("title"), varchar("due_date", true)], ["joint_action_slug"]);
    await createTable(runner, "joint_action_link", [key("joint_action_slug"), key("council_action_id"), integer("position")]);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ["joint_action_link", "joint_action_milestone", "joint_action"]) await runner.dropTable(table);
  }
}

/** Comparisons: geographies, every area's values from the statistics files, statistical neighbour sets. */
export class SharedComparisons1763900000012 implements MigrationInterface {
  name = "SharedComparisons1763900000012";

  async up(runner: QueryRunner): Promise<void> {
    await createTable(runner, "geography", [key("code"), varchar("name"), varchar("level"), varchar("la_code", true), varchar("valid_from", true), varchar("valid_to", true)]);
    await createTable(runner, "area_value", [
      key("id"),
      varchar("indicator"),
      varchar("geography"),
      varchar("level"),
      varchar("time_period"),
      varchar("time_identifier", true),
      { name: "value", type: "double precision", isNullable: true },
      varchar("status"),
      varchar("document_id"),
      text("quote"),
    ]);
    await runner.createIndex("area_value", new TableIndex({ name: "ix_area_value_indicator_period", columnNames: ["indicator", "time_period"] }));
    await runner.createIndex("area_value", new TableIndex({ name: "ix_area_value_geography_indicator", columnNames: ["geography", "indicator"] }));
    await createTable(runner, "neighbour_set", [key("name"), varchar("release"), text("description"), integer("synthetic")]);
    await runner.createTable(new Table({ name: "neighbour", columns: [key("set_name"), key("geography"), key("neighbour"), integer("position")] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ["neighbour", "neighbour_set", "area_value", "geography"]) await runner.dropTable(table);
  }
}

/** Values joint initiatives report as themselves (the Regional Adoption Agency's scorecard). */
export class SharedAgencyValues1763900000013 implements MigrationInterface {
  name = "SharedAgencyValues1763900000013";

  async up(runner: QueryRunner): Promise<void> {
    await createTable(
      runner,
      "agency_value",
      [
        key("id"),
        varchar("initiative_slug"),
        integer("position"),
        varchar("indicator"),
        varchar("time_period"),
        varchar("time_identifier"),
        { name: "value", type: "double precision", isNullable: true },
        varchar("status"),
        varchar("document_id"),
        varchar("section"),
        text("quote"),
      ],
      ["initiative_slug"],
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable("agency_value");
  }
}

/**
 * Editing and withdrawing joint actions: the revision of the action's own details (0 at creation, one
 * more per edit or withdrawal; edits name it), and who withdrew it, when and why. A withdrawn action
 * is kept (its history stays readable) but takes no more edits or progress.
 */
export class JointActionRevisions1763900000015 implements MigrationInterface {
  name = "JointActionRevisions1763900000015";

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumns("joint_action", [
      new TableColumn({ name: "revision", type: "integer", isNullable: false, default: 0 }),
      new TableColumn({ name: "withdrawn_at", type: "varchar", isNullable: true }),
      new TableColumn({ name: "withdrawn_by_subject", type: "varchar", isNullable: true }),
      new TableColumn({ name: "withdrawn_by_name", type: "varchar", isNullable: true }),
      new TableColumn({ name: "withdrawal_reason", type: "text", isNullable: true }),
    ]);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const column of ["withdrawal_reason", "withdrawn_by_name", "withdrawn_by_subject", "withdrawn_at", "revision"]) await runner.dropColumn("joint_action", column);
  }
}

/** Themes and indicators a council adds from its own folder: which council (null for the shared files'). */
export class SharedVocabularyOrigin1763900000018 implements MigrationInterface {
  name = "SharedVocabularyOrigin1763900000018";

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn("theme", new TableColumn({ name: "council_id", type: "varchar", isNullable: true }));
    await runner.addColumn("indicator", new TableColumn({ name: "council_id", type: "varchar", isNullable: true }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn("indicator", "council_id");
    await runner.dropColumn("theme", "council_id");
  }
}

export const sharedMigrations = [
  SourcesSchema1763900000000,
  SharedSchema1763900000002,
  SharedIndicators1763900000004,
  TrackingSchema1763900000005,
  SharedJointActions1763900000007,
  TrackingIndexes1763900000008,
  AuditCounter1763900000010,
  signOffMigration("joint_action"),
  SharedComparisons1763900000012,
  SharedAgencyValues1763900000013,
  WriteSafety1763900000014,
  JointActionRevisions1763900000015,
  ProgressEvidence1763900000016,
  SharedVocabularyOrigin1763900000018,
];
