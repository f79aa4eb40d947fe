import { loadCouncils, projectRoot, type CouncilConfig } from "../../lib/config/project";

/**
 * The council set, as the project has it: tests derive from it whatever is general, so that the
 * suite passes with councils added (CI runs it again with the fixture councils: .ci/fixture-copy).
 * The repository's two real councils' own facts are tested by id.
 */
export const projectCouncils = (): CouncilConfig[] => loadCouncils(projectRoot);

/** Council names in the graph's order (`Query.councils`: by their subgraphs' ports). */
export const councilNames = (): string[] => projectCouncils().map((council) => council.name);

/** Every subgraph's name: the councils' ids in port order, then the shared subgraph. */
export const subgraphNames = (): string[] => [...projectCouncils().map((council) => council.id), "shared"];
