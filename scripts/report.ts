import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { startInProcessGraph } from "../gateway/src/in-process";
import { signToken } from "../lib/auth/dev-token";
import { Role } from "../lib/auth/identity";
import { DEFAULT_TOKEN_AUDIENCE, DEFAULT_TOKEN_ISSUER, subgraphDatabase } from "../lib/config/env";
import { projectRoot, subgraphDescriptors } from "../lib/config/project";
import { parsePeriod, PERIOD_FORMS } from "../lib/reports/period";
import { scriptArgs } from "../lib/config/argv";

/**
 * `npm run report -- --board <id> --period <period> [--out DIR]` (or `--plan <id>`, or `--initiative
 * <joint initiative id or key>`): a progress report
 * as HTML and PDF, from the subgraphs' databases (as `npm start` and `npm run data:load` find them:
 * <SUBGRAPH>_DATABASE, DATABASE_URL or var/*.sqlite). It runs the graph in this process and asks its
 * gateway for /reports/<id>/<period>.html and .pdf as a signed-in viewer: the same report, made the
 * same way, as the gateway serves to staff. Writes var/reports/<id>-<period>.html and .pdf.
 */
const USAGE = `usage: npm run report -- --board <board id, e.g. CumberlandBoard:children-and-young-peoples-partnership-boards> --period <${PERIOD_FORMS}> [--out DIR]
       (or --plan <plan id>, or --initiative <joint initiative id or key, e.g. regional-adoption-agency>)

Writes the progress report as HTML and PDF into --out (var/reports by default). --help, -h: this text.`;

async function main(): Promise<void> {
  const { values } = scriptArgs(USAGE, { options: { board: { type: "string" }, plan: { type: "string" }, initiative: { type: "string" }, period: { type: "string" }, out: { type: "string" } } });
  const id = values.board ?? values.plan ?? values.initiative;
  const periodKey = values.period;
  if (!id || !periodKey || !parsePeriod(periodKey)) throw new Error(USAGE);
  const out = resolve(values.out ?? join(projectRoot, "var", "reports"));
  const secret = randomBytes(32).toString("hex");
  const databases = Object.fromEntries(subgraphDescriptors().map((descriptor) => [descriptor.name, subgraphDatabase(descriptor)]));
  const graph = await startInProcessGraph({ databases, production: true, auth: { secret, issuer: DEFAULT_TOKEN_ISSUER, audience: DEFAULT_TOKEN_AUDIENCE, development: false } });
  try {
    const token = await signToken({ subject: "report-command", name: "npm run report", roles: [Role.VIEWER], council: null }, { secret, issuer: DEFAULT_TOKEN_ISSUER, audience: DEFAULT_TOKEN_AUDIENCE, expiresIn: "10m" });
    const base = graph.gateway.url.replace(/\/graphql$/, "");
    mkdirSync(out, { recursive: true });
    const name = `${id.replace(/[^A-Za-z0-9.-]+/g, "-")}-${periodKey}`;
    for (const format of ["html", "pdf"] as const) {
      const response = await fetch(`${base}/reports/${encodeURIComponent(id)}/${periodKey}.${format}`, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`the ${format} report was refused (${response.status}): ${await response.text()}`);
      const path = join(out, `${name}.${format}`);
      writeFileSync(path, Buffer.from(await response.arrayBuffer()));
      process.stdout.write(`wrote ${path}\n`);
    }
  } finally {
    await graph.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
