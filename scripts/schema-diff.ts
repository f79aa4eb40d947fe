import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { CriticalityLevel, type Change } from "@graphql-inspector/core";
import { projectRoot } from "../lib/config/project";
import { apiSchemaPath } from "../gateway/src/compose";
import { accepts, baselineSchemaPath, checkContract, readAcceptedChanges, recordFor } from "../gateway/src/schema-diff";
import { scriptArgs } from "../lib/config/argv";

/**
 * `npm run schema:diff` prints every change between the published baseline (gateway/schema.baseline.graphql)
 * and the public schema (gateway/schema.graphql): breaking, dangerous, safe. Breaking changes are marked
 * with whether gateway/schema-changes.json records them. Exits 1 when one is unrecorded or a record is stale,
 * as the test does. Run `npm run compose` first: it reads the committed files.
 */
const LEVELS: Array<{ level: CriticalityLevel; title: string }> = [
  { level: CriticalityLevel.Breaking, title: "Breaking (clients' operations may stop working)" },
  { level: CriticalityLevel.Dangerous, title: "Dangerous (valid operations may behave differently)" },
  { level: CriticalityLevel.NonBreaking, title: "Safe" },
];

const USAGE = `Usage: npm run schema:diff

Prints every change between gateway/schema.baseline.graphql and gateway/schema.graphql; exits 1 when a
breaking change is unrecorded in gateway/schema-changes.json or a record is stale. No options but --help, -h.`;

async function main(): Promise<void> {
  scriptArgs(USAGE, { options: {} });
  const accepted = readAcceptedChanges();
  const check = await checkContract(readFileSync(baselineSchemaPath, "utf8"), readFileSync(apiSchemaPath, "utf8"), accepted);
  const out = (line: string): boolean => process.stdout.write(`${line}\n`);
  out(`${relative(projectRoot, baselineSchemaPath)} → ${relative(projectRoot, apiSchemaPath)}: ${check.changes.length} change(s)`);
  for (const { level, title } of LEVELS) {
    const changes = check.changes.filter((change) => change.criticality.level === level);
    out(`\n${title}: ${changes.length}`);
    for (const change of changes) out(`  ${marker(change, level)}${change.message}${change.criticality.reason ? `\n      (${change.criticality.reason})` : ""}`);
  }
  if (check.unrecorded.length > 0) {
    const today = new Date().toISOString().slice(0, 10);
    out(`\n${check.unrecorded.length} breaking change(s) not recorded. Avoid them, or add to gateway/schema-changes.json with a reason:`);
    out(
      JSON.stringify(
        check.unrecorded.map((change) => recordFor(change, today)),
        null,
        2,
      ),
    );
  }
  if (check.stale.length > 0) {
    out(`\n${check.stale.length} record(s) in gateway/schema-changes.json match no breaking change; remove or correct them:`);
    for (const record of check.stale) out(`  - ${record.change}`);
  }
  if (check.unrecorded.length > 0 || check.stale.length > 0) process.exitCode = 1;

  function marker(change: Change, level: CriticalityLevel): string {
    if (level !== CriticalityLevel.Breaking) return "- ";
    return accepted.some((record) => accepts(record, change)) ? "- [recorded] " : "- [NOT RECORDED] ";
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`schema:diff: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
