import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { projectRoot } from "../../lib/config/project";
import type { Problem } from "../../lib/data/problems";
import { buildCouncil } from "../../lib/onboarding/build-council";
import { mapProblem } from "../../lib/onboarding/check-council";
import { importCouncil } from "../../lib/onboarding/import-council";
import { fillWorkbook, type WorkbookData } from "../../lib/onboarding/fill-workbook";
import { readWorkbook } from "../../lib/onboarding/read-workbook";
import { formatSheetProblem, type SheetProblem } from "../../lib/onboarding/sheet-problems";
import { buildTemplate } from "../../lib/onboarding/template";
import { writeCouncil } from "../../lib/onboarding/write-council";
import { buildNorthmereWorkbook } from "../fixtures/northmere/build-workbook";
import { NORTHMERE_ROWS } from "../fixtures/northmere/workbook-rows";

/**
 * The spreadsheet import's own rules, without a graph: each row is validated with the project's
 * schemas and a broken one is reported by sheet, row and column with how to fix it; data:check's
 * problems (file and record id) map back to the row they came from; and the fictional Northmere
 * fixture's workbook and prepared folder are exactly what their sources produce.
 */
const fixture = join(projectRoot, "test", "fixtures", "northmere");

async function importRows(data: WorkbookData): Promise<{ problems: SheetProblem[]; files: ReturnType<typeof buildCouncil> }> {
  const buffer = Buffer.from(await fillWorkbook(buildTemplate(projectRoot), data).xlsx.writeBuffer());
  const problems: SheetProblem[] = [];
  const files = buildCouncil(await readWorkbook(buffer, problems), problems);
  return { problems, files };
}

/** The fixture's rows with one sheet's row changed (index 0 is spreadsheet row 3). */
function withRow(sheet: string, index: number, change: Record<string, string | number>): WorkbookData {
  return { ...NORTHMERE_ROWS, [sheet]: NORTHMERE_ROWS[sheet].map((row, i) => (i === index ? { ...row, ...change } : row)) };
}

it("reads the fixture workbook without a problem: outcomes with their actions, numbered priorities, aspirations and a grouped indicator", async () => {
  const { problems, files } = await importRows(NORTHMERE_ROWS);
  expect(problems.map(formatSheetProblem)).toEqual([]);
  const [plan] = files.plans;
  expect(plan.headings.map((heading) => `${heading.kind} ${heading.number}`)).toEqual([...[1, 2, 3, 4, 5].map((n) => `OUTCOME Outcome ${n}`), ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `PRIORITY ${n}`)]);
  expect(plan.actions.filter((action) => action.parent === "outcome-4").map((action) => action.themes)).toEqual([["YOUNG_CARERS"], ["YOUNG_CARERS"]]);
  expect(plan.statements.filter((statement) => statement.kind === "ASPIRATION").map((statement) => statement.label)).toEqual(["Our aspirations", "Our aspirations", "Our aspirations"]);
  expect(plan.measureGroups).toEqual([{ id: "closing-the-gap", title: "Closing the gap:", parent: null, source: { section: "5. How we will know we are making a difference", quote: "Closing the gap:" } }]);
  expect(plan.measures.filter((measure) => measure.group === "closing-the-gap")).toHaveLength(5);
  expect(files.figures[0].comparators).toEqual([
    { area: "ENGLAND", value: null, text: "above the national average", source: expect.objectContaining({ quote: "This is above the national average" }) },
    { area: "REGION", value: 11.9, text: "above the North West average of 11.9%", source: expect.objectContaining({ quote: "above the North West average of 11.9%" }) },
  ]);
  expect(files.figures[1]).toMatchObject({ asAt: null, timePeriod: null, undatedReason: expect.stringContaining("no date") });
  expect(files.themes.map((theme) => theme.code)).toEqual(["YOUNG_CARERS"]);
});

it("names the sheet, row and column of a broken row, and how to fix it", async () => {
  // Actions index 7 is spreadsheet row 10: a theme in lower case, and a quote left empty.
  const { problems, files } = await importRows(withRow("Actions", 7, { Themes: "young carers", Quote: " " }));
  expect(problems.map(formatSheetProblem)).toEqual([
    'Sheet "Actions", row 10, column "Themes": must be a theme code such as ADOPTION. How to fix: use codes from the Themes sheet or the shared themes (the Lists sheet shows them), separated by commas.',
    'Sheet "Actions", row 10, column "Quote": is required. How to fix: copy the words exactly as the document prints them (one sentence or heading, no added punctuation).',
  ]);
  expect(files.plans[0].actions.map((action) => action.id)).not.toContain("a08");
});

it("reports links between rows by sheet and row: an unknown parent heading, an unknown group, a heading under itself", async () => {
  const data = withRow("Actions", 0, { "Parent heading": "outcome-9" });
  data.Measures = NORTHMERE_ROWS.Measures.map((row, i) => (i === 2 ? { ...row, Group: "closing-gaps" } : row));
  data.Headings = NORTHMERE_ROWS.Headings.map((row, i) => (i === 0 ? { ...row, "Parent id": "outcome-2" } : i === 1 ? { ...row, "Parent id": "outcome-1" } : row));
  const { problems } = await importRows(data);
  expect(problems.map(formatSheetProblem)).toEqual([
    'Sheet "Headings", row 3, column "Parent id": heading "outcome-1" would sit under itself. How to fix: choose a parent that is not under this heading.',
    'Sheet "Headings", row 4, column "Parent id": heading "outcome-2" would sit under itself. How to fix: choose a parent that is not under this heading.',
    'Sheet "Actions", row 3, column "Parent heading": unknown heading "outcome-9" in plan "northmere-cyp-plan". How to fix: use an Id from the Headings sheet of the same plan, or leave it empty.',
    'Sheet "Measures", row 5, column "Group": unknown group "closing-gaps" in plan "northmere-cyp-plan". How to fix: use an Id from the Measure groups sheet, or leave it empty.',
  ]);
});

it("nests headings by their parent id, in the order of the rows", async () => {
  const data = withRow("Headings", 6, { "Parent id": "priority-1" });
  const { problems, files } = await importRows(data);
  expect(problems).toEqual([]);
  const priority1 = files.plans[0].headings.find((heading) => heading.id === "priority-1")!;
  expect(priority1.children.map((heading) => heading.id)).toEqual(["priority-2"]);
  expect(files.plans[0].headings.map((heading) => heading.id)).not.toContain("priority-2");
});

it("reports a missing sheet and a missing column", async () => {
  const workbook = fillWorkbook(buildTemplate(projectRoot), NORTHMERE_ROWS);
  workbook.removeWorksheet(workbook.getWorksheet("Themes")!.id);
  workbook.getWorksheet("Boards")!.getCell("B1").value = "Board name";
  const problems: SheetProblem[] = [];
  await readWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()), problems);
  expect(problems.map(formatSheetProblem)).toEqual([
    'Sheet "Boards", row 1, column "Name": the column is missing from the header row. How to fix: add a column headed "Name" (the template has every column).',
    'Sheet "Boards", row 1, column "Board name": is not a column of this sheet. How to fix: rename it to one of: Id, Name, Kind, Chair, Oversees, Document, Section, Quote.',
    'Sheet "Themes": the sheet is missing. How to fix: start from the template (npm run council:template) and keep every sheet, even when empty.',
  ]);
});

it("maps a data:check problem (file, record id, field) back to the sheet, row and column it came from", async () => {
  const { files } = await importRows(NORTHMERE_ROWS);
  const at = (problem: Problem) => mapProblem(problem, "northmere", files.rows);
  expect(at({ file: "../tmp/x/subgraphs/northmere/data/plans/northmere-cyp-plan.json", record: "actions[7] (a08)", field: "themes[0]", message: 'unknown theme "YOUNG_CARER"' })).toEqual({
    sheet: "Actions",
    row: 10,
    column: "Themes",
    message: 'unknown theme "YOUNG_CARER"',
    fix: expect.stringContaining("use codes from the Themes sheet"),
  });
  // data:check's own advice, where it gives one, is kept.
  expect(at({ file: "subgraphs/northmere/data/plans/northmere-cyp-plan.json", record: "measures[1] (closing-the-gap-2)", field: "source.quote", message: "is not in the document", fix: "copy it from the document" })).toEqual({
    sheet: "Measures",
    row: 4,
    column: "Quote",
    message: "is not in the document",
    fix: "copy it from the document",
  });
  expect(at({ file: "subgraphs/northmere/data/figures.json", record: "[1] (young-carers-known)", field: "indicator", message: "unknown indicator" })).toMatchObject({ sheet: "Figures", row: 4, column: "Indicator" });
  expect(at({ file: "subgraphs/northmere/data/vocabulary/themes.json", record: "YOUNG_CARERS", field: "code", message: "defined twice" })).toMatchObject({ sheet: "Themes", row: 3, column: "Code" });
  expect(at({ file: "subgraphs/northmere/council.json", field: "port", message: "must be a number" })).toMatchObject({ sheet: "Council", row: 3, column: "Port" });
  // Another council's file is not the import's.
  expect(at({ file: "subgraphs/cumberland/data/figures.json", record: "[0] (ctx-area)", message: "x" })).toBeUndefined();
});

it("runs the project's data check over what it wrote, and reports its problems at the rows they came from", async () => {
  const data = withRow("Actions", 7, { Themes: "YOUNG_CARER" });
  data.Measures = NORTHMERE_ROWS.Measures.map((row, i) => (i === 1 ? { ...row, Indicator: "cin-ks2-reading" } : row));
  const workbook = Buffer.from(await fillWorkbook(buildTemplate(projectRoot), data).xlsx.writeBuffer());
  const out = mkdtempSync(join(tmpdir(), "northmere-check-"));
  try {
    const { problems, written } = await importCouncil({ projectRoot, id: "northmere", workbook, folder: out, documentsDir: join(fixture, "sources") });
    expect(written.length).toBeGreaterThan(0);
    expect(problems.map((problem) => [problem.sheet, problem.row, problem.column])).toEqual([
      ["Actions", 10, "Themes"],
      ["Measures", 4, "Indicator"],
    ]);
    expect(problems[0].message).toContain("YOUNG_CARER");
    expect(problems[1].message).toContain("cin-ks2-reading");
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

const filesUnder = (dir: string): string[] => readdirSync(dir).flatMap((entry) => (statSync(join(dir, entry)).isDirectory() ? filesUnder(join(dir, entry)) : [join(dir, entry)]));

it("the committed fixture workbook holds exactly the rows of workbook-rows.ts, and its prepared folder is exactly what the import writes", async () => {
  const fresh: SheetProblem[] = [];
  const committed: SheetProblem[] = [];
  const freshRows = await readWorkbook(Buffer.from(await buildNorthmereWorkbook(projectRoot).xlsx.writeBuffer()), fresh);
  const committedRows = await readWorkbook(join(fixture, "northmere.xlsx"), committed);
  expect(committedRows).toEqual(freshRows);
  expect([...fresh, ...committed]).toEqual([]);

  const out = mkdtempSync(join(tmpdir(), "northmere-import-"));
  try {
    const problems: SheetProblem[] = [];
    writeCouncil(buildCouncil(committedRows, problems), "northmere", out, join(fixture, "sources"), problems);
    expect(problems).toEqual([]);
    const written = filesUnder(out)
      .map((file) => relative(out, file))
      .sort();
    expect(written).toEqual(
      filesUnder(join(fixture, "subgraphs"))
        .concat(filesUnder(join(fixture, "sources")))
        .map((file) => relative(fixture, file))
        .sort(),
    );
    for (const file of written) expect(`${file}\n${readFileSync(join(out, file), "utf8")}`).toBe(`${file}\n${readFileSync(join(fixture, file), "utf8")}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
