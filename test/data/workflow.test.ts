import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { DataSource } from "typeorm";
import { projectRoot, readCouncils } from "../../lib/config/project";
import { councilTypes } from "../../lib/council/entities";
import { councilTables } from "../../lib/council/load";
import { councilSubgraph } from "../../lib/council/subgraph";
import { openDatabase, type Database } from "../../lib/db/data-source";
import { syncRows } from "../../lib/db/load-rows";
import { scratchDatabases } from "../helpers/engine";
import { startTestGraph } from "../helpers/graph";
import { checkData, copyProjectData, editJson, expectProblems } from "../helpers/data-copy";
import { graphql } from "../../generated/test";

// In-memory SQLite, or a new PostgreSQL schema per database under npm run test:pg.
const scratch = scratchDatabases();
let opened = 0;
const scratchDatabase = (name: string): string => scratch.of(`${name}_${(opened += 1)}`);
afterAll(() => scratch.drop());
/** COUNT(*) as a number (PostgreSQL returns a bigint as a string). */
const countOf = async (dataSource: DataSource, sql: string): Promise<number> => Number(((await dataSource.query(sql)) as Array<{ n: number | string }>)[0].n);

/**
 * The data workflow council staff run: `data:check` names every problem by file, record and field;
 * `data:load` applies the files idempotently, in one transaction, and never touches recorded progress.
 */

const CUMBERLAND_PLAN = "subgraphs/cumberland/data/plans/children-and-family-wellbeing-plan.json";
const WF_PLAN = "subgraphs/westmorland-furness/data/plans/ambition-for-every-child.json";

describe("npm run data:check", () => {
  it("passes on the repository's data", () => {
    expect(checkData(projectRoot)).toEqual([]);
  });

  it("reports an unknown theme with file, record and field", () => {
    const root = copyProjectData("graph-data-");
    editJson(root, CUMBERLAND_PLAN, (plan) => plan.actions[0].themes.push("NOT_A_THEME"));
    expect(checkData(root)).toEqual([expect.stringMatching(/subgraphs\/cumberland\/data\/plans\/children-and-family-wellbeing-plan\.json: actions\[0\] \(a01\): themes\[\d\]: unknown theme "NOT_A_THEME"/)]);
  });

  it("reports broken links to other records: a heading, a plan, an indicator, a board, a council action", () => {
    const root = copyProjectData("graph-data-");
    editJson(root, CUMBERLAND_PLAN, (plan) => (plan.actions[1].parent = "no-such-priority"));
    editJson(root, "subgraphs/westmorland-furness/data/boards.json", (boards) => (boards[0].oversees = ["no-such-plan"]));
    editJson(root, WF_PLAN, (plan) => (plan.measures[0].indicator = "no-such-indicator"));
    editJson(root, "subgraphs/westmorland-furness/data/meetings.json", (meetings) => (meetings[0].board = "no-such-board"));
    editJson(root, "subgraphs/shared/data/joint-initiatives.json", (initiatives) => initiatives[0].councilActions.push("CumberlandAction:children-and-family-wellbeing-plan.a99"));
    expectProblems(root, [
      'actions[1] (a02): parent: unknown heading "no-such-priority" (not in this plan\'s headings). How to fix: use the id of a heading of this plan, or null',
      'boards.json: [0] (childrens-programme-board): oversees[0]: unknown plan "no-such-plan"',
      'measures[0] (m01): indicator: unknown indicator "no-such-indicator"',
      'meetings.json: [0] (cypf-osc-2024-04-18): board: unknown board "no-such-board"',
      'joint-initiatives.json: [0] (regional-adoption-agency): councilActions[2]: no council action "CumberlandAction:children-and-family-wellbeing-plan.a99"',
    ]);
  });

  it("reports a duplicate id", () => {
    const root = copyProjectData("graph-data-");
    editJson(root, CUMBERLAND_PLAN, (plan) => (plan.actions[1].id = plan.actions[0].id));
    expect(checkData(root)).toEqual([expect.stringContaining('actions: id: action id "a01" is used twice')]);
  });

  it("reports dates out of range or not dates at all", () => {
    const root = copyProjectData("graph-data-");
    editJson(root, "subgraphs/westmorland-furness/data/figures.json", (figures) => (figures[0].asAt = "2999-01-01"));
    editJson(root, "subgraphs/westmorland-furness/data/meetings.json", (meetings) => (meetings[0].date = "1899-04-18"));
    editJson(root, CUMBERLAND_PLAN, (plan) => (plan.period.end = "2026-13"));
    const problems = checkData(root);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("figures.json: [0] (chat-cared-for-children): asAt: date 2999-01-01 is out of range"),
        expect.stringContaining("meetings.json: [0] (cypf-osc-2024-04-18): date: date 1899-04-18 is out of range"),
        expect.stringMatching(/children-and-family-wellbeing-plan\.json: period\.end: must be an ISO 8601 date/),
      ]),
    );
  });

  it("reports a value with no source, and a value that contradicts its status", () => {
    const root = copyProjectData("graph-data-");
    editJson(root, "subgraphs/cumberland/data/figures.json", (figures) => {
      delete figures[0].source;
      figures[1].status = "SUPPRESSED";
    });
    const problems = checkData(root);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/cumberland\/data\/figures\.json: \[0\] \(ctx-area\): source: /),
        expect.stringMatching(/cumberland\/data\/figures\.json: \[1\] \(ctx-share-of-region-area\): value: value must be a number when status is PUBLISHED or PROVISIONAL, and null otherwise/),
      ]),
    );
  });

  it("as a command: prints each problem and exits non-zero; exits zero when all is well", () => {
    const root = copyProjectData("graph-data-");
    editJson(root, CUMBERLAND_PLAN, (plan) => plan.actions[0].themes.push("NOT_A_THEME"));
    const script = join(projectRoot, "dist", "scripts", "data-check.js");
    const failed = spawnSync(process.execPath, [script, "--root", root], { encoding: "utf8" });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('unknown theme "NOT_A_THEME"');
    expect(failed.stderr).toContain("data:check: 1 problem(s)");
    const passed = spawnSync(process.execPath, [script], { encoding: "utf8" });
    expect(passed.status).toBe(0);
  });
});

describe("npm run data:load", () => {
  let database: Database;
  afterEach(async () => {
    if (database?.dataSource.isInitialized) await database.dataSource.destroy();
  });

  async function open(root: string, councilId: string) {
    const council = readCouncils(root, []).find((candidate) => candidate.id === councilId)!;
    const subgraph = councilSubgraph(council, root);
    database = await openDatabase({ database: scratchDatabase(councilId), entities: subgraph.entities, migrations: subgraph.migrations });
    return { council, subgraph, dataSource: database.dataSource as DataSource };
  }

  it("loaded twice, changes nothing the second time", async () => {
    const { subgraph, dataSource } = await open(projectRoot, "westmorland-furness");
    const first = await subgraph.sync(dataSource);
    expect(first.action).toEqual({ inserted: 55, updated: 0, deleted: 0, unchanged: 0 });
    const second = await subgraph.sync(dataSource);
    for (const [table, counts] of Object.entries(second)) {
      expect([table, counts.inserted, counts.updated, counts.deleted]).toEqual([table, 0, 0, 0]);
    }
    expect(second.report_section.unchanged).toBe(12);
  });

  it("updates changed records, removes deleted ones, and never touches progress users recorded", async () => {
    const root = copyProjectData("graph-data-");
    const { subgraph, dataSource } = await open(root, "cumberland");
    await subgraph.sync(dataSource);
    await dataSource.query("UPDATE action SET status = 'ON_TRACK' WHERE slug IN ('children-and-family-wellbeing-plan.a01', 'children-and-family-wellbeing-plan.a02')");
    editJson(root, CUMBERLAND_PLAN, (plan) => {
      plan.actions[0].title = "A corrected title";
      plan.actions.pop();
    });
    const counts = await councilSubgraph(
      readCouncils(root, []).find((c) => c.id === "cumberland")!,
      root,
    ).sync(dataSource);
    expect(counts.action).toEqual({ inserted: 0, updated: 1, deleted: 1, unchanged: 40 });
    expect(await dataSource.query("SELECT slug, title, status FROM action WHERE slug IN ('children-and-family-wellbeing-plan.a01', 'children-and-family-wellbeing-plan.a02') ORDER BY slug")).toEqual([
      { slug: "children-and-family-wellbeing-plan.a01", title: "A corrected title", status: "ON_TRACK" },
      expect.objectContaining({ slug: "children-and-family-wellbeing-plan.a02", status: "ON_TRACK" }),
    ]);
  });

  it("a load that fails midway leaves the database exactly as it was", async () => {
    const { council, subgraph, dataSource } = await open(projectRoot, "westmorland-furness");
    await subgraph.sync(dataSource);
    const before = await dataSource.query("SELECT slug, title FROM action ORDER BY slug");
    const { tables, checksum } = councilTables(projectRoot, council, councilTypes(council));
    // A changed title in an early table, then a row the database refuses (no heading) in the last.
    (tables[3].rows[0] as { title: string }).title = "changed";
    const last = tables[tables.length - 1];
    last.rows.push({ ...last.rows[0], slug: "broken", heading: null });
    await expect(syncRows(dataSource, "council:westmorland-furness", checksum, tables)).rejects.toThrow(/NOT NULL|not-null/);
    expect(await dataSource.query("SELECT slug, title FROM action ORDER BY slug")).toEqual(before);
    expect(await countOf(dataSource, "SELECT COUNT(*) AS n FROM report_section")).toBe(12);
  });
});

describe("indicator values from a published statistics CSV", () => {
  it("loads each council's rows and the national and regional comparators; c, x, z and low become statuses, never zeros", async () => {
    const root = copyProjectData("graph-data-");
    writeFileSync(
      join(root, "sources", "test-statistics.csv"),
      [
        "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,old_la_code,la_name,child_protection_plan_rate,re_referrals_12_months",
        "202324,Financial year,National,E92000001,England,,,,,,41.6,22.4",
        "202324,Financial year,Regional,E92000001,England,E12000002,North West,,,,44.0,20.0",
        "202324,Financial year,Regional,E92000001,England,E12000001,North East,,,,60.0,25.0",
        "202324,Financial year,Local authority,E92000001,England,E12000002,North West,E06000063,942,Cumberland,c,19.5",
        "202324,Financial year,Local authority,E92000001,England,E12000002,North West,E06000064,943,Westmorland and Furness,x,low",
        "202324,Financial year,Local authority,E92000001,England,E12000002,North West,E06000001,111,Elsewhere,z,30.0",
        "",
      ].join("\n"),
    );
    editJson(root, "sources/documents.json", (documents) =>
      documents.push({ id: "test-statistics", file: "test-statistics.csv", title: "Synthetic statistics for a test (not real figures)", publisher: "This project's test suite", published: null, url: null }),
    );
    expect(checkData(root)).toEqual([]);
    const graph = await startTestGraph({ root });
    try {
      const result = await graph.query(
        graphql(`query WorkflowCouncilIndicatorsLatestAndComparators {
        councils { name
          cp: indicator(code: "child-protection-plan-rate") { latest { value status period { timePeriod timeIdentifier } } comparators { geography value } noValueReason }
          rr: indicator(code: "re-referrals-12-months") { latest { value status } } } }`),
      );
      expect(result.errors).toBeUndefined();
      const [wf, cumberland] = result.data!.councils;
      expect(cumberland.cp.latest).toEqual({ value: null, status: "SUPPRESSED", period: { timePeriod: "202324", timeIdentifier: "Financial year" } });
      expect(cumberland.rr.latest).toEqual({ value: 19.5, status: "PUBLISHED" });
      expect(wf.cp.latest).toMatchObject({ value: null, status: "UNAVAILABLE" });
      expect(wf.rr.latest).toEqual({ value: null, status: "LOW" });
      // England and the council's own region (North West) only: not other regions.
      expect(cumberland.cp.comparators).toEqual([
        { geography: "E92000001", value: 41.6 },
        { geography: "E12000002", value: 44 },
      ]);
      expect(cumberland.cp.noValueReason).toBeNull();
    } finally {
      await graph.close();
    }
  });

  it("reports an unknown indicator column and a value that is neither a number nor a symbol", () => {
    const root = copyProjectData("graph-data-");
    writeFileSync(join(root, "sources", "bad.csv"), "time_period,time_identifier,geographic_level,country_code,new_la_code,no_such_indicator,child_protection_plan_rate\n202324,Financial year,Local authority,E92000001,E06000063,1,n/a\n");
    editJson(root, "sources/documents.json", (documents) => documents.push({ id: "bad", file: "bad.csv", title: "Bad", publisher: "Test", published: null, url: null }));
    const problems = checkData(root);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/bad\.csv: no_such_indicator: column is not an indicator code/),
        expect.stringMatching(/bad\.csv: row 2: child_protection_plan_rate: "n\/a" is neither a number nor one of the symbols c, x, z, low/),
      ]),
    );
  });
});

describe("a reload never loses recorded progress", () => {
  it("refuses, changing nothing, to delete an action users have recorded progress on", async () => {
    const root = copyProjectData("graph-data-");
    const council = readCouncils(root, []).find((candidate) => candidate.id === "cumberland")!;
    const subgraph = councilSubgraph(council, root);
    const database = await openDatabase({ database: scratchDatabase("cumberland"), entities: subgraph.entities, migrations: subgraph.migrations });
    try {
      await subgraph.sync(database.dataSource);
      await database.dataSource.query("UPDATE action SET status = 'ON_TRACK', version = 1 WHERE slug = 'children-and-family-wellbeing-plan.a42'");
      editJson(root, CUMBERLAND_PLAN, (plan) => plan.actions.pop());
      await expect(councilSubgraph(council, root).sync(database.dataSource)).rejects.toThrow(/children-and-family-wellbeing-plan\.a42 is no longer in the data files, but users have recorded progress on it/);
      expect(await countOf(database.dataSource, "SELECT COUNT(*) AS n FROM action")).toBe(42);
    } finally {
      await database.dataSource.destroy();
    }
  });

  it("data:check refuses an outcome and a statement with the same id (they are stored together)", () => {
    const root = copyProjectData("graph-data-");
    editJson(root, "subgraphs/westmorland-furness/data/plans/cared-for-children-strategy.json", (plan) => (plan.outcomes[0].id = "vision"));
    expect(checkData(root)).toEqual([expect.stringContaining('outcome or statement id "vision" is used twice')]);
  });
});
