import { existsSync, readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Problem } from "../data/problems";
import { readVocabulary } from "./vocabulary";

/**
 * The two vocabularies a plan's structure is written in: heading kinds (PRIORITY, OUTCOME, THEME ...)
 * and statement kinds (PROMISE, ASPIRATION ...). Each is the shared file lib/vocabulary/<name>.json
 * plus the council's own additions in subgraphs/<id>/data/vocabulary/<name>.json (same shape), read by
 * the one vocabulary loader (lib/vocabulary/vocabulary.ts).
 */
export type PlanKindVocabulary = "heading-kinds" | "statement-kinds";

export interface KindRecord {
  code: string;
  name: string;
  description: string;
}

/**
 * The merged kinds: shared first, then the additions of each council whose data folder
 * (subgraphs/<id>/data) is given, in that order. A code defined twice is a problem naming both files.
 */
export function readPlanKinds(name: PlanKindVocabulary, root: string, councilDataDirs: string[], problems: Problem[] = []): KindRecord[] {
  const merged = readVocabulary(
    name,
    root,
    councilDataDirs.map((dir) => basename(dirname(dir))),
  );
  problems.push(...merged.problems);
  return merged.records.map(({ code, name: kindName, description }) => ({ code, name: kindName, description }));
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
