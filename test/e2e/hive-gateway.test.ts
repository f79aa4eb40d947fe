import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startHiveGateway, stopService, type Service } from "../../bench/processes";
import { supergraphPath } from "../../lib/config/env";
import { examplesDir, exampleFiles, runExample } from "../../scripts/examples";
import { startTestGraph, type TestGraph } from "../helpers/graph";

/**
 * The committed supergraph file, unchanged, served by another gateway: Hive Gateway (from the npm
 * registry, a development dependency), with its JavaScript query planner and with its Rust one, in
 * front of our running subgraphs. Every example (examples/) gives exactly the answer our gateway gives
 * (the committed .json files, which test/e2e/examples.test.ts checks against ours).
 */
let graph: TestGraph;
const dir = mkdtempSync(join(tmpdir(), "hive-gateway-"));
const hive: Record<string, Service> = {};

beforeAll(async () => {
  graph = await startTestGraph();
  const urls = Object.fromEntries(Object.entries(graph.subgraphs).map(([name, running]) => [name, running.url]));
  // The subgraphs accept only signed identities: Hive sends the anonymous one ours would send.
  const secrets = { subgraphSecret: graph.secret, authSecret: "unused: Hive Gateway verifies no user tokens here" };
  const [javascript, rust] = await Promise.all([startHiveGateway("hive", supergraphPath({}), urls, dir, secrets, false), startHiveGateway("hive-rust", supergraphPath({}), urls, dir, secrets, true)]);
  hive.hive = javascript;
  hive["hive-rust"] = rust;
}, 120_000);
afterAll(async () => {
  await Promise.all(Object.values(hive).map((service) => stopService(service)));
  await graph?.close();
  rmSync(dir, { recursive: true, force: true });
});

const cases = ["hive", "hive-rust"].flatMap((gateway) => exampleFiles().map((file) => [gateway, file] as const));

it.each(cases)("%s answers %s exactly as our gateway does", async (gateway, file) => {
  const output = await runExample(hive[gateway].url, file);
  expect(output).toBe(readFileSync(join(examplesDir, file.replace(/\.graphql$/, ".json")), "utf8"));
});
