import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../config/project";
import type { MeasureMapping } from "./dfe-statistics";

/** Where the DfE statistics the graph uses live, under sources/ (see its README). */
export const DFE_FOLDER = "dfe-statistics";
export const LAIT_EXTRACT = "lait-extract.csv";
export const LAIT_DICTIONARY = "lait-dictionary-extract.csv";
export const LAS_FILE = "las.csv";

/** One indicator's published measure (lib/vocabulary/dfe-measures.json). */
export interface DfeMeasure extends MeasureMapping {
  /** LAIT's name of the measure, from its data dictionary. */
  title: string;
  polarity: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" | "CONTEXTUAL";
  /** As the data dictionary gives it: "Low", "High" or "-". */
  laitPolarity: string;
  unit: string;
  yearType: string;
  publication: string | null;
  /** The first period of the two councils' own values: before it the area was Cumbria (the manifest's switch year). */
  councilsFrom: string;
}

export interface DfeMeasures {
  /** The council both councils succeed, with the neighbour set its own model gave it. */
  predecessor: { code: string; name: string; laCode: string; lastDay: string; neighbourSet: string };
  measures: DfeMeasure[];
}

/** The mapping of indicator codes to DfE measures, read from `root` (the project's by default). */
export function dfeMeasures(root: string = projectRoot): DfeMeasures {
  return JSON.parse(readFileSync(join(root, "lib", "vocabulary", "dfe-measures.json"), "utf8")) as DfeMeasures;
}

/** The DfE statistical neighbour models, as published in CSC_outcomes_and_enablers, and the set each becomes. */
export const NEIGHBOUR_MODELS = [
  {
    file: "csc_sn_model_2025_wide.csv",
    name: "dfe-statistical-neighbours-2025",
    release: "2025-05",
    description: "DfE children's services statistical neighbour benchmarking tool, May 2025 model (10 neighbours per local authority; Cumberland and Westmorland and Furness have their own)",
    laColumn: "old_la_code",
    neighbourColumns: ["SN_1", "SN_2", "SN_3", "SN_4", "SN_5", "SN_6", "SN_7", "SN_8", "SN_9", "SN_10"],
  },
  {
    file: "csc_New_Statistical_Neighbour_Groupings_April_2021.csv",
    name: "dfe-statistical-neighbours-2021",
    release: "2021-04",
    description: "DfE children's services statistical neighbour benchmarking tool, April 2021 model (10 neighbours per local authority; Cumbria's, before the split)",
    laColumn: "LA num",
    neighbourColumns: ["SN1", "SN2", "SN3", "SN4", "SN5", "SN6", "SN7", "SN8", "SN9", "SN10"],
  },
];

/** True for a catalogue document in sources/dfe-statistics/: read by the comparisons' importer, not as a council's statistics file. */
export const isDfeStatistics = (document: { file: string }): boolean => document.file.startsWith(`${DFE_FOLDER}/`);
