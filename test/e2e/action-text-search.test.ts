import type { DataSource, ObjectLiteral } from "typeorm";
import type { SqlCounter } from "../../lib/db/sql-counter";
import { loadCouncils } from "../../lib/config/project";
import { councilSubgraph } from "../../lib/council/subgraph";
import { testEngine } from "../helpers/engine";
import { startGraphWithTokens, type TestGraph } from "../helpers/graph";

/**
 * `filter.text` finds actions through an index (ActionTextSearch1763900000019) and must answer exactly
 * as the LIKE scan it replaced: every answer here is compared with that scan, run on the same database,
 * through the gateway on both councils, and again after the actions change by every path that writes them.
 */
let graph: TestGraph;
let tokens: Record<string, string | null>;
beforeAll(async () => ({ graph, tokens } = await startGraphWithTokens()));
afterAll(() => graph?.close());

const WF = "westmorland-furness";
const COUNCILS = [
  { name: WF, prefix: "WestmorlandAndFurnessAction" },
  { name: "cumberland", prefix: "CumberlandAction" },
];

/** Texts that stress the pattern: LIKE's wildcards and escape character, FTS5's quote, short texts, case. */
const TEXTS = [
  "%",
  "_",
  "!",
  '"',
  "'",
  "50%",
  "a_b",
  "!!",
  '"quoted"',
  "it's",
  "a",
  "ad",
  "ado",
  "adoption",
  "ADOPTION",
  "Adoption Agency",
  "care leavers",
  "ÉCOLE",
  "école",
  "STRASSE",
  "Straße",
  "CAFÉ",
  "ümlaut",
  "ÜMLAUT",
  "zz",
  "no action says this",
];

const dataSourceOf = (name: string): DataSource => graph.subgraphs[name].database.dataSource;
const actionEntity = (dataSource: DataSource) => dataSource.entityMetadatas.find((metadata) => metadata.tableName === "action")!.target;

/** The answer as the scan before the index gave it: the same LIKE, the same order, with no index condition. */
async function scanned(name: string, prefix: string, text: string): Promise<string[]> {
  const pattern = `%${text.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
  const rows = (await dataSourceOf(name)
    .createQueryBuilder()
    .select("a.slug", "slug")
    .from("action", "a")
    .innerJoin("plan", "p", "p.slug = a.plan_slug")
    .where("(LOWER(a.title) LIKE :pattern ESCAPE '!' OR LOWER(COALESCE(a.description, '')) LIKE :pattern ESCAPE '!')", { pattern })
    .orderBy("p.position", "ASC")
    .addOrderBy("a.position", "ASC")
    .addOrderBy("a.slug", "ASC")
    .getRawMany()) as Array<{ slug: string }>;
  return rows.map((row) => `${prefix}:${row.slug}`);
}

interface Found {
  name: string;
  actions: { totalCount: number; nodes: Array<{ id: string }> };
}

/** Every council's actions matching the text, through the gateway. */
async function searched(text: string): Promise<Record<string, { totalCount: number; ids: string[] }>> {
  const response = await graph.query<{ councils: Found[] }>("query($text: String!) { councils { name actions(filter: { text: $text }, first: 100) { totalCount nodes { id } } } }", { text });
  expect(response.errors).toBeUndefined();
  // Only the two councils the test compares (a project may have more: CI adds fixture councils).
  const nameOf = (council: Found): string | undefined => (council.name.startsWith("Cumberland") ? "cumberland" : council.name.startsWith("Westmorland") ? WF : undefined);
  return Object.fromEntries(response.data!.councils.flatMap((council) => (nameOf(council) ? [[nameOf(council)!, { totalCount: council.actions.totalCount, ids: council.actions.nodes.map((node) => node.id) }]] : [])));
}

/** Each text answers as the scan does, on both councils; returns the W&F ids per text for further checks. */
async function expectSameAnswers(texts: string[]): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const text of texts) {
    const answer = await searched(text);
    for (const { name, prefix } of COUNCILS) {
      const expected = await scanned(name, prefix, text);
      expect({ text, name, ...answer[name] }).toEqual({ text, name, totalCount: expected.length, ids: expected.slice(0, 100) });
    }
    found[text] = answer[WF].ids;
  }
  return found;
}

describe("text search (filter.text) with an index", () => {
  it("answers as the LIKE scan did, for wildcards, quotes, short texts and capitals", async () => {
    const found = await expectSameAnswers(TEXTS);
    // The real data does hold matches for the ordinary words, so the comparison is not of empty lists.
    expect(found.adoption.length).toBeGreaterThan(0);
    expect(found.a.length).toBeGreaterThan(found.adoption.length);
  });

  it("follows actions added, edited and removed (as a data load writes them), tracked progress and a reload", async () => {
    const dataSource = dataSourceOf(WF);
    const Action = actionEntity(dataSource);
    const [template] = (await dataSource.getRepository(Action).find({ where: { slug: "ambition-for-every-child.a26" } })) as ObjectLiteral[];
    const slug = "ambition-for-every-child.zz-text-search";
    const id = `WestmorlandAndFurnessAction:${slug}`;
    await dataSource.manager.insert(Action, {
      ...template,
      slug,
      position: 999,
      title: 'Reach 50% of "hard" cases_now! It\'s the ÉCOLE, Ümlaut, straße and café plan',
      description: "Only the description names the zebracrossing scheme",
    });
    const added = await expectSameAnswers([...TEXTS, "zebracrossing", 'hard" cases', "cases_now!"]);
    for (const text of ['"', "50%", "_", "!", "it's", "zebracrossing", 'hard" cases', "cases_now!", "Straße", "CAFÉ"]) expect({ text, found: added[text].includes(id) }).toEqual({ text, found: true });
    // SQLite's LOWER folds ASCII only, and the pattern is lower case: there a non-ASCII capital in the
    // text is never found. The index folds it; the LIKE keeps the answer as it was.
    if (testEngine === "sqlite") for (const text of ["ÉCOLE", "école", "ümlaut", "ÜMLAUT"]) expect({ text, found: added[text].includes(id) }).toEqual({ text, found: false });

    await dataSource.manager.update(Action, { slug }, { title: "Renamed: quokka survey", description: null });
    const edited = await expectSameAnswers(["zebracrossing", "quokka", "Reach 50%", "renamed: QUOKKA"]);
    expect(edited).toEqual({ zebracrossing: [], quokka: [id], "Reach 50%": [], "renamed: QUOKKA": [id] });

    // Tracked progress rewrites the action's row (status, RAG, version): it is still found.
    const progress = await graph.queryAs<{ recordWestmorlandAndFurnessActionProgress: { errors: unknown[] } }>(
      tokens.westmorlandFurnessEditor,
      "mutation($input: RecordProgressInput!) { recordWestmorlandAndFurnessActionProgress(input: $input) { errors { code } } }",
      { input: { actionId: id, expectedVersion: template.version, status: "ON_TRACK", rag: "GREEN", note: "Text search still finds it" } },
    );
    expect(progress.body.errors).toBeUndefined();
    expect(progress.body.data!.recordWestmorlandAndFurnessActionProgress.errors).toEqual([]);
    expect(await expectSameAnswers(["quokka"])).toEqual({ quokka: [id] });

    await dataSource.manager.delete(Action, { slug });
    expect(await expectSameAnswers(["quokka", "zz"])).toEqual({ quokka: [], zz: expect.any(Array) });

    // A reload from the files (after an action of theirs was edited and another removed) restores both.
    const council = loadCouncils().find((candidate) => candidate.id === WF)!;
    await dataSource.manager.update(Action, { slug: "ambition-for-every-child.a26" }, { title: "Temporarily a wombat" });
    const [removed] = (await dataSource.getRepository(Action).find({ where: { slug: "ambition-for-every-child.a27" } })) as ObjectLiteral[];
    await dataSource.manager.delete(Action, { slug: removed.slug });
    expect(await expectSameAnswers(["wombat"])).toEqual({ wombat: ["WestmorlandAndFurnessAction:ambition-for-every-child.a26"] });
    await councilSubgraph(council).sync(dataSource);
    const reloaded = await expectSameAnswers(["wombat", String(template.title), String(removed.title), ...TEXTS]);
    expect(reloaded.wombat).toEqual([]);
    expect(reloaded[String(template.title)]).toContain("WestmorlandAndFurnessAction:ambition-for-every-child.a26");
    expect(reloaded[String(removed.title)]).toContain("WestmorlandAndFurnessAction:ambition-for-every-child.a27");
    // SQLite's index is a copy of the texts: after all that it holds exactly the actions', no more.
    if (testEngine === "sqlite") {
      const copied = await dataSource.query("SELECT slug, title, description FROM action_text ORDER BY slug");
      expect(copied).toEqual(await dataSource.query("SELECT slug, title, COALESCE(description, '') AS description FROM action ORDER BY slug"));
    }
  });
});

describe("the text search's query plan", () => {
  /** The statements one search runs in the W&F subgraph, with their parameters. */
  async function statementsOf(text: string): Promise<Array<{ sql: string; parameters: unknown[] }>> {
    const logger = dataSourceOf(WF).logger as SqlCounter;
    const statements: Array<{ sql: string; parameters: unknown[] }> = [];
    const original = logger.logQuery;
    logger.logQuery = (sql: string, parameters?: unknown[]) => {
      statements.push({ sql, parameters: parameters ?? [] });
      original.call(logger, sql);
    };
    try {
      await searched(text);
    } finally {
      logger.logQuery = original;
    }
    return statements.filter((statement) => statement.sql.includes("LIKE"));
  }

  /** The plan of a statement; on PostgreSQL with plain scans priced out (a table this small is read whole), so that an index that fits the expressions shows. */
  async function planOf(statement: { sql: string; parameters: unknown[] }): Promise<string> {
    const runner = dataSourceOf(WF).createQueryRunner();
    try {
      if (testEngine === "sqlite") return ((await runner.query(`EXPLAIN QUERY PLAN ${statement.sql}`, statement.parameters)) as Array<{ detail: string }>).map((row) => row.detail).join(" | ");
      await runner.startTransaction();
      await runner.query("SET LOCAL enable_seqscan = off");
      await runner.query("SET LOCAL enable_indexscan = off");
      const plan = ((await runner.query(`EXPLAIN ${statement.sql}`, statement.parameters)) as Array<{ "QUERY PLAN": string }>).map((row) => row["QUERY PLAN"]).join("\n");
      await runner.rollbackTransaction();
      return plan;
    } finally {
      await runner.release();
    }
  }

  it("finds a text of 3 or more characters through the index, in the count and the page alike", async () => {
    const statements = await statementsOf("adoption");
    expect(statements).toHaveLength(2);
    for (const statement of statements) {
      const plan = await planOf(statement);
      if (testEngine === "sqlite") expect(plan).toMatch(/SCAN action_text VIRTUAL TABLE INDEX/);
      else {
        expect(plan).toContain("ix_action_title_trgm");
        expect(plan).toContain("ix_action_description_trgm");
      }
    }
  });

  it("scans for a text under 3 characters, which a trigram index cannot find", async () => {
    const statements = await statementsOf("ad");
    expect(statements).toHaveLength(2);
    for (const statement of statements) expect(statement.sql).not.toContain("action_text");
  });
});
