import { join } from "node:path";
import { registerEnumType } from "type-graphql";
import { projectRoot, readJson } from "../config/project";

export interface ThemeRecord {
  code: string;
  name: string;
  description: string;
}

/** The theme vocabulary both councils share: lib/vocabulary/themes.json. */
export const themes: ThemeRecord[] = readJson<ThemeRecord[]>(join(projectRoot, "lib", "vocabulary", "themes.json"));

/** GraphQL enum of theme codes, built from the vocabulary file, identical in every subgraph. */
export const ThemeCode: Record<string, string> = Object.fromEntries(themes.map((theme) => [theme.code, theme.code]));

registerEnumType(ThemeCode, {
  name: "ThemeCode",
  description: "A theme of children's services work, from the vocabulary every council shares (this project's classification, not the documents' words).",
  valuesConfig: Object.fromEntries(themes.map((theme) => [theme.code, { description: `${theme.name}: ${theme.description}` }])),
});

/** Theme ids are global ids with a slug key: ADOPTION → "Theme:adoption". */
export const THEME_TYPE_NAME = "Theme";
export const themeKey = (code: string): string => code.toLowerCase().replace(/_/g, "-");
export const themeCodeOfKey = (key: string): string | undefined => themes.find((theme) => themeKey(theme.code) === key)?.code;

export const THEME_DESCRIPTION =
  "A theme of children's services work, from the vocabulary every council shares (owned by the shared subgraph). For what each council does on a theme, ask councils { actions(filter: { theme: CODE }) }.";
