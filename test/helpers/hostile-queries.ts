/**
 * The attack: plans and their actions in a cycle, through the Council/Plan/Action
 * interfaces. Cost 787,000-odd by lib/graphql/cost.ts: within the old limit (1,000,000), about 20 MB
 * of answer on the repository's data.
 */
export const CYCLE_QUERY = `{ councils { id name plans { id title actions { id title plan { id title actions { id title description heading status rag plan { id title actions { id title description heading status rag forecastStatus } } } } } } } }`;
