import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { z } from "zod";
import { readDataFile, type Problem } from "../data/problems";
import { indicatorsFile, KIND_CODE, themesFile } from "../data/schemas";

/**
 * A vocabulary is a list of coded records: the shared file `lib/vocabulary/<name>.json`, extended by
 * each council's own `subgraphs/<id>/data/vocabulary/<name>.json` (same record shape). A council adds
 * themes, indicators or kinds from its own folder, without touching the shared file.
 */
export type VocabularyName = "themes" | "indicators" | "heading-kinds" | "statement-kinds";

/** Where a merged record comes from: the council that added it (null for the shared file), and the file. */
export interface VocabularyOrigin {
  council: string | null;
  file: string;
}

export type VocabularyRecord<T> = T & { origin: VocabularyOrigin };

export interface MergedVocabulary<T> {
  /** The shared file's records first, then each council's, in the order of `councilIds`. */
  records: Array<VocabularyRecord<T>>;
  /** Unreadable or invalid files, and codes defined twice (naming both files). */
  problems: Problem[];
  /** Raw text of every file read, for checksums. */
  texts: string[];
}

/** Heading and statement kinds: `{ code, name, description }`, codes in UPPER_SNAKE. */
export const kindsFile = z.array(
  z.strictObject({
    code: z.string().regex(KIND_CODE, "must be an UPPER_SNAKE code such as PRIORITY"),
    name: z.string().trim().min(1, "must not be empty"),
    description: z.string().trim().min(1, "must not be empty"),
  }),
);

const SCHEMAS = { themes: themesFile, indicators: indicatorsFile, "heading-kinds": kindsFile, "statement-kinds": kindsFile } as const;
type Schemas = typeof SCHEMAS;
export type VocabularyFile<N extends VocabularyName> = z.infer<Schemas[N]>[number];

export const sharedVocabularyPath = (root: string, name: VocabularyName): string => join(root, "lib", "vocabulary", `${name}.json`);
export const councilVocabularyPath = (root: string, councilId: string, name: VocabularyName): string => join(root, "subgraphs", councilId, "data", "vocabulary", `${name}.json`);

/** The councils under `root` (folders of subgraphs/ with a council.json), for callers that have no list. */
export function councilIdsUnder(root: string): string[] {
  const dir = join(root, "subgraphs");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "council.json")))
    .map((entry) => entry.name)
    .sort();
}

/**
 * The merged vocabulary `name`: the shared file and every listed council's own file. Either file may be
 * missing (an empty list). A code defined twice, in one file or across two, is a problem naming both.
 */
export function readVocabulary<N extends VocabularyName>(name: N, root: string, councilIds: readonly string[]): MergedVocabulary<VocabularyFile<N>> {
  const problems: Problem[] = [];
  const texts: string[] = [];
  const records: Array<VocabularyRecord<VocabularyFile<N>>> = [];
  const firstFile = new Map<string, string>();
  const sources: Array<{ council: string | null; path: string }> = [{ council: null, path: sharedVocabularyPath(root, name) }, ...councilIds.map((council) => ({ council, path: councilVocabularyPath(root, council, name) }))];
  for (const { council, path } of sources) {
    if (!existsSync(path)) continue;
    const file = relative(root, path);
    const list = (readDataFile(path, SCHEMAS[name], problems, texts) ?? []) as Array<VocabularyFile<N>>;
    list.forEach((record, index) => {
      const earlier = firstFile.get(record.code);
      if (earlier !== undefined) {
        const where = earlier === file ? `twice in ${file}` : `in ${earlier} and in ${file}`;
        problems.push({
          file,
          record: `[${index}] (${record.code})`,
          field: "code",
          message: `${name} code "${record.code}" is defined ${where}`,
          fix: "keep one definition: remove this one, or give it another code",
        });
        return;
      }
      firstFile.set(record.code, file);
      records.push({ ...record, origin: { council, file } });
    });
  }
  return { records, problems, texts };
}

/** The records a council may use: the shared ones and its own (another council's are not its). */
export const recordsOfCouncil = <T>(records: Array<VocabularyRecord<T>>, councilId: string): Array<VocabularyRecord<T>> => records.filter((record) => record.origin.council === null || record.origin.council === councilId);
