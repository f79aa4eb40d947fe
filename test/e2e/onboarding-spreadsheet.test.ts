import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { composeSupergraph } from "../../gateway/src/compose";
import { projectRoot, readCouncils } from "../../lib/config/project";
import { formatProblem, type Problem } from "../../lib/data/problems";
import { checkAll } from "../../lib/data/project-data";
import { importCouncil } from "../../lib/onboarding/import-council";
import { SHEET_ORDER, SHEETS } from "../../lib/onboarding/layout";
import { readWorkbook } from "../../lib/onboarding/read-workbook";
import { formatSheetProblem, type SheetProblem } from "../../lib/onboarding/sheet-problems";
import { writeTemplate } from "../../lib/onboarding/template";
import { addCouncil } from "../../scripts/council-add";
import { startTestGraph, type TestGraph } from "../helpers/graph";
import { graphql } from "../../generated/test";

/**
 * docs/ADD-A-COUNCIL.md, followed step by step ("Way 1: the spreadsheet") in a temporary copy of the
 * project's configuration and data, with the fictional Northmere Council (test/fixtures/northmere):
 * the template, the filled-in workbook and its document, council:import, council:add (no
 * partnership), compose, the graph started, and the guide's queries. Each step is the function its
 * npm command runs. Northmere's plan is built on outcomes: its actions hang under them.
 */
const ID = "northmere";
const DOCUMENT = "northmere-children-young-peoples-plan";
const fixture = join(projectRoot, "test", "fixtures", ID);
const root = mkdtempSync(join(tmpdir(), "onboarding-spreadsheet-"));
const officer = join(root, "officer"); // the officer's own folder: workbook and document text
let graph: TestGraph;
let importProblems: SheetProblem[];

const editJson = <T>(path: string, change: (json: T) => void): void => {
  const json = JSON.parse(readFileSync(path, "utf8")) as T;
  change(json);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
};

/** The project's configuration and data, without Northmere where the project has it already (CI adds the fixture councils). */
function copyProjectData(): void {
  const skip = new Set([join(projectRoot, "subgraphs", ID), join(projectRoot, "sources", `${DOCUMENT}.txt`)]);
  for (const dir of ["subgraphs", "sources", join("lib", "vocabulary")]) cpSync(join(projectRoot, dir), join(root, dir), { recursive: true, filter: (path) => !skip.has(path) });
  editJson<Array<{ id: string }>>(join(root, "sources", "documents.json"), (documents) => documents.splice(0, documents.length, ...documents.filter((document) => document.id !== DOCUMENT)));
}

beforeAll(async () => {
  copyProjectData();
  mkdirSync(officer);
  // 1. Get the template: npm run council:template -- northmere.xlsx
  await writeTemplate(root, join(officer, "template.xlsx"));
  // 2. Fill in the sheets: the fixture is the template filled in; its document's text beside it.
  copyFileSync(join(fixture, "northmere.xlsx"), join(officer, "northmere.xlsx"));
  copyFileSync(join(fixture, "sources", `${DOCUMENT}.txt`), join(officer, `${DOCUMENT}.txt`));
  // 3. Import it: npm run council:import -- northmere northmere.xlsx --root var/import/northmere
  const result = await importCouncil({ projectRoot: root, id: ID, workbook: join(officer, "northmere.xlsx"), folder: join(root, "var", "import", ID), documentsDir: officer });
  importProblems = result.problems;
  // 4. Add it: npm run council:add -- var/import/northmere (its data check must pass; no partnership).
  if (importProblems.length === 0) addCouncil({ folder: join(root, "var", "import", ID), root });
  // compose, and start: the graph with the council's subgraph.
  const { supergraphSdl } = composeSupergraph(root);
  graph = await startTestGraph({ root, supergraphSdl });
}, 120_000);
afterAll(async () => {
  await graph?.close();
  rmSync(root, { recursive: true, force: true });
});

it("step 1: the template has every sheet, with its header and note rows and no data", async () => {
  const problems: SheetProblem[] = [];
  const rows = await readWorkbook(join(officer, "template.xlsx"), problems);
  expect(problems).toEqual([]);
  expect(SHEET_ORDER.map((key) => [SHEETS[key].name, rows[key].length])).toEqual(SHEET_ORDER.map((key) => [SHEETS[key].name, 0]));
});

it("steps 3 to 5: the import and its data check pass, council:add adds it to no partnership, and the project's data check passes", () => {
  expect(importProblems.map(formatSheetProblem)).toEqual([]);
  const problems: Problem[] = [];
  const councils = readCouncils(root, problems);
  expect(checkAll(root, councils, problems).map(formatProblem)).toEqual([]);
  expect(councils.map((council) => council.id)).toContain(ID);
  const partnerships = JSON.parse(readFileSync(join(root, "subgraphs", "shared", "data", "partnerships.json"), "utf8")) as Array<{ councils: string[] }>;
  expect(partnerships.flatMap((partnership) => partnership.councils)).not.toContain(ID);
});

it("answers the plan's outcomes with the actions under each, and its numbered priorities", async () => {
  const answer = await graph.query(
    graphql(
      `query OnboardingSpreadsheetOutcomesAndPriorities { councils { id plans { title outcomes: headings(kind: "OUTCOME") { id kind number title actions { title themes { code } } } priorities: headings(kind: "PRIORITY") { number title } } } }`,
    ),
  );
  expect(answer.errors).toBeUndefined();
  const [plan] = answer.data!.councils.find((council) => council.id === "NorthmereCouncil:northmere")!.plans;
  expect(plan.title).toBe("Northmere Children and Young People's Plan");
  expect(plan.outcomes.map((outcome) => `${outcome.number}: ${outcome.title} (${outcome.actions.length} actions)`)).toEqual([
    "Outcome 1: Children are safe (2 actions)",
    "Outcome 2: Families get help early (2 actions)",
    "Outcome 3: Children attend and achieve in school (2 actions)",
    "Outcome 4: Young carers are supported (2 actions)",
    "Outcome 5: Children are healthy and happy (2 actions)",
  ]);
  expect(plan.outcomes[3]).toEqual({
    id: "NorthmerePriority:northmere-cyp-plan.outcome-4",
    kind: "OUTCOME",
    number: "Outcome 4",
    title: "Young carers are supported",
    actions: [
      { title: "Assess the needs of every young carer we identify within eight weeks", themes: [{ code: "YOUNG_CARERS" }] },
      { title: "Give every young carer a Northmere young carers card recognised by schools and pharmacies", themes: [{ code: "YOUNG_CARERS" }] },
    ],
  });
  expect(plan.priorities.map((priority) => priority.number)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
});

it("filters actions by the council's own theme code, and names the theme", async () => {
  const answer = await graph.query(
    graphql(`query OnboardingSpreadsheetYoungCarersActions { theme(themeCode: "YOUNG_CARERS") { name } councils { id actions(filter: { themeCode: "YOUNG_CARERS" }) { totalCount nodes { title parentHeading { number } } } } }`),
  );
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.theme).toEqual({ name: "Young carers" });
  for (const council of answer.data!.councils) {
    if (council.id !== "NorthmereCouncil:northmere") expect(council.actions.totalCount).toBe(0);
  }
  const northmere = answer.data!.councils.find((council) => council.id === "NorthmereCouncil:northmere")!;
  expect(northmere.actions.totalCount).toBe(2);
  expect(northmere.actions.nodes.map((action) => action.parentHeading?.number)).toEqual(["Outcome 4", "Outcome 4"]);
});

it("finds a heading by its id with node(id:)", async () => {
  const answer = await graph.query(graphql(`query OnboardingSpreadsheetOutcomeHeading { node(id: "NorthmerePriority:northmere-cyp-plan.outcome-1") { ... on Heading { kind number title source { section quote } } } }`));
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.node).toEqual({ kind: "OUTCOME", number: "Outcome 1", title: "Children are safe", source: { section: "4. Our outcomes", quote: "Outcome 1: Children are safe" } });
});

it("answers the grouped key indicator: Closing the gap over five measures, one of them the council's own indicator", async () => {
  const answer = await graph.query(graphql(`query OnboardingSpreadsheetMeasureGroups { councils { id plans { measureGroups { title measures { text } } } } }`));
  expect(answer.errors).toBeUndefined();
  const [plan] = answer.data!.councils.find((council) => council.id === "NorthmereCouncil:northmere")!.plans;
  expect(plan.measureGroups).toHaveLength(1);
  expect(plan.measureGroups[0].title).toBe("Closing the gap:");
  expect(plan.measureGroups[0].measures.map((measure) => measure.text)).toEqual([
    "The gap in a good level of development between disadvantaged children and their peers",
    "The gap in reading, writing and maths at key stage 2 for children in need",
    "The gap in Attainment 8 for children looked after",
    "The gap in persistent absence between disadvantaged pupils and their peers",
    "The proportion of young carers assessed within eight weeks",
  ]);
});

it("answers the plan's three aspirations with the document's own word for them", async () => {
  const answer = await graph.query(graphql(`query OnboardingSpreadsheetAspirations { councils { id plans { statements(kindCode: "ASPIRATION") { kindCode label text } } } }`));
  expect(answer.errors).toBeUndefined();
  const [plan] = answer.data!.councils.find((council) => council.id === "NorthmereCouncil:northmere")!.plans;
  expect(plan.statements.map((statement) => statement.label)).toEqual(["Our aspirations", "Our aspirations", "Our aspirations"]);
});

it("answers its figures: one compared with the region and England as the document words it, one undated with its reason", async () => {
  const answer = await graph.query(graphql(`query OnboardingSpreadsheetFigures { councils { id figures(first: 10) { nodes { indicator { code } value undated undatedReason comparators { area areaCode value text } } } } }`));
  expect(answer.errors).toBeUndefined();
  const figures = answer.data!.councils.find((council) => council.id === "NorthmereCouncil:northmere")!.figures.nodes;
  expect(figures).toEqual([
    {
      indicator: { code: "persistent-absence" },
      value: 12.4,
      undated: false,
      undatedReason: null,
      comparators: [
        { area: "ENGLAND", areaCode: "E92000001", value: null, text: "above the national average" },
        { area: "REGION", areaCode: "E12000002", value: 11.9, text: "above the North West average of 11.9%" },
      ],
    },
    { indicator: { code: "northmere-young-carers-known" }, value: 1200, undated: true, undatedReason: "The plan gives no date for the number of young carers known to services.", comparators: [] },
  ]);
});
