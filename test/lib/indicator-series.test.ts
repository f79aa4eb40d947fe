import { comparisonSeries, periodLabel, periodText } from "../../dashboard/src/indicator-series";
import type { IndicatorValueFieldsFragment } from "../../generated/graphql";

const source = { section: "s", quote: "q", document: { id: "d", title: "D", publisher: "P", published: null, url: null } };
const value = (number: number | null, asAt: string | null, period: IndicatorValueFieldsFragment["period"] = null): IndicatorValueFieldsFragment => ({
  value: number,
  status: number === null ? "SUPPRESSED" : "PUBLISHED",
  text: String(number),
  asAt,
  undatedReason: asAt === null && period === null ? "The plan gives it without a date." : null,
  geography: "E06000063",
  period,
  source,
});

describe("the dashboard's chart series", () => {
  it("labels a value by its statistics period, else the date the document gives", () => {
    expect(periodLabel(value(1, "2024-02-27"))).toBe("2024-02-27");
    expect(periodLabel(value(1, null, { timePeriod: "202324", timeIdentifier: "Financial year" }))).toBe("202324 (Financial year)");
    expect(periodLabel(value(1, null))).toBe("undated");
  });

  it("says in the table why an undated value has no date, and nothing more for a dated one", () => {
    expect(periodText(value(1, null))).toBe("undated: The plan gives it without a date.");
    expect(periodText(value(1, "2024-02-27"))).toBe("2024-02-27");
  });

  it("puts both councils on the same periods, oldest first, with null where one has no number", () => {
    const series = comparisonSeries([
      { name: "Westmorland and Furness Council", values: [value(250, "2024-02-27"), value(240, "2023-03-31")] },
      { name: "Cumberland Council", values: [value(null, "2024-02-27"), value(300, "2023-03-31")] },
    ]);
    expect(series.labels).toEqual(["2023-03-31", "2024-02-27"]);
    expect(series.datasets).toEqual([
      { label: "Westmorland and Furness Council", data: [240, 250] },
      { label: "Cumberland Council", data: [300, null] },
    ]);
  });
});
