import { loadCouncils, projectRoot, SHARED_SUBGRAPH_NAME, type CouncilConfig } from "../../../lib/config/project";
import { DataLoadRow } from "../../../lib/db/data-load-row";
import { buildFederatedSchema } from "../../../lib/federation/build-subgraph";
import { NodeInterface } from "../../../lib/graphql/node";
import type { SubgraphDefinition } from "../../../lib/server/subgraph-definition";
import { DocumentEntity, SourceResolver } from "../../../lib/sources/model";
import { createSharedContext, type SharedContext } from "./context";
import { ActionReference, BoardReference, CouncilReference, councilReferenceClasses, HeadingReference, MeetingReference, PlanReference, PriorityReference, ReportReference } from "./council-references";
import { AgencyValueEntity, AreaValueEntity, GeographyEntity, NeighbourRow, NeighbourSetEntity } from "./comparisons-model";
import { comparisonResolvers } from "./comparisons-resolvers";
import { loadSharedData, syncSharedData } from "./load";
import { sharedMigrations } from "./migrations";
import { JointActionEntity, JointActionLinkRow, MilestoneEntity } from "../../../lib/tracking/joint-action-model";
import { jointActionResolvers } from "./joint-action-resolvers";
import { jointActionEditResolvers } from "./joint-action-edits";
import { ActorResolver, AuditEntryEntity, ProgressUpdateEntity } from "../../../lib/tracking/model";
import { IndicatorEntity, JointInitiativeEntity, LinkRow, PartnershipEntity, QuotationRow, ThemeEntity } from "./model";
import { councilReferenceOf, sharedReferences, sharedResolvers } from "./resolvers";

/** Built once per set of councils: type-graphql keeps class metadata for the process. */
const built = new Map<string, SubgraphDefinition<SharedContext>>();

/** The shared subgraph: the partnership, its joint work and the theme vocabulary; links to councils. */
/**
 * The size the cost rules assume for `Query.councils`: every council of a synthetic footprint (12 or
 * 50 councils), else 2 as before. A project with a third real council (council:add) is still weighed
 * as two: the shipped cost pins and limits are set for the repository's two councils.
 */
function councilsListSize(councils: CouncilConfig[]): number {
  return councils.some((council) => council.synthetic) ? councils.length : 2;
}

export function sharedSubgraph(councils: CouncilConfig[] = loadCouncils(), root: string = projectRoot): SubgraphDefinition<SharedContext> {
  const cacheKey = `${root}\u0000${councils.map((council) => council.id).join(",")}`;
  const existing = built.get(cacheKey);
  if (existing) return existing;
  const references = councilReferenceClasses(councils);
  const { schema, typeDefs } = buildFederatedSchema<SharedContext>({
    resolvers: [SourceResolver, ActorResolver, ...sharedResolvers(references, root, councilsListSize(councils)), ...jointActionResolvers(references), ...jointActionEditResolvers(), ...comparisonResolvers(councilReferenceOf(references))],
    orphanedTypes: [NodeInterface, CouncilReference, PlanReference, HeadingReference, PriorityReference, ActionReference, BoardReference, MeetingReference, ReportReference, ...references.values()],
    references: sharedReferences(),
  });
  const definition: SubgraphDefinition<SharedContext> = {
    name: SHARED_SUBGRAPH_NAME,
    schema,
    typeDefs,
    entities: [
      DocumentEntity,
      DataLoadRow,
      ThemeEntity,
      IndicatorEntity,
      PartnershipEntity,
      JointInitiativeEntity,
      LinkRow,
      QuotationRow,
      JointActionEntity,
      MilestoneEntity,
      JointActionLinkRow,
      ProgressUpdateEntity,
      AuditEntryEntity,
      GeographyEntity,
      AreaValueEntity,
      NeighbourSetEntity,
      NeighbourRow,
      AgencyValueEntity,
    ],
    migrations: sharedMigrations,
    load: (dataSource) => loadSharedData(dataSource, root, councils),
    sync: (dataSource) => syncSharedData(dataSource, root, councils),
    createContext: (dataSource, identity) => createSharedContext(dataSource, councils, identity),
  };
  built.set(cacheKey, definition);
  return definition;
}
