import { projectRoot, type CouncilConfig } from "../config/project";
import { DataLoadRow } from "../db/data-load-row";
import { buildFederatedSchema } from "../federation/build-subgraph";
import { DocumentEntity, SourceResolver } from "../sources/model";
import type { SubgraphDefinition } from "../server/subgraph-definition";
import { councilTypes } from "./entities";
import { loadCouncilData, syncCouncilData } from "./load";
import { ActorResolver, AuditEntryEntity, ProgressUpdateEntity } from "../tracking/model";
import { FigureEntity, MeasureEntity, MeasureGroupEntity, ReportSectionEntity, SignatoryEntity, VoiceEntity } from "./records";
import { createCouncilContext, type CouncilContext } from "./loaders";
import { councilMigrations } from "./migrations";
import { ActionThemeRow, BoardPlanRow, NodeInterface, StatementEntity } from "./model";
import { councilTrackingResolvers } from "./tracking";
import { councilReferences, councilResolvers, FigureResolver, MeasureGroupResolver, MeasureResolver, StatementResolver } from "./resolvers";
import { servedPlanKinds } from "../vocabulary/plan-kinds";
import type { PlanKinds } from "../data/plan-structure-check";

/** One council's subgraph: the shared council shape, instantiated from the council's configuration. */
const built = new Map<string, SubgraphDefinition<CouncilContext>>();

export function councilSubgraph(council: CouncilConfig, root: string = projectRoot): SubgraphDefinition<CouncilContext> {
  const cacheKey = `${root}\u0000${council.dataDir}\u0000${council.id}`;
  const existing = built.get(cacheKey);
  if (existing) return existing;
  const types = councilTypes(council);
  // Read once: kind names and known codes for every request (the data load refuses files with unknown kinds).
  const planKinds: PlanKinds = {
    headingKinds: servedPlanKinds("heading-kinds", root, council.dataDir),
    statementKinds: servedPlanKinds("statement-kinds", root, council.dataDir),
  };
  const { schema, typeDefs } = buildFederatedSchema<CouncilContext>({
    resolvers: [SourceResolver, ActorResolver, MeasureResolver, MeasureGroupResolver, StatementResolver, FigureResolver, ...councilResolvers(council, types, root), ...councilTrackingResolvers(council, types)],
    orphanedTypes: [NodeInterface, types.Council, types.Plan, types.Priority, types.Action, types.Board, types.Meeting, types.Report],
    references: councilReferences(council),
  });
  const definition: SubgraphDefinition<CouncilContext> = {
    name: council.id,
    schema,
    typeDefs,
    entities: [
      DocumentEntity,
      DataLoadRow,
      types.Plan,
      types.Priority,
      types.Action,
      types.Board,
      types.Meeting,
      types.Report,
      ActionThemeRow,
      BoardPlanRow,
      StatementEntity,
      MeasureEntity,
      MeasureGroupEntity,
      VoiceEntity,
      SignatoryEntity,
      FigureEntity,
      ReportSectionEntity,
      ProgressUpdateEntity,
      AuditEntryEntity,
    ],
    migrations: councilMigrations,
    load: (dataSource) => loadCouncilData(dataSource, root, council, types),
    sync: (dataSource) => syncCouncilData(dataSource, root, council, types),
    createContext: (dataSource, identity) => createCouncilContext(dataSource, types, new types.Council(), identity, planKinds),
  };
  built.set(cacheKey, definition);
  return definition;
}
