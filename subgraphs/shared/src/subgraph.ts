import { join } from "node:path";
import { loadCouncils, projectRoot, SHARED_SUBGRAPH_NAME, type CouncilConfig } from "../../../lib/config/project";
import { DataLoadRow } from "../../../lib/db/data-load-row";
import { buildFederatedSchema } from "../../../lib/federation/build-subgraph";
import { NodeInterface } from "../../../lib/graphql/node";
import type { SubgraphDefinition } from "../../../lib/server/subgraph-definition";
import { loadDocumentCatalogue } from "../../../lib/sources/catalogue";
import { DocumentEntity, SourceResolver } from "../../../lib/sources/model";
import { createSharedContext, type SharedContext } from "./context";
import { ActionReference, BoardReference, CouncilReference, councilReferenceClasses, PlanReference, PriorityReference } from "./council-references";
import { loadSharedData } from "./load";
import { sharedMigrations } from "./migrations";
import { JointInitiativeEntity, LinkRow, PartnershipEntity, QuotationRow, ThemeEntity } from "./model";
import { sharedReferences, sharedResolvers } from "./resolvers";

/** Built once per set of councils: type-graphql keeps class metadata for the process. */
const built = new Map<string, SubgraphDefinition<SharedContext>>();

/** The shared subgraph: the partnership, its joint work and the theme vocabulary; links to councils. */
export function sharedSubgraph(councils: CouncilConfig[] = loadCouncils()): SubgraphDefinition<SharedContext> {
  const cacheKey = councils.map((council) => council.id).join(",");
  const existing = built.get(cacheKey);
  if (existing) return existing;
  const references = councilReferenceClasses(councils);
  const { schema, typeDefs } = buildFederatedSchema<SharedContext>({
    resolvers: [SourceResolver, ...sharedResolvers(references)],
    orphanedTypes: [NodeInterface, CouncilReference, PlanReference, PriorityReference, ActionReference, BoardReference, ...references.values()],
    references: sharedReferences(),
  });
  const catalogue = loadDocumentCatalogue();
  const dataDir = join(projectRoot, "subgraphs", SHARED_SUBGRAPH_NAME, "data");
  const definition: SubgraphDefinition<SharedContext> = {
    name: SHARED_SUBGRAPH_NAME,
    schema,
    typeDefs,
    entities: [DocumentEntity, DataLoadRow, ThemeEntity, PartnershipEntity, JointInitiativeEntity, LinkRow, QuotationRow],
    migrations: sharedMigrations,
    load: (dataSource) => loadSharedData(dataSource, dataDir, councils, catalogue),
    createContext: (dataSource) => createSharedContext(dataSource, councils),
  };
  built.set(cacheKey, definition);
  return definition;
}
