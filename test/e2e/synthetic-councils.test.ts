import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { composeDataRoot } from "../../gateway/src/compose";
import { supergraphPath } from "../../lib/config/env";
import { loadCouncils, projectRoot } from "../../lib/config/project";
import { costDirectivesOf } from "../../lib/graphql/cost-directives";
import { generateSynthetic } from "../../lib/synthetic/generate";
import { startTestGraph, type TestGraph } from "../helpers/graph";

interface Overview {
  councils: Array<{ id: string; name: string; gssCode: string; plans: Array<{ title: string }>; actions: { totalCount: number; nodes: Array<{ title: string }> } }>;
}

/**
 * A footprint of four councils, the two real ones and two synthetic, from a synthetic data root with
 * its own supergraph: every subgraph a real server on an ephemeral port, queried through the gateway.
 */
// Written for the repository's two councils (synthetic-03 is the first synthetic one); CI's fixture
// step adds real councils with council:add, and this is not run there.
const REPOSITORY_COUNCILS_ONLY = loadCouncils().length === 2;
(REPOSITORY_COUNCILS_ONLY ? describe : describe.skip)("a graph of four councils from a synthetic data root", () => {
  const out = mkdtempSync(join(tmpdir(), "graph-four-councils-"));
  let graph: TestGraph;
  let supergraphSdl: string;
  beforeAll(async () => {
    generateSynthetic({ scale: 1, out, councils: 4 });
    supergraphSdl = readFileSync(composeDataRoot(out).path, "utf8");
    graph = await startTestGraph({ dataRoot: out, supergraphSdl });
  }, 240_000);
  afterAll(async () => {
    await graph?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it("answers the cross-footprint overview for every council, each from its own subgraph", async () => {
    const query = readFileSync(join(projectRoot, "bench", "queries", "council-overview.graphql"), "utf8");
    const before = graph.sqlCounts();
    const result = await graph.query<Overview>(query, { text: null, first: 5 });
    expect(result.errors).toBeUndefined();
    const councils = result.data!.councils;
    expect(councils.map((council) => [council.id, council.name, council.gssCode])).toEqual([
      ["WestmorlandAndFurnessCouncil:westmorland-furness", "Westmorland and Furness Council", "E06000064"],
      ["CumberlandCouncil:cumberland", "Cumberland Council", "E06000063"],
      ["Synthetic03Council:synthetic-03", "Synthetic Council 03", "E06900003"],
      ["Synthetic04Council:synthetic-04", "Synthetic Council 04", "E06900004"],
    ]);
    // A synthetic council is a marked copy of a real one: the same plans and actions, every title marked.
    const [wf, , third, fourth] = councils;
    for (const synthetic of [third, fourth]) {
      expect(synthetic.plans.map((plan) => plan.title)).toEqual(wf.plans.map((plan) => `[synthetic 1] ${plan.title}`));
      expect(synthetic.actions.totalCount).toBe(wf.actions.totalCount);
      expect(synthetic.actions.nodes.map((action) => action.title)).toEqual(wf.actions.nodes.map((action) => `[synthetic 1] ${action.title}`));
    }
    // Each council subgraph did the same work for its part (the statements do not grow with the footprint).
    const after = graph.sqlCounts();
    const statements = (name: string) => after[name] - before[name];
    expect(statements("synthetic-03")).toBe(statements("westmorland-furness"));
    expect(statements("synthetic-04")).toBe(statements("westmorland-furness"));
  });

  it("weighs Query.councils as the four councils it lists (the cost rule and admission count every council)", () => {
    expect(costDirectivesOf(supergraphSdl).listSizes.get("Query.councils")?.assumedSize).toBe(4);
    expect(costDirectivesOf(readFileSync(supergraphPath({}), "utf8")).listSizes.get("Query.councils")?.assumedSize).toBe(2);
  });

  it("compares an indicator across all four councils", async () => {
    const query = readFileSync(join(projectRoot, "bench", "queries", "indicator-comparison.graphql"), "utf8");
    const result = await graph.query<{ councils: Array<{ name: string; figures: { totalCount: number } }> }>(query, { code: "cared-for-children", first: 5 });
    expect(result.errors).toBeUndefined();
    expect(result.data!.councils.map((council) => council.name)).toEqual(["Westmorland and Furness Council", "Cumberland Council", "Synthetic Council 03", "Synthetic Council 04"]);
  });
});
