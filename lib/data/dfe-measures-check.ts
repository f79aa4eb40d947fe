import { existsSync } from "node:fs";
import { join } from "node:path";
import { dfeMeasures } from "./dfe-measures";
import type { Problem } from "./problems";

const FILE = "lib/vocabulary/dfe-measures.json";

/**
 * Each DfE measure maps to an indicator of the catalogue: the comparisons skip a mapping whose
 * indicator is unknown, so a mistyped code would silently drop the measure's values.
 */
export function checkDfeMeasures(root: string, indicatorCodes: Set<string>, problems: Problem[]): void {
  if (!existsSync(join(root, FILE))) return;
  let measures: Array<{ indicator?: unknown; measure?: unknown }>;
  try {
    measures = dfeMeasures(root).measures ?? [];
  } catch (error) {
    problems.push({ file: FILE, message: `cannot be read as JSON: ${(error as Error).message}` });
    return;
  }
  measures.forEach((mapping, index) => {
    if (typeof mapping.indicator === "string" && indicatorCodes.has(mapping.indicator)) return;
    problems.push({
      file: FILE,
      record: `measures[${index}] (${String(mapping.measure)})`,
      field: "indicator",
      message: `unknown indicator "${String(mapping.indicator)}" (not in lib/vocabulary/indicators.json), so the measure's values would be left out`,
      fix: "use the code of an indicator in lib/vocabulary/indicators.json, or add the indicator there with its source",
    });
  });
}
