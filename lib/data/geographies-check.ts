import { existsSync } from "node:fs";
import { join } from "node:path";
import type { CouncilConfig } from "../config/project";
import { readDataFile, type Problem } from "./problems";
import type { CouncilData } from "./council-data";
import { fileUnder } from "./records";
import { geographiesFile } from "./schemas";

const FILE = "lib/vocabulary/geographies.json";

/**
 * The areas: lib/vocabulary/geographies.json against its schema, each code once, and every figure's
 * geography an area the project knows (that file, or a council's own code or region).
 */
export function checkGeographies(root: string, councils: CouncilConfig[], councilData: Map<string, CouncilData>, problems: Problem[]): void {
  const path = join(root, FILE);
  const geographies = existsSync(path) ? (readDataFile(path, geographiesFile, problems) ?? []) : [];
  const seen = new Set<string>();
  geographies.forEach((geography, index) => {
    if (seen.has(geography.code)) problems.push({ file: FILE, record: `[${index}] (${geography.code})`, field: "code", message: `geography code "${geography.code}" is used twice`, fix: "keep one entry per area" });
    seen.add(geography.code);
  });
  const known = new Set([...seen, ...councils.flatMap((council) => [council.gssCode, ...(council.region ? [council.region] : [])])]);
  for (const council of councils) {
    const file = `${fileUnder(root, council.dataDir)}/figures.json`;
    (councilData.get(council.id)?.figures ?? []).forEach((figure, index) => {
      if (figure.geography === null || known.has(figure.geography)) return;
      problems.push({
        file,
        record: `[${index}] (${figure.id})`,
        field: "geography",
        message: `unknown geography "${figure.geography}" (not in ${FILE}, nor a council's own code or region)`,
        fix: `add the area to ${FILE} (code, name, level and its source), or use null for the council's own area`,
      });
    });
  }
}
