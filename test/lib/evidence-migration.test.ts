import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCouncils } from "../../lib/config/project";
import { councilSubgraph } from "../../lib/council/subgraph";
import { openDatabase } from "../../lib/db/data-source";
import type { MigrationInterface } from "typeorm";
import type { SubgraphDefinition } from "../../lib/server/subgraph-definition";
import { sharedSubgraph } from "../../subgraphs/shared/src/subgraph";
import { scratchDatabases } from "../helpers/engine";

/**
 * ProgressEvidence1763900000016 adds progress_update.evidence_url (nullable) in every subgraph that
 * keeps progress updates (each council's and the shared one), on both engines; its down() takes the
 * column off again, keeping the updates already recorded, so that up() can run again.
 */
const dir = mkdtempSync(join(tmpdir(), "graph-evidence-"));
const scratch = scratchDatabases((name) => join(dir, `${name}.sqlite`));
afterAll(async () => {
  await scratch.drop();
  rmSync(dir, { recursive: true, force: true });
});

const cumberland = loadCouncils().find((candidate) => candidate.id === "cumberland")!;
const SUBGRAPHS: Array<[string, () => SubgraphDefinition]> = [
  ["cumberland", () => councilSubgraph(cumberland)],
  ["shared", () => sharedSubgraph()],
];

describe("ProgressEvidence1763900000016", () => {
  it.each(SUBGRAPHS)("%s: down() (with the migrations after it) removes evidence_url and keeps the updates; up() again leaves them with none", async (name, subgraphOf) => {
    const subgraph = subgraphOf();
    const names = subgraph.migrations.map((migration) => new (migration as new () => MigrationInterface)().name);
    const position = names.indexOf("ProgressEvidence1763900000016");
    expect(position).toBeGreaterThan(0);
    // Later migrations (e.g. PlanStructure1763900000017) are undone first, as a real rollback would.
    const undo = async () => {
      for (let step = position; step < names.length; step++) await dataSource.undoLastMigration({ transaction: "each" });
    };
    const { dataSource } = await openDatabase({ database: scratch.of(name), entities: subgraph.entities, migrations: subgraph.migrations });
    try {
      const columns = async (): Promise<string[]> => (await dataSource.createQueryRunner().getTable("progress_update"))!.columns.map((column) => column.name);
      expect(await columns()).toContain("evidence_url");
      await dataSource.query(
        "INSERT INTO progress_update (id, action_key, seq, version, state, revision, status, note, recorded_by_subject, recorded_by_name, recorded_at, evidence_url) VALUES ('kept', 'a', 1, 1, 'APPROVED', 0, 'ON_TRACK', 'Kept', 's', 'n', '2026-12-01T00:00:00.000Z', 'https://example.org/paper.pdf')",
      );
      expect(await dataSource.query("SELECT id, evidence_url FROM progress_update WHERE id = 'kept'")).toEqual([{ id: "kept", evidence_url: "https://example.org/paper.pdf" }]);

      await undo();
      expect(await columns()).not.toContain("evidence_url");
      expect(await dataSource.query("SELECT id, note FROM progress_update WHERE id = 'kept'")).toEqual([{ id: "kept", note: "Kept" }]);

      await dataSource.runMigrations({ transaction: "each" });
      expect(await dataSource.query("SELECT id, evidence_url FROM progress_update WHERE id = 'kept'")).toEqual([{ id: "kept", evidence_url: null }]);
    } finally {
      await dataSource.destroy();
    }
  });
});
