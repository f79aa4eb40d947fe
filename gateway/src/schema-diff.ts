import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema } from "graphql";
import { diff, CriticalityLevel, type Change } from "@graphql-inspector/core";
import { z } from "zod";
import { projectRoot } from "../../lib/config/project";

/**
 * The published contract and the breaking changes accepted since it was published.
 *
 * gateway/schema.baseline.graphql is the public schema as last released (`npm run schema:release`).
 * gateway/schema-changes.json records each breaking change made since, with the reason it was
 * accepted. The test test/schema/breaking-changes.test.ts fails on a breaking change between the
 * baseline and gateway/schema.graphql that is not recorded, and on a record that no longer happens.
 */
export const baselineSchemaPath = join(projectRoot, "gateway", "schema.baseline.graphql");
export const acceptedChangesPath = join(projectRoot, "gateway", "schema-changes.json");
export const changelogPath = join(projectRoot, "docs", "SCHEMA-CHANGES.md");

const acceptedChange = z.object({
  /** The inspector's message for the change (exactly as `npm run schema:diff` prints it), or its path (e.g. "Council.actions") to accept every breaking change there. */
  change: z.string().min(1),
  /** Why clients are asked to follow: the issue, the plan. */
  reason: z
    .string()
    .min(1)
    .refine((reason) => !reason.startsWith("<"), "write the reason in place of the placeholder"),
  /** When it was accepted, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date YYYY-MM-DD"),
});
export type AcceptedChange = z.infer<typeof acceptedChange>;

/** Reads gateway/schema-changes.json (or another record); throws naming the file on a malformed entry. */
export function readAcceptedChanges(path: string = acceptedChangesPath): AcceptedChange[] {
  const parsed = z.array(acceptedChange).safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  return parsed.data;
}

/** Every change from one schema (SDL) to another: breaking, dangerous and safe. */
export function schemaChanges(oldSdl: string, newSdl: string): Promise<Change[]> {
  return diff(buildSchema(oldSdl), buildSchema(newSdl));
}

export const isBreaking = (change: Change): boolean => change.criticality.level === CriticalityLevel.Breaking;

/** Whether a record accepts a change: by the inspector's exact message, or by the change's path. */
export const accepts = (record: AcceptedChange, change: Change): boolean => record.change === change.message || record.change === change.path;

export interface ContractCheck {
  /** Every change, for printing. */
  changes: Change[];
  /** Breaking changes no record accepts: each must be recorded (with a reason) or avoided. */
  unrecorded: Change[];
  /** Records that accept no breaking change any more: the change was undone, or its message changed. */
  stale: AcceptedChange[];
}

/** Compares the current schema with the baseline and the record of accepted breaking changes. */
export async function checkContract(baselineSdl: string, currentSdl: string, accepted: AcceptedChange[]): Promise<ContractCheck> {
  const changes = await schemaChanges(baselineSdl, currentSdl);
  const breaking = changes.filter(isBreaking);
  return {
    changes,
    unrecorded: breaking.filter((change) => !accepted.some((record) => accepts(record, change))),
    stale: accepted.filter((record) => !breaking.some((change) => accepts(record, change))),
  };
}

/** A JSON entry for gateway/schema-changes.json, ready to paste: the reason is the developer's to write. */
export const recordFor = (change: Change, date: string): AcceptedChange => ({ change: change.message, reason: "<why clients must follow; the issue>", date });
