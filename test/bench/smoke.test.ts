import { measureRequestCosts } from "../../bench/counts";
import { runBench, TARGETS, MODES } from "../../bench/run";
import { SCENARIOS } from "../../bench/scenarios";

/**
 * A smoke round of `npm run bench`: every target (our gateway with and without its response cache,
 * Hive Gateway, Hive Gateway with its Rust planner, the subgraph directly), every query, both modes,
 * a few requests each, every answer checked. Not a timing: the figures come from `npm run bench`.
 */
it("serves every benchmark query through every target with the expected answers", async () => {
  const lines: string[] = [];
  const report = await runBench({
    amount: 12,
    connections: 3,
    targets: [...TARGETS],
    scenarios: SCENARIOS.map((scenario) => scenario.name),
    modes: [...MODES],
    dataLabel: "smoke",
    uniqueSetSize: 12,
    warmup: 3,
    log: (line) => lines.push(line),
  });
  const directScenarios = SCENARIOS.filter((scenario) => scenario.direct).length;
  expect(report.rows).toHaveLength(MODES.length * (SCENARIOS.length * (TARGETS.length - 1) + directScenarios));
  for (const row of report.rows) {
    expect({ scenario: row.scenario, mode: row.mode, target: row.target, wrong: row.wrong, errors: row.errors, non2xx: row.non2xx, firstWrong: row.firstWrong }).toEqual({
      scenario: row.scenario, mode: row.mode, target: row.target, wrong: 0, errors: 0, non2xx: 0, firstWrong: undefined,
    });
    expect(row.requests).toBeGreaterThanOrEqual(12);
    expect(row.cpuSeconds).toBeGreaterThan(0);
  }
}, 240_000);

it("costs the same subgraph fetches and SQL statements per request for a page of 1 as for a page of 100", async () => {
  const costs = await measureRequestCosts();
  for (const scenario of SCENARIOS) {
    const [one, hundred] = costs.filter((cost) => cost.scenario === scenario.name);
    expect(hundred.items).toBeGreaterThan(one.items);
    expect(hundred.fetches).toEqual(one.fetches);
    expect(hundred.sql).toEqual(one.sql);
  }
}, 60_000);
