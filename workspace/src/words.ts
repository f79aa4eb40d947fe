/**
 * The workspace's wording and date arithmetic, with no DOM: unit-tested in test/lib/workspace-words.test.ts.
 */
import type { ActionStatus, ChangeKind, Rag, UpdateState } from "../../generated/graphql";

const STATUS_WORDS: Record<ActionStatus, string> = {
  NOT_REPORTED: "Not reported",
  NOT_STARTED: "Not started",
  ON_TRACK: "On track",
  AT_RISK: "At risk",
  OFF_TRACK: "Off track",
  COMPLETE: "Complete",
};

/** The status choices a person may record (NOT_REPORTED is the graph's "nothing yet", never recorded). */
export const RECORDABLE_STATUSES: ActionStatus[] = ["NOT_STARTED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "COMPLETE"];
export const RAGS: Rag[] = ["GREEN", "AMBER", "RED", "BLUE"];

export const statusWords = (status: ActionStatus | null | undefined): string => (status ? STATUS_WORDS[status] : "None given");

const RAG_WORDS: Record<Rag, string> = { RED: "Red", AMBER: "Amber", GREEN: "Green", BLUE: "Blue (complete)" };
export const ragWords = (rag: Rag | null | undefined): string => (rag ? RAG_WORDS[rag] : "No rating");

/** GOV.UK tag colours: the colour repeats the words, never replaces them. */
export function statusTagColour(status: ActionStatus | null | undefined): string {
  switch (status) {
    case "ON_TRACK":
      return "govuk-tag--green";
    case "AT_RISK":
      return "govuk-tag--yellow";
    case "OFF_TRACK":
      return "govuk-tag--red";
    case "COMPLETE":
      return "govuk-tag--blue";
    default:
      return "govuk-tag--grey";
  }
}

export function ragTagColour(rag: Rag | null | undefined): string {
  switch (rag) {
    case "RED":
      return "govuk-tag--red";
    case "AMBER":
      return "govuk-tag--orange";
    case "GREEN":
      return "govuk-tag--green";
    case "BLUE":
      return "govuk-tag--blue";
    default:
      return "govuk-tag--grey";
  }
}

const STATE_WORDS: Record<UpdateState, string> = { DRAFT: "Draft", SUBMITTED: "Waiting for approval", APPROVED: "Approved", RETURNED: "Returned" };
export const stateWords = (state: UpdateState): string => STATE_WORDS[state];

/** A change-feed entry in plain words, about the record it names. */
export function changeWords(kind: ChangeKind, title: string): string {
  switch (kind) {
    case "UPDATE_DRAFTED":
      return `A progress update was drafted on "${title}"`;
    case "UPDATE_SUBMITTED":
      return `A progress update on "${title}" was submitted for approval`;
    case "UPDATE_APPROVED":
      return `A progress update on "${title}" was approved`;
    case "UPDATE_RETURNED":
      return `A progress update on "${title}" was returned to its author`;
    case "JOINT_ACTION_CREATED":
      return `The joint action "${title}" was created`;
    case "JOINT_ACTION_UPDATED":
      return `The joint action "${title}" was edited`;
    case "JOINT_ACTION_WITHDRAWN":
      return `The joint action "${title}" was withdrawn`;
    case "DATA_LOADED":
      return `The published documents of ${title} were loaded again`;
    default:
      return `"${title}" changed`;
  }
}

const DAY_MS = 86_400_000;

/** How long ago, in words: "today", "yesterday", "12 days ago", "3 months ago"; "never" without a date. */
export function ago(iso: string | null | undefined, now: Date): string {
  if (!iso) return "never";
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return "never";
  const days = Math.floor((Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - Date.UTC(then.getUTCFullYear(), then.getUTCMonth(), then.getUTCDate())) / DAY_MS);
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  if (days < 60) return `${days} days ago`;
  const months = Math.floor(days / 30.44);
  if (months < 24) return `${months} months ago`;
  return `${Math.floor(days / 365.25)} years ago`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "6 December 2026" (GOV.UK style), from an ISO date or timestamp; the day as UTC. */
export function dateWords(iso: string | null | undefined): string {
  if (!iso) return "not set";
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "6 December 2026 at 14:05" (UTC). */
export function dateTimeWords(iso: string | null | undefined): string {
  if (!iso) return "not yet";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${dateWords(iso)} at ${String(date.getUTCHours()).padStart(2, "0")}:${String(date.getUTCMinutes()).padStart(2, "0")}`;
}

/** The calendar quarter a date falls in, as the reports name it: "2026-Q4". */
export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** The first day of the date's quarter (YYYY-MM-DD): "no update this quarter" means none approved since. */
export function quarterStart(date: Date): string {
  const month = Math.floor(date.getUTCMonth() / 3) * 3 + 1;
  return `${date.getUTCFullYear()}-${String(month).padStart(2, "0")}-01`;
}

/** This quarter and the `count - 1` before it, newest first: "2026-Q4", "2026-Q3", ... */
export function recentQuarters(now: Date, count: number): string[] {
  const quarters: string[] = [];
  let year = now.getUTCFullYear();
  let quarter = Math.floor(now.getUTCMonth() / 3) + 1;
  for (let i = 0; i < count; i += 1) {
    quarters.push(`${year}-Q${quarter}`);
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
  }
  return quarters;
}

/** "2026-Q4" as people say it: "October to December 2026". */
export function quarterWords(period: string): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!match) return period;
  const start = (Number(match[2]) - 1) * 3;
  return `${MONTHS[start]} to ${MONTHS[start + 2]} ${match[1]}`;
}

/** The report links for a board, plan or joint initiative (its global id) and a period. */
export function reportLinks(id: string, period: string): { html: string; pdf: string } {
  // Global ids keep their colon ("CumberlandBoard:..."), as the report route's own examples write them.
  const base = `/reports/${encodeURIComponent(id).replace(/%3A/g, ":")}/${encodeURIComponent(period)}`;
  return { html: `${base}.html`, pdf: `${base}.pdf` };
}
