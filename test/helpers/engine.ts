import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { testDatabaseUrl } from "../../lib/config/env";
import { schemaOfSubgraph, withSchema } from "../../lib/db/location";

/**
 * Which engine the tests run on: PostgreSQL when TEST_DATABASE_URL names a database (as
 * `npm run test:pg` sets it, on a throwaway cluster), SQLite otherwise.
 */
export const testPostgresUrl: string | undefined = testDatabaseUrl();
export const testEngine: "postgres" | "sqlite" = testPostgresUrl ? "postgres" : "sqlite";

/** Databases for one test's subgraphs, dropped after it: fresh schemas on PostgreSQL. */
export interface ScratchDatabases {
  /** The database for a subgraph name (a new schema on PostgreSQL; `sqlite(name)` otherwise). */
  of(name: string): string;
  /** Drops every schema handed out (nothing to do on SQLite: the caller owns its files). */
  drop(): Promise<void>;
}

export function scratchDatabases(sqlite: (name: string) => string = () => ":memory:"): ScratchDatabases {
  const url = testPostgresUrl;
  if (!url) return { of: sqlite, drop: async () => undefined };
  const prefix = `t${randomBytes(5).toString("hex")}`;
  const schemas = new Set<string>();
  return {
    of: (name) => {
      const schema = `${prefix}_${schemaOfSubgraph(name)}`;
      schemas.add(schema);
      return withSchema(url, schema);
    },
    drop: async () => {
      if (schemas.size === 0) return;
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
