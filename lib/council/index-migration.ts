import { IndexChangesMigration, type IndexChange } from "../db/index-changes";

/**
 * Indexes for the loaders' queries (lib/council/loaders.ts), chosen from their query plans on
 * synthetic data at 100x (scripts/sql-plans.ts). Each list is read in document order (position), so
 * the position follows the key it is looked up by; a plan's top priorities are looked up by a null parent
 * and the plan, which the parent index alone served by reading every top priority of every plan.
 */
const CHANGES: IndexChange[] = [
  // Parent first: SQLite takes `parent_slug IS NULL` for the more selective condition and would pass over an index led by plan_slug.
  { table: "priority", columns: ["parent_slug", "plan_slug", "position"] },
  { table: "priority", columns: ["parent_slug", "position"], replaces: { name: "ix_priority_parent_slug", columns: ["parent_slug"] } },
  { table: "action", columns: ["plan_slug", "position"], replaces: { name: "ix_action_plan_slug", columns: ["plan_slug"] } },
  { table: "action", columns: ["priority_slug", "position"], replaces: { name: "ix_action_priority_slug", columns: ["priority_slug"] } },
  { table: "figure", columns: ["indicator", "position"], replaces: { name: "ix_figure_indicator", columns: ["indicator"] } },
  { table: "meeting", columns: ["board_slug", "date", "position"], replaces: { name: "ix_meeting_board_slug", columns: ["board_slug"] } },
  { table: "meeting", columns: ["date", "position"] },
];

export class CouncilIndexes1763900000009 extends IndexChangesMigration {
  name = "CouncilIndexes1763900000009";
  protected readonly changes = CHANGES;
}
