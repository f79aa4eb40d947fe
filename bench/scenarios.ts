import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../lib/config/project";

export type Variables = Record<string, string | number | null>;

/** What the data holds, to build variables that differ on every request but have real answers. */
export interface DataPool {
  words: string[];
  initiatives: string[];
  indicators: string[];
}

/** A query that one subgraph can answer on its own, as the lower bound for the gateways. */
export interface DirectForm {
  subgraph: string;
  document: string;
  /** The part of the direct answer that must equal `fromGateway` of the gateway's answer. */
  fromDirect(data: Record<string, unknown>): unknown;
  fromGateway(data: Record<string, unknown>): unknown;
}

export interface Scenario {
  name: string;
  operationName: string;
  document: string;
  /** Variables of every request in the "identical" mode. */
  identical: Variables;
  /** Variable sets walked in order in the "unique" mode: more than the connections in flight, so no two concurrent requests are alike. */
  unique(pool: DataPool, size: number): Variables[];
  direct?: DirectForm;
}

const queryFile = (name: string): string => readFileSync(join(projectRoot, "bench", "queries", `${name}.graphql`), "utf8");

/** The i-th of a cycle through `items` combined with a page size 1..100, so pairs repeat only every lcm. */
const pick = <T>(items: T[], index: number): T => items[index % items.length];
const pageSizeAt = (index: number): number => 1 + (index % 100);

export const SCENARIOS: Scenario[] = [
  {
    name: "council-overview",
    operationName: "BenchCouncilOverview",
    document: queryFile("council-overview"),
    identical: { text: null, first: 20 },
    unique: (pool, size) => Array.from({ length: size }, (_, i) => ({ text: pick(pool.words, i), first: pageSizeAt(i) })),
  },
  {
    name: "joint-initiative",
    operationName: "BenchJointInitiative",
    document: queryFile("joint-initiative"),
    identical: { id: "regional-adoption-agency", text: null, first: 20 },
    unique: (pool, size) => Array.from({ length: size }, (_, i) => ({ id: pick(pool.initiatives, i), text: pick(pool.words, i), first: pageSizeAt(i) })),
  },
  {
    name: "indicator-comparison",
    operationName: "BenchIndicatorComparison",
    document: queryFile("indicator-comparison"),
    identical: { code: "cared-for-children", first: 20 },
    unique: (pool, size) => Array.from({ length: size }, (_, i) => ({ code: pick(pool.indicators, i), first: pageSizeAt(i) })),
  },
  {
    name: "deep-plan",
    operationName: "BenchDeepPlan",
    document: queryFile("deep-plan"),
    identical: { first: 20 },
    unique: (_pool, size) => Array.from({ length: size }, (_, i) => ({ first: pageSizeAt(i) })),
    direct: {
      subgraph: "westmorland-furness",
      // The council subgraph's own root field (not in the public graph) with the same fragment.
      document: queryFile("deep-plan").replace('council(id: "westmorland-furness")', "westmorlandAndFurness"),
      fromDirect: (data) => data.westmorlandAndFurness,
      fromGateway: (data) => data.council,
    },
  },
  {
    name: "joint-work-catalogue",
    operationName: "BenchJointWorkCatalogue",
    document: queryFile("joint-work-catalogue"),
    identical: { first: 20 },
    unique: (_pool, size) => Array.from({ length: size }, (_, i) => ({ first: pageSizeAt(i) })),
    direct: { subgraph: "shared", document: queryFile("joint-work-catalogue"), fromDirect: (data) => data, fromGateway: (data) => data },
  },
];

/** Words (5+ letters) from the actions' titles, the initiatives' keys and the indicator codes. */
export const POOL_QUERY = `{
  councils { actions(first: 100) { nodes { title } } }
  jointInitiatives(first: 100) { nodes { id key } }
  indicators { code }
}`;

export interface PoolAnswer {
  councils: Array<{ actions: { nodes: Array<{ title: string }> } }>;
  jointInitiatives: { nodes: Array<{ id: string; key: string }> };
  indicators: Array<{ code: string }>;
}

export function dataPool(answer: PoolAnswer): DataPool {
  const words = new Set<string>();
  for (const council of answer.councils) {
    for (const action of council.actions.nodes) for (const word of action.title.toLowerCase().match(/[a-z]{5,}/g) ?? []) words.add(word);
  }
  return {
    words: [...words].sort(),
    // Both forms of each id the graph accepts, so that more requests differ.
    initiatives: answer.jointInitiatives.nodes.flatMap((initiative) => [initiative.key, initiative.id]),
    indicators: answer.indicators.map((indicator) => indicator.code),
  };
}
