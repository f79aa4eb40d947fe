import { comparisonSeries, quartileBand, type AreaValue } from "../../lib/comparison/compare";

/**
 * The LAIT-style comparison, checked against expectations worked out by hand on synthetic values
 * (not real figures). Eight local authorities in 202324 with values 10, 20, ..., 80; the council
 * (E06000063) has 30.
 */
const COUNCIL = "E06000063";
const REGION = "E12000002";
const la = (geography: string, value: number | null, timePeriod = "202324", status = value === null ? "SUPPRESSED" : "PUBLISHED"): AreaValue => ({
  geography,
  level: "LOCAL_AUTHORITY",
  timePeriod,
  timeIdentifier: "Financial year",
  value,
  status,
});
const others = ["E06000001", "E06000002", "E06000004", "E06000005", "E06000006", "E06000007", "E06000008"];
const eight = (councilValue: number | null): AreaValue[] => [la(COUNCIL, councilValue), ...[10, 20, 40, 50, 60, 70, 80].map((value, index) => la(others[index], value))];

describe("quartile band", () => {
  it("HIGHER_IS_BETTER: 5 of 8 authorities are better than 30, so 0.625 of them: band C", () => {
    expect(quartileBand({ council: COUNCIL, polarity: "HIGHER_IS_BETTER", values: eight(30) })).toEqual({ band: "C", reason: null, timePeriod: "202324", ranked: 8 });
  });

  it("the band flips with polarity: LOWER_IS_BETTER, 2 of 8 are better (0.25): band B", () => {
    expect(quartileBand({ council: COUNCIL, polarity: "LOWER_IS_BETTER", values: eight(30) }).band).toBe("B");
  });

  it("the best and the worst: 80 is A when higher is better and D when lower is", () => {
    expect(quartileBand({ council: COUNCIL, polarity: "HIGHER_IS_BETTER", values: eight(80) }).band).toBe("A");
    expect(quartileBand({ council: COUNCIL, polarity: "LOWER_IS_BETTER", values: eight(80) }).band).toBe("D");
  });

  it("equal values share a band: a tie at 40 with another authority ranks both after the same 4 better ones", () => {
    // Better than 40 (higher): 50, 60, 70, 80 = 4 of 8 = 0.5: band C for both.
    expect(quartileBand({ council: COUNCIL, polarity: "HIGHER_IS_BETTER", values: eight(40) }).band).toBe("C");
    expect(quartileBand({ council: "E06000004", polarity: "HIGHER_IS_BETTER", values: eight(40) }).band).toBe("C");
  });

  it("uses the latest period in which the council has a number, ranking only authorities with a number then", () => {
    const values = [...eight(30), la(COUNCIL, null, "202425", "SUPPRESSED"), la("E06000001", 99, "202425")];
    expect(quartileBand({ council: COUNCIL, polarity: "HIGHER_IS_BETTER", values })).toMatchObject({ band: "C", timePeriod: "202324", ranked: 8 });
  });

  it("says why there is no band: contextual, no polarity, suppressed, no data, too few authorities", () => {
    expect(quartileBand({ council: COUNCIL, polarity: "CONTEXTUAL", values: eight(30) })).toMatchObject({ band: null, reason: expect.stringMatching(/contextual/) });
    expect(quartileBand({ council: COUNCIL, polarity: null, values: eight(30) })).toMatchObject({ band: null, reason: expect.stringMatching(/no polarity/) });
    expect(quartileBand({ council: COUNCIL, polarity: "HIGHER_IS_BETTER", values: eight(null) })).toMatchObject({ band: null, reason: "No band: its latest value (202324) is suppressed" });
    expect(quartileBand({ council: COUNCIL, polarity: "HIGHER_IS_BETTER", values: [] })).toMatchObject({ band: null, reason: "No band: the loaded data has no value for it" });
    expect(quartileBand({ council: COUNCIL, polarity: "HIGHER_IS_BETTER", values: eight(30).slice(0, 3) })).toMatchObject({ band: null, ranked: 3, reason: expect.stringMatching(/only 3 local authorities/) });
  });
});

describe("time series", () => {
  const england = (timePeriod: string, value: number): AreaValue => ({ geography: "E92000001", level: "NATIONAL", timePeriod, timeIdentifier: "Financial year", value, status: "PUBLISHED" });
  const region = (timePeriod: string, value: number): AreaValue => ({ geography: REGION, level: "REGIONAL", timePeriod, timeIdentifier: "Financial year", value, status: "PUBLISHED" });

  it("sets the council beside its region, England and the mean of its neighbours with a number (the count used said)", () => {
    const values = [...eight(30), la("E06000003", null), england("202324", 41.6), region("202324", 44)];
    const series = comparisonSeries({ council: COUNCIL, region: REGION, neighbours: ["E06000001", "E06000002", "E06000003"], polarity: "HIGHER_IS_BETTER", values, periods: 10 });
    // Neighbours: 10 and 20 have numbers, E06000003 is suppressed: mean (10 + 20) / 2 = 15 over 2 of 3.
    expect(series).toEqual([
      {
        timePeriod: "202324",
        timeIdentifier: "Financial year",
        council: { value: 30, status: "PUBLISHED" },
        region: { value: 44, status: "PUBLISHED" },
        england: { value: 41.6, status: "PUBLISHED" },
        neighbourMean: 15,
        neighboursWithValue: 2,
        neighbours: 3,
      },
    ]);
  });

  it("shows at most the latest 10 periods, oldest first, with no neighbour mean when no set is chosen", () => {
    const years = Array.from({ length: 12 }, (_, index) => String(2012 + index));
    const series = comparisonSeries({ council: COUNCIL, region: REGION, neighbours: null, polarity: "LOWER_IS_BETTER", values: years.map((year, index) => england(year, index)), periods: 10 });
    expect(series.map((point) => point.timePeriod)).toEqual(years.slice(2));
    expect(series[0]).toMatchObject({ council: null, region: null, england: { value: 2 }, neighbourMean: null, neighboursWithValue: 0, neighbours: 0 });
  });

  it("never takes a predecessor's values as the council's: Cumbria's 202223 row stays Cumbria's", () => {
    const cumbria: AreaValue = { geography: "E10000006", level: "LOCAL_AUTHORITY", timePeriod: "202223", timeIdentifier: "Financial year", value: 55, status: "PUBLISHED" };
    const series = comparisonSeries({ council: COUNCIL, region: REGION, neighbours: null, polarity: "LOWER_IS_BETTER", values: [cumbria, england("202223", 40), la(COUNCIL, 30)], periods: 10 });
    expect(series.map((point) => [point.timePeriod, point.council])).toEqual([
      ["202223", null],
      ["202324", { value: 30, status: "PUBLISHED" }],
    ]);
  });
});
