import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { MigrationInterface } from "typeorm";
import { loadCouncils } from "../../lib/config/project";
import { councilSubgraph } from "../../lib/council/subgraph";
import { openDatabase } from "../../lib/db/data-source";
import type { SubgraphDefinition } from "../../lib/server/subgraph-definition";
import { sharedSubgraph } from "../../subgraphs/shared/src/subgraph";
import { scratchDatabases } from "../helpers/engine";

/**
 * Issue 20's columns, on both engines: a council's figure table gains undated_reason and comparators
 * (FigureComparators1763900000018), the shared theme and indicator tables council_id
 * (SharedVocabularyOrigin1763900000018). down() (with any later migration's) takes them off; up() again adds them.
 */
const dir = mkdtempSync(join(tmpdir(), "graph-vocabulary-migration-"));
const scratch = scratchDatabases((name) => join(dir, `${name}.sqlite`));
afterAll(async () => {
  await scratch.drop();
  rmSync(dir, { recursive: true, force: true });
});

const cumberland = loadCouncils().find((candidate) => candidate.id === "cumberland")!;
const CASES: Array<[string, () => SubgraphDefinition, string, Record<string, string[]>]> = [
  ["cumberland", () => councilSubgraph(cumberland), "FigureComparators1763900000018", { figure: ["undated_reason", "comparators"] }],
  ["shared", () => sharedSubgraph(), "SharedVocabularyOrigin1763900000018", { theme: ["council_id"], indicator: ["council_id"] }],
];

describe.each(CASES)("%s: %s", (name, subgraphOf, migration, added) => {
  it("adds its columns; down() removes them; up() adds them again", async () => {
    const subgraph = subgraphOf();
    const names = subgraph.migrations.map((entry) => new (entry as new () => MigrationInterface)().name);
    const undo = names.length - names.indexOf(migration);
    expect(names).toContain(migration);
    const { dataSource } = await openDatabase({ database: scratch.of(name), entities: subgraph.entities, migrations: subgraph.migrations });
    try {
      const columns = async (table: string): Promise<string[]> => (await dataSource.createQueryRunner().getTable(table))!.columns.map((column) => column.name);
      for (const [table, expected] of Object.entries(added)) expect(await columns(table)).toEqual(expect.arrayContaining(expected));
      for (let step = 0; step < undo; step++) await dataSource.undoLastMigration({ transaction: "each" });
      for (const [table, expected] of Object.entries(added)) for (const column of expected) expect(await columns(table)).not.toContain(column);
      await dataSource.runMigrations({ transaction: "each" });
      for (const [table, expected] of Object.entries(added)) expect(await columns(table)).toEqual(expect.arrayContaining(expected));
    } finally {
      await dataSource.destroy();
    }
  });
});
