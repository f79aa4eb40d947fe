import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../../lib/db/data-source";
import { sharedSubgraph } from "../../subgraphs/shared/src/subgraph";
import { scratchDatabases } from "../helpers/engine";

/**
 * JointActionRevisions1763900000015 adds the revision and withdrawal columns to joint_action, and its
 * down() takes them off again: on both engines, keeping the joint actions already recorded and the
 * table's index, so that up() can run again.
 */
const dir = mkdtempSync(join(tmpdir(), "graph-revisions-"));
const scratch = scratchDatabases((name) => join(dir, `${name}.sqlite`));
afterAll(async () => {
  await scratch.drop();
  rmSync(dir, { recursive: true, force: true });
});

const ADDED = ["revision", "withdrawn_at", "withdrawn_by_subject", "withdrawn_by_name", "withdrawal_reason"];

describe("JointActionRevisions1763900000015", () => {
  it("down() removes its columns and keeps the rows and the index; up() again gives revision 0", async () => {
    const subgraph = sharedSubgraph();
    const { dataSource } = await openDatabase({ database: scratch.of("shared"), entities: subgraph.entities, migrations: subgraph.migrations });
    try {
      const columns = async (): Promise<string[]> => (await dataSource.createQueryRunner().getTable("joint_action"))!.columns.map((column) => column.name);
      const indexes = async (): Promise<string[]> => (await dataSource.createQueryRunner().getTable("joint_action"))!.indices.map((index) => index.name ?? "");
      expect(await columns()).toEqual(expect.arrayContaining(ADDED));
      const indexesBefore = await indexes();
      await dataSource.query(
        "INSERT INTO joint_action (slug, initiative_slug, title, owner, status, version, created_at, created_by_subject, created_by_name, revision, withdrawn_at) VALUES ('kept', 'regional-adoption-agency', 'Kept', 'Lead', 'NOT_REPORTED', 0, '2026-12-01T00:00:00.000Z', 's', 'n', 3, '2026-12-02T00:00:00.000Z')",
      );

      // Undo it, and first the migrations that came after it.
      const ran = async (): Promise<string[]> => ((await dataSource.query("SELECT name FROM migrations")) as Array<{ name: string }>).map((row) => row.name);
      while ((await ran()).includes("JointActionRevisions1763900000015")) await dataSource.undoLastMigration({ transaction: "each" });
      expect((await columns()).filter((name) => ADDED.includes(name))).toEqual([]);
      expect(await indexes()).toEqual(indexesBefore);
      expect(await dataSource.query("SELECT slug, title FROM joint_action")).toEqual([{ slug: "kept", title: "Kept" }]);

      await dataSource.runMigrations({ transaction: "each" });
      expect(await columns()).toEqual(expect.arrayContaining(ADDED));
      expect(await dataSource.query("SELECT slug, revision, withdrawn_at FROM joint_action")).toEqual([{ slug: "kept", revision: 0, withdrawn_at: null }]);
    } finally {
      await dataSource.destroy();
    }
  });
});
