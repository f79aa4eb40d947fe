import { loadCouncils, projectRoot, subgraphDescriptors, type SubgraphDescriptor } from "../lib/config/project";
import { councilSubgraph } from "../lib/council/subgraph";
import type { SubgraphDefinition } from "../lib/server/subgraph-definition";
import { sharedSubgraph } from "./shared/src/subgraph";

export interface SubgraphEntry {
  descriptor: SubgraphDescriptor;
  definition: () => SubgraphDefinition;
}

/**
 * Every subgraph of the graph: one per council folder (configuration and data only), plus shared.
 * Configuration (council.json) comes from `root`; the data files from `dataRoot` (DATA_ROOT).
 */
export function subgraphRegistry(root: string = projectRoot, dataRoot: string = root): SubgraphEntry[] {
  const councils = loadCouncils(root, dataRoot);
  return subgraphDescriptors(councils).map((descriptor) => ({
    descriptor,
    definition: (): SubgraphDefinition => (descriptor.council ? councilSubgraph(descriptor.council, dataRoot) : sharedSubgraph(councils, dataRoot)),
  }));
}
