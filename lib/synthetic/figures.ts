import type { FigureFile, IndicatorFile } from "../data/schemas";
import type { Citations } from "./citations";
import type { Random } from "./random";

/** The latest year synthetic values are for: fixed, so the data do not change with the date they are made. */
export const LATEST_YEAR = 2024;
/** Values go back at most so many years (1995 at the earliest: dates must be from 1990 on). */
export const MAX_YEARS = 30;

/** A plausible starting value and yearly step for each unit, and how many decimals it is printed with. */
const RANGES: Record<NonNullable<IndicatorFile["unit"]> | "NONE", { min: number; max: number; step: number; decimals: number }> = {
  PERCENT: { min: 5, max: 95, step: 3, decimals: 1 },
  RATE_PER_10000: { min: 20, max: 120, step: 6, decimals: 1 },
  RATE_PER_100_PUPILS: { min: 1, max: 12, step: 0.5, decimals: 2 },
  COUNT: { min: 20, max: 2000, step: 40, decimals: 0 },
  DAYS: { min: 150, max: 700, step: 30, decimals: 0 },
  SQUARE_KM: { min: 2000, max: 4000, step: 0, decimals: 0 },
  PEOPLE_PER_SQUARE_KM: { min: 40, max: 120, step: 1, decimals: 1 },
  NONE: { min: 10, max: 500, step: 20, decimals: 0 },
};

const twoDigits = (year: number): string => String(year % 100).padStart(2, "0");

/**
 * The period of a value for the year ending in `year`, in the published statistics' convention
 * (time_period YYYY or YYYYZZ with its time_identifier), or a date for point-in-time figures.
 */
export function periodOf(periodKind: IndicatorFile["periodKind"], year: number): Pick<FigureFile, "timePeriod" | "timeIdentifier" | "asAt"> {
  switch (periodKind) {
    case "FINANCIAL_YEAR":
      return { timePeriod: `${year - 1}${twoDigits(year)}`, timeIdentifier: "Financial year", asAt: null };
    case "ACADEMIC_YEAR":
      return { timePeriod: `${year - 1}${twoDigits(year)}`, timeIdentifier: "Academic year", asAt: null };
    case "CALENDAR_YEAR":
      return { timePeriod: `${year}`, timeIdentifier: "Calendar year", asAt: null };
    case "ANNUAL":
      return { timePeriod: `${year}`, timeIdentifier: "Reporting year", asAt: null };
    case "SNAPSHOT_31_MARCH":
      return { timePeriod: `${year}`, timeIdentifier: "Reporting year", asAt: `${year}-03-31` };
    case "ROLLING_3_YEARS":
      return { timePeriod: `${year - 3}${twoDigits(year)}`, timeIdentifier: "Three year period", asAt: null };
    default:
      // POINT_IN_TIME, or not known: a date, as the documents give such figures.
      return { timePeriod: null, timeIdentifier: null, asAt: `${year}-03-31` };
  }
}

/**
 * `years` yearly values of every indicator for one council, newest year LATEST_YEAR: a random walk
 * within the unit's range, about one in twenty suppressed (status SUPPRESSED, no value), as
 * published statistics are.
 */
export function syntheticFigures(indicators: IndicatorFile[], years: number, citations: Citations, random: Random): FigureFile[] {
  const figures: FigureFile[] = [];
  for (const indicator of indicators) {
    const range = RANGES[indicator.unit ?? "NONE"];
    let value = range.min + random.next() * (range.max - range.min);
    for (let year = LATEST_YEAR; year > LATEST_YEAR - years; year--) {
      value = Math.min(range.max, Math.max(range.min, value + (random.next() * 2 - 1) * range.step));
      const printed = Number(value.toFixed(range.decimals));
      const suppressed = random.chance(0.05);
      const period = periodOf(indicator.periodKind, year);
      const text = `[synthetic] ${indicator.title}, ${period.timePeriod ?? period.asAt}: ${suppressed ? "c" : printed}`;
      figures.push({
        id: `synthetic-${indicator.code}-${year}`,
        indicator: indicator.code,
        geography: null,
        value: suppressed ? null : printed,
        numerator: null,
        denominator: null,
        status: suppressed ? "SUPPRESSED" : "PUBLISHED",
        ...period,
        text,
        source: citations.cite("Synthetic indicator values", text),
      });
    }
  }
  return figures;
}
