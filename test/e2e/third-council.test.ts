import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { composeSupergraph } from "../../gateway/src/compose";
import { projectRoot, readCouncils } from "../../lib/config/project";
import { checkAll } from "../../lib/data/project-data";
import { formatProblem, type Problem } from "../../lib/data/problems";
import { copyProjectDataWithout, THIRD_COUNCIL } from "../helpers/councils";
import { startTestGraph, type TestGraph } from "../helpers/graph";
import { addCouncil, CouncilAddRefused } from "../../scripts/council-add";
import { graphql } from "../../generated/test";
import { WhatBothCouncilsDoOnDocument } from "../../generated/test/graphql";

/**
 * A third council from data alone, exactly as the guide docs/ADD-A-COUNCIL.md says, into a
 * temporary copy of the project's configuration and data: the fictional Exampleshire Council of
 * test/fixtures/third-council (never served by default). No TypeScript is written or changed: its
 * subgraph is generated from its configuration, the supergraph composes with three councils, and
 * cross-footprint queries, themes and joint work include it.
 */
const fixture = join(projectRoot, "test", "fixtures", "third-council");
const root = mkdtempSync(join(tmpdir(), "third-council-"));
let graph: TestGraph;

function editJson<T>(path: string, change: (json: T) => void): void {
  const json = JSON.parse(readFileSync(path, "utf8")) as T;
  change(json);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}

const FIXTURE_ID = THIRD_COUNCIL.id;
const copyProjectData = (to: string): void => copyProjectDataWithout(to, THIRD_COUNCIL.id, THIRD_COUNCIL.documents);

/** The project's own councils (those of the repository, and any others a CI copy has added), by id. */
const otherCouncils = (): string[] =>
  readCouncils(projectRoot, [])
    .map((council) => council.id)
    .filter((id) => id !== FIXTURE_ID);
const committedSupergraph = readFileSync(join(projectRoot, "gateway", "supergraph.graphql"), "utf8");

/** The guide's steps: `npm run council:add -- test/fixtures/third-council --partnership cumbria`, here its function. */
function onboard(): void {
  copyProjectData(root);
  // The council's folder, its documents and their catalogue entries, and its partnership; checked.
  // (compose, codegen and examples are left out: this copy holds data, not a whole project.)
  addCouncil({ folder: fixture, root, partnership: "cumbria" });
  // And, as joint work allows, a partner of a joint initiative.
  editJson<Array<{ id: string; partners: string[] }>>(join(root, "subgraphs", "shared", "data", "joint-initiatives.json"), (initiatives) => {
    initiatives.find((initiative) => initiative.id === "regional-adoption-agency")!.partners.push("exampleshire");
  });
}

let supergraphSdl: string;
let hints: string[];
beforeAll(async () => {
  onboard();
  ({ supergraphSdl, hints } = composeSupergraph(root));
  graph = await startTestGraph({ root, supergraphSdl });
}, 120_000);
afterAll(async () => {
  await graph?.close();
  rmSync(root, { recursive: true, force: true });
});

it("passes the data check and composes a supergraph with three council subgraphs and the shared one, without errors", () => {
  const problems: Problem[] = [];
  const councils = readCouncils(root, problems);
  expect(checkAll(root, councils, problems).map(formatProblem)).toEqual([]);
  expect(councils.map((council) => council.id).sort()).toEqual([...otherCouncils(), FIXTURE_ID].sort());
  expect(supergraphSdl).toMatch(/EXAMPLESHIRE @join__graph\(name: "exampleshire"/);
  for (const type of ["ExampleshireCouncil", "ExampleshirePlan", "ExampleshireAction", "ExampleshireBoard"]) expect(supergraphSdl).toContain(`type ${type} implements`);
  expect(Array.isArray(hints)).toBe(true);
  // The project's own supergraph is untouched.
  expect(readFileSync(join(projectRoot, "gateway", "supergraph.graphql"), "utf8")).toBe(committedSupergraph);
});

it("lists three councils, each from its own subgraph, with their plans and boards", async () => {
  const answer = await graph.query(graphql(`query ThirdCouncilCouncils { councils { id name gssCode plans { title } boards { name oversees { title } } } }`));
  expect(answer.errors).toBeUndefined();
  const councils = answer.data!.councils;
  expect(councils.map((council) => council.id.slice(council.id.indexOf(":") + 1)).sort()).toEqual([...otherCouncils(), FIXTURE_ID].sort());
  expect(councils.find((council) => council.id === "ExampleshireCouncil:exampleshire")).toEqual({
    id: "ExampleshireCouncil:exampleshire",
    name: "Exampleshire Council (fictional test fixture)",
    gssCode: "E06999999",
    plans: [{ title: "Exampleshire Children's Plan" }],
    boards: [{ name: "Exampleshire Children's Partnership Board", oversees: [{ title: "Exampleshire Children's Plan" }] }],
  });
});

it("answers a cross-footprint question by theme across all three councils, with the source of each action", async () => {
  // The example of examples/what-both-councils-do-on.graphql, as codegen reads and types it.
  const answer = await graph.query(WhatBothCouncilsDoOnDocument, { theme: "HOME_TO_SCHOOL_TRANSPORT" });
  expect(answer.errors).toBeUndefined();
  const byName = (name: string) => answer.data!.councils.find((council) => council.name === name)!;
  const [westmorland, cumberland, exampleshire] = ["Westmorland and Furness Council", "Cumberland Council", "Exampleshire Council (fictional test fixture)"].map(byName);
  expect(westmorland.actions.totalCount).toBeGreaterThan(0);
  expect(cumberland.actions.totalCount).toBeGreaterThan(0);
  expect(exampleshire.actions.totalCount).toBe(1);
  expect(exampleshire.actions.nodes[0]).toMatchObject({
    title: "Review home to school transport for children with special educational needs and disabilities",
    source: { document: { title: "Exampleshire Children's Plan 2025 - 2027 (fictional test fixture)" }, quote: "Review home to school transport for children with special educational needs and disabilities." },
  });
});

it("names it as a partner of the Regional Adoption Agency, resolved from its own subgraph, and finds it by id", async () => {
  const answer = await graph.query(
    graphql(`query ThirdCouncilPartners { jointInitiative(id: "regional-adoption-agency") { partners { name } } partnership { councils { name } } node(id: "ExampleshireCouncil:exampleshire") { ... on Council { name } } }`),
  );
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.jointInitiative.partners.map((partner) => partner.name)).toContain("Exampleshire Council (fictional test fixture)");
  expect(answer.data!.partnership.councils.map((council) => council.name)).toContain("Exampleshire Council (fictional test fixture)");
  expect(answer.data!.node).toEqual({ name: "Exampleshire Council (fictional test fixture)" });
});

describe("council:add refuses, changing nothing", () => {
  const snapshot = (): string => ["sources/documents.json", "subgraphs/shared/data/partnerships.json"].map((file) => readFileSync(join(root, file), "utf8")).join("\n");

  it("a council that exists already", () => {
    const before = snapshot();
    expect(() => addCouncil({ folder: fixture, root })).toThrow(/the council "exampleshire" exists already/);
    expect(snapshot()).toBe(before);
  });

  it("an unknown partnership, naming the known ones", () => {
    const other = mkdtempSync(join(tmpdir(), "council-add-"));
    try {
      copyProjectData(other);
      expect(() => addCouncil({ folder: fixture, root: other, partnership: "nowhere" })).toThrow(/no partnership "nowhere".*known: "cumbria"/);
      expect(existsSync(join(other, "subgraphs", "exampleshire"))).toBe(false);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it("a folder whose data fails the check: every file is as it was", () => {
    const other = mkdtempSync(join(tmpdir(), "council-add-"));
    const broken = mkdtempSync(join(tmpdir(), "council-broken-"));
    try {
      copyProjectData(other);
      cpSync(fixture, broken, { recursive: true });
      // A plan quoting a document that is not in the catalogue.
      const plans = join(broken, "subgraphs", "exampleshire", "data", "plans", "exampleshire-childrens-plan.json");
      writeFileSync(plans, readFileSync(plans, "utf8").split("exampleshire-children-plan").join("no-such-document"));
      const before = ["sources/documents.json", "subgraphs/shared/data/partnerships.json"].map((file) => readFileSync(join(other, file), "utf8"));
      let refusal: unknown;
      try {
        addCouncil({ folder: broken, root: other, partnership: "cumbria" });
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(CouncilAddRefused);
      expect((refusal as CouncilAddRefused).problems.join("\n")).toContain("no-such-document");
      expect(existsSync(join(other, "subgraphs", "exampleshire"))).toBe(false);
      expect(existsSync(join(other, "sources", "exampleshire-children-plan.txt"))).toBe(false);
      expect(["sources/documents.json", "subgraphs/shared/data/partnerships.json"].map((file) => readFileSync(join(other, file), "utf8"))).toEqual(before);
    } finally {
      rmSync(other, { recursive: true, force: true });
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
