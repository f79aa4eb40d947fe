import "reflect-metadata";
import { parse, type OperationDefinitionNode } from "graphql";
import { operationCost } from "../../lib/graphql/cost";
import { subgraphCostDirectives } from "../../lib/graphql/cost-directives";
import { publicCostDirectives, publicSchema, realOperationCosts } from "../../scripts/operation-costs";
import { subgraphRegistry } from "../../subgraphs";
import { CYCLE_QUERY } from "../helpers/hostile-queries";

/**
 * The cost of every operation the repository ships, pinned: the figures lib/graphql/cost.ts gave
 * with its table of "Type.field" list sizes, before the sizes moved into the schema (@listSize). A
 * change of sizes or of the arithmetic shows here; change the pins only on purpose.
 */
const PINNED: Record<string, number> = {
  "bench/queries BenchCouncilOverview": 3530,
  "bench/queries BenchDeepPlan": 13360,
  "bench/queries BenchIndicatorComparison": 981,
  "bench/queries BenchJointInitiative": 1085,
  "bench/queries BenchJointWorkCatalogue": 4090,
  "dashboard/src/operations DashboardAdoptionAgency": 94,
  "dashboard/src/operations DashboardAdoptionAgencyJointActions": 902,
  "dashboard/src/operations DashboardIndicators": 180,
  "dashboard/src/operations DashboardIndicatorComparison": 776,
  "dashboard/src/operations DashboardBenchmark": 3005,
  "dashboard/src/operations DashboardPlans": 22548,
  "dashboard/src/operations DashboardThemes": 90,
  "dashboard/src/operations DashboardTheme": 3549,
  "examples CrossFootprintOverview": 1236,
  "examples IndicatorComparison": 121,
  "examples JointWork": 1372,
  "examples NodeById": 15,
  "examples PlanStructure": 2740,
  "examples RegionalAdoptionAgency": 109,
  "examples ScrutinyMeeting": 65544,
  "examples SearchActions": 2804,
  "examples Voices": 376,
  "examples WhatBothCouncilsDoOn": 1306,
  "workspace/src/operations WorkspaceActionDetail": 5230, // 5229 until its head became the WorkspaceActionSummary fragment, whose `id` the cost counts again beside the node's own
  "workspace/src/operations WorkspaceCouncilAudit": 1002,
  "workspace/src/operations WorkspacePartnershipAudit": 1002,
  "workspace/src/operations WorkspaceCouncilChanges": 903,
  "workspace/src/operations WorkspacePartnerships": 30,
  "workspace/src/operations WorkspacePartnershipChanges": 903,
  "workspace/src/operations WorkspaceTitles": 600,
  "workspace/src/operations WorkspaceCouncilInbox": 13603,
  "workspace/src/operations WorkspaceJointInbox": 66540,
  "workspace/src/operations WorkspaceCreateJointAction": 156,
  "workspace/src/operations WorkspaceCouncilActionChoices": 654,
  "workspace/src/operations WorkspaceUpdateJointAction": 156,
  "workspace/src/operations WorkspaceWithdrawJointAction": 156,
  "workspace/src/operations WorkspaceAllJointActions": 52550,
  "workspace/src/operations WorkspaceJointActionToEdit": 107,
  "workspace/src/operations WorkspaceCouncilActions": 1053,
  "workspace/src/operations WorkspaceJointActions": 53050,
  "workspace/src/operations WorkspaceThemes": 90,
  "workspace/src/operations WorkspaceCouncilGovernance": 35,
  "workspace/src/operations WorkspaceRecordCumberland": 76,
  "workspace/src/operations WorkspaceRecordWestmorlandAndFurness": 76,
  "workspace/src/operations WorkspaceRecordJoint": 76,
  "workspace/src/operations WorkspaceReportChoices": 322,
  "workspace/src/operations WorkspaceSubmitCumberland": 76,
  "workspace/src/operations WorkspaceSubmitWestmorlandAndFurness": 76,
  "workspace/src/operations WorkspaceSubmitJoint": 76,
  "workspace/src/operations WorkspaceApproveCumberland": 76,
  "workspace/src/operations WorkspaceApproveWestmorlandAndFurness": 76,
  "workspace/src/operations WorkspaceApproveJoint": 76,
  "workspace/src/operations WorkspaceReturnCumberland": 76,
  "workspace/src/operations WorkspaceReturnWestmorlandAndFurness": 76,
  "workspace/src/operations WorkspaceReturnJoint": 76,
  "gateway/src/report-route.ts ProgressReportSubject": 214256,
  "gateway/src/report-route.ts ProgressReportUpdates": 2001,
  "gateway/src/report-route.ts ProgressReportIndicators": 611,
  "gateway/src/report-route.ts JointReportInitiative": 108,
  "gateway/src/report-route.ts JointReportInitiativeSharedOnly": 102,
  "gateway/src/report-route.ts JointReportActions": 41321,
  "gateway/src/report-route.ts JointReportUpdates": 2001,
  "gateway/src/report-route.ts JointReportCouncilActions": 20150,
  "gateway/src/comparison-route.ts ComparisonCsv": 2531,
};

it("every operation the repository ships costs what it cost before", () => {
  const costs = Object.fromEntries(realOperationCosts().map((row) => [`${row.source} ${row.operation}`, row.cost]));
  expect(costs).toEqual(PINNED);
});

it("the issue's plans-actions cycle costs what it cost before", () => {
  const document = parse(CYCLE_QUERY);
  expect(operationCost(publicSchema(), document, document.definitions[0] as OperationDefinitionNode, publicCostDirectives())).toBe(817_134);
});

/** A subgraph weighs a gateway fetch against its own schema: `_entities` once, the rest by its list sizes. */
it("each subgraph weighs a fetch as it did before", () => {
  const costs: Record<string, number> = {};
  for (const { descriptor, definition } of subgraphRegistry()) {
    const query = descriptor.council
      ? "query($r: [_Any!]!) { _entities(representations: $r) { ... on Council { plans { title actions { id title themes { id } } } actions(first: 50) { nodes { id } } } } }"
      : "{ councils { id } partnerships { jointInitiatives { nodes { id partners { id } councilActions { id } } } } }";
    const document = parse(query);
    const { schema, typeDefs } = definition();
    costs[descriptor.name] = operationCost(schema, document, document.definitions[0] as OperationDefinitionNode, subgraphCostDirectives(typeDefs));
  }
  // Every council subgraph has the same schema shape, so each weighs the same fetch alike (councils added
  // to the project, e.g. CI's fixture councils, too); the shared subgraph weighs its own.
  const expected = Object.fromEntries(subgraphRegistry().map(({ descriptor }) => [descriptor.name, descriptor.council ? 1102 : 3014]));
  expect(costs).toEqual(expected);
  expect(costs).toMatchObject({ "westmorland-furness": 1102, cumberland: 1102, shared: 3014 });
});
