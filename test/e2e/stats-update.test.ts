import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../lib/config/project";
import { startTestGraph, type TestGraph } from "../helpers/graph";
import { graphql } from "../../generated/test";

/**
 * `npm run stats:update -- <file>` with a newer release of an EES file the graph uses: the new
 * release's periods replace the old, periods it no longer carries are kept, and the graph serves the
 * result. Runs the built script (npm test builds first) on a copy of the project's data.
 */
const FILE = "cla_number_and_rate_per_10k_children.csv";
let root: string;
let graph: TestGraph | undefined;
afterAll(async () => {
  await graph?.close();
  rmSync(root, { recursive: true, force: true });
});

it("loads a newer release: its periods replace the old release's, earlier periods are kept, and the graph serves both", async () => {
  root = mkdtempSync(join(tmpdir(), "stats-update-"));
  for (const dir of ["subgraphs", "sources", join("lib", "vocabulary")]) cpSync(join(projectRoot, dir), join(root, dir), { recursive: true });
  const published = readFileSync(join(projectRoot, "sources", "dfe-statistics", FILE), "utf8")
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\n");
  const [header, ...rows] = published;
  // A made-up "2026 release" (TEST ONLY): 2022-2025 as before except a revised Cumberland 2025 rate, a new 2026 row, and no 2021.
  const cumberland2025 = "2025,Reporting year,Local authority,E92000001,England,E12000002,North West,942,Cumberland,E06000063,Children starting to be looked after each year,";
  const revised = rows.filter((row) => !row.startsWith("2021,")).map((row) => (row.startsWith(cumberland2025) ? `${cumberland2025}52489,500,95.3` : row));
  expect(revised.filter((row) => row.endsWith(",95.3"))).toHaveLength(1);
  const release = join(root, "release");
  mkdirSync(release);
  writeFileSync(
    join(release, FILE),
    [header, ...revised, "2026,Reporting year,Local authority,E92000001,England,E12000002,North West,942,Cumberland,E06000063,Children starting to be looked after each year,52000,110,21.2"].join("\n") + "\n",
  );

  const run = spawnSync(process.execPath, [join(projectRoot, "dist", "scripts", "stats-update.js"), "--root", root, join(release, FILE)], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  const kept = rows.filter((row) => row.startsWith("2021,")).length;
  expect(run.stdout).toBe(`${FILE}: periods 2022, 2023, 2024, 2025, 2026 as published, ${kept} rows of earlier periods kept\n`);

  graph = await startTestGraph({ root });
  const result = await graph.query(graphql(`query StatsUpdateStartingCareSeries { indicatorComparison(code: "children-starting-care-rate") { councils { gssCode series { timePeriod council { value status } england { value } } } } }`));
  expect(result.errors).toBeUndefined();
  const cumberland = result.data!.indicatorComparison.councils.find((council) => council.gssCode === "E06000063")!;
  const at = (period: string) => cumberland.series.find((point) => point.timePeriod === period);
  expect(at("2026")?.council).toEqual({ value: 21.2, status: "PUBLISHED" });
  expect(at("2025")?.council).toEqual({ value: 95.3, status: "PUBLISHED" });
  // 2021 came from the earlier release only: kept, with its z and England's value.
  expect(at("2021")?.council).toEqual({ value: null, status: "NOT_APPLICABLE" });
  expect(at("2021")?.england?.value).toEqual(expect.any(Number));
}, 60_000);

it("refuses a file it does not know, and says how it is used", () => {
  const run = spawnSync(process.execPath, [join(projectRoot, "dist", "scripts", "stats-update.js"), "--root", root, join(projectRoot, "package.json")], { encoding: "utf8" });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain("No file the graph uses in");
  const usage = spawnSync(process.execPath, [join(projectRoot, "dist", "scripts", "stats-update.js")], { encoding: "utf8" });
  expect(usage.status).toBe(2);
  expect(usage.stderr).toBe("usage: npm run stats:update -- [--root DIR] <DfE file or folder>\n");
});
