import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { projectRoot } from "../lib/config/project";
import { apiSchemaPath } from "../gateway/src/compose";
import { acceptedChangesPath, baselineSchemaPath, changelogPath, checkContract, readAcceptedChanges } from "../gateway/src/schema-diff";
import { addRelease, releaseNotes } from "../gateway/src/schema-release-notes";
import { scriptArgs } from "../lib/config/argv";

/**
 * `npm run schema:release [-- --date YYYY-MM-DD]` publishes the current public schema: it adds the
 * release to docs/SCHEMA-CHANGES.md (breaking changes with their recorded reasons), copies
 * gateway/schema.graphql over gateway/schema.baseline.graphql, and empties gateway/schema-changes.json.
 * It refuses while a breaking change is unrecorded or a record is stale, so no change goes unexplained.
 */
const USAGE = `Usage: npm run schema:release [-- --date YYYY-MM-DD]

Publishes the current public schema: adds the release (dated --date, today by default) to
docs/SCHEMA-CHANGES.md, copies gateway/schema.graphql over gateway/schema.baseline.graphql and empties
gateway/schema-changes.json. Refuses while a breaking change is unrecorded or a record is stale.`;

async function main(): Promise<void> {
  const { values } = scriptArgs(USAGE, { options: { date: { type: "string" } } });
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`--date ${date} is not YYYY-MM-DD`);
  const accepted = readAcceptedChanges();
  const check = await checkContract(readFileSync(baselineSchemaPath, "utf8"), readFileSync(apiSchemaPath, "utf8"), accepted);
  if (check.unrecorded.length > 0 || check.stale.length > 0) {
    throw new Error(`${check.unrecorded.length} unrecorded breaking change(s) and ${check.stale.length} stale record(s): run npm run schema:diff and fix gateway/schema-changes.json first`);
  }
  if (check.changes.length === 0) {
    process.stdout.write("no change since the baseline: nothing to release\n");
    return;
  }
  const changelog = existsSync(changelogPath) ? readFileSync(changelogPath, "utf8") : null;
  writeFileSync(changelogPath, addRelease(changelog, releaseNotes(date, check.changes, accepted)));
  copyFileSync(apiSchemaPath, baselineSchemaPath);
  writeFileSync(acceptedChangesPath, "[]\n");
  const name = (path: string): string => relative(projectRoot, path);
  process.stdout.write(
    `released ${date}: ${check.changes.length} change(s), ${accepted.length} recorded breaking change(s) moved to ${name(changelogPath)}; ` + `${name(baselineSchemaPath)} is now ${name(apiSchemaPath)}. Commit the three files.\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`schema:release: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
