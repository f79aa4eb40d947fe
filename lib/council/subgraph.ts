import type { CouncilConfig } from "../config/project";
import { DataLoadRow } from "../db/data-load-row";
import { buildFederatedSchema } from "../federation/build-subgraph";
import { loadDocumentCatalogue } from "../sources/catalogue";
import { DocumentEntity, SourceResolver } from "../sources/model";
import type { SubgraphDefinition } from "../server/subgraph-definition";
import { councilTypes } from "./entities";
import { loadCouncilData } from "./load";
import { createCouncilContext, type CouncilContext } from "./loaders";
import { councilMigrations } from "./migrations";
import { ActionThemeRow, BoardPlanRow, NodeInterface, StatementEntity } from "./model";
import { councilReferences, councilResolvers } from "./resolvers";

/** One council's subgraph: the shared council shape, instantiated from the council's configuration. */
const built = new Map<string, SubgraphDefinition<CouncilContext>>();

export function councilSubgraph(council: CouncilConfig): SubgraphDefinition<CouncilContext> {
  const existing = built.get(council.id);
  if (existing) return existing;
  const types = councilTypes(council);
  const { schema, typeDefs } = buildFederatedSchema<CouncilContext>({
    resolvers: [SourceResolver, ...councilResolvers(council, types)],
    orphanedTypes: [NodeInterface, types.Council, types.Plan, types.Priority, types.Action, types.Board],
    references: councilReferences(council),
  });
  const catalogue = loadDocumentCatalogue();
  const definition: SubgraphDefinition<CouncilContext> = {
    name: council.id,
    schema,
    typeDefs,
    entities: [DocumentEntity, DataLoadRow, types.Plan, types.Priority, types.Action, types.Board, ActionThemeRow, BoardPlanRow, StatementEntity],
    migrations: councilMigrations,
    load: (dataSource) => loadCouncilData(dataSource, council, types, catalogue),
    createContext: (dataSource) => createCouncilContext(dataSource, types, new types.Council()),
  };
  built.set(council.id, definition);
  return definition;
}
