import type { GraphQLSchema } from "graphql";
import type { DataSource, EntitySchema, MixedList } from "typeorm";
import type { LoadCounts } from "../db/load-rows";
import type { Identity } from "../auth/identity";

/** Everything needed to serve one subgraph; built without listening, so tests and composition reuse it. */
export interface SubgraphDefinition<TContext extends object = object> {
  name: string;
  schema: GraphQLSchema;
  /** SDL with federation directives, as composition reads it. */
  typeDefs: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: Function[];
  /** Loads the data files into the database unless it already holds them; null when it did not load. */
  load(dataSource: DataSource): Promise<LoadCounts | null>;
  /** Applies the data files whatever the database holds (`npm run data:load`); counts per table. */
  sync(dataSource: DataSource): Promise<LoadCounts>;
  /** A fresh context (fresh loaders) for one request, by the identity the gateway vouched for. */
  createContext(dataSource: DataSource, identity: Identity | null): TContext;
}
