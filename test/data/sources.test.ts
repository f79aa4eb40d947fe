import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadCouncils, projectRoot } from "../../lib/config/project";
import { readCouncilData, validateCouncilData, type PlanFile, type SourceRef } from "../../lib/council/data-files";
import { loadDocumentCatalogue, normaliseText, readDocumentText } from "../../lib/sources/catalogue";
import { readSharedData, validateSharedData } from "../../subgraphs/shared/src/data-files";

/** Guards the product's first promise: every quoted fact is in its document, word for word. */
const catalogue = loadDocumentCatalogue();
const documentText = new Map(catalogue.map((document) => [document.id, normaliseText(readDocumentText(document))]));
const councils = loadCouncils();
const byId = Object.fromEntries(councils.map((council) => [council.id, readCouncilData(council)]));
const shared = readSharedData(join(projectRoot, "subgraphs", "shared", "data"));

function quotesOf(plan: PlanFile): Array<{ where: string; document: string; text: string }> {
  const out: Array<{ where: string; document: string; text: string }> = [];
  const add = (where: string, source: SourceRef, ...texts: Array<string | null>) => {
    const document = source.document ?? plan.document;
    out.push({ where: `${where} quote`, document, text: source.quote });
    for (const text of texts) if (text) out.push({ where, document, text });
  };
  add(`${plan.id}`, plan.source);
  add(`${plan.id} period`, plan.period.source, plan.period.text);
  const walk = (priorities: PlanFile["priorities"]) =>
    priorities.forEach((priority) => {
      add(`${plan.id} priority ${priority.id}`, priority.source, priority.title, priority.description);
      (priority.successMeasures ?? []).forEach((measure) => add(`${plan.id} ${priority.id} ${measure.id}`, measure.source, measure.text));
      walk(priority.children);
    });
  walk(plan.priorities);
  plan.actions.forEach((action) => add(`${plan.id} action ${action.id}`, action.source, action.title, action.description, action.heading));
  (plan.outcomes ?? []).forEach((outcome) => add(`${plan.id} outcome ${outcome.id}`, outcome.source, outcome.text));
  return out;
}

describe("data files are faithful to the published documents", () => {
  it("every quote, title, description and heading in the council plans occurs verbatim in its document", () => {
    const checks = councils.flatMap((council) => byId[council.id].plans.flatMap(quotesOf));
    expect(checks.length).toBeGreaterThan(300);
    const missing = checks.filter((check) => !documentText.get(check.document)?.includes(normaliseText(check.text)));
    expect(missing).toEqual([]);
  });

  it("every action's title and description lie within its own quote", () => {
    const outside = councils.flatMap((council) =>
      byId[council.id].plans.flatMap((plan) =>
        plan.actions
          .filter((action) => [action.title, action.description].some((text) => text !== null && !normaliseText(action.source.quote).includes(normaliseText(text))))
          .map((action) => `${plan.id}.${action.id}`),
      ),
    );
    expect(outside).toEqual([]);
  });

  it("the seed documents in sources/ are byte-for-byte the published texts in ../shared/seeds", () => {
    const seeds = join(projectRoot, "..", "shared", "seeds");
    if (!existsSync(seeds)) return; // a clone without shared/ beside it: nothing to compare with
    for (const document of catalogue.filter((entry) => entry.file.endsWith(".txt"))) {
      expect(readFileSync(join(projectRoot, "sources", document.file), "utf8")).toBe(readFileSync(join(seeds, document.file), "utf8"));
    }
  });

  it("every board's name and quote, and every shared source, occurs verbatim in its document", () => {
    const checks = [
      ...councils.flatMap((council) => byId[council.id].boards.flatMap((board) => [
        { where: board.id, document: board.source.document, text: board.source.quote },
        { where: `${board.id} name`, document: board.source.document, text: board.name },
        ...(board.chair ? [{ where: `${board.id} chair`, document: board.source.document, text: board.chair }] : []),
      ])),
      ...shared.partnership.sources.map((source) => ({ where: "partnership", document: source.document, text: source.quote })),
      ...shared.initiatives.flatMap((initiative) => [initiative.statusSource, ...initiative.sources].map((source) => ({ where: initiative.id, document: source.document, text: source.quote }))),
    ];
    const missing = checks.filter((check) => !documentText.get(check.document)?.includes(normaliseText(check.text)));
    expect(missing).toEqual([]);
  });

  it("the data files validate, and every council action the shared subgraph links to exists", () => {
    for (const council of councils) expect(validateCouncilData(byId[council.id], catalogue)).toEqual([]);
    expect(validateSharedData(shared, councils, catalogue)).toEqual([]);
    const actionIds = new Set(
      councils.flatMap((council) => byId[council.id].plans.flatMap((plan) => plan.actions.map((action) => `${council.typePrefix}Action:${plan.id}.${action.id}`))),
    );
    const linked = shared.initiatives.flatMap((initiative) => initiative.councilActions);
    expect(linked.filter((id) => !actionIds.has(id))).toEqual([]);
  });

  it("the validator reports broken files rather than loading them", () => {
    const broken = JSON.parse(JSON.stringify(byId["cumberland"])) as typeof byId["cumberland"];
    broken.plans[0].actions[0].themes.push("NOT_A_THEME");
    broken.plans[0].actions[1].id = broken.plans[0].actions[0].id;
    broken.plans[0].actions[2].priority = "no-such-priority";
    broken.boards[0].source.document = "no-such-document";
    const problems = validateCouncilData(broken, catalogue);
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringContaining('unknown theme "NOT_A_THEME"'),
      expect.stringContaining("is used twice"),
      expect.stringContaining('unknown priority "no-such-priority"'),
      expect.stringContaining('unknown document "no-such-document"'),
    ]));
  });
});

describe("counts match the documents", () => {
  const wf = byId["westmorland-furness"];
  const plan = (id: string) => {
    const found = Object.values(byId).flatMap((data) => data.plans).find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no plan ${id}`);
    return found;
  };

  it("Ambition for Every Child: 4 themes, 15 strategic priorities, 32 actions under 5 headings", () => {
    const ambition = plan("ambition-for-every-child");
    expect(ambition.priorities.map((theme) => theme.children.length)).toEqual([5, 4, 3, 3]);
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
  });

  it("Cared for Children strategy: 5 priorities with 3, 6, 6, 4, 4 actions, and 7 outcomes", () => {
    const strategy = plan("cared-for-children-strategy");
    expect(strategy.priorities.map((priority) => strategy.actions.filter((action) => action.priority === priority.id).length)).toEqual([3, 6, 6, 4, 4]);
    expect(strategy.outcomes).toHaveLength(7);
  });

  it("Cumberland's plan: 5 strategic priorities, each with its measures of success", () => {
    const cumberland = plan("children-and-family-wellbeing-plan");
    expect(cumberland.priorities.map((priority) => priority.title)).toEqual([
      "A stable workforce",
      "Right services for the right children at the right time",
      "Excellence in practice",
      "Innovative and aspirational services - right home right time/ sufficiency strategy",
      "'Nothing for us without us' - collaboration, lived experience, wishes and views, and co-production of services with children and families/partners",
    ]);
    expect(cumberland.priorities.every((priority) => (priority.successMeasures ?? []).length > 0)).toBe(true);
  });

  it("the Westmorland and Furness boards the documents name are all there", () => {
    expect(wf.boards.map((board) => board.name)).toEqual(expect.arrayContaining(["Children's Programme Board", "Cared for Children Partnership Board", "Corporate Parenting Board"]));
  });

});
