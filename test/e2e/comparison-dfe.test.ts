import { startTestGraph, type TestGraph } from "../helpers/graph";
import { graphql } from "../../generated/test";

/**
 * Comparisons on the real DfE statistics the repository ships (sources/dfe-statistics: LAIT's
 * dataset and an EES file, with DfE's statistical neighbour models), through the gateway. Every
 * expected number was read from LAIT's own parquet file (bds_long_0.parquet, commit 2e30e39) or
 * worked out from it independently of the graph (the neighbours' means and quartiles, in Python).
 */
let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(async () => {
  await graph?.close();
});

interface Value {
  value: number | null;
  status: string;
}
interface Point {
  timePeriod: string;
  council: Value | null;
  region: Value | null;
  england: Value | null;
  neighbourMean: number | null;
  neighboursWithValue: number;
  neighbours: number;
}
interface Side {
  gssCode: string;
  neighbours: string[];
  quartile: string | null;
  quartileReason: string | null;
  quartilePeriod: string | null;
  localAuthoritiesRanked: number;
  note: string | null;
  series: Point[];
  predecessor: { gssCode: string; name: string; laCode: string; lastPeriod: string; neighbourSet: { name: string } | null; series: Point[] } | null;
}
interface Comparison {
  indicatorComparison: {
    indicator: { code: string; polarity: string };
    neighbourSet: { name: string; release: string; synthetic: boolean };
    publishedMeasure: { dataset: string; measure: string; polarity: string; unit: string; publication: string; councilsFrom: string; licence: string };
    councils: Side[];
  };
}

const COMPARISON = graphql(`query ComparisonDfeCompare($code: String!) {
  indicatorComparison(code: $code) {
    indicator { code polarity }
    neighbourSet { name release synthetic }
    publishedMeasure { dataset measure polarity unit publication councilsFrom licence }
    councils {
      gssCode neighbours quartile quartileReason quartilePeriod localAuthoritiesRanked note
      series { ...ComparisonDfePoint }
      predecessor { gssCode name laCode lastPeriod neighbourSet { name } series { ...ComparisonDfePoint } }
    }
  }
}
fragment ComparisonDfePoint on ComparisonPoint { timePeriod council { value status } region { value status } england { value status } neighbourMean neighboursWithValue neighbours }`);

async function compare(code: string): Promise<Comparison["indicatorComparison"]> {
  const result = await graph.query(COMPARISON, { code });
  expect(result.errors).toBeUndefined();
  return result.data!.indicatorComparison;
}
const side = (comparison: Comparison["indicatorComparison"], gssCode: string): Side => comparison.councils.find((council) => council.gssCode === gssCode)!;
const at = (series: Point[], period: string): Point => series.find((point) => point.timePeriod === period)!;
const CUMBERLAND = "E06000063";
const WESTMORLAND = "E06000064";

it("the looked-after rate: both councils' 2024 and 2025 values, the North West, England, each council's neighbours' mean over its 2025 set, and Cumbria's series to 2023 as the predecessor", async () => {
  const comparison = await compare("children-looked-after-rate");
  expect(comparison.neighbourSet).toEqual({ name: "dfe-statistical-neighbours-2025", release: "2025-05", synthetic: false });
  expect(comparison.publishedMeasure).toMatchObject({
    dataset: "LAIT",
    measure: "LAC",
    polarity: "-",
    unit: "Rate per 10,000",
    councilsFrom: "2024",
    licence: "Contains public sector information licensed under the Open Government Licence v3.0.",
  });
  const cumberland = side(comparison, CUMBERLAND);
  const westmorland = side(comparison, WESTMORLAND);
  // The 2025 model's neighbours, as published (942: 943, 925, 884, ...; 943: 884, 942, 860, ...).
  expect(cumberland.neighbours.slice(0, 3)).toEqual(["E06000064", "E10000019", "E06000019"]);
  expect(westmorland.neighbours).toHaveLength(10);
  expect(at(cumberland.series, "2024")).toEqual({
    timePeriod: "2024",
    council: { value: 93, status: "PUBLISHED" },
    region: { value: 94, status: "PUBLISHED" },
    england: { value: 69, status: "PUBLISHED" },
    neighbourMean: 74.9,
    neighboursWithValue: 10,
    neighbours: 10,
  });
  expect(at(cumberland.series, "2025")).toMatchObject({ council: { value: 87 }, region: { value: 90 }, england: { value: 67 }, neighbourMean: 73.4, neighboursWithValue: 10 });
  expect(at(westmorland.series, "2024")).toMatchObject({ council: { value: 63 }, region: { value: 94 }, england: { value: 69 }, neighbourMean: 73.3, neighboursWithValue: 10 });
  expect(at(westmorland.series, "2025").council).toEqual({ value: 67, status: "PUBLISHED" });
  expect(at(westmorland.series, "2025").neighbourMean).toBeCloseTo(72.2, 10);
  // Ten years; before 2024 the councils have no value of their own: never Cumbria's.
  expect(cumberland.series.map((point) => point.timePeriod)).toEqual(["2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"]);
  expect(at(cumberland.series, "2023").council).toEqual({ value: null, status: "UNAVAILABLE" });
  // Cumbria, the predecessor of both, to 2023, its neighbours' mean over its own 2021 model.
  for (const council of [cumberland, westmorland]) {
    expect(council.predecessor).toMatchObject({ gssCode: "E10000006", name: "Cumbria", laCode: "909", lastPeriod: "2023", neighbourSet: { name: "dfe-statistical-neighbours-2021" } });
    expect(council.predecessor!.series.map((point) => [point.timePeriod, point.council?.value])).toEqual([
      ["2016", 71],
      ["2017", 68],
      ["2018", 72],
      ["2019", 75],
      ["2020", 79],
      ["2021", 81],
      ["2022", 81],
      ["2023", 82],
    ]);
    expect(at(council.predecessor!.series, "2023")).toMatchObject({ neighbourMean: 71.6, neighboursWithValue: 10, neighbours: 10 });
    expect(council.note).toMatch(/Cumbria \(909, E10000006\) ended on 2023-03-31: its values to 2023 are shown as the predecessor's series, never as .*'s\. The published data give .* own values from 2024\./);
  }
  // A neighbour without a value is left out and counted: in 2021 Cumberland's neighbour Westmorland and Furness did not exist.
  expect(at(cumberland.series, "2021")).toMatchObject({ neighbourMean: 74, neighboursWithValue: 9, neighbours: 10 });
});

it("school-year data switch in 2023: good level of development has Cumbria to 2022 and the councils from 2023, and says so", async () => {
  const comparison = await compare("good-level-of-development");
  expect(comparison.publishedMeasure).toMatchObject({ measure: "FSP_NEW_GOODDEV", polarity: "High", councilsFrom: "2023" });
  const cumberland = side(comparison, CUMBERLAND);
  expect(at(cumberland.series, "2023").council).toEqual({ value: 65, status: "PUBLISHED" });
  expect(cumberland.predecessor).toMatchObject({ lastPeriod: "2022" });
  expect(at(cumberland.predecessor!.series, "2022").council).toEqual({ value: 61.5, status: "PUBLISHED" });
  // 2020 and 2021 were not collected (LAIT's "-"): a status, never a zero.
  expect(at(cumberland.predecessor!.series, "2020").council).toEqual({ value: null, status: "UNAVAILABLE" });
  expect(cumberland.note).toMatch(/own values from 2023 \(school-year data switch a year earlier than children's social care\)/);
});

it("quartile bands as LAIT computes them (R's quantiles of every authority's value, by polarity), pinned to the published values", async () => {
  // Worked out from the parquet's values in Python: [band, value, authorities with a value].
  const expected: Array<[string, string, string, string, number, number]> = [
    ["re-referrals-12-months", CUMBERLAND, "2025", "C", 22.7, 153], // Low: quartiles 16.9, 20, 23
    ["re-referrals-12-months", WESTMORLAND, "2025", "A", 16.5, 153],
    ["good-level-of-development", CUMBERLAND, "2025", "D", 64, 153], // High: 66.1, 68.3, 70.6
    ["good-level-of-development", WESTMORLAND, "2025", "C", 67.4, 153],
    ["care-experienced-in-eet", CUMBERLAND, "2025", "D", 46, 152], // High: 49, 54.5, 60
    ["care-experienced-in-eet", WESTMORLAND, "2025", "A", 65, 152],
    ["cp-plans-second-or-subsequent", CUMBERLAND, "2025", "C", 27.6, 152], // Low: 20, 24.3, 27.6 (on the upper quartile: C)
    ["ehcp-within-20-weeks", WESTMORLAND, "2024", "A", 91.6, 151], // High: 29.15, 52.3, 79.4
    ["neet-16-17", CUMBERLAND, "2025", "B", 2.6, 153], // Low: 2.2, 3.4, 4.4
  ];
  for (const [code, council, period, band, value, ranked] of expected) {
    const comparison = side(await compare(code), council);
    expect([code, council, comparison.quartile, comparison.quartilePeriod, comparison.localAuthoritiesRanked, at(comparison.series, period).council?.value]).toEqual([code, council, band, period, ranked, value]);
  }
});

it("reads LAIT's float noise as the number meant, and an EES file's symbols as statuses", async () => {
  // LAIT writes Cumbria's 2020 children in need rate as 304.39999999999998, and Westmorland and Furness's 2025 as 291.39999999999998.
  const cin = await compare("children-in-need-rate");
  expect(at(side(cin, WESTMORLAND).series, "2025").council).toEqual({ value: 291.4, status: "PUBLISHED" });
  expect(at(side(cin, WESTMORLAND).predecessor!.series, "2020").council).toEqual({ value: 304.4, status: "PUBLISHED" });
  // The EES looked-after file publishes 942 and 943 for 2021-2023 as z (not applicable): kept as such, never zero.
  const starting = await compare("children-starting-care-rate");
  expect(starting.publishedMeasure).toMatchObject({ dataset: "EES", measure: "LAC_Start_Rate" });
  const cumberland = side(starting, CUMBERLAND);
  expect(at(cumberland.series, "2022").council).toEqual({ value: null, status: "NOT_APPLICABLE" });
  expect(at(cumberland.series, "2025").council?.status).toBe("PUBLISHED");
  expect(cumberland.predecessor?.lastPeriod).toBe("2023");
});

it("downloads as CSV in the published files' columns with every area shown, Cumbria's rows under its own codes", async () => {
  const response = await fetch(new URL("/comparisons/children-looked-after-rate.csv", graph.gateway.url));
  expect(response.status).toBe(200);
  const lines = (await response.text()).trim().split("\n");
  expect(lines[0]).toBe("time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,old_la_code,la_name,children_looked_after_rate");
  expect(lines).toContain("2023,,Local authority,E92000001,England,E12000002,North West,E10000006,909,Cumbria,82");
  expect(lines).toContain("2025,,Local authority,E92000001,England,E12000002,North West,E06000063,942,Cumberland,87");
  expect(lines).toContain("2024,,Regional,E92000001,England,E12000002,North West,,,,94");
  expect(lines).toContain("2025,,National,E92000001,England,,,,,,67");
  // Cumbria appears once per period, though it is the predecessor of both councils.
  expect(lines.filter((line) => line.startsWith("2023,") && line.includes("E10000006"))).toHaveLength(1);
});
