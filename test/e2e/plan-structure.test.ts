import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../lib/config/project";
import { startTestGraph, type GraphQLResponse, type TestGraph } from "../helpers/graph";
import { graphql } from "../../generated/test";

/**
 * A plan as a tree of headings of any kind (issue 20), through the gateway. The repository's plans
 * as converted (Cumberland's numbered priorities, Ambition for Every Child's themes over priorities),
 * and, in a copy of the project, what they do not use: actions and an aspiration under an OUTCOME
 * heading, a group of measures, and a heading kind of the council's own vocabulary. Every added
 * record quotes its document verbatim.
 */
const root = mkdtempSync(join(tmpdir(), "graph-plan-structure-"));
for (const dir of ["subgraphs", "sources", join("lib", "vocabulary")]) cpSync(join(projectRoot, dir), join(root, dir), { recursive: true });

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test fixtures edit arbitrary JSON
function edit(file: string, change: (json: Json) => void): void {
  const path = join(root, file);
  const json = JSON.parse(readFileSync(path, "utf8")) as Json;
  change(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
}

const STRATEGY = "subgraphs/westmorland-furness/data/plans/cared-for-children-strategy.json";
const AMBITION = "subgraphs/westmorland-furness/data/plans/ambition-for-every-child.json";
const OUTCOME_TEXT = "The gap in achievement for cared for children and young people will be narrowed and increasingly be in line with their peers and better than national cared for children and young people";
edit(STRATEGY, (plan) => {
  plan.headings.push({
    id: "outcome-1",
    kind: "OUTCOME",
    number: "1",
    title: OUTCOME_TEXT,
    description: null,
    source: { section: "Our Seven Outcomes", quote: OUTCOME_TEXT },
    children: [{ id: "promise-strand", kind: "STRAND", number: "1a", title: "Our Promise", description: null, source: { section: "Our Promise", quote: "Our Promise" }, children: [] }],
  });
  plan.actions[0].parent = "outcome-1";
  plan.actions[1].parent = "promise-strand";
  plan.statements.push({
    id: "aspiration-1",
    kind: "ASPIRATION",
    label: "aspirations",
    number: "1",
    parent: "outcome-1",
    text: "The guiding thread woven into all our priorities and aspirations for cared for children and care experienced young people is centred on the voice of the child and their active participation in ensuring our effective purposeful actions make a difference.",
    source: {
      section: "Our Promise",
      quote:
        "The guiding thread woven into all our priorities and aspirations for cared for children and care experienced young people is centred on the voice of the child and their active participation in ensuring our effective purposeful actions make a difference.",
    },
  });
});
edit(AMBITION, (plan) => {
  plan.measureGroups = [
    { id: "g-safe", title: "Caring for and keeping children and young people safe", parent: "theme-safe", source: { section: "Governance and Accountability", quote: "Caring for and keeping children and young people safe" } },
  ];
  for (const measure of plan.measures) if (measure.parent === "theme-safe") measure.group = "g-safe";
});
// A kind of the council's own: its vocabulary folder extends the shared heading kinds.
mkdirSync(join(root, "subgraphs/westmorland-furness/data/vocabulary"), { recursive: true });
writeFileSync(join(root, "subgraphs/westmorland-furness/data/vocabulary/heading-kinds.json"), JSON.stringify([{ code: "STRAND", name: "Strand", description: "A strand of work under an outcome (this test's own kind)." }]));

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({ root });
});
afterAll(async () => {
  await graph?.close();
  rmSync(root, { recursive: true, force: true });
});

/** One plan, from the answer to a typed query over every council's plans (each selecting the plans' `id`). */
async function planOf<P extends { id: string }>(planId: string, answer: Promise<GraphQLResponse<{ councils: Array<{ plans: P[] }> }>>): Promise<P> {
  const result = await answer;
  expect(result.errors).toBeUndefined();
  const plan = result.data!.councils.flatMap((council) => council.plans).find((candidate) => candidate.id.endsWith(`:${planId}`));
  if (!plan) throw new Error(`no plan ${planId}`);
  return plan;
}

it("serves each plan's headings with their kinds, kind names and numbers as printed", async () => {
  const result = await graph.query(graphql(`query PlanStructureHeadingTree { councils { plans { id headings { id kind kindName number title subheadings { id kind kindName number title subheadings { id } } } } } }`));
  expect(result.errors).toBeUndefined();
  const plans = result.data!.councils.flatMap((council) => council.plans);
  const wellbeing = plans.find((plan) => plan.id.endsWith(":children-and-family-wellbeing-plan"))!;
  expect(wellbeing.headings.map((heading) => `${heading.kindName} ${heading.number} ${heading.title.slice(0, 20)}`)).toEqual([
    "Priority 1) A stable workforce",
    "Priority 2) Right services for t",
    "Priority 3) Excellence in practi",
    "Priority 4) Innovative and aspir",
    "Priority 5) 'Nothing for us with",
  ]);
  const ambition = plans.find((plan) => plan.id.endsWith(":ambition-for-every-child"))!;
  expect(ambition.headings.map((heading) => heading.kind)).toEqual(["THEME", "THEME", "THEME", "THEME"]);
  expect(ambition.headings.flatMap((heading) => heading.subheadings.map((child) => child.kind))).toEqual(Array(15).fill("PRIORITY"));
  // The type keeps its name: global ids are unchanged.
  expect(ambition.headings[0].id).toBe("WestmorlandAndFurnessPriority:ambition-for-every-child.theme-life-chances");
});

it("Plan.headings(kind:) gives every heading of a kind at any depth, in document order; an unknown kind is BAD_USER_INPUT naming the known ones", async () => {
  const ambition = await planOf("ambition-for-every-child", graph.query(graphql(`query PlanStructurePriorityHeadings { councils { plans { id headings(kind: "PRIORITY") { title parentHeading { kind title } } } } }`)));
  expect(ambition.headings).toHaveLength(15);
  expect(ambition.headings[0].title).toBe("strengthening the voice of the child in all our work");
  expect(new Set(ambition.headings.map((heading) => heading.parentHeading.kind))).toEqual(new Set(["THEME"]));

  const strands = await planOf("cared-for-children-strategy", graph.query(graphql(`query PlanStructureStrandHeadings { councils { plans { id headings(kind: "STRAND") { kindName number title parentHeading { kind number } } } } }`)));
  expect(strands.headings).toEqual([{ kindName: "Strand", number: "1a", title: "Our Promise", parentHeading: { kind: "OUTCOME", number: "1" } }]);

  const refused = await graph.query('{ councils { plans { headings(kind: "CHAPTER") { title } } } }');
  expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  expect(refused.errors?.[0]?.message).toContain('"CHAPTER" is not a heading kind of this council. Known heading kinds: PRIORITY, THEME, OUTCOME');
});

it("actions hang under a heading of any kind: an OUTCOME's actions, and Action.parentHeading beside the deprecated priority", async () => {
  const strategy = await planOf(
    "cared-for-children-strategy",
    graph.query(
      graphql(
        `query PlanStructureOutcomeActions { councils { plans { id headings(kind: "OUTCOME") { kind number actions { title parentHeading { kind number } priority { title } } statements { kindCode label number } subheadings { kind actions { title } } } } } }`,
      ),
    ),
  );
  expect(strategy.headings).toHaveLength(1);
  const [outcome] = strategy.headings;
  expect(outcome.actions).toHaveLength(1);
  expect(outcome.actions[0].parentHeading).toEqual({ kind: "OUTCOME", number: "1" });
  // Existing clients still get the same heading through the deprecated field.
  expect(outcome.actions[0].priority.title).toBe(OUTCOME_TEXT);
  expect(outcome.statements).toEqual([{ kindCode: "ASPIRATION", label: "aspirations", number: "1" }]);
  expect(outcome.subheadings).toEqual([{ kind: "STRAND", actions: [expect.objectContaining({ title: expect.any(String) })] }]);
});

it("groups measures: Plan.measureGroups, MeasureGroup.measures and Measure.group", async () => {
  const ambition = await planOf(
    "ambition-for-every-child",
    graph.query(
      graphql(`query PlanStructureMeasureGroups { councils { plans { id measureGroups { title source { section quote } parentHeading { kind title } measures { text } } measures { text group { title } parentHeading { kind } } } } }`),
    ),
  );
  expect(ambition.measureGroups).toHaveLength(1);
  expect(ambition.measureGroups[0].parentHeading.kind).toBe("THEME");
  expect(ambition.measureGroups[0].measures.map((measure) => measure.text)).toEqual(["Rate of children subject to a CP Plan per 10,000 population 0-17", "Referrals within 12 months of a previous referral (rolling 12 month)"]);
  expect(ambition.measures.filter((measure) => measure.group !== null)).toHaveLength(2);
  expect(ambition.measures).toHaveLength(13);
});

it("statements: kindCode and kindName for every kind, the enum kind (OTHER beyond its values), the document's label; kindCode filters and is checked", async () => {
  const strategy = await planOf(
    "cared-for-children-strategy",
    graph.query(
      graphql(
        `query PlanStructureStatementKinds { councils { plans { id aspirations: statements(kindCode: "ASPIRATION") { kind kindCode kindName label number } promises: statements(kind: PROMISE) { kindCode kindName label } others: statements(kind: OTHER) { kindCode } } } }`,
      ),
    ),
  );
  expect(strategy.aspirations).toEqual([{ kind: "OTHER", kindCode: "ASPIRATION", kindName: "Aspiration", label: "aspirations", number: "1" }]);
  expect(strategy.others).toEqual([{ kindCode: "ASPIRATION" }]);
  expect(strategy.promises).toHaveLength(3);
  expect(strategy.promises[0]).toEqual({ kindCode: "PROMISE", kindName: "Promise", label: "Our Promise" });

  const refused = await graph.query('{ councils { plans { statements(kindCode: "MANIFESTO") { text } } } }');
  expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  expect(refused.errors?.[0]?.message).toContain('"MANIFESTO" is not a statement kind of this council. Known statement kinds: PROMISE, PRINCIPLE');
});

it("a list of N headings costs no more SQL statements than a list of 3: one per level", async () => {
  const all = await graph.query(graphql(`query PlanStructureHeadingIds { councils { plans { headings { id subheadings { id } } } } }`));
  const ids = all.data!.councils.flatMap((council) => council.plans.flatMap((plan) => plan.headings.flatMap((heading) => [heading.id, ...heading.subheadings.map((child) => child.id)])));
  expect(ids.length).toBeGreaterThan(20);
  const DEEP = graphql(`query PlanStructureDeep($ids: [ID!]!) { nodes(ids: $ids) { id ... on Heading {
    kind kindName number title plan { title } parentHeading { kind title }
    subheadings { kind title actions { title } }
    actions { title parentHeading { kind } themes { id } }
    measures { text group { title measures { text } } }
    statements { kindCode kindName }
    successMeasures { text }
  } } }`);
  const measure = async (some: string[]) => {
    const before = graph.sqlCounts();
    const result = await graph.query(DEEP, { ids: some });
    expect(result.errors).toBeUndefined();
    expect(result.data!.nodes.every((node) => node !== null && node.kind.length > 0)).toBe(true);
    const after = graph.sqlCounts();
    return Object.fromEntries(Object.keys(after).map((name) => [name, after[name] - (before[name] ?? 0)]));
  };
  // Three headings that between them reach every level (a level with nothing to load costs none):
  // a theme with priorities, actions and grouped measures; an outcome with a nested strand, actions and
  // an aspiration; a priority with success measures.
  const few = ["WestmorlandAndFurnessPriority:ambition-for-every-child.theme-safe", "WestmorlandAndFurnessPriority:cared-for-children-strategy.outcome-1", "CumberlandPriority:children-and-family-wellbeing-plan.stable-workforce"];
  expect(ids).toEqual(expect.arrayContaining(few));
  const small = await measure(few);
  // N headings of the same two councils' plans (other councils, e.g. fixture councils onboarded in CI,
  // would be levels the three never reach).
  const large = await measure(ids.filter((id) => id.startsWith("WestmorlandAndFurnessPriority:") || id.startsWith("CumberlandPriority:")));
  // Never more for N than for 3 (per-item loading would cost dozens more). It can be fewer: with every
  // heading in the list, a nested heading's actions are already loaded as that heading's own.
  for (const name of Object.keys(small)) expect(large[name]).toBeLessThanOrEqual(small[name]);
  // headings, plan, parent heading, nested headings, their actions, actions, their headings, themes, measures,
  // groups, groups' measures, statements, success measures: at most 13 levels per council subgraph.
  expect(large["westmorland-furness"]).toBeLessThanOrEqual(13);
  process.stdout.write(`headings deep query SQL statements: N=${few.length} ${JSON.stringify(small)}; N=${ids.length} ${JSON.stringify(large)}\n`);
});
