import { existsSync, readFileSync } from "node:fs";
import type { CouncilConfig } from "../config/project";
import { documentPath, type DocumentRecord } from "../sources/catalogue";
import { normaliseText } from "../sources/normalise";
import type { Problem } from "./problems";
import { dataFiles, fileUnder, readJsonFile, walkObjects, type Place } from "./records";
import type { CouncilData } from "./council-data";
import type { MeetingFile, ReportFile } from "./schemas";

/**
 * The product's first promise: every quoted fact is in its document, word for word. One
 * implementation, run by `npm run data:check` (checkAll) and asserted by the tests.
 */

/** A text that must occur in a document: a quote, or a verbatim field of a sourced record. */
export interface QuotedText extends Place {
  file: string;
  /** Catalogue id of the document; undefined when the record names none. */
  document: string | undefined;
  text: string;
  kind: "quote" | "verbatim";
}

/** The fields of a sourced record that are the document's own words (not only its quote). */
export const VERBATIM_FIELDS = ["title", "description", "text", "heading", "name", "role", "chair"] as const;
const SOURCE_KEYS = ["source", "statusSource"] as const;

const isQuote = (value: unknown): value is { document?: unknown; quote: unknown } => value !== null && typeof value === "object" && "quote" in value;
const join = (field: string, key: string): string => (field ? `${field}.${key}` : key);

/**
 * Every quote in a parsed data file (`source`, `sources[i]`, `statusSource`), and every verbatim
 * field of a record with a `source`. A source without a document takes the nearest enclosing
 * record's `document` (a plan's).
 */
export function quotedTexts(json: unknown, file: string): QuotedText[] {
  const out: QuotedText[] = [];
  walkObjects(json, (node, place, ancestors) => {
    const inherited = [...ancestors, node].reverse().find((item) => typeof item.document === "string" && !("quote" in item))?.document as string | undefined;
    const add = (source: { document?: unknown; quote: unknown }, field: string): string | undefined => {
      const document = typeof source.document === "string" ? source.document : inherited;
      if (typeof source.quote === "string") out.push({ file, record: place.record, field: join(place.field, `${field}.quote`), document, text: source.quote, kind: "quote" });
      return document;
    };
    for (const key of SOURCE_KEYS) {
      if (!isQuote(node[key])) continue;
      const document = add(node[key] as { quote: unknown }, key);
      if (key !== "source") continue;
      for (const field of VERBATIM_FIELDS) {
        if (typeof node[field] === "string") out.push({ file, record: place.record, field: join(place.field, field), document, text: node[field] as string, kind: "verbatim" });
      }
    }
    if (Array.isArray(node.sources)) node.sources.forEach((source, index) => isQuote(source) && add(source, `sources[${index}]`));
  });
  return out;
}

/** A document's text, normalised, and whether a text occurs in it (normalised alike). */
export interface DocumentText {
  text: string;
  has(text: string): boolean;
}

/**
 * A document's normalised text. Each of its lines normalised alone is a part of the whole, so a text
 * equal to one is found without scanning the document (most quotes are a whole line or paragraph:
 * this keeps the check linear in the synthetic data's size).
 */
export function documentText(raw: string): DocumentText {
  const text = normaliseText(raw);
  const lines = new Set(raw.split("\n").map(normaliseText));
  return {
    text,
    has: (quote) => {
      const normalised = normaliseText(quote);
      return lines.has(normalised) || text.includes(normalised);
    },
  };
}

/** The catalogue's documents, read and normalised once each; undefined for an unknown or missing one. */
export function documentTexts(root: string, catalogue: DocumentRecord[]): (id: string) => DocumentText | undefined {
  const byId = new Map(catalogue.map((document) => [document.id, document]));
  const cache = new Map<string, DocumentText | undefined>();
  return (id) => {
    if (!cache.has(id)) {
      const document = byId.get(id);
      const path = document && documentPath(root, document);
      cache.set(id, path && existsSync(path) ? documentText(readFileSync(path, "utf8")) : undefined);
    }
    return cache.get(id);
  };
}

/** A document's file as problems name it ("sources/plan.txt"), by its catalogue id. */
export function documentFiles(root: string, catalogue: DocumentRecord[]): (id: string) => string {
  const byId = new Map(catalogue.map((document) => [document.id, fileUnder(root, documentPath(root, document))]));
  return (id) => byId.get(id) ?? id;
}

const shorten = (text: string, length = 70): string => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** Where a text stops matching: the longest start of it that the document has (a start that occurs implies every shorter one does). */
function matchedStart(text: string, document: string): string {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (document.includes(text.slice(0, middle))) low = middle;
    else high = middle - 1;
  }
  return text.slice(0, low);
}

/** The problem for a text that is not in its document, saying where it stops matching. */
export function notInDocument(check: QuotedText, documentFile: string, document: string): Problem {
  const text = normaliseText(check.text);
  const start = matchedStart(text, document);
  const where = start.length === 0 ? "not even its start is in the document" : `it matches up to "…${start.slice(-40)}", then differs at "${shorten(text.slice(start.length), 40)}"`;
  return {
    file: check.file,
    record: check.record,
    field: check.field,
    message: `"${shorten(check.text)}" is not word for word in document "${check.document}" (${documentFile}): ${where}`,
    fix:
      check.kind === "quote"
        ? `copy the words exactly as ${documentFile} prints them (spacing, curly quotes, dashes and bold, underline or heading markup do not matter), or name the document that has them`
        : `a sourced record's ${check.field.split(".").pop()} is the document's own words: copy them from ${documentFile}, or use words the document prints`,
  };
}

/**
 * Files whose documents the link checks (checkCouncilLinks, checkSharedLinks) already report
 * when unknown; in any other file the quote check reports an unknown document itself.
 */
const LINK_CHECKED = /^subgraphs\/[^/]+\/data\/(plans\/[^/]+|boards|figures|meetings|joint-initiatives|partnership|partnerships|agency-values)\.json$/;

/** Every quote and verbatim field of every data file under `root` is in its document. Returns how many texts were checked. */
export function checkQuotes(root: string, catalogue: DocumentRecord[], problems: Problem[], textOf = documentTexts(root, catalogue)): number {
  const fileOf = documentFiles(root, catalogue);
  let checked = 0;
  for (const path of dataFiles(root)) {
    const data = readJsonFile(root, path);
    if (!data) continue;
    const file = data.file;
    for (const check of quotedTexts(data.json, file)) {
      const document = check.document === undefined ? undefined : textOf(check.document);
      if (document === undefined) {
        // A missing file is reported against the catalogue; an unknown id by the link checks, or here.
        if (!(check.document !== undefined && catalogue.some((entry) => entry.id === check.document)) && !LINK_CHECKED.test(file) && check.kind === "quote") {
          problems.push({ file, record: check.record, field: check.field.replace(/quote$/, "document"), message: `unknown document "${check.document}" (not in sources/documents.json)` });
        }
        continue;
      }
      checked += 1;
      if (!document.has(check.text)) problems.push(notInDocument(check, fileOf(check.document!), document.text));
    }
  }
  return checked;
}

/** An action's title and description are words of its own quote (not only somewhere in the document). */
export function checkActionsWithinQuote(root: string, council: CouncilConfig, data: CouncilData, problems: Problem[]): void {
  const dir = fileUnder(root, council.dataDir);
  for (const plan of data.plans) {
    plan.actions.forEach((action, index) => {
      const quote = normaliseText(action.source.quote);
      for (const field of ["title", "description"] as const) {
        const text = action[field];
        if (text === null || quote.includes(normaliseText(text))) continue;
        problems.push({
          file: `${dir}/plans/${plan.id}.json`,
          record: `actions[${index}] (${action.id})`,
          field,
          message: `"${shorten(text)}" is not within the action's own quote`,
          fix: `take the ${field} from the action's source.quote (the words the document prints for this action), or widen the quote to include it`,
        });
      }
    });
  }
}

const REPORT_FIELDS = ["title", "author", "leadCabinetMember", "wardsAffected", "publicStatus", "appendices"] as const;

/** A report's texts that are the document's own words, by field: its particulars and every paragraph. */
function reportTexts(report: ReportFile): Array<[field: string, text: string]> {
  return [
    ...REPORT_FIELDS.map((field): [string, string | null] => [field, report[field]]),
    ...report.sections.flatMap((section, s) => section.paragraphs.map((paragraph, p): [string, string | null] => [`sections[${s}].paragraphs[${p}].text`, paragraph.text])),
  ].filter((entry): entry is [string, string] => entry[1] !== null);
}

/** A meeting's reports (their particulars and every paragraph) are verbatim in the meeting's document. */
export function checkReportTexts(root: string, council: CouncilConfig, data: CouncilData, textOf: (id: string) => DocumentText | undefined, documentFile: (id: string) => string, problems: Problem[]): void {
  const file = `${fileUnder(root, council.dataDir)}/meetings.json`;
  data.meetings.forEach((meeting, m) => {
    const documentId = meeting.source.document;
    const document = textOf(documentId);
    if (document === undefined) return;
    meeting.reports.forEach((report, r) => {
      const record = `[${m}].reports[${r}] (${report.id})`;
      for (const [field, text] of reportTexts(report)) {
        if (!document.has(text)) {
          problems.push(notInDocument({ file, record, field, document: documentId, text, kind: "verbatim" }, documentFile(documentId), document.text));
        }
      }
    });
  });
}

/**
 * Every text the checks above require word for word of one document, from the data files under
 * `root`: for a generator that writes a document to fit its records (npm run data:synthetic).
 */
export function textsRequiredOf(root: string, documentId: string): string[] {
  const texts: string[] = [];
  for (const path of dataFiles(root)) {
    const data = readJsonFile(root, path);
    if (!data) continue;
    texts.push(
      ...quotedTexts(data.json, data.file)
        .filter((check) => check.document === documentId)
        .map((check) => check.text),
    );
    if (path.endsWith("meetings.json") && Array.isArray(data.json)) {
      for (const meeting of data.json as MeetingFile[]) {
        if (meeting.source?.document === documentId) texts.push(...(meeting.reports ?? []).flatMap((report) => reportTexts(report).map(([, text]) => text)));
      }
    }
  }
  return texts;
}
