import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../lib/config/project";
import { startTestGraph, type TestGraph } from "../helpers/graph";
import { projectCouncils } from "../helpers/councils";
import { graphql } from "../../generated/test";

/** A commissioner's and a dashboard developer's questions, asked of the gateway over HTTP. */
let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(async () => {
  await graph?.close();
});

describe("cross-footprint questions through the gateway", () => {
  it("lists both councils with their plans, priorities and actions, counts as in the documents", async () => {
    const result = await graph.query(
      graphql(`query GraphCouncilPlansInFull {
      councils { __typename name gssCode
        plans { title kind period { start end } priorities { title children { title } } actions { title } boards { name } } } }`),
    );
    expect(result.errors).toBeUndefined();
    const [wf, cumberland] = result.data!.councils;
    expect([wf.__typename, wf.name, wf.gssCode]).toEqual(["WestmorlandAndFurnessCouncil", "Westmorland and Furness Council", "E06000064"]);
    expect([cumberland.__typename, cumberland.name, cumberland.gssCode]).toEqual(["CumberlandCouncil", "Cumberland Council", "E06000063"]);

    const ambition = wf.plans.find((plan) => plan.title === "Ambition for Every Child")!;
    expect(ambition.kind).toBe("PLAN");
    expect(ambition.priorities.map((theme) => theme.title)).toEqual([
      "Improving the life chances of children and young people",
      "Caring for and keeping children and young people safe",
      "Ensuring access to services and provision",
      "Working in partnership to manage our collective resources effectively",
    ]);
    expect(ambition.priorities.flatMap((theme) => theme.children)).toHaveLength(15);
    expect(ambition.priorities[0].children[0].title).toBe("strengthening the voice of the child in all our work");
    expect(ambition.actions).toHaveLength(32);
    expect(ambition.actions[0].title).toBe("designing and delivering an Early Help offer which meets national requirements and is focused on prevention");
    expect(ambition.actions[31].title).toBe("delivering the DfE Better Value in SEND programme of activity");
    expect(ambition.boards.map((board) => board.name)).toEqual(["Children's Programme Board", "Children, Young People and Families - Overview and Scrutiny Committee"]);

    const strategy = wf.plans.find((plan) => plan.kind === "STRATEGY")!;
    expect(strategy.title).toBe("Cared for Children and Care Experienced Young People's Strategy");
    expect(strategy.period).toEqual({ start: null, end: "2028" });
    expect(strategy.actions).toHaveLength(23);

    expect(cumberland.plans).toHaveLength(1);
    const wellbeing = cumberland.plans[0];
    expect(wellbeing.period).toEqual({ start: "2024-09", end: "2026-03" });
    expect(wellbeing.priorities).toHaveLength(5);
    expect(wellbeing.priorities[0].title).toBe("A stable workforce");
  });

  it("answers 'what do both councils do on adoption' in one query, with the source of each action", async () => {
    const result = await graph.query(
      graphql(`query GraphAdoptionActions {
      councils { name actions(filter: { theme: ADOPTION }) { totalCount nodes { id title status plan { title } council { name } themes { id } source { document { title } section quote } } } } }`),
    );
    expect(result.errors).toBeUndefined();
    for (const council of result.data!.councils) expect(council.actions.totalCount).toBe(council.actions.nodes.length);
    const [wf, cumberland] = result.data!.councils.map((council) => ({ actions: council.actions.nodes }));
    expect(wf.actions.map((action) => action.title)).toEqual(expect.arrayContaining(["establishing a Regional Adoption Agency with Cumberland Council"]));
    expect(cumberland.actions.map((action) => action.title)).toEqual([
      "Development of regional adoption agency across the Cumbria footprint in partnership with Westmorland and Furness Council that embraces modernity and supports positive adoption outcomes for the child's life course to improve outcomes and reduce the impact of family breakdown",
    ]);
    for (const action of [...wf.actions, ...cumberland.actions]) {
      expect(action.status).toBe("NOT_REPORTED");
      expect(action.themes.map((theme) => theme.id)).toContain("Theme:adoption");
      expect(action.source.quote.length).toBeGreaterThan(10);
    }
    const raa = wf.actions.find((action) => action.title.startsWith("establishing a Regional Adoption Agency"))!;
    expect(raa.source).toEqual({
      document: { title: "Ambition for Every Child: A Children and Young People's Plan – Working Together to Make a Difference for Every Child in Westmorland and Furness" },
      section: "Action from April 2024 to December 2025",
      quote: "establishing a Regional Adoption Agency with Cumberland Council",
    });
  });

  it("filters actions by text (case-insensitive, title and description), theme and status", async () => {
    const result = await graph.query(
      graphql(`query GraphActionFilters {
      councils {
        transport: actions(filter: { text: "SCHOOL TRANSPORT" }) { nodes { title } }
        percent: actions(filter: { text: "%" }) { nodes { title } }
        none: actions(filter: { status: ON_TRACK }) { nodes { title } }
        all: actions(filter: { status: NOT_REPORTED }, first: 100) { nodes { title } }
        combined: actions(filter: { text: "send", theme: SEND }) { nodes { title } }
      } }`),
    );
    expect(result.errors).toBeUndefined();
    const [wf, cumberland] = result.data!.councils.map((council) => ({
      transport: council.transport.nodes,
      percent: council.percent.nodes,
      none: council.none.nodes,
      all: council.all.nodes,
      combined: council.combined.nodes,
    }));
    expect(wf.transport.map((action) => action.title)).toEqual(["implementing Home to School Transport Transformation Plan - Phase 2"]);
    expect(cumberland.transport.map((action) => action.title)).toEqual(["Reviewing our home to school transport policy for more efficient use of resources"]);
    // "%" is matched literally, not as a wildcard: no action contains a percent sign.
    expect(wf.percent).toEqual([]);
    expect(wf.none).toEqual([]);
    expect(wf.all).toHaveLength(55);
    expect(cumberland.all).toHaveLength(42);
    expect(wf.combined.length).toBeGreaterThan(2);
    expect(wf.combined.every((action) => /send/i.test(action.title))).toBe(true);
  });
});

describe("the joint work", () => {
  it("the Regional Adoption Agency: in development, both partners, both councils' actions with their plans", async () => {
    const result = await graph.query(
      graphql(`query GraphJointInitiativeWithSources {
      jointInitiative(id: "regional-adoption-agency") { id name status kind
        partners { name }
        restsOn { name status hostedBy { name } }
        councilActions { __typename title plan { title } council { name } }
        sources { quote document { publisher } } } }`),
    );
    expect(result.errors).toBeUndefined();
    const raa = result.data!.jointInitiative;
    expect(raa).toMatchObject({ id: "JointInitiative:regional-adoption-agency", name: "Regional Adoption Agency", status: "IN_DEVELOPMENT", kind: "REGIONAL_ADOPTION_AGENCY" });
    expect(raa.partners.map((partner) => partner.name)).toEqual(["Westmorland and Furness Council", "Cumberland Council"]);
    expect(raa.restsOn).toEqual([{ name: "Cumbria Adoption", status: "OPERATING", hostedBy: { name: "Cumberland Council" } }]);
    expect(raa.councilActions).toEqual([
      { __typename: "WestmorlandAndFurnessAction", title: "establishing a Regional Adoption Agency with Cumberland Council", plan: { title: "Ambition for Every Child" }, council: { name: "Westmorland and Furness Council" } },
      expect.objectContaining({ __typename: "CumberlandAction", plan: { title: "Children and Family Wellbeing Strategic Plan" }, council: { name: "Cumberland Council" } }),
    ]);
    expect(raa.councilActions[1].title).toMatch(/^Development of regional adoption agency across the Cumbria footprint/);
  });

  it("lists the hosted services and other joint work, filterable, with the partnership and themes", async () => {
    const result = await graph.query(
      graphql(`query GraphPartnershipAndInitiativeFilters {
      partnership { name councils { gssCode } jointInitiatives { nodes { key } } }
      hosted: jointInitiatives(filter: { kind: HOSTED_SERVICE }) { nodes { key partOf { key } } }
      fostering: jointInitiatives(filter: { theme: FOSTERING, status: OPERATING }) { nodes { key } }
      theme(code: ADOPTION) { name jointInitiatives { key } } }`),
    );
    expect(result.errors).toBeUndefined();
    const data = result.data!;
    // The two real councils, first, and any other member the project's partnerships.json gives it.
    const members = JSON.parse(readFileSync(join(projectRoot, "subgraphs", "shared", "data", "partnerships.json"), "utf8"))[0].councils as string[];
    expect(data.partnership.councils.map((council) => council.gssCode)).toEqual(members.map((id) => projectCouncils().find((council) => council.id === id)!.gssCode));
    expect(data.partnership.councils.map((council) => council.gssCode).slice(0, 2)).toEqual(["E06000064", "E06000063"]);
    expect(data.partnership.jointInitiatives.nodes.map((initiative) => initiative.key)).toEqual(expect.arrayContaining(["regional-adoption-agency", "hosted-services", "cumbria-adoption", "cumbria-fostering"]));
    expect(data.hosted.nodes).toEqual([
      { key: "cumbria-adoption", partOf: { key: "hosted-services" } },
      { key: "cumbria-fostering", partOf: { key: "hosted-services" } },
    ]);
    expect(data.fostering.nodes.map((initiative) => initiative.key)).toEqual(["hosted-services", "cumbria-fostering", "regional-fostering-recruitment-hub"]);
    expect(data.theme.jointInitiatives.map((initiative) => initiative.key)).toEqual(["regional-adoption-agency", "hosted-services", "cumbria-adoption"]);
  });
});

describe("global ids", () => {
  it("node(id) round-trips every kind of id, wherever the object lives", async () => {
    const ids = await graph.query(
      graphql(`query GraphAllNodeIds {
      councils { id plans { id priorities { id } actions { id } } boards { id } }
      jointInitiatives { nodes { id } } themes { id } partnership { id } }`),
    );
    expect(ids.errors).toBeUndefined();
    const data = ids.data!;
    const all = [
      ...data.councils.flatMap((council) => [council.id, council.boards[0].id, council.plans[0].id, council.plans[0].priorities[0].id, council.plans[0].actions[0].id]),
      data.jointInitiatives.nodes[0].id,
      data.themes[0].id,
      data.partnership.id,
    ];
    // Five types of each council's own, and three shared ones.
    expect(new Set(all.map((id) => id.split(":")[0])).size).toBe(5 * data.councils.length + 3);
    for (const id of all) {
      const result = await graph.query(
        graphql(
          `query GraphNodeById($id: ID!) { node(id: $id) { __typename id ... on Council { name } ... on Plan { title } ... on Priority { title } ... on Action { title } ... on Board { name } ... on JointInitiative { name } ... on Theme { name } ... on Partnership { name } } }`,
        ),
        { id },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.node).toMatchObject({ id, __typename: id.split(":")[0] });
      expect(result.data!.node!.name ?? result.data!.node!.title).toBeTruthy();
    }
  });

  it("unknown, malformed and hostile ids give null, not an error", async () => {
    const result = await graph.query(
      graphql(`query GraphUnknownIds {
      a: node(id: "CumberlandAction:no-such-action") { id ... on Action { title } }
      b: node(id: "NoSuchType:x") { id }
      c: node(id: "'; DROP TABLE action; --") { id }
      d: jointInitiative(id: "no-such-initiative") { name }
      e: council(id: "WestmorlandAndFurnessCouncil:cumberland") { id }
      f: council(id: "cumberland") { id }
      g: node(id: "JointInitiative:no-such") { id } }`),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ a: null, b: null, c: null, d: null, e: null, f: { id: "CumberlandCouncil:cumberland" }, g: null });
  });
});

describe("bad input gets a coded error and changes nothing", () => {
  it("an invalid enum value is a validation error with a code", async () => {
    const result = await graph.query(`{ councils { actions(filter: { theme: NOT_A_THEME }) { nodes { title } } } }`);
    expect(result.data).toBeUndefined();
    expect(result.errors![0].extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("an unknown field is a validation error; a syntax error a parse error", async () => {
    expect((await graph.query(`{ councils { salary } }`)).errors![0].extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect((await graph.query(`{ councils { `)).errors![0].extensions!.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("oversize filter text and too many node ids are BAD_USER_INPUT", async () => {
    const long = await graph.query(`query($t: String) { councils { actions(filter: { text: $t }) { nodes { title } } } }`, { t: "x".repeat(201) });
    expect(long.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    const many = await graph.query(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: 101 }, (_, i) => `Theme:t${i}`) });
    expect(many.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
  });

  it("hostile filter text is data, not SQL", async () => {
    const result = await graph.query(graphql(`query GraphInjectedTextFilter { councils { actions(filter: { text: "' OR 1=1 --" }) { nodes { title } } } }`));
    expect(result.errors).toBeUndefined();
    expect(result.data!.councils.map((council) => council.actions.nodes)).toEqual(projectCouncils().map(() => []));
    const after = await graph.query(graphql(`query GraphActionTotals { councils { actions { totalCount } } }`));
    expect(after.data!.councils.map((council) => council.actions.totalCount).slice(0, 2)).toEqual([55, 42]);
  });

  it("a malformed JSON body is a 400 with a code; subgraphs refuse callers other than the gateway", async () => {
    const response = await fetch(graph.gateway.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{ not json" });
    expect(response.status).toBe(400);
    const subgraph = await fetch(graph.subgraphs["cumberland"].url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ cumberland { name } }" }) });
    expect(subgraph.status).toBe(401);
    expect(((await subgraph.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });
});

describe("everything else in the documents", () => {
  it("compares an indicator across both councils in one query, saying where a council has no value", async () => {
    const result = await graph.query(
      graphql(`query GraphCaredForChildrenIndicator {
      indicator(code: "cared-for-children") { title unit kind }
      councils { name indicator(code: "cared-for-children") { tracked latest { value status asAt geography source { quote document { id } } } noValueReason } } }`),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.indicator).toEqual({ title: "Cared for children (number)", unit: "COUNT", kind: "LOCAL" });
    const [wf, cumberland] = result.data!.councils;
    expect(wf.indicator.latest).toEqual({ value: 250, status: "PUBLISHED", asAt: "2024-02-27", geography: "E06000064", source: { quote: "250 Cared For Children (CFC)", document: { id: "wf-cared-for-children-strategy" } } });
    expect(wf.indicator.noValueReason).toBeNull();
    expect(cumberland.indicator.latest).toBeNull();
    expect(cumberland.indicator.noValueReason).toBe("Cumberland Council has no value for this indicator in the loaded documents and statistics.");
  });

  it("a measure the plan tracks is linked to its theme and indicator; a tracked measure without a value says so", async () => {
    const result = await graph.query(
      graphql(`query GraphPlanMeasures {
      councils { plans { title measures { text priority { title } indicator { code polarity dataset } } }
        indicator(code: "child-protection-plan-rate") { tracked noValueReason } } }`),
    );
    expect(result.errors).toBeUndefined();
    const [wf, cumberland] = result.data!.councils;
    const measures = wf.plans[0].measures;
    expect(measures).toHaveLength(13);
    expect(measures[6]).toEqual({
      text: "Rate of children subject to a CP Plan per 10,000 population 0-17",
      priority: { title: "Caring for and keeping children and young people safe" },
      indicator: { code: "child-protection-plan-rate", polarity: "CONTEXTUAL", dataset: "Children in need census (CIN)" },
    });
    expect(wf.indicator).toEqual({ tracked: true, noValueReason: "Westmorland and Furness Council's plans track this indicator, but the loaded documents and statistics give no value for it." });
    expect(cumberland.indicator.tracked).toBe(false);
  });

  it("the scrutiny committee's meeting and the report it considered, linked to the plan", async () => {
    const result = await graph.query(
      graphql(`query GraphBoardMeetingReports {
      councils { boards { name meetings(first: 3) { nodes { date reports { title author presents { title } financial: sections(kind: FINANCIAL) { heading paragraphs { number text } } } } } } } }`),
    );
    expect(result.errors).toBeUndefined();
    const committee = result.data!.councils[0].boards.find((board) => board.meetings.nodes.length > 0)!;
    expect(committee.name).toBe("Children, Young People and Families - Overview and Scrutiny Committee");
    const [meeting] = committee.meetings.nodes;
    expect(meeting.date).toBe("2024-04-18");
    expect(meeting.reports[0]).toMatchObject({
      title: "Ambition for Every Child - a Strategy and Plan for Westmorland and Furness",
      author: "Milorad Vasic, Director of Children's Services",
      presents: { title: "Ambition for Every Child" },
    });
    expect(meeting.reports[0].financial[0].paragraphs[0].number).toBe("11.1");
    expect(meeting.reports[0].financial[0].paragraphs[0].text).toMatch(/^This report is recommending the implementation of a five year/);
  });

  it("voices, promises, principles and signatories, each sourced", async () => {
    const result = await graph.query(
      graphql(`query GraphPlanVoicesAndStatements {
      councils { plans { title voices { kind speaker text } promise: statements(kind: PROMISE) { text } corporate: statements(kind: CORPORATE_PARENTING_PRINCIPLE) { text } signatories { name role } } } }`),
    );
    expect(result.errors).toBeUndefined();
    const [wf, cumberland] = result.data!.councils;
    const strategy = wf.plans[1];
    expect(strategy.promise).toHaveLength(3);
    expect(strategy.corporate).toHaveLength(7);
    expect(strategy.voices.find((voice) => voice.speaker === "FOSTER_CARERS")!.text).toMatch(/^After a year of fostering/);
    expect(wf.plans[0].signatories).toEqual([
      { name: "Councillor Sue Sanderson", role: "Lead Member Children's Services" },
      { name: "Mil Vasic", role: "Director of Children's Services" },
    ]);
    expect(cumberland.plans[0].voices.map((voice) => voice.text)).toContain("I need someone who can believe in me.");
  });

  it("the catalogue lists its indicators; an unknown indicator code is null, a malformed one a coded error", async () => {
    const result = await graph.query(graphql(`query GraphNationalAndMissingIndicators { national: indicators(kind: NATIONAL) { code } missing: indicator(code: "no-such-indicator") { code } }`));
    expect(result.errors).toBeUndefined();
    // 18 the plans and domain notes name, and 10 the DfE statistics bring (lib/vocabulary/dfe-measures.json).
    expect(result.data!.national.length).toBe(28);
    expect(result.data!.missing).toBeNull();
    const bad = await graph.query(`{ councils { indicator(code: "DROP TABLE") { tracked } } }`);
    expect(bad.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
  });
});
