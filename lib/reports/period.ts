/**
 * A reporting period: a calendar quarter (2026-Q4), a calendar half (2026-H2), a financial year as
 * councils keep them (2025-26: 1 April 2025 to 31 March 2026), or a calendar year (2026). An update
 * belongs to the period its recordedAt date falls in.
 */
export interface ReportingPeriod {
  /** As given, e.g. "2026-Q4": the stable name in report URLs and file names. */
  key: string;
  /** For people, e.g. "October to December 2026 (2026-Q4)". */
  label: string;
  /** First and last day, inclusive (YYYY-MM-DD). */
  start: string;
  end: string;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const lastDay = (year: number, month: number): string => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
const pad = (month: number): string => String(month).padStart(2, "0");

function span(key: string, year: number, firstMonth: number, months: number): ReportingPeriod {
  const endYear = year + Math.floor((firstMonth + months - 2) / 12);
  const endMonth = ((firstMonth + months - 2) % 12) + 1;
  return {
    key,
    label: `${MONTHS[firstMonth - 1]} ${year === endYear ? "" : `${year} `}to ${MONTHS[endMonth - 1]} ${endYear} (${key})`,
    start: `${year}-${pad(firstMonth)}-01`,
    end: lastDay(endYear, endMonth),
  };
}

/** Years a report may be for. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** The period a key names, or null when it names none (callers answer 400 / a usage message). */
export function parsePeriod(key: string): ReportingPeriod | null {
  const year = Number(key.slice(0, 4));
  if (!/^\d{4}/.test(key) || year < FIRST_YEAR || year > LAST_YEAR) return null;
  let match = /^(\d{4})-Q([1-4])$/.exec(key);
  if (match) return span(key, Number(match[1]), (Number(match[2]) - 1) * 3 + 1, 3);
  match = /^(\d{4})-H([12])$/.exec(key);
  if (match) return span(key, Number(match[1]), match[2] === "1" ? 1 : 7, 6);
  match = /^(\d{4})-(\d{2})$/.exec(key);
  if (match && (Number(match[1]) + 1) % 100 === Number(match[2])) return { ...span(key, Number(match[1]), 4, 12), label: `Financial year ${key} (1 April ${match[1]} to 31 March ${Number(match[1]) + 1})` };
  match = /^(\d{4})$/.exec(key);
  if (match) return span(key, Number(match[1]), 1, 12);
  return null;
}

export const PERIOD_FORMS = "YYYY-Qn (calendar quarter), YYYY-Hn (half year), YYYY-YY (financial year, April to March) or YYYY, from 2000 to 2100";

/** Whether an ISO timestamp or date falls in the period (by its date, UTC). */
export const inPeriod = (period: ReportingPeriod, at: string): boolean => at.slice(0, 10) >= period.start && at.slice(0, 10) <= period.end;
