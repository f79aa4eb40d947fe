import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { projectRoot, readCouncils } from "../../lib/config/project";
import { checkAll } from "../../lib/data/project-data";
import { formatProblem, type Problem } from "../../lib/data/problems";
import { readVocabulary } from "../../lib/vocabulary/vocabulary";

/**
 * The vocabulary loader (lib/vocabulary/<name>.json merged with each council's own
 * subgraphs/<id>/data/vocabulary/<name>.json) and what data:check says about vocabularies and figures.
 */
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function writeJson(root: string, file: string, json: unknown): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), `${JSON.stringify(json, null, 2)}\n`);
}
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test fixtures edit arbitrary JSON
function edit(root: string, file: string, change: (json: Json) => void): void {
  const json = JSON.parse(readFileSync(join(root, file), "utf8")) as Json;
  change(json);
  writeJson(root, file, json);
}
const theme = (code: string) => ({ code, name: `${code} name`, description: `${code} description` });

describe("readVocabulary", () => {
  const root = mkdtempSync(join(tmpdir(), "vocabulary-"));
  roots.push(root);
  writeJson(root, "lib/vocabulary/themes.json", [theme("ADOPTION"), theme("SEND")]);
  writeJson(root, "subgraphs/alpha/data/vocabulary/themes.json", [theme("YOUNG_CARERS")]);
  writeJson(root, "subgraphs/beta/data/vocabulary/themes.json", [theme("HOUSING"), theme("SEND")]);

  it("merges the shared file with each council's own, in order, saying where each record comes from", () => {
    const merged = readVocabulary("themes", root, ["alpha", "gamma"]);
    expect(merged.problems).toEqual([]);
    expect(merged.records.map((record) => [record.code, record.origin.council])).toEqual([
      ["ADOPTION", null],
      ["SEND", null],
      ["YOUNG_CARERS", "alpha"],
    ]);
    expect(merged.records[2].origin.file).toMatch(/subgraphs\/alpha\/data\/vocabulary\/themes\.json$/);
    expect(merged.texts).toHaveLength(2);
  });

  it("names both files when a council defines a code the shared file (or another council) already has, and keeps the first", () => {
    const merged = readVocabulary("themes", root, ["alpha", "beta"]);
    expect(merged.records.map((record) => record.code)).toEqual(["ADOPTION", "SEND", "YOUNG_CARERS", "HOUSING"]);
    expect(merged.problems).toHaveLength(1);
    const [problem] = merged.problems;
    expect(problem.file).toMatch(/subgraphs\/beta\/data\/vocabulary\/themes\.json$/);
    expect(problem.record).toBe("[1] (SEND)");
    expect(problem.message).toMatch(/^themes code "SEND" is defined in .*lib\/vocabulary\/themes\.json and in .*subgraphs\/beta\/data\/vocabulary\/themes\.json$/);
    expect(problem.fix).toMatch(/^keep one definition/);
  });

  it("reads a missing file as empty, and reports an invalid record by file, record and field", () => {
    expect(readVocabulary("heading-kinds", root, ["alpha"])).toEqual({ records: [], problems: [], texts: [] });
    writeJson(root, "subgraphs/gamma/data/vocabulary/themes.json", [{ code: "lower case", name: "x", description: "y" }]);
    const merged = readVocabulary("themes", root, ["gamma"]);
    expect(merged.problems.map((problem) => [problem.record, problem.field])).toEqual([["[0] (lower case)", "code"]]);
  });
});

describe("data:check on vocabularies and figures", () => {
  const copy = (): string => {
    const root = mkdtempSync(join(tmpdir(), "vocabulary-check-"));
    roots.push(root);
    for (const dir of ["subgraphs", "sources", join("lib", "vocabulary")]) cpSync(join(projectRoot, dir), join(root, dir), { recursive: true });
    return root;
  };
  const check = (root: string): string[] => {
    const problems: Problem[] = [];
    // Paths print relative to the repository: read them as the copy's own.
    const prefix = `${relative(projectRoot, root)}/`;
    return checkAll(root, readCouncils(root, problems), problems).map((problem) => formatProblem(problem).split(prefix).join(""));
  };
  const CUMBERLAND_PLAN = "subgraphs/cumberland/data/plans/children-and-family-wellbeing-plan.json";
  const WF_PLAN = "subgraphs/westmorland-furness/data/plans/ambition-for-every-child.json";
  const FIGURES = "subgraphs/cumberland/data/figures.json";

  it("accepts a council's own theme and indicator in its own files, and refuses them in another council's", () => {
    const root = copy();
    writeJson(root, "subgraphs/cumberland/data/vocabulary/themes.json", [theme("PUBLIC_HEALTH")]);
    edit(root, "subgraphs/cumberland/data/vocabulary/indicators.json", (indicators) =>
      indicators.push({ code: "young-carers-known", title: "Young carers known to the council", kind: "LOCAL", definition: null, unit: "COUNT", polarity: null, periodKind: null, dataset: null, sources: [] }),
    );
    edit(root, CUMBERLAND_PLAN, (plan) => plan.actions[0].themes.push("PUBLIC_HEALTH"));
    edit(root, FIGURES, (figures) => (figures.find((figure: Json) => figure.id === "ctx-family-hubs").indicator = "young-carers-known"));
    expect(check(root)).toEqual([]);

    edit(root, WF_PLAN, (plan) => plan.actions[0].themes.push("PUBLIC_HEALTH"));
    edit(root, "subgraphs/westmorland-furness/data/figures.json", (figures) => (figures[0].indicator = "young-carers-known"));
    const problems = check(root);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /ambition-for-every-child\.json: actions\[0\] \(.*\): themes\[\d\]: unknown theme "PUBLIC_HEALTH" \(not in lib\/vocabulary\/themes\.json or subgraphs\/westmorland-furness\/data\/vocabulary\/themes\.json\)\. How to fix: use a code of one of them, or add the theme/,
    );
    expect(problems[1]).toMatch(/westmorland-furness\/data\/figures\.json: \[0\] \(chat-cared-for-children\): indicator: unknown indicator "young-carers-known"/);
  });

  it("names both files when a council redefines a shared code", () => {
    const root = copy();
    writeJson(root, "subgraphs/cumberland/data/vocabulary/themes.json", [theme("ADOPTION")]);
    expect(check(root)).toEqual([
      expect.stringMatching(/cumberland\/data\/vocabulary\/themes\.json: \[0\] \(ADOPTION\): code: themes code "ADOPTION" is defined in lib\/vocabulary\/themes\.json and in subgraphs\/cumberland\/data\/vocabulary\/themes\.json/),
    ]);
  });

  it("requires every figure to have a date (asAt or timePeriod) or an undatedReason, and says how to fix it", () => {
    const root = copy();
    edit(root, FIGURES, (figures) => {
      delete figures[0].undatedReason;
      figures[11].undatedReason = "The plan gives no date.";
    });
    expect(check(root)).toEqual([
      expect.stringMatching(
        /^subgraphs\/cumberland\/data\/figures\.json: \[0\] \(ctx-area\): asAt: has no date: asAt and timePeriod are both null\. How to fix: give the date the document states .* or, where the document gives none, an undatedReason/,
      ),
      "subgraphs/cumberland/data/figures.json: [11] (ctx-ehcp-0-25-share): undatedReason: is given for a dated figure (asAt or timePeriod is set). How to fix: remove undatedReason, or the date if the document gives none.",
    ]);
  });

  it("checks a figure's comparators: REGION, ENGLAND or a GSS code, a number or null, with text and a source", () => {
    const root = copy();
    edit(root, FIGURES, (figures) => {
      figures[0].comparators = [{ area: "REGION", value: null, text: figures[1].text, source: figures[1].source }];
    });
    expect(check(root)).toEqual([]);
    edit(root, FIGURES, (figures) => {
      figures[0].comparators = [{ area: "Scotland", value: "high", text: "", source: figures[0].source }];
    });
    expect(check(root)).toEqual([
      "subgraphs/cumberland/data/figures.json: [0] (ctx-area): comparators[0].area: must be REGION, ENGLAND or a GSS code such as E12000002. How to fix: correct the value as docs/DATA.md describes this field, then run npm run data:check again.",
      "subgraphs/cumberland/data/figures.json: [0] (ctx-area): comparators[0].value: Invalid input: expected number, received string. How to fix: correct the value as docs/DATA.md describes this field, then run npm run data:check again.",
      "subgraphs/cumberland/data/figures.json: [0] (ctx-area): comparators[0].text: must not be empty. How to fix: correct the value as docs/DATA.md describes this field, then run npm run data:check again.",
    ]);
  });
});
