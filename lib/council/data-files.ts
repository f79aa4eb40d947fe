import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CouncilConfig } from "../config/project";
import { themes } from "../vocabulary/themes";
import type { DocumentRecord } from "../sources/catalogue";
import { BoardKind, PlanKind } from "./enums";

/** The shape of a council's data files (docs/DATA.md). */
export interface SourceRef {
  document?: string;
  section: string;
  quote: string;
}
export interface StatementFile {
  id: string;
  text: string;
  source: SourceRef;
}
export interface PriorityFile {
  id: string;
  title: string;
  description: string | null;
  source: SourceRef;
  children: PriorityFile[];
  successMeasures?: StatementFile[];
}
export interface ActionFile {
  id: string;
  title: string;
  description: string | null;
  heading: string | null;
  priority: string | null;
  themes: string[];
  source: SourceRef;
}
export interface PlanFile {
  id: string;
  title: string;
  kind: PlanKind;
  document: string;
  period: { start: string | null; end: string | null; text: string; source: SourceRef };
  source: SourceRef;
  priorities: PriorityFile[];
  actions: ActionFile[];
  outcomes?: StatementFile[];
}
export interface BoardFile {
  id: string;
  name: string;
  kind: BoardKind;
  chair: string | null;
  oversees: string[];
  source: SourceRef & { document: string };
}

export interface CouncilData {
  plans: PlanFile[];
  boards: BoardFile[];
  /** Raw text of every file read, for the checksum. */
  texts: string[];
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const ISO_PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function parse<T>(path: string, texts: string[]): T {
  const text = readFileSync(path, "utf8");
  texts.push(text);
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

export function readCouncilData(council: CouncilConfig): CouncilData {
  const texts: string[] = [];
  const planDir = join(council.dataDir, "plans");
  const plans = existsSync(planDir)
    ? readdirSync(planDir).filter((file) => file.endsWith(".json")).sort().map((file) => parse<PlanFile>(join(planDir, file), texts))
    : [];
  const boardsPath = join(council.dataDir, "boards.json");
  const boards = existsSync(boardsPath) ? parse<BoardFile[]>(boardsPath, texts) : [];
  return { plans, boards, texts };
}

/** Every problem in a council's data files, so staff can fix them all at once (empty when valid). */
export function validateCouncilData(data: CouncilData, catalogue: DocumentRecord[]): string[] {
  const problems: string[] = [];
  const documents = new Set(catalogue.map((document) => document.id));
  const themeCodes = new Set(themes.map((theme) => theme.code));
  const planIds = new Set<string>();
  const checkSource = (where: string, source: SourceRef | undefined, fallbackDocument?: string) => {
    if (!source || !source.section || !source.quote) problems.push(`${where}: source needs a section and a quote`);
    const document = source?.document ?? fallbackDocument;
    if (!document || !documents.has(document)) problems.push(`${where}: unknown document "${document}"`);
  };
  const checkId = (where: string, id: string, seen: Set<string>) => {
    if (!SLUG.test(id)) problems.push(`${where}: id "${id}" is not a lower-case slug`);
    if (seen.has(id)) problems.push(`${where}: id "${id}" is used twice`);
    seen.add(id);
  };
  for (const plan of data.plans) {
    const where = `plan ${plan.id}`;
    checkId(where, plan.id, planIds);
    if (!Object.values(PlanKind).includes(plan.kind)) problems.push(`${where}: kind "${plan.kind}" is not one of ${Object.values(PlanKind).join(", ")}`);
    checkSource(where, plan.source, plan.document);
    checkSource(`${where} period`, plan.period?.source, plan.document);
    for (const date of [plan.period?.start, plan.period?.end]) {
      if (date !== null && date !== undefined && !ISO_PARTIAL_DATE.test(date)) problems.push(`${where}: period date "${date}" is not ISO 8601`);
    }
    const priorityIds = new Set<string>();
    const walk = (priorities: PriorityFile[]) => {
      for (const priority of priorities) {
        checkId(`${where} priority`, priority.id, priorityIds);
        checkSource(`${where} priority ${priority.id}`, priority.source, plan.document);
        const measureIds = new Set<string>();
        for (const measure of priority.successMeasures ?? []) {
          checkId(`${where} priority ${priority.id} measure`, measure.id, measureIds);
          checkSource(`${where} priority ${priority.id} measure ${measure.id}`, measure.source, plan.document);
        }
        walk(priority.children ?? []);
      }
    };
    walk(plan.priorities);
    const actionIds = new Set<string>();
    for (const action of plan.actions) {
      checkId(`${where} action`, action.id, actionIds);
      checkSource(`${where} action ${action.id}`, action.source, plan.document);
      if (action.priority !== null && !priorityIds.has(action.priority)) problems.push(`${where} action ${action.id}: unknown priority "${action.priority}"`);
      for (const theme of action.themes) if (!themeCodes.has(theme)) problems.push(`${where} action ${action.id}: unknown theme "${theme}"`);
    }
    const outcomeIds = new Set<string>();
    for (const outcome of plan.outcomes ?? []) {
      checkId(`${where} outcome`, outcome.id, outcomeIds);
      checkSource(`${where} outcome ${outcome.id}`, outcome.source, plan.document);
    }
  }
  const boardIds = new Set<string>();
  for (const board of data.boards) {
    const where = `board ${board.id}`;
    checkId(where, board.id, boardIds);
    if (!Object.values(BoardKind).includes(board.kind)) problems.push(`${where}: kind "${board.kind}" is not one of ${Object.values(BoardKind).join(", ")}`);
    checkSource(where, board.source);
    for (const plan of board.oversees) if (!planIds.has(plan)) problems.push(`${where}: oversees unknown plan "${plan}"`);
  }
  return problems;
}
