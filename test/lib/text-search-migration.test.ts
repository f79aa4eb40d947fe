import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCouncils } from "../../lib/config/project";
import { councilMigrations } from "../../lib/council/migrations";
import { councilSubgraph } from "../../lib/council/subgraph";
import { ActionTextSearch1763900000019 } from "../../lib/council/text-search-migration";
import { openDatabase } from "../../lib/db/data-source";

const dir = mkdtempSync(join(tmpdir(), "graph-text-search-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the text search migration (SQLite)", () => {
  it("indexes the actions an existing, loaded database already holds, and its down step removes it all", async () => {
    const council = loadCouncils().find((candidate) => candidate.id === "westmorland-furness")!;
    const subgraph = councilSubgraph(council);
    const path = join(dir, "westmorland-furness.sqlite");
    const before = await openDatabase({ database: path, entities: subgraph.entities, migrations: councilMigrations.filter((migration) => migration !== ActionTextSearch1763900000019) });
    await subgraph.load(before.dataSource);
    await before.dataSource.destroy();

    const after = await openDatabase({ database: path, entities: subgraph.entities, migrations: subgraph.migrations });
    try {
      const texts = "SELECT slug, title, description FROM action_text ORDER BY slug";
      const actions = (await after.dataSource.query("SELECT slug, title, COALESCE(description, '') AS description FROM action ORDER BY slug")) as unknown[];
      expect(actions.length).toBeGreaterThan(10);
      expect(await after.dataSource.query(texts)).toEqual(actions);
      await after.dataSource.undoLastMigration();
      const left = (await after.dataSource.query("SELECT name FROM sqlite_master WHERE name LIKE 'action_text%'")) as unknown[];
      expect(left).toEqual([]);
    } finally {
      await after.dataSource.destroy();
    }
  });
});
