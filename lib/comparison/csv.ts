import { stringify } from "csv-stringify/sync";

/**
 * A comparison as a CSV file in the columns the Department for Education's published files use
 * (Explore Education Statistics): one row per area and period, national, regional and local
 * authority, the indicator as a column named like the files name it (re_referrals_12_months), and
 * the symbols c, x, z and low where there is no number. `npm run data:load` can import it back.
 */
export interface CsvArea {
  code: string;
  name: string;
  laCode: string | null;
}
export interface CsvPoint {
  timePeriod: string;
  timeIdentifier: string | null;
  council: { value: number | null; status: string } | null;
  region: { value: number | null; status: string } | null;
  england: { value: number | null; status: string } | null;
}
export interface CsvCouncil {
  geography: CsvArea;
  region: CsvArea | null;
  series: CsvPoint[];
  /** The predecessor's series (Cumbria's): its own local authority rows, under its own codes. */
  predecessor?: { gssCode: string; name: string; laCode: string; series: CsvPoint[] } | null;
}

export const CSV_COLUMNS = ["time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code", "region_name", "new_la_code", "old_la_code", "la_name"];
const SYMBOLS: Record<string, string> = { SUPPRESSED: "c", UNAVAILABLE: "x", NOT_APPLICABLE: "z", LOW: "low" };

const cell = (value: { value: number | null; status: string }): string => (value.value === null ? (SYMBOLS[value.status] ?? "x") : String(value.value));

export function comparisonCsv(indicatorCode: string, councils: CsvCouncil[]): string {
  const column = indicatorCode.replace(/-/g, "_");
  const rows = [[...CSV_COLUMNS, column]];
  const seen = new Set<string>();
  const row = (point: CsvPoint, level: string, region: CsvArea | null, la: CsvArea | null, value: { value: number | null; status: string }) => {
    const key = `${point.timePeriod}|${level}|${la?.code ?? region?.code ?? "E92000001"}`;
    if (seen.has(key)) return;
    seen.add(key);
    rows.push([point.timePeriod, point.timeIdentifier ?? "", level, "E92000001", "England", region?.code ?? "", region?.name ?? "", la?.code ?? "", la?.laCode ?? "", la?.name ?? "", cell(value)]);
  };
  const periods = [...new Set(councils.flatMap((council) => [...council.series, ...(council.predecessor?.series ?? [])].map((point) => point.timePeriod)))].sort();
  for (const period of periods) {
    for (const council of councils) {
      const point = council.series.find((candidate) => candidate.timePeriod === period);
      if (point?.england) row(point, "National", null, null, point.england);
    }
    for (const council of councils) {
      const point = council.series.find((candidate) => candidate.timePeriod === period);
      if (point?.region && council.region) row(point, "Regional", council.region, null, point.region);
    }
    for (const council of councils) {
      const point = council.series.find((candidate) => candidate.timePeriod === period);
      if (point?.council) row(point, "Local authority", council.region, council.geography, point.council);
    }
    for (const council of councils) {
      const predecessor = council.predecessor;
      const point = predecessor?.series.find((candidate) => candidate.timePeriod === period);
      if (predecessor && point?.council) row(point, "Local authority", council.region, { code: predecessor.gssCode, name: predecessor.name, laCode: predecessor.laCode }, point.council);
    }
  }
  // RFC 4180 quoting (a cell with a comma, quote or line break), one record a line, "\n" after each.
  return stringify(rows);
}
