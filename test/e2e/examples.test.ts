import { readFileSync } from "node:fs";
import { join } from "node:path";
import { examplesDir, exampleFiles, runExample } from "../../scripts/examples";
import { startTestGraph, type TestGraph } from "../helpers/graph";

/** The example queries (examples/, shown in docs/QUERYING.md) run against the gateway and give exactly the committed output. */
let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(async () => {
  await graph?.close();
});

it("has example queries", () => {
  expect(exampleFiles().length).toBeGreaterThanOrEqual(5);
});

it.each(exampleFiles())("%s answers without errors, as committed in its .json (run `npm run examples` after a change)", async (file) => {
  const output = await runExample(graph.gateway.url, file);
  const parsed = JSON.parse(output) as { data?: unknown; errors?: unknown };
  expect(parsed.errors).toBeUndefined();
  expect(parsed.data).toBeTruthy();
  expect(output).toBe(readFileSync(join(examplesDir, file.replace(/\.graphql$/, ".json")), "utf8"));
});
