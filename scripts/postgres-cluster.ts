import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { freePort } from "../lib/server/free-port";

/**
 * A throwaway PostgreSQL cluster for tests: initdb into a temporary folder, the server on 127.0.0.1
 * on a free port (its socket in that folder too), no system service. Its superuser has a random
 * password (scram-sha-256), so another user of the machine cannot connect to it. C collation, so text
 * sorts as SQLite sorts it (byte order).
 */
export interface PostgresCluster {
  /** URL of the database made for the tests. */
  url: string;
  port: number;
  stop(): void;
}

/** Debian installs the server programs under /usr/lib/postgresql/<major>/bin, not on PATH. */
export function postgresBinDir(): string | null {
  const onPath = spawnSync("sh", ["-c", "command -v pg_ctl"], { encoding: "utf8" }).stdout.trim();
  // A symlink on PATH (as /usr/local/bin/pg_ctl here) points into the folder holding createdb too.
  if (onPath) {
    const dir = dirname(realpathSync(onPath));
    if (existsSync(join(dir, "initdb")) && existsSync(join(dir, "createdb"))) return dir;
  }
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const majors = readdirSync(root)
    .filter((name) => existsSync(join(root, name, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return majors.length > 0 ? join(root, majors[0], "bin") : null;
}

/** PostgreSQL will not run as root: as root, the cluster belongs to the `postgres` system user. */
function runAs(): { uid: number; gid: number; user: string } | null {
  if (process.getuid?.() !== 0) return null;
  const line = spawnSync("getent", ["passwd", "postgres"], { encoding: "utf8" }).stdout.trim();
  if (!line) throw new Error("running as root and there is no postgres user to own the test cluster (install Debian's postgresql)");
  const [user, , uid, gid] = line.split(":");
  return { user, uid: Number(uid), gid: Number(gid) };
}

export async function startPostgresCluster(database = "graph_test"): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL's server programs (initdb, pg_ctl) were not found: install Debian's postgresql package");
  const owner = runAs();
  const dir = mkdtempSync(join(tmpdir(), "graph-pg-"));
  const data = join(dir, "data");
  if (owner) {
    chownSync(dir, owner.uid, owner.gid);
    chmodSync(dir, 0o700);
  }
  const password = randomBytes(18).toString("base64url");
  const passwordFile = join(dir, "password");
  writeFileSync(passwordFile, password, { mode: 0o600 });
  if (owner) chownSync(passwordFile, owner.uid, owner.gid);
  const run = (program: string, args: string[]): void => {
    const [command, commandArgs] = owner ? ["runuser", ["-u", owner.user, "--", join(bin, program), ...args]] : [join(bin, program), args];
    execFileSync(command, commandArgs, { stdio: ["ignore", "pipe", "pipe"], cwd: dir, env: { ...process.env, PGPASSWORD: password } });
  };
  const port = await freePort();
  try {
    run("initdb", ["-D", data, "-U", "postgres", "--auth=scram-sha-256", `--pwfile=${passwordFile}`, "--encoding=UTF8", "--locale=C", "--no-sync"]);
    const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
    run("pg_ctl", ["-D", data, "-o", serverOptions, "-l", join(dir, "server.log"), "-w", "-t", "60", "start"]);
    run("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", database]);
  } catch (error) {
    if (existsSync(join(data, "postmaster.pid"))) spawnSync(owner ? "runuser" : join(bin, "pg_ctl"), owner ? ["-u", owner.user, "--", join(bin, "pg_ctl"), "-D", data, "-m", "immediate", "stop"] : ["-D", data, "-m", "immediate", "stop"]);
    rmSync(dir, { recursive: true, force: true });
    const output = (error as { stderr?: Buffer }).stderr?.toString() ?? "";
    throw new Error(`could not start a PostgreSQL cluster: ${(error as Error).message}\n${output}`);
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/${database}`,
    port,
    stop: () => {
      try {
        run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
