import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../lib/config/project";
import { formatProblem, recordIdOf } from "../../lib/data/problems";
import { copyProjectData, editJson, problemsUnder, type Json } from "../helpers/data-copy";

/**
 * data:check's own checks of what the tests assert about data (lib/data/quotes.ts, markup.ts,
 * documents-check.ts, geographies-check.ts), each shown failing on bad data in a copy of the
 * project's data, and the command failing with them.
 */

const CUMBERLAND_PLAN = "subgraphs/cumberland/data/plans/children-and-family-wellbeing-plan.json";
const SCRIPT = join(projectRoot, "dist", "scripts", "data-check.js");

describe("every quote is word for word in its document", () => {
  const root = copyProjectData("data-check-");
  editJson(root, CUMBERLAND_PLAN, (plan) => (plan.voices[2].source.quote = "I need someone who can believe in us."));

  it("data:check's function reports the altered quote by file, record and field, where it stops matching, and how to fix it", () => {
    const problems = problemsUnder(root);
    expect(problems).toEqual([
      expect.objectContaining({ file: CUMBERLAND_PLAN, record: "voices[2] (v03)", field: "source.quote", fix: expect.stringContaining("copy the words exactly as sources/cumberland-children-family-wellbeing-plan.txt prints them") }),
    ]);
    expect(recordIdOf(problems[0])).toBe("v03");
    expect(formatProblem(problems[0])).toMatch(
      /^subgraphs\/cumberland\/data\/plans\/children-and-family-wellbeing-plan\.json: voices\[2\] \(v03\): source\.quote: "I need someone who can believe in us\." is not word for word in document "cumberland-children-family-wellbeing-plan" \(sources\/cumberland-children-family-wellbeing-plan\.txt\): it matches up to "…I need someone who can believe in ", then differs at "us\."\. How to fix: copy the words exactly/,
    );
  });

  it("the command prints it and exits 1", () => {
    const run = spawnSync(process.execPath, [SCRIPT, "--root", root], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('subgraphs/cumberland/data/plans/children-and-family-wellbeing-plan.json: voices[2] (v03): source.quote: "I need someone who can believe in us."');
    expect(run.stderr).toContain("How to fix: ");
    expect(run.stderr).toContain("data:check: 1 problem(s)");
  });

  it("a title, text or name of a sourced record, an action's title outside its own quote, and a report's paragraph, each reported", () => {
    const copy = copyProjectData("data-check-");
    editJson(copy, "subgraphs/westmorland-furness/data/boards.json", (boards) => (boards[0].name = "Children's Programme Committee"));
    // In the document, but not in the action's own quote.
    editJson(copy, CUMBERLAND_PLAN, (plan) => (plan.actions[1].title = plan.actions[0].title));
    editJson(copy, "subgraphs/westmorland-furness/data/meetings.json", (meetings) => (meetings[0].reports[0].sections[0].paragraphs[0].text = "A paragraph the report does not have."));
    editJson(copy, "subgraphs/westmorland-furness/data/meetings.json", (meetings) => (meetings[0].reports[0].author = "Someone Else"));
    const problems = problemsUnder(copy).map(formatProblem);
    expect(problems).toHaveLength(4);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^subgraphs\/westmorland-furness\/data\/boards\.json: \[0\] \(childrens-programme-board\): name: "Children's Programme Committee" is not word for word in document "wf-ambition-for-every-child-plan" .* How to fix: a sourced record's name is the document's own words/,
        ),
        expect.stringMatching(
          /^subgraphs\/cumberland\/data\/plans\/children-and-family-wellbeing-plan\.json: actions\[1\] \(a02\): title: "Continue to develop Cumberland.*" is not within the action's own quote\. How to fix: take the title from the action's source\.quote/,
        ),
        expect.stringMatching(/^subgraphs\/westmorland-furness\/data\/meetings\.json: \[0\]\.reports\[0\] \(ambition-for-every-child-report\): author: "Someone Else" is not word for word/),
        expect.stringMatching(
          /^subgraphs\/westmorland-furness\/data\/meetings\.json: \[0\]\.reports\[0\] \(ambition-for-every-child-report\): sections\[0\]\.paragraphs\[0\]\.text: "A paragraph the report does not have\." is not word for word/,
        ),
      ]),
    );
  });

  it("a quote in a vocabulary file is checked too, and its unknown document reported", () => {
    const copy = copyProjectData("data-check-");
    editJson(copy, "lib/vocabulary/geographies.json", (geographies) => {
      geographies[0].sources[0].quote = "England is E92000002.";
      geographies[1].sources[0].document = "no-such-document";
    });
    expect(problemsUnder(copy).map(formatProblem)).toEqual([
      expect.stringMatching(/^lib\/vocabulary\/geographies\.json: \[0\] \(E92000001\): sources\[0\]\.quote: "England is E92000002\." is not word for word in document "domain-notes" \(sources\/domain-notes\.md\)/),
      expect.stringMatching(
        /^lib\/vocabulary\/geographies\.json: \[1\] \(E12000002\): sources\[0\]\.document: unknown document "no-such-document" \(not in sources\/documents\.json\)\. How to fix: use the id of a document in sources\/documents\.json/,
      ),
    ]);
  });
});

describe("markup from a document's text copy", () => {
  it("is ignored when a quote is matched, and reported in any field a user would see, with how to fix it", () => {
    const root = copyProjectData("data-check-");
    editJson(root, CUMBERLAND_PLAN, (plan) => {
      // The text copy prints `"…additional needs." - **Parent**`.
      plan.voices[0].source.quote = `"${plan.voices[0].text}" - Parent`;
      plan.voices[1].source.quote = `"${plan.voices[1].text}" - **Parent**`;
      plan.headings[0].title = "# A stable workforce";
    });
    editJson(root, "sources/documents.json", (documents) => (documents[0].title = `__${documents[0].title}__`));
    editJson(root, "subgraphs/westmorland-furness/data/boards.json", (boards) => (boards[0].chair = "The *Director* of Children's Services"));
    const problems = problemsUnder(root).map(formatProblem);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^sources\/documents\.json: \[0\] \(wf-ambition-for-every-child-plan\): title: carries underline markup \(__\) from the document's text copy, which users would see\. How to fix: delete the markup characters and keep the words/,
        ),
        expect.stringMatching(/^subgraphs\/cumberland\/data\/plans\/children-and-family-wellbeing-plan\.json: headings\[0\] \(stable-workforce\): title: carries a heading marker \(# at the start of a line\)/),
        expect.stringMatching(/^subgraphs\/cumberland\/data\/plans\/children-and-family-wellbeing-plan\.json: voices\[1\] \(v02\): source\.quote: carries bold markup \(\*\*\)/),
        expect.stringMatching(/^subgraphs\/westmorland-furness\/data\/boards\.json: \[0\] \(childrens-programme-board\): chair: carries italic markup \(\*\.\.\.\*\)/),
      ]),
    );
    // Both voices' quotes match the text copy, with or without its bold: only the markup is reported,
    // and the chair, which the document does not print, as not verbatim.
    expect(problems).toHaveLength(5);
    expect(problems.filter((problem) => !/: carries /.test(problem))).toEqual([expect.stringMatching(/boards\.json: \[0\] \(childrens-programme-board\): chair: "The \*Director\* of Children's Services" is not word for word/)]);
  });
});

describe("the catalogue of documents", () => {
  it("reports a text copy in sources/ that it does not list, a document id used twice, and a listed file that is missing", () => {
    const root = copyProjectData("data-check-");
    writeFileSync(join(root, "sources", "new-plan.txt"), "A plan nobody listed.\n");
    editJson(root, "sources/documents.json", (documents) => {
      documents.push({ ...documents[0] });
      documents.push({ ...documents[1], id: "missing-file", file: "missing.txt" });
    });
    const problems = problemsUnder(root).map(formatProblem);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^sources\/new-plan\.txt: is a document's text copy that sources\/documents\.json does not list, so nothing can quote it\. How to fix: add an entry \{ "id", "file": "new-plan\.txt"/),
        expect.stringMatching(/^sources\/documents\.json: \[\d+\] \(wf-ambition-for-every-child-plan\): id: document id "wf-ambition-for-every-child-plan" is used twice \(also \[0\]\)\. How to fix: give each document its own id/),
        expect.stringMatching(/^sources\/documents\.json: missing-file: file: missing\.txt does not exist\. How to fix: put the file in sources\/ under that name/),
      ]),
    );
    expect(problems).toHaveLength(3);
  });
});

describe("geographies", () => {
  it("reports a figure's unknown area and an area listed twice", () => {
    const root = copyProjectData("data-check-");
    editJson(root, "subgraphs/cumberland/data/figures.json", (figures) => (figures.find((figure: Json) => figure.geography === "E92000001").geography = "E12000009"));
    editJson(root, "lib/vocabulary/geographies.json", (geographies) => geographies.push({ ...geographies[1] }));
    expect(problemsUnder(root).map(formatProblem)).toEqual(
      [
        expect.stringMatching(
          /^subgraphs\/cumberland\/data\/figures\.json: \[\d+\] \([a-z0-9-]+\): geography: unknown geography "E12000009" \(not in lib\/vocabulary\/geographies\.json, nor a council's own code or region\)\. How to fix: add the area to lib\/vocabulary\/geographies\.json/,
        ),
        expect.stringMatching(/^lib\/vocabulary\/geographies\.json: \[6\] \(E12000002\): code: geography code "E12000002" is used twice\. How to fix: keep one entry per area/),
      ].reverse(),
    );
  });
});

describe("the DfE measures' mapping", () => {
  it("reports a measure mapped to an unknown indicator (its values would silently be left out)", () => {
    const root = copyProjectData("data-check-");
    editJson(root, "lib/vocabulary/dfe-measures.json", (file) => (file.measures[0].indicator = "children-looked-after-rates"));
    expect(problemsUnder(root).map(formatProblem)).toEqual([
      expect.stringMatching(
        /^lib\/vocabulary\/dfe-measures\.json: measures\[0\] \(LAC\): indicator: unknown indicator "children-looked-after-rates" \(not in lib\/vocabulary\/indicators\.json\), so the measure's values would be left out\. How to fix: use the code of an indicator/,
      ),
    ]);
  });
});

describe("every problem says how to fix it", () => {
  it("including those of the schema and link checks, which name no fix of their own", () => {
    const root = copyProjectData("data-check-");
    editJson(root, CUMBERLAND_PLAN, (plan) => {
      plan.actions[0].themes.push("NOT_A_THEME");
    });
    editJson(root, "subgraphs/cumberland/data/figures.json", (figures) => (figures[0].id = "Not A Slug"));
    expect(problemsUnder(root).map(formatProblem)).toEqual([
      expect.stringMatching(/^subgraphs\/cumberland\/data\/figures\.json: \[0\] \(Not A Slug\): id: must be a lower-case slug \(a-z, 0-9, -\)\. How to fix: correct the value as docs\/DATA\.md describes this field/),
      expect.stringMatching(
        /^subgraphs\/cumberland\/data\/plans\/children-and-family-wellbeing-plan\.json: actions\[0\] \(a01\): themes\[1\]: unknown theme "NOT_A_THEME" \(not in lib\/vocabulary\/themes\.json or subgraphs\/cumberland\/data\/vocabulary\/themes\.json\)\. How to fix: use a code of one of them, or add the theme/,
      ),
    ]);
  });
});

describe("the command's arguments", () => {
  it("--help prints the usage and exits 0; an unknown option exits 2 with the usage", () => {
    const help = spawnSync(process.execPath, [SCRIPT, "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: npm run data:check [-- --root DIR]");
    const wrong = spawnSync(process.execPath, [SCRIPT, "--roots", "x"], { encoding: "utf8" });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/Unknown option '--roots'[\s\S]*Usage:/);
  });
});
