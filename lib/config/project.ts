import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
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

/**
 * Every council is a folder under subgraphs/ with a council.json: adding one needs no code. Its data
 * files are read from the same folder under `dataRoot` (another copy of the data, e.g. synthetic).
 */
export function readCouncils(root: string, problems: Problem[], dataRoot: string = root): CouncilConfig[] {
  const dir = join(root, "subgraphs");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "council.json")))
    .flatMap((entry) => {
      const file = readDataFile(join(dir, entry.name, "council.json"), councilConfigFile, problems);
      return file ? [{ ...file, id: entry.name, dataDir: join(dataRoot, "subgraphs", entry.name, "data") }] : [];
    })
    .sort((a, b) => a.port - b.port);
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
