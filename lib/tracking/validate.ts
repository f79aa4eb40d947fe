import { ActionStatus } from "../vocabulary/enums";
import { containsNul } from "../graphql/text";
import { Rag, userError, UserErrorCode, type RecordProgressInput, type UserError } from "./model";

export const MAX_NOTE = 2000;
export const MAX_TEXT = 500;
export const MAX_EVIDENCE_URL = 2000;

/** Checks a progress update against the action's current status; every problem, or none. */
export function validateProgress(input: RecordProgressInput, current: ActionStatus): UserError[] {
  const errors: UserError[] = [];
  const note = input.note?.trim() ?? "";
  if (note.length === 0) errors.push(userError(UserErrorCode.INVALID_INPUT, "A note is required", "note"));
  if (note.length > MAX_NOTE) errors.push(userError(UserErrorCode.INVALID_INPUT, `The note is longer than ${MAX_NOTE} characters`, "note"));
  if (containsNul(input.note)) errors.push(userError(UserErrorCode.INVALID_INPUT, "The note contains a NUL character", "note"));
  if (containsNul(input.reopenReason)) errors.push(userError(UserErrorCode.INVALID_INPUT, "The reopen reason contains a NUL character", "reopenReason"));
  if (input.status === ActionStatus.NOT_REPORTED) errors.push(userError(UserErrorCode.INVALID_INPUT, "NOT_REPORTED is not a status to record", "status"));
  if (input.forecastStatus === ActionStatus.NOT_REPORTED) errors.push(userError(UserErrorCode.INVALID_INPUT, "NOT_REPORTED is not a forecast", "forecastStatus"));
  errors.push(...commentErrors(input.explanation, "explanation"));
  errors.push(...evidenceUrlErrors(input.evidenceUrl));
  if (!Number.isInteger(input.expectedVersion) || input.expectedVersion < 0) errors.push(userError(UserErrorCode.INVALID_INPUT, "expectedVersion must be 0 or more", "expectedVersion"));
  if (input.rag === Rag.BLUE && input.status !== ActionStatus.COMPLETE) errors.push(userError(UserErrorCode.INVALID_INPUT, "BLUE is the rating of a COMPLETE action", "rag"));
  if (input.status === ActionStatus.COMPLETE && input.rag && input.rag !== Rag.BLUE) errors.push(userError(UserErrorCode.INVALID_INPUT, "A COMPLETE action is rated BLUE", "rag"));
  const reason = input.reopenReason?.trim() ?? "";
  if (reason.length > MAX_TEXT) errors.push(userError(UserErrorCode.INVALID_INPUT, `The reopen reason is longer than ${MAX_TEXT} characters`, "reopenReason"));
  if (current === ActionStatus.COMPLETE && input.status !== ActionStatus.COMPLETE && reason.length === 0) {
    errors.push(userError(UserErrorCode.INVALID_TRANSITION, "Reopening a COMPLETE action needs a reopenReason", "reopenReason"));
  }
  return errors;
}

/** ISO date (YYYY-MM-DD) that exists, between 2000 and 2100. */
export function validDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value >= "2000-01-01" && value <= "2100-12-31";
}

/** An optional comment (a RED explanation, a return reason): at most MAX_NOTE characters, no NUL. */
export function commentErrors(value: string | null | undefined, field: string): UserError[] {
  const text = value?.trim() ?? "";
  if (text.length > MAX_NOTE) return [userError(UserErrorCode.INVALID_INPUT, `The ${field} is longer than ${MAX_NOTE} characters`, field)];
  if (containsNul(text)) return [userError(UserErrorCode.INVALID_INPUT, `The ${field} contains a NUL character`, field)];
  return [];
}

/**
 * An optional evidence link: an absolute http or https URL, as people and reports will follow it.
 * Other schemes (javascript:, data:) could run or carry content when followed; a relative address
 * means nothing outside the page it was typed in; credentials in it would be published with an
 * approved update. Surrounding spaces are trimmed (as for every text), and an empty one means none.
 */
export function evidenceUrlErrors(value: string | null | undefined): UserError[] {
  const url = value?.trim() ?? "";
  if (url === "") return [];
  const refuse = (message: string): UserError[] => [userError(UserErrorCode.INVALID_INPUT, message, "evidenceUrl")];
  if (url.length > MAX_EVIDENCE_URL) return refuse(`The evidence link is longer than ${MAX_EVIDENCE_URL} characters`);
  if (/[\s\u0000-\u001f\u007f-\u009f]/u.test(url)) return refuse("The evidence link contains a space or a control character");
  if (!/^https?:\/\//i.test(url)) return refuse("The evidence link must be a full web address starting with https:// or http://");
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refuse("The evidence link is not a web address");
  }
  // URL() reads "https:///x" as the host x: as typed, it names no host.
  if (parsed.hostname === "" || !/^https?:\/\/[^/\\?#]/i.test(url)) return refuse("The evidence link has no host: it must be like https://www.example.org/report.pdf");
  if (parsed.username !== "" || parsed.password !== "") return refuse("The evidence link must not contain a user name or password");
  return [];
}
