import { projectRoot } from "../config/project";
import { DataProblems } from "../data/problems";
import { badUserInput } from "../graphql/errors";
import { councilIdsUnder, readVocabulary, type VocabularyRecord } from "./vocabulary";

export interface ThemeRecord {
  code: string;
  name: string;
  description: string;
}

/**
 * The themes under a project root: lib/vocabulary/themes.json merged with each council's own
 * subgraphs/<id>/data/vocabulary/themes.json. Read once per root (the subgraphs validate filters
 * against it in memory: no query).
 */
export interface ThemeVocabulary {
  records: Array<VocabularyRecord<ThemeRecord>>;
  codes: ReadonlySet<string>;
}

const read = new Map<string, ThemeVocabulary>();
export function themeVocabulary(root: string = projectRoot): ThemeVocabulary {
  const cached = read.get(root);
  if (cached) return cached;
  const merged = readVocabulary("themes", root, councilIdsUnder(root));
  if (merged.problems.length > 0) throw new DataProblems(merged.problems);
  const vocabulary = { records: merged.records, codes: new Set(merged.records.map((theme) => theme.code)) };
  read.set(root, vocabulary);
  return vocabulary;
}

/** The shared file's themes only: the deprecated ThemeCode enum, identical in every subgraph. */
export const themes: Array<VocabularyRecord<ThemeRecord>> = themeVocabulary(projectRoot).records.filter((theme) => theme.origin.council === null);

/**
 * The shared file's theme codes, as the GraphQL enum ThemeCode (deprecated inputs only: filters take
 * themeCode strings). Registered in lib/graphql/enums.ts: take it from there in a schema.
 */
export const ThemeCode: Record<string, string> = Object.fromEntries(themes.map((theme) => [theme.code, theme.code]));

/** Theme ids are global ids with a slug key: ADOPTION → "Theme:adoption". */
export const THEME_TYPE_NAME = "Theme";
export const themeKey = (code: string): string => code.toLowerCase().replace(/_/g, "-");

export const THEME_DESCRIPTION =
  'A theme of children\'s services work, from the shared vocabulary and the themes councils add (owned by the shared subgraph). For what each council does on a theme, ask councils { actions(filter: { themeCode: "CODE" }) }.';

const MAX_CODE = 100;

/**
 * The theme code a filter or argument asks for, from the String `themeCode` or the deprecated enum
 * argument: at most one of the two (`required`: exactly one). A code not in the merged vocabulary is
 * BAD_USER_INPUT naming the known codes; a known code another council added is valid (it matches
 * nothing where that council's actions are not).
 */
export function themeCodeOf(themeCode: string | null | undefined, deprecated: string | null | undefined, known: ReadonlySet<string>, fields: { themeCode: string; deprecated: string }, required = false): string | null {
  const given = [themeCode, deprecated].filter((value): value is string => value !== null && value !== undefined);
  if (given.length > 1) throw badUserInput(`Give ${fields.themeCode} or ${fields.deprecated} (deprecated), not both`, { field: fields.themeCode });
  if (given.length === 0) {
    if (required) throw badUserInput(`Give ${fields.themeCode}: one of ${[...known].join(", ")}`, { field: fields.themeCode });
    return null;
  }
  const code = given[0];
  if (!known.has(code)) {
    throw badUserInput(`"${code.slice(0, MAX_CODE)}" is not a theme code. Known theme codes: ${[...known].join(", ")}`, { field: themeCode !== null && themeCode !== undefined ? fields.themeCode : fields.deprecated });
  }
  return code;
}
