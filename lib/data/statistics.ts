import { parse } from "csv-parse/sync";
import type { DocumentRecord } from "../sources/catalogue";
import { displayPath, type Problem } from "./problems";
import type { FigureFile } from "./schemas";

/** Columns of Explore Education Statistics files that describe the row rather than hold a value. */
const DESCRIPTIVE = new Set([
  "time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code", "region_name",
  "new_la_code", "old_la_code", "la_name", "lad_code", "lad_name",
]);
/** Published statistics never leave a blank: missing values are symbols, which we keep as statuses. */
const SYMBOLS: Record<string, FigureFile["status"]> = { c: "SUPPRESSED", x: "UNAVAILABLE", z: "NOT_APPLICABLE", low: "LOW" };

export const indicatorCodeOfColumn = (column: string): string => column.trim().toLowerCase().replace(/_/g, "-");

/**
 * Indicator values for one council from a statistics file in the Department for Education's
 * published shape: its own local authority rows (by new_la_code), plus the national rows and its own
 * region's rows as comparators. Other areas' rows are left out.
 */
export function statisticsFigures(document: DocumentRecord, text: string, gssCode: string, regionCode: string | undefined, indicatorCodes: Set<string>, problems: Problem[]): FigureFile[] {
  const file = displayPath(document.file);
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
  const figures: FigureFile[] = [];
  rows.forEach((row, index) => {
    const record = `row ${index + 2}`;
    const level = row.geographic_level;
    const geography =
      level === "Local authority" ? (row.new_la_code === gssCode ? null : undefined)
      : level === "National" ? row.country_code || undefined
      : level === "Regional" && regionCode !== undefined && row.region_code === regionCode ? regionCode
      : undefined;
    if (geography === undefined) return;
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
      const indicator = indicatorCodeOfColumn(column);
      figures.push({
        id: `${document.id}-r${index + 2}-${indicator}`,
        indicator,
        geography,
        value: symbol ? null : number,
        numerator: null,
        denominator: null,
        status: symbol ?? "PUBLISHED",
        timePeriod: row.time_period,
        timeIdentifier: row.time_identifier || null,
        asAt: null,
        text: `${column}: ${raw}`,
        source: { document: document.id, section: record, quote: lines[index + 1] ?? "" },
      });
    }
  });
  return figures;
}
