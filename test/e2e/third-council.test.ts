import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { composeSupergraph } from "../../gateway/src/compose";
import { projectRoot, readCouncils } from "../../lib/config/project";
import { checkAll } from "../../lib/data/project-data";
import { formatProblem, type Problem } from "../../lib/data/problems";
import { startTestGraph, type TestGraph } from "../helpers/graph";

/**
 * A third council from data alone, exactly as the README's "Add a council" guide says, into a
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

/** The guide's steps, as commands a maintainer would run (here, file operations). */
function onboard(): void {
  // A copy of the project's configuration and data files (the code stays where it is).
  for (const dir of ["subgraphs", "sources", join("lib", "vocabulary")]) cpSync(join(projectRoot, dir), join(root, dir), { recursive: true });
  // 1. The council's folder: configuration and data files.
  cpSync(join(fixture, "subgraphs", "exampleshire"), join(root, "subgraphs", "exampleshire"), { recursive: true });
  // 2. Its documents, and their entries in the catalogue.
  cpSync(join(fixture, "sources", "exampleshire-children-plan.txt"), join(root, "sources", "exampleshire-children-plan.txt"));
  editJson<unknown[]>(join(root, "sources", "documents.json"), (documents) => documents.push(JSON.parse(readFileSync(join(fixture, "sources", "documents.add.json"), "utf8"))));
  // 3. The one registry entry: the partnership's list of councils. And, as joint work allows, a partner.
  editJson<{ councils: string[] }>(join(root, "subgraphs", "shared", "data", "partnership.json"), (partnership) => partnership.councils.push("exampleshire"));
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
});
afterAll(async () => {
  await graph?.close();
  rmSync(root, { recursive: true, force: true });
});

it("passes the data check and composes a supergraph with three council subgraphs and the shared one, without errors", () => {
  const problems: Problem[] = [];
  const councils = readCouncils(root, problems);
  expect(checkAll(root, councils, problems).map(formatProblem)).toEqual([]);
  expect(councils.map((council) => council.id)).toEqual(["westmorland-furness", "cumberland", "exampleshire"]);
  expect(supergraphSdl).toMatch(/EXAMPLESHIRE @join__graph\(name: "exampleshire"/);
  for (const type of ["ExampleshireCouncil", "ExampleshirePlan", "ExampleshireAction", "ExampleshireBoard"]) expect(supergraphSdl).toContain(`type ${type} implements`);
  expect(Array.isArray(hints)).toBe(true);
  // The repository's own supergraph is untouched: two councils.
  expect(readFileSync(join(projectRoot, "gateway", "supergraph.graphql"), "utf8")).not.toContain("Exampleshire");
});

it("lists three councils, each from its own subgraph, with their plans and boards", async () => {
  const answer = await graph.query<{ councils: Array<{ id: string; name: string; gssCode: string; plans: Array<{ title: string }>; boards: Array<{ name: string; oversees: Array<{ title: string }> }> }> }>(
    `{ councils { id name gssCode plans { title } boards { name oversees { title } } } }`,
  );
  expect(answer.errors).toBeUndefined();
  const councils = answer.data!.councils;
  expect(councils.map((council) => council.name)).toEqual(["Westmorland and Furness Council", "Cumberland Council", "Exampleshire Council (fictional test fixture)"]);
  expect(councils[2]).toEqual({
    id: "ExampleshireCouncil:exampleshire",
    name: "Exampleshire Council (fictional test fixture)",
    gssCode: "E06999999",
    plans: [{ title: "Exampleshire Children's Plan" }],
    boards: [{ name: "Exampleshire Children's Partnership Board", oversees: [{ title: "Exampleshire Children's Plan" }] }],
  });
});

it("answers a cross-footprint question by theme across all three councils, with the source of each action", async () => {
  const query = readFileSync(join(projectRoot, "examples", "what-both-councils-do-on.graphql"), "utf8");
  const answer = await graph.query<{ councils: Array<{ name: string; actions: { totalCount: number; nodes: Array<{ title: string; source: { document: { title: string }; quote: string } }> } }> }>(query, { theme: "HOME_TO_SCHOOL_TRANSPORT" });
  expect(answer.errors).toBeUndefined();
  const [westmorland, cumberland, exampleshire] = answer.data!.councils;
  expect(westmorland.actions.totalCount).toBeGreaterThan(0);
  expect(cumberland.actions.totalCount).toBeGreaterThan(0);
  expect(exampleshire.actions.totalCount).toBe(1);
  expect(exampleshire.actions.nodes[0]).toMatchObject({
    title: "Review home to school transport for children with special educational needs and disabilities",
    source: { document: { title: "Exampleshire Children's Plan 2025 - 2027 (fictional test fixture)" }, quote: "Review home to school transport for children with special educational needs and disabilities." },
  });
});

it("names it as a partner of the Regional Adoption Agency, resolved from its own subgraph, and finds it by id", async () => {
  const answer = await graph.query<{ jointInitiative: { partners: Array<{ name: string }> }; partnership: { councils: Array<{ name: string }> }; node: { name: string } | null }>(
    `{ jointInitiative(id: "regional-adoption-agency") { partners { name } } partnership { councils { name } } node(id: "ExampleshireCouncil:exampleshire") { ... on Council { name } } }`,
  );
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.jointInitiative.partners.map((partner) => partner.name)).toContain("Exampleshire Council (fictional test fixture)");
  expect(answer.data!.partnership.councils).toHaveLength(3);
  expect(answer.data!.node).toEqual({ name: "Exampleshire Council (fictional test fixture)" });
});
