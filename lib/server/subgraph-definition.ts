import type { GraphQLSchema } from "graphql";
import type { DataSource, EntitySchema, MixedList } from "typeorm";

/** Everything needed to serve one subgraph; built without listening, so tests and composition reuse it. */
export interface SubgraphDefinition<TContext extends object = object> {
  name: string;
  schema: GraphQLSchema;
  /** SDL with federation directives, as composition reads it. */
  typeDefs: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: Function[];
  /** Loads the data files into the database unless it already holds them; true when it loaded. */
  load(dataSource: DataSource): Promise<boolean>;
  /** A fresh context (fresh loaders) for one request. */
  createContext(dataSource: DataSource): TContext;
}
