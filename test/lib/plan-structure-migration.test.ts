import { loadCouncils } from "../../lib/config/project";
import { councilSubgraph } from "../../lib/council/subgraph";
import { openDatabase } from "../../lib/db/data-source";
import type { MigrationInterface } from "typeorm";
import { scratchDatabases } from "../helpers/engine";

/**
 * PlanStructure1763900000017 on a database made before it (both engines): headings already loaded
 * keep their rows and read as kind PRIORITY with no number until the next data load; down() takes the
 * new columns and the measure_group table off again, keeping the rows, so that up() can run again.
 */
const scratch = scratchDatabases();
afterAll(() => scratch.drop());

const cumberland = loadCouncils().find((candidate) => candidate.id === "cumberland")!;

it("adds heading kind and number, statement label, number and parent, measure groups; down() and up() again keep the rows", async () => {
  const subgraph = councilSubgraph(cumberland);
  const names = subgraph.migrations.map((migration) => new (migration as new () => MigrationInterface)().name);
  expect(names).toContain("PlanStructure1763900000017");
  const { dataSource } = await openDatabase({ database: scratch.of("cumberland"), entities: subgraph.entities, migrations: subgraph.migrations });
  try {
    const columns = async (table: string): Promise<string[]> => ((await dataSource.createQueryRunner().getTable(table))?.columns ?? []).map((column) => column.name);
    // Back to the schema before it, with a heading and a measure loaded as they were then.
    for (let step = names.indexOf("PlanStructure1763900000017"); step < names.length; step++) await dataSource.undoLastMigration({ transaction: "each" });
    expect(await columns("priority")).not.toContain("kind");
    expect(await columns("measure_group")).toEqual([]);
    await dataSource.query("INSERT INTO priority (slug, position, plan_slug, parent_slug, title, description, document_id, section, quote) VALUES ('p.one', 0, 'p', NULL, 'One', NULL, 'd', 's', 'q')");
    await dataSource.query("INSERT INTO measure (slug, position, plan_slug, priority_slug, indicator, text, document_id, section, quote) VALUES ('p.m1', 0, 'p', 'p.one', 'i', 'M', 'd', 's', 'q')");

    await dataSource.runMigrations({ transaction: "each" });
    expect(await dataSource.query("SELECT slug, kind, number FROM priority")).toEqual([{ slug: "p.one", kind: "PRIORITY", number: null }]);
    expect(await dataSource.query("SELECT slug, group_slug FROM measure")).toEqual([{ slug: "p.m1", group_slug: null }]);
    expect(await columns("statement")).toEqual(expect.arrayContaining(["label", "number", "parent_slug"]));
    expect(await columns("measure_group")).toEqual(expect.arrayContaining(["slug", "position", "plan_slug", "parent_slug", "title", "document_id", "section", "quote"]));

    for (let step = names.indexOf("PlanStructure1763900000017"); step < names.length; step++) await dataSource.undoLastMigration({ transaction: "each" });
    expect(await columns("priority")).not.toContain("kind");
    expect(await columns("statement")).not.toContain("label");
    expect(await dataSource.query("SELECT slug FROM priority")).toEqual([{ slug: "p.one" }]);
    await dataSource.runMigrations({ transaction: "each" });
    expect(await dataSource.query("SELECT kind FROM priority")).toEqual([{ kind: "PRIORITY" }]);
  } finally {
    await dataSource.destroy();
  }
});
