import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";
import { displayPath, readDataFile, type Problem } from "../data/problems";
import { KIND_CODE } from "../data/schemas";

/**
 * The two vocabularies a plan's structure is written in: heading kinds (PRIORITY, OUTCOME, THEME ...)
 * and statement kinds (PROMISE, ASPIRATION ...). Each is the shared file lib/vocabulary/<name>.json
 * plus the council's own additions in subgraphs/<id>/data/vocabulary/<name>.json (same shape).
 * The one place these files are read: when the shared vocabulary loader (lib/vocabulary/vocabulary.ts)
 * lands, this function switches to it.
 */
export type PlanKindVocabulary = "heading-kinds" | "statement-kinds";

export interface KindRecord {
  code: string;
  name: string;
  description: string;
}

const kindsFile = z.array(
  z.strictObject({
    code: z.string().regex(KIND_CODE, "must be an upper-case code such as PRIORITY"),
    name: z.string().trim().min(1, "must not be empty"),
    description: z.string().trim().min(1, "must not be empty"),
  }),
);

/**
 * The merged kinds: shared first, then each council's additions in the order given. A code defined
 * twice is a problem naming both files; the first definition wins.
 */
export function readPlanKinds(name: PlanKindVocabulary, root: string, councilDataDirs: string[], problems: Problem[] = []): KindRecord[] {
  const files = [join(root, "lib", "vocabulary", `${name}.json`), ...councilDataDirs.map((dir) => join(dir, "vocabulary", `${name}.json`))];
  const merged = new Map<string, { record: KindRecord; file: string }>();
  files.forEach((file, index) => {
    if (index > 0 && !existsSync(file)) return;
    for (const record of readDataFile(file, kindsFile, problems) ?? []) {
      const earlier = merged.get(record.code);
      if (earlier) {
        problems.push({ file: displayPath(file), record: record.code, field: "code", message: `${name} code "${record.code}" is also defined in ${displayPath(earlier.file)}. Keep one definition` });
        continue;
      }
      merged.set(record.code, { record, file });
    }
  });
  return [...merged.values()].map((entry) => entry.record);
}

/** "PRIORITY, THEME, OUTCOME": the known codes, for messages that say what would be accepted. */
export const knownCodes = (kinds: KindRecord[]): string => kinds.map((kind) => kind.code).join(", ");

/**
 * What a council subgraph accepts as a kind argument and names in kindName: its own kinds first, then
 * those other councils of the project define (a query fanning out over every council may name another
 * council's kind: that finds nothing here rather than failing). Problems are data:check's to report.
 */
export function servedPlanKinds(name: PlanKindVocabulary, root: string, ownDataDir: string): KindRecord[] {
  const subgraphsDir = dirname(dirname(ownDataDir));
  const others = existsSync(subgraphsDir)
    ? readdirSync(subgraphsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => join(subgraphsDir, entry.name, "data"))
        .filter((dir) => dir !== ownDataDir && existsSync(join(dir, "vocabulary", `${name}.json`)))
        .sort()
    : [];
  const merged = new Map<string, KindRecord>();
  for (const dir of [ownDataDir, ...others]) {
    for (const kind of readPlanKinds(name, root, [dir])) if (!merged.has(kind.code)) merged.set(kind.code, kind);
  }
  return [...merged.values()];
}
