import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { DataProblems, readDataFile, type Problem } from "../data/problems";
import { councilConfigFile } from "../data/schemas";
import { projectRoot } from "./project-root";

// In a module of its own, so that lib/data/problems.ts can use it without importing this file.
export { projectRoot };

export function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/** A council's identity and service settings, from subgraphs/<id>/council.json. */
export interface CouncilConfig {
  /** Subgraph name and folder, e.g. "westmorland-furness". */
  id: string;
  /** Official name, e.g. "Westmorland and Furness Council". */
  name: string;
  /** Prefix of every GraphQL type the council owns, e.g. "WestmorlandAndFurness". */
  typePrefix: string;
  /** ONS GSS code, e.g. "E06000064". */
  gssCode: string;
  /** DfE 3-digit local authority code, e.g. "943". */
  laCode: string;
  /** ISO date the council came into being. */
  formed: string;
  /** GSS code of the council's region, where configured (e.g. E12000002, North West). */
  region?: string;
  /** Default port of the council's subgraph. */
  port: number;
  /** Folder holding the council's data files. */
  dataDir: string;
  /** A synthetic council (benchmarks): its folder is in a synthetic data root, never in the repository. */
  synthetic?: true;
}

export interface SubgraphDescriptor {
  /** Subgraph name used in the supergraph, e.g. "cumberland" or "shared". */
  name: string;
  /** Prefix of this subgraph's environment variables, e.g. "CUMBERLAND". */
  envPrefix: string;
  defaultPort: number;
  council?: CouncilConfig;
}

export const SHARED_SUBGRAPH_NAME = "shared";
export const SHARED_DEFAULT_PORT = 4003;
export const GATEWAY_DEFAULT_PORT = 4000;

/** The file that marks a data root as synthetic (written by `npm run data:synthetic`). */
export const SYNTHETIC_MANIFEST_FILE = "synthetic.json";

export const isSyntheticDataRoot = (dataRoot: string): boolean => existsSync(join(dataRoot, SYNTHETIC_MANIFEST_FILE));

/** The council folders (with a council.json) under `<root>/subgraphs`, each read with its data under `dataRoot`. */
function councilFolders(root: string, dataRoot: string, problems: Problem[]): CouncilConfig[] {
  const dir = join(root, "subgraphs");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "council.json")))
    .flatMap((entry) => {
      const file = readDataFile(join(dir, entry.name, "council.json"), councilConfigFile, problems);
      return file ? [{ ...file, id: entry.name, dataDir: join(dataRoot, "subgraphs", entry.name, "data") }] : [];
    });
}

const notSyntheticHere = (council: CouncilConfig, root: string): Problem => ({
  file: join(root, "subgraphs", council.id, "council.json"),
  record: council.id,
  field: "synthetic",
  message: "a synthetic council outside a synthetic data root",
  fix: "synthetic councils live only in a data root made by `npm run data:synthetic -- --councils N` (served with DATA_ROOT); remove this folder",
});

/**
 * Every council is a folder under subgraphs/ with a council.json: adding one needs no code. Its data
 * files are read from the same folder under `dataRoot` (another copy of the data, e.g. synthetic).
 * A synthetic data root (one holding synthetic.json) may add synthetic councils of its own: folders of
 * its subgraphs/ with a council.json marked `"synthetic": true`. A council marked synthetic anywhere
 * else (the repository, or a data root that is not synthetic) is a problem, so that benchmark councils
 * can never be served as real ones.
 */
export function readCouncils(root: string, problems: Problem[], dataRoot: string = root): CouncilConfig[] {
  const councils = councilFolders(root, dataRoot, problems);
  const syntheticRoot = isSyntheticDataRoot(dataRoot);
  for (const council of councils) if (council.synthetic && !(syntheticRoot && root === dataRoot)) problems.push(notSyntheticHere(council, root));
  if (resolve(dataRoot) !== resolve(root)) {
    const known = new Set(councils.map((council) => council.id));
    for (const council of councilFolders(dataRoot, dataRoot, problems)) {
      if (known.has(council.id)) continue;
      if (!council.synthetic || !syntheticRoot) {
        problems.push(
          council.synthetic
            ? notSyntheticHere(council, dataRoot)
            : {
                file: join(dataRoot, "subgraphs", council.id, "council.json"),
                record: council.id,
                field: "synthetic",
                message: "a council in a data root must be marked synthetic",
                fix: 'a real council\'s configuration lives in the repository (npm run council:add); a benchmark council says "synthetic": true in a synthetic data root',
              },
        );
        continue;
      }
      councils.push(council);
    }
  }
  return councils.sort((a, b) => a.port - b.port);
}

export function loadCouncils(root: string = projectRoot, dataRoot: string = root): CouncilConfig[] {
  const problems: Problem[] = [];
  const councils = readCouncils(root, problems, dataRoot);
  if (problems.length > 0) throw new DataProblems(problems);
  return councils;
}

export function envPrefixOf(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]+/g, "_");
}

export function subgraphDescriptors(councils: CouncilConfig[] = loadCouncils()): SubgraphDescriptor[] {
  return [
    ...councils.map((council) => ({ name: council.id, envPrefix: envPrefixOf(council.id), defaultPort: council.port, council })),
    { name: SHARED_SUBGRAPH_NAME, envPrefix: envPrefixOf(SHARED_SUBGRAPH_NAME), defaultPort: SHARED_DEFAULT_PORT },
  ];
}
