import { parse } from "csv-parse/sync";
import type { DocumentRecord } from "../sources/catalogue";
import { displayPath, type Problem } from "./problems";
import type { FigureFile } from "./schemas";

/** Columns of Explore Education Statistics files that describe the row rather than hold a value. */
const DESCRIPTIVE = new Set(["time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code", "region_name", "new_la_code", "old_la_code", "la_name", "lad_code", "lad_name"]);
/** Published statistics never leave a blank: missing values are symbols, which we keep as statuses. */
const SYMBOLS: Record<string, FigureFile["status"]> = { c: "SUPPRESSED", x: "UNAVAILABLE", z: "NOT_APPLICABLE", low: "LOW" };

export const indicatorCodeOfColumn = (column: string): string => column.trim().toLowerCase().replace(/_/g, "-");

/** One value of one indicator for one area and period, as a published statistics file gives it. */
export interface StatisticsValue {
  /** The row's place in the file (for provenance): its line number. */
  line: number;
  level: "NATIONAL" | "REGIONAL" | "LOCAL_AUTHORITY";
  /** GSS code of the area: country_code, region_code or new_la_code by level. */
  geography: string;
  /** The area's name in the file (country_name, region_name or la_name). */
  name: string;
  /** The 3-digit DfE code of a local authority (old_la_code), where given. */
  laCode: string | null;
  timePeriod: string;
  timeIdentifier: string | null;
  indicator: string;
  value: number | null;
  status: FigureFile["status"];
  /** The cell as written, e.g. "child_protection_plan_rate: c". */
  text: string;
  /** The whole row as written. */
  quote: string;
}

const LEVELS: Record<string, StatisticsValue["level"]> = { National: "NATIONAL", Regional: "REGIONAL", "Local authority": "LOCAL_AUTHORITY" };

/** Where and when a value is: the part of a StatisticsValue that its row gives, whatever the cell. */
export type StatisticsPlace = Pick<StatisticsValue, "line" | "level" | "geography" | "name" | "laCode" | "timePeriod" | "timeIdentifier">;

/**
 * The place of the row at `index` (0 for the first after the header) of an Explore Education Statistics
 * file, its area read from the columns of its geographic level: geography is "" where the row names no area.
 */
export function statisticsPlace(row: Record<string, string>, index: number, level: StatisticsValue["level"]): StatisticsPlace {
  const geography = (level === "NATIONAL" ? row.country_code : level === "REGIONAL" ? row.region_code : row.new_la_code) ?? "";
  const name = level === "NATIONAL" ? row.country_name : level === "REGIONAL" ? row.region_name : row.la_name;
  return {
    line: index + 2,
    level,
    geography,
    name: name || geography,
    laCode: level === "LOCAL_AUTHORITY" ? row.old_la_code || null : null,
    timePeriod: row.time_period,
    timeIdentifier: row.time_identifier || null,
  };
}

/**
 * Every value of a statistics file in the Department for Education's published shape (Explore
 * Education Statistics), for every area it covers: national, regional and local authority rows
 * (other levels are left out). The symbols c, x, z and low are kept as statuses, never as numbers.
 * Problems (a missing column, an unknown indicator column, a value that is neither a number nor a
 * symbol) are added to `problems`.
 */
export function statisticsValues(file: string, text: string, indicatorCodes: Set<string>, problems: Problem[]): StatisticsValue[] {
  let rows: Array<Record<string, string>>;
  let lines: string[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Array<Record<string, string>>;
    lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  } catch (error) {
    problems.push({ file, message: `is not valid CSV: ${(error as Error).message}` });
    return [];
  }
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]);
  for (const required of ["time_period", "time_identifier", "geographic_level"]) {
    if (!columns.includes(required)) problems.push({ file, field: required, message: "column is missing (Explore Education Statistics files always have it)" });
  }
  const valueColumns = columns.filter((column) => !DESCRIPTIVE.has(column));
  for (const column of valueColumns) {
    if (!indicatorCodes.has(indicatorCodeOfColumn(column))) problems.push({ file, field: column, message: `column is not an indicator code in lib/vocabulary/indicators.json` });
  }
  const values: StatisticsValue[] = [];
  rows.forEach((row, index) => {
    const record = `row ${index + 2}`;
    const level = LEVELS[row.geographic_level];
    if (level === undefined) return;
    const place = statisticsPlace(row, index, level);
    if (!place.geography) {
      problems.push({ file, record, field: level === "NATIONAL" ? "country_code" : level === "REGIONAL" ? "region_code" : "new_la_code", message: "is empty: the row names no area" });
      return;
    }
    if (!/^\d{4}(\d{2})?$/.test(row.time_period ?? "")) {
      problems.push({ file, record, field: "time_period", message: `"${row.time_period}" is not YYYY or YYYYZZ` });
      return;
    }
    for (const column of valueColumns) {
      const raw = (row[column] ?? "").trim();
      const symbol = SYMBOLS[raw.toLowerCase()];
      const number = Number(raw.replace(/,/g, ""));
      if (!symbol && (raw === "" || !Number.isFinite(number))) {
        problems.push({ file, record, field: column, message: `"${raw}" is neither a number nor one of the symbols c, x, z, low` });
        continue;
      }
      values.push({
        ...place,
        indicator: indicatorCodeOfColumn(column),
        value: symbol ? null : number,
        status: symbol ?? "PUBLISHED",
        text: `${column}: ${raw}`,
        quote: lines[index + 1] ?? "",
      });
    }
  });
  return values;
}

/**
 * Indicator values for one council from a statistics file: its own local authority rows (by
 * new_la_code), plus the national rows and its own region's rows as comparators. Other areas' rows
 * are the shared subgraph's (the comparisons); a predecessor's rows (Cumbria, E10000006) stay its own.
 */
export function statisticsFigures(document: DocumentRecord, text: string, gssCode: string, regionCode: string | undefined, indicatorCodes: Set<string>, problems: Problem[]): FigureFile[] {
  return statisticsValues(displayPath(document.file), text, indicatorCodes, problems).flatMap((value): FigureFile[] => {
    const geography = value.level === "LOCAL_AUTHORITY" ? (value.geography === gssCode ? null : undefined) : value.level === "NATIONAL" ? value.geography : regionCode !== undefined && value.geography === regionCode ? regionCode : undefined;
    if (geography === undefined) return [];
    return [
      {
        id: `${document.id}-r${value.line}-${value.indicator}`,
        indicator: value.indicator,
        geography,
        value: value.value,
        numerator: null,
        denominator: null,
        status: value.status,
        timePeriod: value.timePeriod,
        timeIdentifier: value.timeIdentifier,
        asAt: null,
        text: value.text,
        source: { document: document.id, section: `row ${value.line}`, quote: value.quote },
      },
    ];
  });
}
