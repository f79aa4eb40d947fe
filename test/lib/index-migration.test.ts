import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCouncils } from "../../lib/config/project";
import { CouncilIndexes1763900000009 } from "../../lib/council/index-migration";
import { councilMigrations } from "../../lib/council/migrations";
import { councilSubgraph } from "../../lib/council/subgraph";
import { openDatabase } from "../../lib/db/data-source";
import { TrackingIndexes1763900000008 } from "../../lib/tracking/index-migration";

const dir = mkdtempSync(join(tmpdir(), "graph-indexes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the query indexes migration", () => {
  it("runs on an existing, loaded database, and the loaders' lists are then read in index order", async () => {
    const council = loadCouncils().find((candidate) => candidate.id === "cumberland")!;
    const subgraph = councilSubgraph(council);
    const path = join(dir, "cumberland.sqlite");
    const older = councilMigrations.filter((migration) => migration !== TrackingIndexes1763900000008 && migration !== CouncilIndexes1763900000009);
    const before = await openDatabase({ database: path, entities: subgraph.entities, migrations: older });
    await subgraph.load(before.dataSource);
    await before.dataSource.destroy();

    const after = await openDatabase({ database: path, entities: subgraph.entities, migrations: subgraph.migrations });
    try {
      const indexes = ((await after.dataSource.query("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%'")) as Array<{ name: string }>).map((row) => row.name);
      expect(indexes).toEqual(expect.arrayContaining(["ix_progress_update_action_key_version", "ix_priority_parent_slug_plan_slug_position", "ix_action_plan_slug_position", "ix_figure_indicator_position"]));
      expect(indexes).not.toContain("ix_progress_update_action_key");
      const plan = async (sql: string) => ((await after.dataSource.query(`EXPLAIN QUERY PLAN ${sql}`, ["x"])) as Array<{ detail: string }>).map((row) => row.detail).join(" | ");
      expect(await plan("SELECT * FROM progress_update WHERE action_key IN (?) ORDER BY version DESC")).not.toContain("TEMP B-TREE");
      expect(await plan("SELECT * FROM action WHERE plan_slug IN (?) ORDER BY position")).not.toContain("TEMP B-TREE");
      expect(await after.dataSource.query("SELECT COUNT(*) AS n FROM action")).toEqual([{ n: 42 }]);
    } finally {
      await after.dataSource.destroy();
    }
  });
});
