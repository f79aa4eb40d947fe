import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { displayPath, readDataFile, type Problem } from "../../../lib/data/problems";
import { documentPath } from "../../../lib/data/project-data";
import { geographiesFile, neighbourSetFile, type NeighbourSetFile } from "../../../lib/data/schemas";
import { dfeMeasures, isDfeStatistics, LAIT_EXTRACT } from "../../../lib/data/dfe-measures";
import { eesValues, laitValues, type MeasureMapping } from "../../../lib/data/dfe-statistics";
import { statisticsValues, type StatisticsValue } from "../../../lib/data/statistics";
import type { TableRows } from "../../../lib/db/load-rows";
import type { DocumentRecord } from "../../../lib/sources/catalogue";
import { AreaValueEntity, GeographyEntity, NeighbourRow, NeighbourSetEntity } from "./comparisons-model";

/**
 * The comparisons' data as table rows: the geographies of lib/vocabulary/geographies.json (each
 * sourced), every area of every loaded statistics file (sources/*.csv in the catalogue: England,
 * regions, every local authority in them), and the statistical neighbour sets of
 * sources/statistical-neighbours/*.json. The DfE's own files in sources/dfe-statistics are read as
 * published (LAIT's long format, EES tidy CSVs) for the measures lib/vocabulary/dfe-measures.json
 * maps to indicators. Texts read are added to `texts` (the load's checksum).
 */
export function comparisonTables(root: string, catalogue: DocumentRecord[], indicatorCodes: Set<string>, problems: Problem[], texts: string[]): TableRows[] {
  const geographies = new Map<string, GeographyEntity>();
  for (const entry of readDataFile(join(root, "lib", "vocabulary", "geographies.json"), geographiesFile, problems, texts) ?? []) {
    geographies.set(entry.code, Object.assign(new GeographyEntity(), { code: entry.code, name: entry.name, level: entry.level, laCode: entry.laCode, validFrom: entry.validFrom, validTo: entry.validTo }));
  }

  const mappingPath = join(root, "lib", "vocabulary", "dfe-measures.json");
  const mappings: MeasureMapping[] = existsSync(mappingPath) ? dfeMeasures(root).measures.filter((mapping) => indicatorCodes.has(mapping.indicator)) : [];
  const valuesOf = (document: DocumentRecord, path: string, text: string): StatisticsValue[] => {
    if (!isDfeStatistics(document)) return statisticsValues(displayPath(path), text, indicatorCodes, problems);
    if (basename(path) === LAIT_EXTRACT) return laitValues(displayPath(path), text, mappings, problems);
    // An EES file: the measures mapped to it (none for the data dictionary and code lists).
    return mappings.filter((mapping) => mapping.ees?.file === basename(path)).flatMap((mapping) => eesValues(displayPath(path), text, mapping, problems));
  };

  const values: AreaValueEntity[] = [];
  for (const document of catalogue.filter((entry) => entry.file.toLowerCase().endsWith(".csv"))) {
    const path = documentPath(root, document);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, "utf8");
    texts.push(text);
    for (const value of valuesOf(document, path, text)) {
      // An area the files name that the vocabulary does not: named as the file names it, no dates.
      if (!geographies.has(value.geography)) {
        geographies.set(value.geography, Object.assign(new GeographyEntity(), { code: value.geography, name: value.name, level: value.level, laCode: value.laCode, validFrom: null, validTo: null }));
      }
      values.push(
        Object.assign(new AreaValueEntity(), {
          id: `${document.id}-r${value.line}-${value.indicator}`,
          indicator: value.indicator,
          geography: value.geography,
          level: geographies.get(value.geography)!.level,
          timePeriod: value.timePeriod,
          timeIdentifier: value.timeIdentifier,
          value: value.value,
          status: value.status,
          documentId: document.id,
          quote: value.quote,
        }),
      );
    }
  }

  const sets: NeighbourSetEntity[] = [];
  const members: NeighbourRow[] = [];
  const dir = join(root, "sources", "statistical-neighbours");
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => file.endsWith(".json"))
        .sort()
    : [];
  for (const file of files) {
    const set: NeighbourSetFile | undefined = readDataFile(join(dir, file), neighbourSetFile, problems, texts);
    if (!set) continue;
    sets.push(Object.assign(new NeighbourSetEntity(), { name: set.name, release: set.release, description: set.description, synthetic: set.synthetic ? 1 : 0 }));
    for (const [geography, neighbours] of Object.entries(set.members)) {
      if (new Set(neighbours).size !== neighbours.length) problems.push({ file: displayPath(join(dir, file)), record: geography, message: "names a neighbour twice" });
      if (neighbours.includes(geography)) problems.push({ file: displayPath(join(dir, file)), record: geography, message: "names the council as its own neighbour" });
      neighbours.forEach((neighbour, position) => members.push(Object.assign(new NeighbourRow(), { setName: set.name, geography, neighbour, position })));
    }
  }
  return [
    { target: GeographyEntity, rows: [...geographies.values()] },
    { target: AreaValueEntity, rows: values },
    { target: NeighbourSetEntity, rows: sets },
    { target: NeighbourRow, rows: members },
  ];
}
