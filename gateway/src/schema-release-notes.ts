import { CriticalityLevel, type Change } from "@graphql-inspector/core";
import { accepts, type AcceptedChange } from "./schema-diff";

/** The head of docs/SCHEMA-CHANGES.md; releases are added below it, newest first. */
export const CHANGELOG_HEADER = `# Changes to the public schema

Each release of gateway/schema.graphql (\`npm run schema:release\`), newest first: the breaking changes
clients were asked to follow and why, and the dangerous ones. Safe changes (additions, descriptions)
are counted; \`git log -p gateway/schema.baseline.graphql\` shows them.
`;

/** The changelog section of one release: its breaking changes with their reasons, and its dangerous changes. */
export function releaseNotes(date: string, changes: Change[], accepted: AcceptedChange[]): string {
  const of = (level: CriticalityLevel) => changes.filter((change) => change.criticality.level === level);
  const breaking = of(CriticalityLevel.Breaking);
  const dangerous = of(CriticalityLevel.Dangerous);
  const safe = of(CriticalityLevel.NonBreaking);
  const reasonOf = (change: Change): string => {
    const record = accepted.find((candidate) => accepts(candidate, change));
    return record ? `${record.reason} (accepted ${record.date})` : "no reason recorded";
  };
  const lines = [`## ${date}`, ""];
  lines.push(`Breaking: ${breaking.length}`, ...breaking.map((change) => `- ${change.message}. ${reasonOf(change)}`), "");
  lines.push(`Dangerous: ${dangerous.length}`, ...dangerous.map((change) => `- ${change.message}`), "");
  lines.push(`Safe: ${safe.length}`, "");
  return lines.join("\n");
}

/** The changelog with a release added at the top (under the header); starts the file when there is none. */
export function addRelease(changelog: string | null, notes: string): string {
  // The earlier releases: everything from the first "## " heading on (the header is written afresh).
  const firstRelease = changelog === null ? -1 : changelog.indexOf("\n## ");
  const earlier = changelog !== null && firstRelease >= 0 ? changelog.slice(firstRelease + 1) : "";
  return `${CHANGELOG_HEADER}\n${notes}${earlier ? `\n${earlier}` : ""}`;
}
