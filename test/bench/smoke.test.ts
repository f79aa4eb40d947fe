import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { measureRequestCosts } from "../../bench/counts";
import { generateSynthetic } from "../../lib/synthetic/generate";
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
    smoke: true,
    connections: 3,
    targets: [...TARGETS],
    scenarios: SCENARIOS.map((scenario) => scenario.name),
    modes: [...MODES],
    dataLabel: "smoke",
    uniqueSetSize: 12,
    warmupSeconds: 1,
    log: (line) => lines.push(line),
  });
  const directScenarios = SCENARIOS.filter((scenario) => scenario.direct).length;
  expect(report.rows).toHaveLength(MODES.length * (SCENARIOS.length * (TARGETS.length - 1) + directScenarios));
  for (const row of report.rows) {
    expect({ scenario: row.scenario, mode: row.mode, target: row.target, wrong: row.wrong, errors: row.errors, non2xx: row.non2xx, firstWrong: row.firstWrong }).toEqual({
      scenario: row.scenario,
      mode: row.mode,
      target: row.target,
      wrong: 0,
      errors: 0,
      non2xx: 0,
      firstWrong: undefined,
    });
    expect(row.requests).toBe(row.mode === "identical" ? 1 : 12);
  }
}, 240_000);

it("costs the same subgraph fetches and SQL statements per request whatever the page size and the volume of data", async () => {
  const real = await measureRequestCosts();
  const out = mkdtempSync(join(tmpdir(), "bench-costs-"));
  try {
    generateSynthetic({ scale: 3, out });
    const tripled = await measureRequestCosts(out);
    for (const scenario of SCENARIOS) {
      const runs = [...real, ...tripled].filter((cost) => cost.scenario === scenario.name);
      expect(runs).toHaveLength(4);
      // Three times the data, and a page of 100 rather than 1: at least as many items, the same cost.
      expect(Math.max(...runs.map((run) => run.items))).toBeGreaterThan(Math.min(...runs.map((run) => run.items)));
      for (const run of runs) {
        expect({ scenario: run.scenario, fetches: run.fetches, sql: run.sql }).toEqual({ scenario: run.scenario, fetches: runs[0].fetches, sql: runs[0].sql });
      }
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 120_000);
