import "reflect-metadata";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { signToken } from "../lib/auth/dev-token";
import { Role } from "../lib/auth/identity";
import { DEFAULT_TOKEN_AUDIENCE, DEFAULT_TOKEN_ISSUER } from "../lib/config/env";
import { projectRoot } from "../lib/config/project";
import { scriptArgs } from "../lib/config/argv";
import { SqlCounter } from "../lib/db/sql-counter";
import { startInProcessGraph, TEST_TOKEN_SECRET } from "../gateway/src/in-process";

/**
 * `node dist/scripts/sql-plans.js <data root>`: runs the dashboard queries against a copy of a data
 * root's databases (as `data:synthetic -- --updates` left them, migrated to this checkout's
 * migrations), then prints each query's latency and, for every SQL statement they ran, its time and
 * SQLite's query plan: what an index is for. For choosing and checking indexes; not part of the tests.
 */
const USAGE = `Usage: node dist/scripts/sql-plans.js [<data root>]

Prints each dashboard query's latency and the SQLite query plan of every statement it ran, on a copy
of the data root's databases (var/synthetic/100x by default). --help, -h: this text.`;
const root = resolve(scriptArgs(USAGE, { options: {}, allowPositionals: true }).positionals[0] ?? join(projectRoot, "var", "synthetic", "100x"));
const RUNS = 7;

const example = (name: string): string => readFileSync(join(projectRoot, "examples", `${name}.graphql`), "utf8");
const queries: Record<string, { query: string; variables?: Record<string, unknown>; signedIn?: boolean }> = {
  "cross-footprint-overview": { query: example("cross-footprint-overview") },
  "regional-adoption-agency": { query: example("regional-adoption-agency") },
  "indicator-comparison": { query: example("indicator-comparison") },
  "deep plan > headings > actions": { query: "{ councils { plans { title headings { kindName number title subheadings { title actions { title themes { code } } } actions { title status } } } } }" },
  "action text filter": { query: example("search-actions"), variables: { text: "adoption" } },
  "action text filter, a common word": { query: example("search-actions"), variables: { text: "children" } },
  "action text filter, 2 characters (no index)": { query: example("search-actions"), variables: { text: "ad" } },
  "action theme filter": { query: example("what-both-councils-do-on") },
  "progress updates by version": {
    query: "query($id: ID!) { node(id: $id) { ... on Action { version latestUpdate { note } updates(first: 20) { totalCount nodes { version note } } } } }",
    variables: { id: "CumberlandAction:synthetic-50-children-and-family-wellbeing-plan.a35" },
    signedIn: true,
  },
};

interface Statement {
  subgraph: string;
  sql: string;
  parameters: unknown[];
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  // Every statement of the measured requests, recorded from the subgraphs' SQL loggers.
  let recording: Statement[] | null = null;

  const work = mkdtempSync(join(tmpdir(), "sql-plans-"));
  const databases: Record<string, string> = {};
  for (const name of ["westmorland-furness", "cumberland", "shared"]) {
    const source = join(root, `${name}.sqlite`);
    if (!existsSync(source)) throw new Error(`${source} is missing: run npm run data:synthetic -- --updates ${root}`);
    databases[name] = join(work, `${name}.sqlite`);
    copyFileSync(source, databases[name]);
  }
  const graph = await startInProcessGraph({ dataRoot: root, databases });
  const viewer = await signToken({ subject: "sql-plans", name: "sql-plans", roles: [Role.VIEWER], council: null }, { secret: TEST_TOKEN_SECRET, issuer: DEFAULT_TOKEN_ISSUER, audience: DEFAULT_TOKEN_AUDIENCE, expiresIn: "1h" });
  // Each subgraph's data source has its own logger: record which subgraph ran each statement.
  for (const [name, running] of Object.entries(graph.subgraphs)) {
    const logger = running.database.dataSource.logger as SqlCounter;
    const count = logger.logQuery.bind(logger);
    logger.logQuery = (query: string, parameters?: unknown[]) => {
      if (recording && !/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(query)) recording.push({ subgraph: name, sql: query, parameters: parameters ?? [] });
      count(query);
    };
  }
  try {
    for (const [name, { query, variables, signedIn }] of Object.entries(queries)) {
      const post = async () => {
        const response = await fetch(graph.gateway.url, {
          method: "POST",
          headers: { "content-type": "application/json", ...(signedIn ? { authorization: `Bearer ${viewer}` } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as { errors?: unknown[] };
        if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors).slice(0, 400)}`);
      };
      await post(); // warm: plans compiled, caches filled
      const statements: Statement[] = [];
      recording = statements;
      await post();
      recording = null;
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const started = process.hrtime.bigint();
        await post();
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      process.stdout.write(`\n## ${name}: median ${median(times).toFixed(1)} ms over ${RUNS} runs, ${statements.length} statements\n`);
      for (const statement of statements) {
        const dataSource = graph.subgraphs[statement.subgraph].database.dataSource;
        const plan = (await dataSource.query(`EXPLAIN QUERY PLAN ${statement.sql}`, statement.parameters)) as Array<{ detail: string }>;
        const sqlTimes: number[] = [];
        for (let run = 0; run < RUNS; run++) {
          const started = process.hrtime.bigint();
          await dataSource.query(statement.sql, statement.parameters);
          sqlTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
        }
        process.stdout.write(
          `- [${statement.subgraph}] ${median(sqlTimes).toFixed(2)} ms: ${statement.sql
            .replace(/\s+/g, " ")
            .replace(/^SELECT .*? FROM /, "SELECT ... FROM ")
            .replace(/\(\?(, \?)+\)/g, "(?...)")
            .slice(0, 300)}\n    plan: ${plan.map((row) => row.detail).join(" | ")}\n`,
        );
      }
    }
  } finally {
    await graph.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`sql-plans: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
