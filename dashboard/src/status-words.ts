/**
 * Statuses, RAG ratings, board kinds and dates as people read them, and which GOV.UK tag colour
 * each status takes. No DOM here, so the wording is unit-tested (test/lib/dashboard-words.test.ts).
 */

/** Enum values as people read them, in sentence case: ON_TRACK → "On track". */
export function sentence(value: string): string {
  const text = value.toLowerCase().replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A council action's status with its RAG rating in words, "On track (green)", so the colour of the
 * tag is never the only cue; "Not reported" until an update is approved.
 */
export function statusText(status: string, rag: string | null | undefined): string {
  return rag ? `${sentence(status)} (${rag.toLowerCase()})` : sentence(status);
}

/** GOV.UK Frontend tag colours (govuk-tag--<colour>). */
export type TagColour = "grey" | "green" | "yellow" | "red" | "blue" | "turquoise";

const RAG_COLOURS: Record<string, TagColour> = { RED: "red", AMBER: "yellow", GREEN: "green", BLUE: "blue" };
const STATUS_COLOURS: Record<string, TagColour> = { ON_TRACK: "green", AT_RISK: "yellow", OFF_TRACK: "red", COMPLETE: "blue", OPERATING: "green", IN_DEVELOPMENT: "blue" };

/** The tag colour: the RAG rating's where there is one, else the status's; grey for "not reported" and anything unknown. */
export function tagColour(status: string, rag?: string | null): TagColour {
  return (rag ? RAG_COLOURS[rag] : undefined) ?? STATUS_COLOURS[status] ?? "grey";
}

const BOARD_KINDS: Record<string, string> = {
  CHILDREN_AND_YOUNG_PEOPLES_FORUM: "Children and young people's forum",
  CORPORATE_PARENTING_BOARD: "Corporate parenting board",
  IMPROVEMENT_BOARD: "Improvement board",
  OTHER: "Other governance group",
  PARTNERSHIP_BOARD: "Partnership board",
  PROGRAMME_BOARD: "Programme board",
  SAFEGUARDING_PARTNERSHIP: "Safeguarding partnership",
  SCRUTINY_COMMITTEE: "Overview and scrutiny committee",
};

/** A board's kind in words; a kind added to the graph after this page was written still reads as words. */
export const boardKindText = (kind: string): string => BOARD_KINDS[kind] ?? sentence(kind);

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * An ISO date ("2024-04-18") as GOV.UK writes dates: "18 April 2024". Worked out from the digits,
 * not through Date, so no time zone can move it a day; anything else is shown as given.
 */
export function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}
