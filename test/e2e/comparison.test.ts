import { rmSync } from "node:fs";
import type { Problem } from "../../lib/data/problems";
import { statisticsValues } from "../../lib/data/statistics";
import { projectWithComparisonFixture } from "../helpers/comparison-fixture";
import { startTestGraph, type TestGraph } from "../helpers/graph";
import { graphql } from "../../generated/test";

/**
 * LAIT-style comparisons through the gateway, on a synthetic multi-geography statistics file and a
 * synthetic statistical neighbour set (test/fixtures/comparisons: made-up values, marked so). Every
 * expected figure below was worked out by hand from that file.
 */
const roots: string[] = [];
function projectWithFixture(polarity?: string): string {
  const root = projectWithComparisonFixture(polarity);
  roots.push(root);
  return root;
}

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({ root: projectWithFixture() });
});
afterAll(async () => {
  await graph?.close();
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

interface Point {
  timePeriod: string;
  council: { value: number | null; status: string } | null;
  region: { value: number | null; status: string } | null;
  england: { value: number | null; status: string } | null;
  neighbourMean: number | null;
  neighboursWithValue: number;
  neighbours: number;
}
interface Side {
  council: { name: string; indicator: { measures: Array<{ text: string; plan: { title: string }; priority: { title: string } | null }> } };
  geography: { code: string; name: string };
  region: { code: string; name: string } | null;
  neighbours: string[];
  series: Point[];
  quartile: string | null;
  quartileReason: string | null;
  quartilePeriod: string | null;
  localAuthoritiesRanked: number;
}
const COMPARISON = graphql(`query ComparisonCompare($code: String!) {
  indicatorComparison(code: $code) {
    indicator { code title polarity }
    neighbourSet { name release synthetic }
    csvPath
    councils {
      council { name indicator(code: $code) { measures { text plan { title } priority { title } } } }
      geography { code name } region { code name } neighbours
      series { timePeriod council { value status } region { value status } england { value status } neighbourMean neighboursWithValue neighbours }
      quartile quartileReason quartilePeriod localAuthoritiesRanked
    }
  }
}`);
async function compare(target: TestGraph, code: string): Promise<{ indicator: { polarity: string }; neighbourSet: { name: string; synthetic: boolean } | null; csvPath: string; councils: Side[] }> {
  const answer = await target.query(COMPARISON, { code });
  expect(answer.errors).toBeUndefined();
  return answer.data!.indicatorComparison;
}
const value = (value: number | null, status = "PUBLISHED") => ({ value, status });

it("sets each council beside its region, England and its neighbours' mean, both councils in one query, with the plans' measures of the indicator", async () => {
  const comparison = await compare(graph, "re-referrals-12-months");
  expect(comparison.neighbourSet).toEqual({ name: "synthetic-test-set", release: "SYNTHETIC test release (not a DfE release)", synthetic: true });
  expect(comparison.csvPath).toBe("/comparisons/re-referrals-12-months.csv");
  const [wf, cumberland] = comparison.councils;
  expect(cumberland.geography).toEqual({ code: "E06000063", name: "Cumberland" });
  expect(cumberland.region).toEqual({ code: "E12000002", name: "North West" });
  expect(cumberland.neighbours).toEqual(["E06000001", "E06000006", "E06000008"]);
  // Before April 2023 the council did not exist: Cumbria's values (23.0, 24.5) are not its.
  expect(cumberland.series).toEqual([
    { timePeriod: "202122", council: null, region: null, england: value(21), neighbourMean: null, neighboursWithValue: 0, neighbours: 3 },
    { timePeriod: "202223", council: null, region: null, england: value(21.4), neighbourMean: null, neighboursWithValue: 0, neighbours: 3 },
    // Neighbours 12, 20, 15: mean 47 / 3.
    { timePeriod: "202324", council: value(21), region: value(20.1), england: value(21.5), neighbourMean: 47 / 3, neighboursWithValue: 3, neighbours: 3 },
    // Neighbours 10, low, x: the two without a number are left out: mean 10 over 1 of 3.
    { timePeriod: "202425", council: value(18), region: value(19.8), england: value(22), neighbourMean: 10, neighboursWithValue: 1, neighbours: 3 },
  ]);
  // Lower is better. 202425: 7 authorities have a number (18, 10, 14, 20, 22, 25, 30); 2 are lower: 2/7 < 0.5: B.
  expect([cumberland.quartile, cumberland.quartilePeriod, cumberland.localAuthoritiesRanked, cumberland.quartileReason]).toEqual(["B", "202425", 7, null]);
  // Westmorland and Furness: 202425 suppressed (c); its band is for 202324 (19 among 10; 12, 16, 18, 15 lower: 4/10): B.
  expect(wf.series.at(-1)).toEqual({ timePeriod: "202425", council: value(null, "SUPPRESSED"), region: value(19.8), england: value(22), neighbourMean: 17, neighboursWithValue: 2, neighbours: 2 });
  expect([wf.quartile, wf.quartilePeriod, wf.localAuthoritiesRanked]).toEqual(["B", "202324", 10]);
  // The plans' measures of the indicator, from the council's own subgraph, in the same answer.
  for (const side of [wf, cumberland]) expect(Array.isArray(side.council.indicator.measures)).toBe(true);
});

it("gives no band for a contextual indicator, and says why", async () => {
  const comparison = await compare(graph, "child-protection-plan-rate");
  expect(comparison.indicator.polarity).toBe("CONTEXTUAL");
  for (const side of comparison.councils) {
    expect(side.quartile).toBeNull();
    expect(side.quartileReason).toMatch(/contextual/);
  }
  // Cumberland's 202324 child protection rate is suppressed: kept as a status, never a zero.
  expect(comparison.councils[1].series.find((point) => point.timePeriod === "202324")!.council).toEqual(value(null, "SUPPRESSED"));
});

it("keeps Cumbria's values as Cumbria's, lists every area of the file, and answers unknown indicators with null", async () => {
  const answer = await graph.query(
    graphql(`query ComparisonGeographyValuesAndUnknownIndicator { geography(code: "E10000006") { name level laCode validTo values(indicator: "re-referrals-12-months") { timePeriod value } }
       geographies(level: LOCAL_AUTHORITY) { code name }
       indicatorComparison(code: "no-such-indicator") { csvPath } }`),
  );
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.geography).toEqual({
    name: "Cumbria",
    level: "LOCAL_AUTHORITY",
    laCode: "909",
    validTo: "2023-03-31",
    values: [
      { timePeriod: "202122", value: 23 },
      { timePeriod: "202223", value: 24.5 },
    ],
  });
  expect(answer.data!.geographies.map((geography) => geography.code)).toEqual(["E06000001", "E06000002", "E06000003", "E06000004", "E06000005", "E06000006", "E06000007", "E06000008", "E06000063", "E06000064", "E10000006"]);
  expect(answer.data!.indicatorComparison).toBeNull();
  const bad = await graph.query(`{ indicatorComparison(code: "re-referrals-12-months", neighbourSet: "no-such-set") { csvPath } }`);
  expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
});

it("downloads as CSV in the published files' columns, and the download imports back to the same values", async () => {
  const comparison = await compare(graph, "re-referrals-12-months");
  const response = await fetch(graph.gateway.url.replace(/\/graphql$/, "") + comparison.csvPath);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  const csv = await response.text();
  expect(csv.split("\n")[0]).toBe("time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,old_la_code,la_name,re_referrals_12_months");
  const problems: Problem[] = [];
  const imported = statisticsValues("download.csv", csv, new Set(["re-referrals-12-months"]), problems);
  expect(problems).toEqual([]);
  const expected = comparison.councils.flatMap((side) =>
    side.series.flatMap((point) => [
      ...(point.council ? [[point.timePeriod, side.geography.code, point.council.value, point.council.status]] : []),
      ...(point.region ? [[point.timePeriod, side.region!.code, point.region.value, point.region.status]] : []),
      ...(point.england ? [[point.timePeriod, "E92000001", point.england.value, point.england.status]] : []),
    ]),
  );
  // And Cumbria's rows, the predecessor's series, under its own code (the fixture's 23 and 24.5).
  expected.push(["202122", "E10000006", 23, "PUBLISHED"], ["202223", "E10000006", 24.5, "PUBLISHED"]);
  const unique = (rows: unknown[][]) => [...new Set(rows.map((row) => JSON.stringify(row)))].sort();
  expect(unique(imported.map((row) => [row.timePeriod, row.geography, row.value, row.status]))).toEqual(unique(expected));
  expect(csv).toContain(",E06000064,943,Westmorland and Furness,c\n");
  const missing = await fetch(graph.gateway.url.replace(/\/graphql$/, "") + "/comparisons/no-such-indicator.csv");
  expect(missing.status).toBe(404);
});

it("flips the band when the polarity flips", async () => {
  const flipped = await startTestGraph({ root: projectWithFixture("HIGHER_IS_BETTER") });
  try {
    const comparison = await compare(flipped, "re-referrals-12-months");
    const [wf, cumberland] = comparison.councils;
    // Higher is better. Cumberland 18 in 202425: 20, 22, 25, 30 are higher: 4/7 (0.57): C (was B).
    expect(cumberland.quartile).toBe("C");
    // Westmorland and Furness 19 in 202324: 21, 24, 26, 20, 28 are higher: 5/10 (0.5): C (was B).
    expect(wf.quartile).toBe("C");
  } finally {
    await flipped.close();
  }
});

it("serves the Regional Adoption Agency's adoption scorecard as reported, quarterly and 3-year rolling, never an average of its councils' values", async () => {
  const answer = await graph.query(
    graphql(`query ComparisonReportedAdoptionValuesAndSeries {
    jointInitiative(id: "regional-adoption-agency") { reportedValues(indicator: "adoption-a1") { indicator timePeriod timeIdentifier value status source { quote document { title } } } }
    indicatorComparison(code: "adoption-a1") { councils { series { timePeriod council { value status } } } }
  }`),
  );
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.jointInitiative.reportedValues).toEqual([
    {
      indicator: "adoption-a1",
      timePeriod: "202124",
      timeIdentifier: "3-year rolling 2021-24",
      value: 470,
      status: "PUBLISHED",
      source: { quote: "A1, 3-year rolling 2021-24: 470 days.", document: { title: "SYNTHETIC adoption scorecard extract for the Regional Adoption Agency (not real figures)" } },
    },
    {
      indicator: "adoption-a1",
      timePeriod: "202425",
      timeIdentifier: "Quarter 2 2024-25",
      value: 455,
      status: "PUBLISHED",
      source: { quote: "A1, Quarter 2 2024-25: 455 days.", document: { title: "SYNTHETIC adoption scorecard extract for the Regional Adoption Agency (not real figures)" } },
    },
  ]);
  // The councils' own 2021-24 values are 500 and 400: their mean (450) is not the agency's figure (470).
  // (The two real councils, first by port: a fixture council added has no value in the fixture's file.)
  const councilValues = answer.data!.indicatorComparison.councils.slice(0, 2).map((side) => side.series.find((point) => point.timePeriod === "202124")!.council!.value);
  expect(councilValues).toEqual([500, 400]);
  expect(answer.data!.jointInitiative.reportedValues[0].value).not.toBe((500 + 400) / 2);
  const all = await graph.query(graphql(`query ComparisonReportedValues { jointInitiative(id: "regional-adoption-agency") { reportedValues { indicator status value } } }`));
  expect(all.data!.jointInitiative.reportedValues.map((entry) => [entry.indicator, entry.status, entry.value])).toEqual([
    ["adoption-a1", "PUBLISHED", 470],
    ["adoption-a1", "PUBLISHED", 455],
    ["adoption-a2", "SUPPRESSED", null],
  ]);
});

it("batches: every area's values, the councils' areas and every initiative's reported values cost one SQL statement per level, whatever their number", async () => {
  const before = graph.sqlCounts().shared;
  const answer = await graph.query(
    graphql(`query ComparisonValuesAtEveryLevel { geographies { code values(indicator: "re-referrals-12-months") { value } }
       indicatorComparison(code: "re-referrals-12-months") { councils { geography { code } region { code } } }
       jointInitiatives(first: 100) { nodes { reportedValues { value } } } }`),
  );
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.geographies.length).toBeGreaterThan(10);
  expect(answer.data!.geographies.filter((geography) => geography.values.length > 0).length).toBeGreaterThan(10);
  // geographies 1, their values 1; the comparison: indicator 1, sets 1, values 1, neighbours 1, areas 1;
  // joint initiatives: count 1 + page 1, reported values 1. N+1 would cost more than 20.
  expect(graph.sqlCounts().shared - before).toBeLessThanOrEqual(11);
});
