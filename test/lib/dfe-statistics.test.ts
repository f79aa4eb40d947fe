import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../lib/config/project";
import { dfeMeasures } from "../../lib/data/dfe-measures";
import { eesValues, laitPeriod, laitValues, statisticCell, type MeasureMapping } from "../../lib/data/dfe-statistics";
import type { Problem } from "../../lib/data/problems";
import { quantile } from "../../lib/comparison/compare";

describe("a cell of a DfE file", () => {
  it("reads float noise as the number meant", () => {
    expect(statisticCell("304.39999999999998")).toEqual({ value: 304.4, status: "PUBLISHED" });
    expect(statisticCell("64.900000000000006")).toEqual({ value: 64.9, status: "PUBLISHED" });
    expect(statisticCell("-0.28000000000000003")).toEqual({ value: -0.28, status: "PUBLISHED" });
    expect(statisticCell("4.7980000000000002E-2")).toEqual({ value: 0.04798, status: "PUBLISHED" });
    expect(statisticCell("0.74074074074074081")?.value).toBeCloseTo(0.740740740741, 12);
    expect(statisticCell("12,183,016")).toEqual({ value: 12183016, status: "PUBLISHED" });
    expect(statisticCell("0")).toEqual({ value: 0, status: "PUBLISHED" });
  });

  it("keeps x, z, c, low and LAIT's - as statuses, never as zero; anything else is not a cell", () => {
    expect(statisticCell("x")).toEqual({ value: null, status: "UNAVAILABLE" });
    expect(statisticCell("z")).toEqual({ value: null, status: "NOT_APPLICABLE" });
    expect(statisticCell("c")).toEqual({ value: null, status: "SUPPRESSED" });
    expect(statisticCell("low")).toEqual({ value: null, status: "LOW" });
    expect(statisticCell("-")).toEqual({ value: null, status: "UNAVAILABLE" });
    for (const bad of ["", "n/a", "12abc", "1.2.3", "--"]) expect(statisticCell(bad)).toBeNull();
  });

  it("reads LAIT's years as the graph's periods", () => {
    expect([laitPeriod("2025"), laitPeriod("2023/24"), laitPeriod("2014-16")]).toEqual(["2025", "202324", null]);
  });
});

const STARTING: MeasureMapping = {
  indicator: "children-starting-care-rate",
  measure: "LAC_Start_Rate",
  source: "EES",
  ees: { file: "x.csv", filter: { population_type: "Children starting to be looked after each year" }, column: "rate_per_10000" },
};
const LOOKED_AFTER: MeasureMapping = { ...STARTING, indicator: "children-looked-after-rate", ees: { ...STARTING.ees!, filter: { population_type: "Children looked after on 31 March each year" } } };

describe("an Explore Education Statistics file, as published", () => {
  const header = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,population_type,population_estimate,children_count,rate_per_10000";
  const rows = [
    "2025,Reporting year,Local authority,E92000001,England,E12000002,North West,942,Cumberland,E06000063,Children starting to be looked after each year,52489,100,19.05",
    "2022,Reporting year,Local authority,E92000001,England,E12000002,North West,942,Cumberland,E06000063,Children starting to be looked after each year,z,z,z",
    "2025,Reporting year,National,E92000001,England,,,,,,Children starting to be looked after each year,12183016,34450,c",
    "2025,Reporting year,Regional,E92000001,England,E12000002,North West,,,,Children looked after on 31 March each year,1607440,15070,94",
  ];

  it("finds columns by name: the same rows with la_name and new_la_code swapped read the same", () => {
    const swap = (line: string): string => {
      const cells = line.split(",");
      [cells[8], cells[9]] = [cells[9], cells[8]];
      return cells.join(",");
    };
    const problems: Problem[] = [];
    const straight = eesValues("a.csv", [header, ...rows].join("\n"), STARTING, problems);
    const swapped = eesValues("b.csv", [swap(header), ...rows.map(swap)].join("\n"), STARTING, problems);
    expect(problems).toEqual([]);
    const essentials = (values: typeof straight) => values.map((value) => [value.level, value.geography, value.name, value.timePeriod, value.value, value.status]);
    expect(essentials(straight)).toEqual([
      ["LOCAL_AUTHORITY", "E06000063", "Cumberland", "2025", 19.05, "PUBLISHED"],
      ["LOCAL_AUTHORITY", "E06000063", "Cumberland", "2022", null, "NOT_APPLICABLE"],
      ["NATIONAL", "E92000001", "England", "2025", null, "SUPPRESSED"],
    ]);
    expect(essentials(swapped)).toEqual(essentials(straight));
  });

  it("names a missing column, and a value that is neither a number nor a symbol", () => {
    const problems: Problem[] = [];
    expect(eesValues("a.csv", [header.replace("rate_per_10000", "rate"), ...rows].join("\n"), STARTING, problems)).toEqual([]);
    expect(problems).toEqual([{ file: "a.csv", field: "rate_per_10000", message: "column is missing" }]);
    const bad: Problem[] = [];
    eesValues("a.csv", [header, rows[0].replace(",19.05", ",n/a")].join("\n"), STARTING, bad);
    expect(bad).toEqual([{ file: "a.csv", record: "row 2", field: "rate_per_10000", message: '"n/a" is neither a number nor one of the symbols c, x, z, low' }]);
  });

  it("the shipped EES looked-after file gives the same rates LAIT publishes (LAIT's parquet: 942 2025 87, 943 2024 63, 909 2023 82, North West 2024 94, England 2025 67)", () => {
    const text = readFileSync(join(projectRoot, "sources", "dfe-statistics", "cla_number_and_rate_per_10k_children.csv"), "utf8");
    const problems: Problem[] = [];
    const values = eesValues("cla.csv", text, LOOKED_AFTER, problems);
    expect(problems).toEqual([]);
    const of = (geography: string, period: string) => values.find((value) => value.geography === geography && value.timePeriod === period)?.value;
    expect([of("E06000063", "2025"), of("E06000064", "2024"), of("E10000006", "2023"), of("E12000002", "2024"), of("E92000001", "2025")]).toEqual([87, 63, 82, 94, 67]);
  });
});

describe("the LAIT extract", () => {
  const mappings = dfeMeasures().measures;

  it("finds its columns by name, whatever their order", () => {
    const rows = [
      ["Short Desc", "Years", "LA Number", "LA and Regions", "Values", "geography_code", "geographic_level"],
      ["CIN", "2020", "909", "Cumbria", "304.39999999999998", "E10000006", "Local authority"],
      ["TotPermEx", "2023/24", "942", "Cumberland", "0.17915", "E06000063", "Local authority"],
      ["CIN", "2025", "909", "Cumbria", "-", "E10000006", "Local authority"],
      ["CIN", "2025", "970", "England", "332.9", "E92000001", "National"],
    ];
    const order = [6, 4, 0, 2, 5, 1, 3];
    const csv = (cells: string[][]) => cells.map((row) => row.join(",")).join("\n");
    const problems: Problem[] = [];
    const straight = laitValues("a.csv", csv(rows), mappings, problems);
    const shuffled = laitValues("b.csv", csv(rows.map((row) => order.map((index) => row[index]))), mappings, problems);
    expect(problems).toEqual([]);
    const essentials = (values: typeof straight) => values.map((value) => [value.indicator, value.level, value.geography, value.timePeriod, value.value, value.status]);
    expect(essentials(straight)).toEqual([
      ["children-in-need-rate", "LOCAL_AUTHORITY", "E10000006", "2020", 304.4, "PUBLISHED"],
      ["permanent-exclusions", "LOCAL_AUTHORITY", "E06000063", "202324", 0.17915, "PUBLISHED"],
      ["children-in-need-rate", "LOCAL_AUTHORITY", "E10000006", "2025", null, "UNAVAILABLE"],
      ["children-in-need-rate", "NATIONAL", "E92000001", "2025", 332.9, "PUBLISHED"],
    ]);
    expect(essentials(shuffled)).toEqual(essentials(straight));
  });

  it("holds LAIT's published values as written (five pinned from bds_long_0.parquet)", () => {
    const text = readFileSync(join(projectRoot, "sources", "dfe-statistics", "lait-extract.csv"), "utf8");
    const problems: Problem[] = [];
    const values = laitValues("lait.csv", text, mappings, problems);
    expect(problems).toEqual([]);
    const of = (indicator: string, geography: string, period: string) => values.find((value) => value.indicator === indicator && value.geography === geography && value.timePeriod === period)?.value;
    expect(of("children-looked-after-rate", "E06000063", "2025")).toBe(87);
    expect(of("children-in-need-rate", "E10000006", "2020")).toBe(304.4);
    expect(of("child-protection-plan-rate", "E06000064", "2025")).toBe(50.3);
    expect(of("re-referrals-12-months", "E06000063", "2024")).toBe(10.7);
    expect(of("ehcp-within-20-weeks", "E10000006", "2021")).toBe(78.1);
    expect(of("good-level-of-development", "E06000064", "2024")).toBe(64.9);
  });
});

describe("R's quantile (type 7), as LAIT's quantile(na.rm = TRUE)", () => {
  it("matches R: quantile(c(1, 2, 3, 4, 10)) is 1, 2, 3, 4, 10; quantile(1:8) has 2.75, 4.5, 6.25", () => {
    expect([0, 0.25, 0.5, 0.75, 1].map((p) => quantile([1, 2, 3, 4, 10], p))).toEqual([1, 2, 3, 4, 10]);
    expect([0.25, 0.5, 0.75].map((p) => quantile([1, 2, 3, 4, 5, 6, 7, 8], p))).toEqual([2.75, 4.5, 6.25]);
  });
});
