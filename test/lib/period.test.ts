import { inPeriod, parsePeriod } from "../../lib/reports/period";

/** Reporting periods as report URLs and `npm run report` name them. */
it.each([
  ["2026-Q1", "2026-01-01", "2026-03-31", "January to March 2026 (2026-Q1)"],
  ["2026-Q4", "2026-10-01", "2026-12-31", "October to December 2026 (2026-Q4)"],
  ["2024-H1", "2024-01-01", "2024-06-30", "January to June 2024 (2024-H1)"],
  ["2024-H2", "2024-07-01", "2024-12-31", "July to December 2024 (2024-H2)"],
  ["2025-26", "2025-04-01", "2026-03-31", "Financial year 2025-26 (1 April 2025 to 31 March 2026)"],
  ["2099-00", "2099-04-01", "2100-03-31", "Financial year 2099-00 (1 April 2099 to 31 March 2100)"],
  ["2024", "2024-01-01", "2024-12-31", "January to December 2024 (2024)"],
  ["2024-Q1", "2024-01-01", "2024-03-31", "January to March 2024 (2024-Q1)"],
])("%s runs from %s to %s", (key, start, end, label) => {
  expect(parsePeriod(key)).toEqual({ key, start, end, label });
});

it.each(["0050", "1999-Q4", "2101", "2026-Q5", "2026-Q0", "2026-H3", "2025-27", "26-Q1", "2026-q1", "", "2026-Q1 ", "last quarter"])("%j is not a period", (key) => {
  expect(parsePeriod(key)).toBeNull();
});

it("places a timestamp by its UTC date, both ends included", () => {
  const q1 = parsePeriod("2024-Q1")!;
  expect(inPeriod(q1, "2024-01-01T00:00:00.000Z")).toBe(true);
  expect(inPeriod(q1, "2024-03-31T23:59:59.999Z")).toBe(true);
  expect(inPeriod(q1, "2023-12-31T23:59:59.999Z")).toBe(false);
  expect(inPeriod(q1, "2024-04-01T00:00:00.000Z")).toBe(false);
});
