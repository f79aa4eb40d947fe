import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/**
 * Where a value is in a data file, as problems name it: the record (its place in the file and its
 * id, "actions[3] (a04)"; a file whose top level has an id is that record) and the field within it.
 */
export interface Place {
  record?: string;
  /** Path within the record ("source.quote", "sections[2].heading"); "" for the record itself. */
  field: string;
}

export type JsonObject = Record<string, unknown>;

const isObject = (node: unknown): node is JsonObject => node !== null && typeof node === "object" && !Array.isArray(node);
const idOf = (node: JsonObject): string | undefined => (typeof node.id === "string" ? node.id : typeof node.code === "string" ? node.code : undefined);
const member = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/**
 * Calls `visit` on every object of a parsed JSON file with its place and its ancestors (nearest
 * last). An object with an id (or code) that is an array element, or the file's top level, starts
 * a new record.
 */
export function walkObjects(json: unknown, visit: (node: JsonObject, place: Place, ancestors: JsonObject[]) => void): void {
  const walk = (node: unknown, path: string, place: Place, ancestors: JsonObject[], startsRecord: boolean): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, `${path}[${index}]`, { record: place.record, field: `${place.field}[${index}]` }, ancestors, true));
      return;
    }
    if (!isObject(node)) return;
    const id = idOf(node);
    const here: Place = startsRecord && id !== undefined ? { record: path ? `${path} (${id})` : id, field: "" } : place;
    visit(node, here, ancestors);
    for (const [key, value] of Object.entries(node)) {
      walk(value, member(path, key), { record: here.record, field: member(here.field, key) }, [...ancestors, node], false);
    }
  };
  walk(json, "", { field: "" }, [], true);
}

/**
 * The JSON data files whose records are shown to users or quote documents: every file of
 * lib/vocabulary/ and every file under subgraphs/<id>/data/ (council.json is configuration).
 * Paths are absolute; sorted, so problems come in a stable order.
 */
export function dataFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith(".json")) files.push(join(dir, entry.name));
    }
  };
  const vocabulary = join(root, "lib", "vocabulary");
  if (existsSync(vocabulary)) walk(vocabulary);
  const subgraphs = join(root, "subgraphs");
  for (const subgraph of existsSync(subgraphs) ? readdirSync(subgraphs).sort() : []) {
    const data = join(subgraphs, subgraph, "data");
    if (existsSync(data)) walk(data);
  }
  return files;
}

/** A path relative to `root`, with forward slashes, as problems name files. */
export const fileUnder = (root: string, path: string): string => relative(root, path).split(sep).join("/");

/** A data file parsed, with its path relative to the root; undefined when it is not JSON (the schema checks report that). */
export function readJsonFile(root: string, path: string): { file: string; json: unknown } | undefined {
  try {
    return { file: fileUnder(root, path), json: JSON.parse(readFileSync(path, "utf8")) };
  } catch {
    return undefined;
  }
}
