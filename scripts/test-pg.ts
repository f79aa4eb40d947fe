import { spawn } from "node:child_process";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../lib/config/project";
import { startPostgresCluster } from "./postgres-cluster";

/**
 * `npm run test:pg`: the whole jest suite with every test graph on PostgreSQL. Starts a throwaway
 * cluster on 127.0.0.1 (scripts/postgres-cluster.ts), sets TEST_DATABASE_URL, runs jest with any
 * arguments given (e.g. a test path), stops the cluster and removes its files whatever happens.
 */
const USAGE = `Usage: npm run test:pg [-- <jest arguments>]

Runs jest (with the given arguments, e.g. test paths) against a throwaway PostgreSQL cluster on
127.0.0.1. Every argument but --help goes to jest: \`npx jest --help\` lists jest's.`;

async function main(): Promise<void> {
  // Not strict: the arguments are jest's, passed on as given; only --help is this script's own.
  if (parseArgs({ options: { help: { type: "boolean", short: "h" } }, strict: false, allowPositionals: true }).values.help === true) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const cluster = await startPostgresCluster();
  console.log(`PostgreSQL test cluster on 127.0.0.1:${cluster.port}`);
  let status = 1;
  try {
    const jest = join(projectRoot, "node_modules", "jest", "bin", "jest.js");
    const child = spawn(process.execPath, [jest, ...process.argv.slice(2)], {
      cwd: projectRoot,
      stdio: "inherit",
      env: { ...process.env, TEST_DATABASE_URL: cluster.url },
    });
    // Ctrl-C or a CI timeout stops jest, then the cluster (in finally).
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => child.kill(signal));
    status = await new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
  } finally {
    cluster.stop();
    console.log("PostgreSQL test cluster stopped and removed");
  }
  process.exitCode = status;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
