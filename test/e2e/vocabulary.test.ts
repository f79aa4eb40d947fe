import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { projectRoot, readCouncils } from "../../lib/config/project";
import { checkAll } from "../../lib/data/project-data";
import { formatProblem, type Problem } from "../../lib/data/problems";
import { startTestGraph, type TestGraph } from "../helpers/graph";
import { graphql } from "../../generated/test";

/**
 * Vocabularies are data: in a temporary copy of the project, Cumberland adds a theme and an indicator
 * from its own folder (subgraphs/cumberland/data/vocabulary/) and no schema or code changes: the
 * repository's supergraph serves them. Through the gateway: the council's theme filters its actions
 * (and matches nothing, without error, elsewhere), an unknown code is BAD_USER_INPUT naming the known
 * ones, the council's own indicator is served with the council, and figures carry their comparators
 * and, undated, their reason.
 */
const root = mkdtempSync(join(tmpdir(), "vocabulary-graph-"));
let graph: TestGraph;
const PLAN = "subgraphs/cumberland/data/plans/children-and-family-wellbeing-plan.json";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test fixtures edit arbitrary JSON
function edit(file: string, change: (json: Json) => void): void {
  const path = join(root, file);
  const json = JSON.parse(readFileSync(path, "utf8")) as Json;
  change(json);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}

beforeAll(async () => {
  for (const dir of ["subgraphs", "sources", join("lib", "vocabulary")]) cpSync(join(projectRoot, dir), join(root, dir), { recursive: true });
  writeFileSync(
    join(root, "subgraphs", "cumberland", "data", "vocabulary", "themes.json"),
    JSON.stringify([{ code: "PARTICIPATION", name: "Participation and engagement", description: "Cumberland's own theme: children and families taking part in shaping services." }]),
  );
  edit(PLAN, (plan) => plan.actions.filter((action: Json) => action.id === "a37" || action.id === "a40").forEach((action: Json) => action.themes.push("PARTICIPATION")));
  edit("subgraphs/cumberland/data/vocabulary/indicators.json", (indicators) =>
    indicators.push({ code: "family-hub-locations", title: "Family hub locations", kind: "LOCAL", definition: null, unit: "COUNT", polarity: null, periodKind: null, dataset: null, sources: [] }),
  );
  edit("subgraphs/cumberland/data/figures.json", (figures) => figures.push({ ...figures.find((figure: Json) => figure.id === "ctx-family-hubs"), id: "ctx-family-hub-locations", indicator: "family-hub-locations" }));
  graph = await startTestGraph({ root });
});
afterAll(async () => {
  await graph?.close();
  rmSync(root, { recursive: true, force: true });
});

it("passes the data check with the council's own theme and indicator", () => {
  const problems: Problem[] = [];
  expect(checkAll(root, readCouncils(root, problems), problems).map(formatProblem)).toEqual([]);
});

it("lists the council's theme with the council that adds it, and filters that council's actions by it; elsewhere it matches nothing", async () => {
  const answer = await graph.query(
    graphql(`query VocabularyParticipationTheme {
    themes { code council { name } }
    theme(themeCode: "PARTICIPATION") { code name council { name } }
    councils { name actions(filter: { themeCode: "PARTICIPATION" }) { totalCount nodes { title themes { id } } } }
    jointInitiatives(filter: { themeCode: "PARTICIPATION" }) { totalCount }
  }`),
  );
  expect(answer.errors).toBeUndefined();
  const data = answer.data!;
  expect(data.themes.find((theme) => theme.code === "PARTICIPATION")).toEqual({ code: "PARTICIPATION", council: { name: "Cumberland Council" } });
  expect(data.themes.find((theme) => theme.code === "ADOPTION")).toEqual({ code: "ADOPTION", council: null });
  expect(data.theme).toEqual({ code: "PARTICIPATION", name: "Participation and engagement", council: { name: "Cumberland Council" } });
  const byName = Object.fromEntries(data.councils.map((council) => [council.name, council.actions]));
  expect(byName["Cumberland Council"].totalCount).toBe(2);
  expect(byName["Cumberland Council"].nodes[0].themes).toContainEqual({ id: "Theme:participation" });
  expect(byName["Westmorland and Furness Council"].totalCount).toBe(0);
  expect(data.jointInitiatives.totalCount).toBe(0);
});

it("refuses an unknown theme code with BAD_USER_INPUT naming the known codes, the council's among them; the deprecated enum input still works", async () => {
  const before = graph.sqlCounts();
  const unknown = await graph.query(graphql(`query VocabularyMisspeltThemeCode { councils { actions(filter: { themeCode: "PARTICIPATON" }) { totalCount } } }`));
  // Checked in memory against the vocabulary each subgraph read at start: no council runs a query for it.
  const after = graph.sqlCounts();
  for (const name of Object.keys(after).filter((subgraph) => subgraph !== "shared")) expect(after[name]).toBe(before[name]);
  // Each council refuses it (councils' items are nullable: every one is null, each with its error).
  expect(unknown.data!.councils.every((council) => council === null)).toBe(true);
  expect(unknown.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  expect(unknown.errors?.[0].message).toMatch(/^"PARTICIPATON" is not a theme code\. Known theme codes: ADOPTION, FOSTERING, .*, PARTICIPATION(, [A-Z_]+)*$/);
  const theme = await graph.query(`{ theme(themeCode: "NOPE") { name } }`);
  expect(theme.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringContaining("Known theme codes: ADOPTION") });
  const both = await graph.query(`{ theme(themeCode: "ADOPTION", code: ADOPTION) { name } }`);
  expect(both.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: "Give themeCode or code (deprecated), not both" });
  const deprecated = await graph.query(
    graphql(`query VocabularyThemeByEnumOrCode { theme(code: ADOPTION) { code } councils { id byEnum: actions(filter: { theme: ADOPTION }) { totalCount } byCode: actions(filter: { themeCode: "ADOPTION" }) { totalCount } } }`),
  );
  expect(deprecated.errors).toBeUndefined();
  expect(deprecated.data!.theme.code).toBe("ADOPTION");
  // The enum input finds what the code does, in every council (any other councils included); the two real councils have some.
  for (const council of deprecated.data!.councils) expect(council.byEnum.totalCount).toBe(council.byCode.totalCount);
  const real = deprecated.data!.councils.filter((council) => ["WestmorlandAndFurnessCouncil:westmorland-furness", "CumberlandCouncil:cumberland"].includes(council.id));
  expect(real.map((council) => council.byEnum.totalCount > 0)).toEqual([true, true]);
});

it("serves a council's own indicator with that council, and its values from the council's subgraph, undated with the reason", async () => {
  const answer = await graph.query(
    graphql(`query VocabularyCouncilIndicator {
    indicator(code: "family-hub-locations") { kind council { name } }
    national: indicator(code: "good-level-of-development") { council { name } }
    council(id: "cumberland") { indicator(code: "family-hub-locations") { values { value undated undatedReason asAt } latest { text } } }
  }`),
  );
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.indicator).toEqual({ kind: "LOCAL", council: { name: "Cumberland Council" } });
  expect(answer.data!.national).toEqual({ council: null });
  expect(answer.data!.council.indicator.values).toEqual([{ value: 1, undated: true, undatedReason: "The plan's local context section gives this figure without a date or period.", asAt: null }]);
  expect(answer.data!.council.indicator.latest.text).toBe("one Family Hub");
});

it("gives a figure's comparators as the document states them, with the area's code and name, and marks dated figures as dated", async () => {
  const answer = await graph.query(
    graphql(`query VocabularyIndicatorComparators {
    cumberland: council(id: "cumberland") { indicator(code: "population-density") { values { text comparators { area areaCode areaName value text source { quote document { title } } } } } }
    wf: council(id: "westmorland-furness") { indicator(code: "cared-for-children") { values { undated undatedReason comparators { area } } } }
  }`),
  );
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.cumberland.indicator.values).toEqual([
    {
      text: "an average population density of 91 people per square km",
      comparators: [
        {
          area: "ENGLAND",
          areaCode: "E92000001",
          areaName: "England",
          value: 395,
          text: "much more sparsely populated than the national average (395 people per square km)",
          source: { quote: "much more sparsely populated than the national average (395 people per square km)", document: { title: expect.stringContaining("Children and Family Wellbeing") } },
        },
      ],
    },
  ]);
  expect(answer.data!.wf.indicator.values[0]).toEqual({ undated: false, undatedReason: null, comparators: [] });
});
