/**
 * The attack: plans and their actions in a cycle, through the Council/Plan/Action
 * interfaces. Cost 817,134 by lib/graphql/cost.ts: within the old limit (1,000,000), the issue's
 * ~787,000 kind of query (megabytes of answer on the repository's data).
 */
export const CYCLE_QUERY = `{ councils { id name plans { id title actions { id title plan { id title actions { id title plan { id title actions { id title } } } } } } } }`;
