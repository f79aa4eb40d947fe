import { parse } from "csv-parse/sync";
import type { Problem } from "./problems";
import { statisticsPlace, type StatisticsValue } from "./statistics";

/**
 * Readers for the Department for Education's own statistics files as they are published (see
 * sources/dfe-statistics/README.md): the LAIT long format (one row per measure, area and year) and
 * Explore Education Statistics tidy CSVs (a value column per measure, filter columns beside it).
 * Columns are found by name, never by position: the files order them differently.
 */

export type CellStatus = StatisticsValue["status"];

/** The symbols the files use where there is no number: EES's c, x, z, low, and LAIT's "-". */
const SYMBOLS: Record<string, CellStatus> = { c: "SUPPRESSED", x: "UNAVAILABLE", z: "NOT_APPLICABLE", low: "LOW", "-": "UNAVAILABLE" };

/**
 * One cell: a number (float noise such as "304.39999999999998" read as 304.4: the files hold at
 * most a few decimals, so 12 significant digits lose nothing real) or a symbol kept as a status,
 * never as zero. Null when the cell is neither.
 */
export function statisticCell(raw: string): { value: number | null; status: CellStatus } | null {
  const text = raw.trim();
  const symbol = SYMBOLS[text.toLowerCase()];
  if (symbol) return { value: null, status: symbol };
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text.replace(/,/g, ""))) return null;
  const number = Number(text.replace(/,/g, ""));
  return Number.isFinite(number) ? { value: Number(number.toPrecision(12)), status: "PUBLISHED" } : null;
}

/** LAIT years: "2025" stays, "2023/24" becomes "202324" (the graph's YYYYZZ). Null for a range such as "2014-16". */
export function laitPeriod(years: string): string | null {
  const text = years.trim();
  if (/^\d{4}$/.test(text)) return text;
  const academic = /^(\d{4})\/(\d{2})$/.exec(text);
  return academic ? `${academic[1]}${academic[2]}` : null;
}

export interface MeasureMapping {
  indicator: string;
  /** LAIT's Short Desc (the measure's code in the parquet and its data dictionary). */
  measure: string;
  source: "LAIT" | "EES";
  /** For EES: the file, the filter columns' values that pick its rows, and the value column. */
  ees?: { file: string; filter: Record<string, string>; column: string };
}

function csvRows(file: string, text: string, problems: Problem[]): Array<Record<string, string>> | null {
  try {
    return parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, relax_column_count: true }) as Array<Record<string, string>>;
  } catch (error) {
    problems.push({ file, message: `is not valid CSV: ${(error as Error).message}` });
    return null;
  }
}

function requireColumns(file: string, rows: Array<Record<string, string>>, required: string[], problems: Problem[]): boolean {
  const columns = new Set(Object.keys(rows[0] ?? {}));
  const missing = required.filter((column) => !columns.has(column));
  for (const column of missing) problems.push({ file, field: column, message: "column is missing" });
  return missing.length === 0;
}

const LAIT_LEVELS: Record<string, StatisticsValue["level"]> = { National: "NATIONAL", Regional: "REGIONAL", "Local authority": "LOCAL_AUTHORITY" };

/**
 * Values of the mapped measures from a LAIT extract (sources/dfe-statistics/lait-extract.csv: the
 * parquet's own columns Short Desc, Years, LA Number, LA and Regions, Values, as written, plus the
 * area's GSS code and level that scripts/stats-update.ts adds from DfE's code list).
 */
export function laitValues(file: string, text: string, mappings: MeasureMapping[], problems: Problem[]): StatisticsValue[] {
  const rows = csvRows(file, text, problems);
  if (!rows || rows.length === 0) return [];
  if (!requireColumns(file, rows, ["Short Desc", "Years", "LA Number", "LA and Regions", "Values", "geography_code", "geographic_level"], problems)) return [];
  const byMeasure = new Map(mappings.filter((mapping) => mapping.source === "LAIT").map((mapping) => [mapping.measure, mapping.indicator]));
  const values: StatisticsValue[] = [];
  rows.forEach((row, index) => {
    const indicator = byMeasure.get(row["Short Desc"]);
    if (!indicator) return;
    const record = `row ${index + 2}`;
    const level = LAIT_LEVELS[row.geographic_level];
    const period = laitPeriod(row.Years);
    const cell = statisticCell(row.Values);
    if (!level || !row.geography_code) return void problems.push({ file, record, field: "geographic_level", message: `"${row.geographic_level}" with code "${row.geography_code}" names no area` });
    if (!period) return void problems.push({ file, record, field: "Years", message: `"${row.Years}" is not a year (YYYY or YYYY/YY)` });
    if (!cell) return void problems.push({ file, record, field: "Values", message: `"${row.Values}" is neither a number nor one of the symbols -, c, x, z, low` });
    values.push({
      line: index + 2,
      level,
      geography: row.geography_code,
      name: row["LA and Regions"],
      laCode: level === "LOCAL_AUTHORITY" ? row["LA Number"].replace(/\.0$/, "") : null,
      timePeriod: period,
      timeIdentifier: null,
      indicator,
      value: cell.value,
      status: cell.status,
      text: `${row["Short Desc"]}: ${row.Values}`,
      quote: `${row["Short Desc"]},${row.Years},${row["LA Number"]},${row["LA and Regions"]},${row.Values}`,
    });
  });
  return values;
}

/**
 * Values of one mapped measure from an Explore Education Statistics tidy CSV as published: the rows
 * whose filter columns hold the mapping's values, the value from the mapping's column, the area from
 * country_code, region_code or new_la_code by geographic_level.
 */
export function eesValues(file: string, text: string, mapping: MeasureMapping, problems: Problem[]): StatisticsValue[] {
  const ees = mapping.ees;
  if (!ees) return [];
  const rows = csvRows(file, text, problems);
  if (!rows || rows.length === 0) return [];
  const required = ["time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code", "region_name", "new_la_code", "la_name", "old_la_code", ees.column, ...Object.keys(ees.filter)];
  if (!requireColumns(file, rows, required, problems)) return [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const values: StatisticsValue[] = [];
  rows.forEach((row, index) => {
    if (Object.entries(ees.filter).some(([column, wanted]) => row[column] !== wanted)) return;
    const level = LAIT_LEVELS[row.geographic_level];
    if (!level) return;
    const record = `row ${index + 2}`;
    const place = statisticsPlace(row, index, level);
    if (!place.geography) return void problems.push({ file, record, message: "names no area" });
    if (!/^\d{4}(\d{2})?$/.test(row.time_period)) return void problems.push({ file, record, field: "time_period", message: `"${row.time_period}" is not YYYY or YYYYZZ` });
    const cell = statisticCell(row[ees.column] ?? "");
    if (!cell) return void problems.push({ file, record, field: ees.column, message: `"${row[ees.column]}" is neither a number nor one of the symbols c, x, z, low` });
    values.push({
      ...place,
      indicator: mapping.indicator,
      value: cell.value,
      status: cell.status,
      text: `${ees.column}: ${row[ees.column]}`,
      quote: lines[index + 1] ?? "",
    });
  });
  return values;
}
