import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { parquetReadObjects } from "hyparquet";
import { projectRoot } from "../lib/config/project";
import { scriptArgs } from "../lib/config/argv";
import { dfeMeasures, DFE_FOLDER, LAIT_DICTIONARY, LAIT_EXTRACT, LAS_FILE, NEIGHBOUR_MODELS } from "../lib/data/dfe-measures";

/**
 * `npm run stats:update -- <file or folder>`: brings a DfE release of the files the graph uses into
 * sources/dfe-statistics/ (see its README). Each file is recognised by its published name:
 *
 * - LAIT's `bds_long_*.parquet`: the rows of the mapped measures (lib/vocabulary/dfe-measures.json),
 *   their cells as written, with each area's GSS code and level added, to lait-extract.csv. A
 *   measure and year in the new file replace the extract's; others already there are kept.
 * - `lait_data_dictionary.csv`: the mapped measures' rows, as written.
 * - An EES CSV the mapping names (e.g. cla_number_and_rate_per_10k_children.csv): copied as
 *   published, plus the rows of earlier years the previous copy had and the new one lacks.
 * - DfE's code list `las.csv`, and the statistical neighbour models (`csc_sn_model_2025_wide.csv`,
 *   `csc_New_Statistical_Neighbour_Groupings_April_2021.csv`): copied as published, and the models
 *   written as sources/statistical-neighbours/<set>.json by GSS code.
 *
 * A folder is read whole (the layout of ../shared/data/dfe-statistics: any depth). Then
 * `npm run data:load -- shared` (or the next start, which sees the files changed) loads the new
 * values. `--root DIR` updates another data root's sources/ instead of the project's.
 */

const REGIONS: Record<string, string> = {
  "north east": "E12000001",
  "north west": "E12000002",
  "yorkshire and the humber": "E12000003",
  "east midlands": "E12000004",
  "west midlands": "E12000005",
  "east of england": "E12000006",
  london: "E12000007",
  "south east": "E12000008",
  "south west": "E12000009",
};
const ENGLAND = "E92000001";

/** The project (or, with --root, another data root such as a test's copy) whose sources/ are updated. */
const USAGE = "usage: npm run stats:update -- [--root DIR] <DfE file or folder>";
const args = scriptArgs(USAGE, { options: { root: { type: "string" } }, allowPositionals: true });
const root = args.values.root ?? projectRoot;
const target = join(root, "sources", DFE_FOLDER);

function filesOf(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((entry) => filesOf(join(path, entry)));
}

const readCsv = (text: string): Array<Record<string, string>> => parse(text, { columns: true, skip_empty_lines: true, bom: true, relax_column_count: true }) as Array<Record<string, string>>;

/** GSS code and level of a LAIT area: England, a region by name, a local authority by DfE code (las.csv); null for others (inner and outer London). */
function laitArea(laNumber: string, name: string, las: Map<string, string>): { code: string; level: string } | null {
  if (laNumber === "970") return { code: ENGLAND, level: "National" };
  const region = REGIONS[name.trim().toLowerCase()];
  if (region && Number(laNumber) >= 970) return { code: region, level: "Regional" };
  const code = las.get(laNumber);
  return code ? { code, level: "Local authority" } : null;
}

function laCodes(): Map<string, string> {
  const path = join(target, LAS_FILE);
  if (!existsSync(path)) throw new Error(`${LAS_FILE} is needed first (DfE's code list): run stats:update on it, or on the whole folder`);
  return new Map(
    readCsv(readFileSync(path, "utf8"))
      .filter((row) => /^\d{3}$/.test(row.old_la_code))
      .map((row) => [row.old_la_code, row.new_la_code]),
  );
}

const LAIT_COLUMNS = ["Short Desc", "Years", "LA Number", "LA and Regions", "Values", "geography_code", "geographic_level"];

async function updateLait(path: string): Promise<string> {
  const measures = new Set(
    dfeMeasures(root)
      .measures.filter((mapping) => mapping.source === "LAIT")
      .map((mapping) => mapping.measure),
  );
  const las = laCodes();
  const bytes = readFileSync(path);
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const rows = (await parquetReadObjects({ file, columns: ["Short Desc", "Years", "LA and Regions", "Values", "LA Number"] })) as Array<Record<string, unknown>>;
  const fresh: string[][] = [];
  let skipped = 0;
  for (const row of rows) {
    const measure = String(row["Short Desc"]);
    if (!measures.has(measure)) continue;
    const laNumber = String(row["LA Number"]).replace(/\.0$/, "");
    const area = laitArea(laNumber, String(row["LA and Regions"]), las);
    if (!area) {
      skipped += 1;
      continue;
    }
    fresh.push([measure, String(row.Years), laNumber, String(row["LA and Regions"]), String(row.Values), area.code, area.level]);
  }
  const replaced = new Set(fresh.map((row) => `${row[0]}\u0000${row[1]}`));
  const out = join(target, LAIT_EXTRACT);
  const kept = existsSync(out)
    ? readCsv(readFileSync(out, "utf8"))
        .filter((row) => !replaced.has(`${row["Short Desc"]}\u0000${row.Years}`))
        .map((row) => LAIT_COLUMNS.map((column) => row[column]))
    : [];
  const all = [...kept, ...fresh].sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]) || Number(a[2]) - Number(b[2]));
  writeFileSync(out, stringify([LAIT_COLUMNS, ...all]));
  return `${LAIT_EXTRACT}: ${fresh.length} rows of ${measures.size} measures from ${basename(path)} (${skipped} of areas without a GSS code left out), ${kept.length} earlier rows kept`;
}

function updateDictionary(path: string): string {
  const measures = new Set(dfeMeasures(root).measures.map((mapping) => mapping.measure));
  const text = readFileSync(path, "utf8");
  const rows = parse(text, { bom: true, relax_column_count: true }) as string[][];
  const column = rows[0].indexOf("Measure_short");
  if (column < 0) throw new Error(`${basename(path)} has no Measure_short column`);
  const picked = rows.slice(1).filter((row) => measures.has(row[column]));
  writeFileSync(join(target, LAIT_DICTIONARY), stringify([rows[0], ...picked]));
  return `${LAIT_DICTIONARY}: ${picked.length} measures`;
}

function updateEes(path: string): string {
  const out = join(target, basename(path));
  const text = readFileSync(path, "utf8");
  const periods = new Set(readCsv(text).map((row) => row.time_period));
  let kept = 0;
  let merged = text;
  if (existsSync(out)) {
    const header = (parse(text, { bom: true, to_line: 1 }) as string[][])[0];
    const earlier = readCsv(readFileSync(out, "utf8")).filter((row) => !periods.has(row.time_period));
    kept = earlier.length;
    if (kept > 0) merged = `${text.replace(/\s*$/, "\n")}${stringify(earlier.map((row) => header.map((column) => row[column] ?? "")))}`;
  }
  writeFileSync(out, merged);
  return `${basename(path)}: periods ${[...periods].sort().join(", ")} as published, ${kept} rows of earlier periods kept`;
}

function updateNeighbours(path: string): string {
  const model = NEIGHBOUR_MODELS.find((candidate) => candidate.file === basename(path))!;
  writeFileSync(join(target, model.file), readFileSync(path));
  const las = laCodes();
  const members: Record<string, string[]> = {};
  for (const row of readCsv(readFileSync(path, "utf8"))) {
    const own = las.get(row[model.laColumn]);
    const neighbours = model.neighbourColumns.map((column) => las.get((row[column] ?? "").trim())).filter((code): code is string => code !== undefined);
    if (own && neighbours.length > 0) members[own] = neighbours;
  }
  const set = { name: model.name, release: model.release, description: model.description, synthetic: false, members };
  mkdirSync(join(root, "sources", "statistical-neighbours"), { recursive: true });
  writeFileSync(join(root, "sources", "statistical-neighbours", `${model.name}.json`), `${JSON.stringify(set, null, 1)}\n`);
  return `statistical-neighbours/${model.name}.json: ${Object.keys(members).length} local authorities`;
}

async function main(): Promise<void> {
  const arg = args.positionals[0];
  if (!arg || args.positionals.length > 1 || !existsSync(arg) || !existsSync(root)) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  mkdirSync(target, { recursive: true });
  const eesFiles = new Set(dfeMeasures(root).measures.flatMap((mapping) => (mapping.ees ? [mapping.ees.file] : [])));
  const files = filesOf(arg);
  // The code list first: the others name areas by it.
  const ordered = [...files.filter((file) => basename(file) === LAS_FILE), ...files.filter((file) => basename(file) !== LAS_FILE)];
  let recognised = 0;
  for (const file of ordered) {
    const name = basename(file);
    let line: string | null = null;
    if (name === LAS_FILE) {
      writeFileSync(join(target, LAS_FILE), readFileSync(file));
      line = `${LAS_FILE}: copied`;
    } else if (/^bds_long.*\.parquet$/.test(name)) line = await updateLait(file);
    else if (name === "lait_data_dictionary.csv") line = updateDictionary(file);
    else if (eesFiles.has(name)) line = updateEes(file);
    else if (NEIGHBOUR_MODELS.some((model) => model.file === name)) line = updateNeighbours(file);
    if (line) {
      recognised += 1;
      process.stdout.write(`${line}\n`);
    }
  }
  if (recognised === 0) {
    process.stderr.write(`No file the graph uses in ${arg} (see sources/${DFE_FOLDER}/README.md)\n`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
