import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadCouncils, projectRoot } from "../../lib/config/project";
import { checkAll, readCouncilData, readSharedData, readVocabulary, type CouncilData } from "../../lib/data/project-data";
import type { Problem } from "../../lib/data/problems";
import { checkActionsWithinQuote, checkQuotes, checkReportTexts, documentFiles, documentTexts, quotedTexts } from "../../lib/data/quotes";
import { dataFiles, readJsonFile } from "../../lib/data/records";
import type { PlanFile } from "../../lib/data/schemas";

/**
 * Guards the product's first promise: every quoted fact is in its document, word for word. The
 * checks are data:check's own (lib/data/quotes.ts), so a test and data:check cannot disagree.
 */
const problems: Problem[] = [];
const vocabulary = readVocabulary(projectRoot, problems);
const textOf = documentTexts(projectRoot, vocabulary.catalogue);
const councils = loadCouncils();
const byId: Record<string, CouncilData> = Object.fromEntries(councils.map((council) => [council.id, readCouncilData(projectRoot, council, vocabulary, problems)]));

describe("data files are faithful to the published documents", () => {
  it("every data file is read without a problem", () => {
    expect(problems).toEqual([]);
    expect(checkAll(projectRoot, councils)).toEqual([]);
  });

  it("every quote, and every title, text, name and role of a sourced record, occurs verbatim in its document", () => {
    const quoted = dataFiles(projectRoot).flatMap((path) => {
      const data = readJsonFile(projectRoot, path);
      return data ? quotedTexts(data.json, data.file) : [];
    });
    expect(quoted.length).toBeGreaterThan(600);
    const missing: Problem[] = [];
    expect(checkQuotes(projectRoot, vocabulary.catalogue, missing, textOf)).toBe(quoted.length);
    expect(missing).toEqual([]);
  });

  it("every action's title and description lie within its own quote", () => {
    const outside: Problem[] = [];
    for (const council of councils) checkActionsWithinQuote(projectRoot, council, byId[council.id], outside);
    expect(outside).toEqual([]);
  });

  it("report fields and paragraphs are verbatim in the report", () => {
    const report = byId["westmorland-furness"].meetings[0].reports[0];
    expect(report.sections.flatMap((section) => section.paragraphs).length).toBeGreaterThan(20);
    const missing: Problem[] = [];
    for (const council of councils) checkReportTexts(projectRoot, council, byId[council.id], textOf, documentFiles(projectRoot, vocabulary.catalogue), missing);
    expect(missing).toEqual([]);
  });

  it("the seed documents in sources/ are byte-for-byte the published texts in ../shared/seeds", () => {
    const seeds = join(projectRoot, "..", "shared", "seeds");
    if (!existsSync(seeds)) return; // a clone without shared/ beside it: nothing to compare with
    for (const document of vocabulary.catalogue.filter((entry) => entry.file.endsWith(".txt"))) {
      expect(readFileSync(join(projectRoot, "sources", document.file), "utf8")).toBe(readFileSync(join(seeds, document.file), "utf8"));
    }
  });

  it("holds nothing that identifies a foster carer: the names and town printed with their quote are left out", () => {
    const all = dataFiles(projectRoot)
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    for (const word of ["Chris ", "Heather", "Barrow"]) expect(all).not.toContain(word);
  });
});

describe("counts match the documents", () => {
  const plan = (id: string): PlanFile => {
    const found = Object.values(byId)
      .flatMap((data) => data.plans)
      .find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no plan ${id}`);
    return found;
  };
  const wf = byId["westmorland-furness"];
  const cumberland = byId["cumberland"];

  it("Ambition for Every Child: 4 themes, 15 strategic priorities, 32 actions under 5 headings, 13 measures under 3 themes", () => {
    const ambition = plan("ambition-for-every-child");
    expect(ambition.headings.map((theme) => theme.children.length)).toEqual([5, 4, 3, 3]);
    // The plan's strategic priorities sit under four themes (the scrutiny report: "under four main themes").
    expect(ambition.headings.map((theme) => theme.kind)).toEqual(["THEME", "THEME", "THEME", "THEME"]);
    expect(new Set(ambition.headings.flatMap((theme) => theme.children.map((priority) => priority.kind)))).toEqual(new Set(["PRIORITY"]));
    expect(ambition.actions).toHaveLength(32);
    const headings = [...new Set(ambition.actions.map((action) => action.heading))];
    expect(headings).toEqual([
      "Improving the life chances of children and young people by:",
      "Caring for and keeping children and young people safe by:",
      "Ensuring children, young people and families can access services and provision by:",
      "Strengthening our partnership work by:",
      "Managing our resources more effectively by:",
    ]);
    expect(headings.map((heading) => ambition.actions.filter((action) => action.heading === heading).length)).toEqual([6, 8, 6, 8, 4]);
    expect(ambition.actions.map((action) => action.parent)).not.toContain(null);
    const measures = ambition.measures ?? [];
    expect(measures).toHaveLength(13);
    expect(["theme-life-chances", "theme-safe", "theme-access"].map((theme) => measures.filter((measure) => measure.parent === theme).length)).toEqual([6, 2, 5]);
    expect((ambition.voices ?? []).map((voice) => voice.kind)).toEqual(["PRIORITY", "PRIORITY", "PRIORITY", "PRIORITY", "WORRY", "WISH"]);
    expect((ambition.signatories ?? []).map((signatory) => signatory.role)).toEqual(["Lead Member Children's Services", "Director of Children's Services"]);
  });

  it("Cared for Children strategy: 5 priorities (3, 6, 6, 4, 4 commitments), 7 outcomes, 3 promises, 2 principles, 7 corporate parenting principles as printed", () => {
    const strategy = plan("cared-for-children-strategy");
    expect(strategy.headings.map((priority) => strategy.actions.filter((action) => action.parent === priority.id).length)).toEqual([3, 6, 6, 4, 4]);
    expect(strategy.outcomes).toHaveLength(7);
    const kinds = (kind: string) => (strategy.statements ?? []).filter((statement) => statement.kind === kind);
    expect(kinds("PROMISE")).toHaveLength(3);
    expect(kinds("PRINCIPLE").map((principle) => principle.title)).toEqual(["Relationships", "Inclusivity"]);
    const corporate = kinds("CORPORATE_PARENTING_PRINCIPLE");
    expect(corporate).toHaveLength(7);
    // The document prints the fourth principle twice; the graph keeps it as printed.
    expect(corporate[3].text).toBe(corporate[4].text);
  });

  it("Cumberland's plan: 5 strategic priorities with measures of success, 4 voices, 15 achievements, 6 transformations", () => {
    const wellbeing = plan("children-and-family-wellbeing-plan");
    // Numbered as printed: "#### 1) A stable workforce".
    expect(wellbeing.headings.map((priority) => `${priority.kind} ${priority.number}`)).toEqual(["PRIORITY 1)", "PRIORITY 2)", "PRIORITY 3)", "PRIORITY 4)", "PRIORITY 5)"]);
    expect(wellbeing.headings.map((priority) => priority.title)).toEqual([
      "A stable workforce",
      "Right services for the right children at the right time",
      "Excellence in practice",
      "Innovative and aspirational services - right home right time/ sufficiency strategy",
      "'Nothing for us without us' - collaboration, lived experience, wishes and views, and co-production of services with children and families/partners",
    ]);
    expect(wellbeing.headings.map((priority) => (priority.successMeasures ?? []).length)).toEqual([1, 5, 1, 1, 1]);
    expect((wellbeing.voices ?? []).map((voice) => voice.speaker)).toEqual(["PARENT", "PARENT", "YOUNG_PERSON", "PARENT"]);
    expect((wellbeing.statements ?? []).filter((statement) => statement.kind === "ACHIEVEMENT")).toHaveLength(15);
    expect((wellbeing.statements ?? []).filter((statement) => statement.kind === "TRANSFORMATION")).toHaveLength(6);
  });

  it("figures: 16 from the ChAT of 27 February 2024, 21 of Cumberland's local context (2 of them England's)", () => {
    expect(wf.figures).toHaveLength(16);
    expect(wf.figures.every((figure) => figure.asAt === "2024-02-27")).toBe(true);
    expect(wf.figures.find((figure) => figure.indicator === "cared-for-children")!.value).toBe(250);
    expect(wf.figures.find((figure) => figure.indicator === "cared-for-children-missing-incident")).toMatchObject({ value: 15, numerator: 44, denominator: 289 });
    expect(wf.figures.find((figure) => figure.indicator === "care-experienced-in-eet")).toMatchObject({ value: null, status: "UNAVAILABLE" });
    expect(cumberland.figures).toHaveLength(21);
    expect(cumberland.figures.filter((figure) => figure.geography === "E92000001").map((figure) => [figure.indicator, figure.value])).toEqual([
      ["population-density", 395],
      ["population-living-in-rural-areas", 18],
    ]);
    expect(cumberland.figures.find((figure) => figure.indicator === "population")!.value).toBe(273300);
  });

  it("the scrutiny meeting of 18 April 2024 and its report, with all 12 sections", () => {
    expect(wf.meetings).toHaveLength(1);
    const [meeting] = wf.meetings;
    expect(meeting).toMatchObject({ board: "cypf-overview-and-scrutiny-committee", date: "2024-04-18" });
    expect(meeting.reports[0].presents).toBe("ambition-for-every-child");
    expect(meeting.reports[0].sections.map((section) => section.kind)).toEqual([
      "SUMMARY",
      "RECOMMENDATIONS",
      "RATIONALE",
      "COUNCIL_PLAN_LINK",
      "CONSULTATION",
      "ALTERNATIVE_OPTIONS",
      "REASONS",
      "CLIMATE",
      "LEGAL_AND_GOVERNANCE",
      "HUMAN_RESOURCES",
      "FINANCIAL",
      "BACKGROUND_DOCUMENTS",
    ]);
  });

  it("the indicator catalogue covers the measures the plans cite", () => {
    expect(vocabulary.indicators.filter((indicator) => indicator.kind === "NATIONAL").map((indicator) => indicator.code)).toEqual(
      expect.arrayContaining([
        "child-protection-plan-rate",
        "re-referrals-12-months",
        "good-outstanding-school",
        "neet-16-17",
        "ehcp-within-20-weeks",
        "permanent-exclusions",
        "placements-within-20-miles",
        "care-leavers-suitable-accommodation",
        "placement-stability-long-term",
        "ehcp-local-provision",
      ]),
    );
    // What the catalogue does not know stays null.
    expect(vocabulary.indicators.find((indicator) => indicator.code === "good-outstanding-school")).toMatchObject({ unit: null, polarity: null, dataset: null });
  });

  it("the shared subgraph's links resolve", () => {
    const shared = readSharedData(projectRoot, problems);
    expect(shared.initiatives.map((initiative) => initiative.id)).toContain("regional-adoption-agency");
  });
});
