import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { projectRoot, readCouncils, SYNTHETIC_MANIFEST_FILE, type CouncilConfig } from "../config/project";
import { DataProblems, type Problem } from "../data/problems";
import { readCouncilData, readSharedData, readVocabulary } from "../data/project-data";
import { recordsOfCouncil } from "../vocabulary/vocabulary";
import type { BoardFile, FigureFile, JointInitiativeFile, MeetingFile, PlanFile, HeadingFile } from "../data/schemas";
import { Citations, SYNTHETIC_DOCUMENT } from "./citations";
import { textsRequiredOf } from "../data/quotes";
import { boardMeeting, syntheticBoard, syntheticMeeting, syntheticPlan } from "./council-data";
import { MAX_YEARS, syntheticFigures } from "./figures";
import { syntheticInitiative } from "./joint-initiatives";
import { MAX_COUNCILS, syntheticCouncilConfig, syntheticCouncilData, templateCouncil } from "./councils";
import { Random } from "./random";
import { syntheticHistory, type SyntheticActionUpdates, type SyntheticUpdatesFile } from "./updates";

export const MANIFEST_FILE = SYNTHETIC_MANIFEST_FILE;
export const UPDATES_FILE = "synthetic-updates.json";

export interface SyntheticOptions {
  /** Total volume as a multiple of the real data: 10 means the real data plus 9 synthetic copies. */
  scale: number;
  /** Folder to write the data root to (replaced if it holds an earlier synthetic root). */
  out: string;
  seed?: number;
  /** Where the real data is read from; the repository by default. */
  root?: string;
  /** Councils in all: the real ones plus synthetic council folders up to this number (none by default). */
  councils?: number;
}

/** Record counts of one council (or the shared subgraph). */
export type Counts = Record<string, number>;

/** What was generated, written as synthetic.json at the top of the data root. */
export interface SyntheticManifest {
  synthetic: true;
  description: string;
  scale: number;
  seed: number;
  document: string;
  /** Years of indicator values per indicator and council. */
  figureYears: number;
  real: Record<string, Counts>;
  total: Record<string, Counts>;
  progressUpdates: number;
  /** The synthetic council folders of the root (subgraphs/synthetic-NN), beside the real councils. */
  syntheticCouncils: string[];
}

const countHeadings = (items: HeadingFile[]): number => items.reduce((sum, item) => sum + 1 + countHeadings(item.children), 0);

function councilCounts(plans: PlanFile[], boards: BoardFile[], meetings: MeetingFile[], figures: FigureFile[]): Counts {
  return {
    plans: plans.length,
    headings: plans.reduce((sum, plan) => sum + countHeadings(plan.headings), 0),
    actions: plans.reduce((sum, plan) => sum + plan.actions.length, 0),
    actionThemes: plans.reduce((sum, plan) => sum + plan.actions.reduce((n, action) => n + action.themes.length, 0), 0),
    statements: plans.reduce((sum, plan) => sum + (plan.statements?.length ?? 0) + (plan.outcomes?.length ?? 0), 0),
    measures: plans.reduce((sum, plan) => sum + (plan.measures?.length ?? 0), 0),
    measureGroups: plans.reduce((sum, plan) => sum + (plan.measureGroups?.length ?? 0), 0),
    boards: boards.length,
    meetings: meetings.length,
    reports: meetings.reduce((sum, meeting) => sum + meeting.reports.length, 0),
    figures: figures.length,
  };
}

const writeJson = (path: string, value: unknown): void => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
};
/** A data file's records as they are (real records are copied untouched); none when it is absent. */
const readArray = <T>(path: string): T[] => (existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as T[]) : []);

/** Refuses to write over anything but an earlier synthetic data root. */
function prepareOut(out: string, root: string): void {
  if (resolve(out) === resolve(root) || resolve(out) === projectRoot) throw new Error(`--out ${out} is the real data's folder`);
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!existsSync(join(out, MANIFEST_FILE))) throw new Error(`${out} is not empty and holds no ${MANIFEST_FILE}: not replacing it`);
    rmSync(out, { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
}

/**
 * Writes a complete data root: the real data files, untouched, plus synthetic records so that the
 * total is about `scale` times the real volume: scale - 1 synthetic copies of every plan, board,
 * meeting and joint initiative (same shape, texts marked "[synthetic n]"), a meeting of every
 * synthetic board, and min(scale, 30) years of values of every indicator per council. Every synthetic
 * record cites one synthetic document, whose text holds every quote. Deterministic for a seed.
 * Also writes the progress histories of the synthetic actions (synthetic-updates.json).
 */
export function generateSynthetic(options: SyntheticOptions): SyntheticManifest {
  const { scale, out } = options;
  const seed = options.seed ?? 1;
  const root = options.root ?? projectRoot;
  if (!Number.isInteger(scale) || scale < 1 || scale > 1000) throw new Error(`scale ${scale} must be a whole number from 1 to 1000`);
  const councilCount = options.councils;

  const problems: Problem[] = [];
  const councils: CouncilConfig[] = readCouncils(root, problems);
  const vocabulary = readVocabulary(root, problems);
  const councilData = councils.map((council) => ({ council, data: readCouncilData(root, council, vocabulary, problems) }));
  const shared = readSharedData(root, problems);
  if (problems.length > 0) throw new DataProblems(problems);
  if (councilCount !== undefined && (!Number.isInteger(councilCount) || councilCount < councils.length || councilCount > MAX_COUNCILS)) {
    throw new Error(`councils ${councilCount} must be a whole number from ${councils.length} (the real councils) to ${MAX_COUNCILS}`);
  }

  prepareOut(out, root);
  const random = new Random(seed);
  const citations = new Citations();
  const copies = Array.from({ length: scale - 1 }, (_, index) => index + 1);
  const figureYears = scale > 1 ? Math.min(MAX_YEARS, scale) : 0;
  const real: Record<string, Counts> = {};
  const total: Record<string, Counts> = {};
  const histories: SyntheticActionUpdates[] = [];

  for (const dir of ["sources", join("lib", "vocabulary")]) cpSync(join(root, dir), join(out, dir), { recursive: true, filter: (path) => !path.endsWith(".ts") });
  for (const { council, data } of councilData) {
    const dataDir = join(out, "subgraphs", council.id, "data");
    cpSync(council.dataDir, dataDir, { recursive: true });
    const plans = copies.flatMap((copy) => data.plans.map((plan) => syntheticPlan(plan, copy, citations)));
    for (const plan of plans) writeJson(join(dataDir, "plans", `${plan.id}.json`), plan);
    const boards = copies.flatMap((copy) => data.boards.map((board) => syntheticBoard(board, copy, citations)));
    const meetings = [...copies.flatMap((copy) => data.meetings.map((meeting) => syntheticMeeting(meeting, copy, citations, random))), ...boards.map((board) => boardMeeting(board, citations, random))];
    const figures = syntheticFigures(recordsOfCouncil(vocabulary.indicators, council.id), figureYears, citations, random);
    const realFigures = readArray<FigureFile>(join(council.dataDir, "figures.json"));
    writeJson(join(dataDir, "boards.json"), [...readArray<BoardFile>(join(council.dataDir, "boards.json")), ...boards]);
    writeJson(join(dataDir, "meetings.json"), [...readArray<MeetingFile>(join(council.dataDir, "meetings.json")), ...meetings]);
    writeJson(join(dataDir, "figures.json"), [...realFigures, ...figures]);
    for (const plan of plans) {
      for (const action of plan.actions) histories.push({ council: council.id, action: `${plan.id}.${action.id}`, updates: syntheticHistory(random) });
    }
    real[council.id] = councilCounts(data.plans, data.boards, data.meetings, realFigures);
    total[council.id] = councilCounts([...data.plans, ...plans], [...data.boards, ...boards], [...data.meetings, ...meetings], [...realFigures, ...figures]);
  }

  // Synthetic councils after the real ones: each a council folder of its own (council.json marked
  // synthetic, and data), holding `scale` copies of a real council's plans, boards and meetings.
  const syntheticCouncils: string[] = [];
  if (councilCount !== undefined && councilCount > councils.length) {
    const national = vocabulary.indicators.filter((record) => record.origin.council === null);
    const template = templateCouncil(councilData, new Set(national.map((record) => record.code)));
    const allCopies = Array.from({ length: scale }, (_, index) => index + 1);
    for (let number = councils.length + 1; number <= councilCount; number++) {
      const { id, file } = syntheticCouncilConfig(number);
      const data = syntheticCouncilData(template.data, allCopies, national, Math.min(MAX_YEARS, scale), citations, random);
      const dataDir = join(out, "subgraphs", id, "data");
      writeJson(join(out, "subgraphs", id, "council.json"), file);
      for (const plan of data.plans) writeJson(join(dataDir, "plans", `${plan.id}.json`), plan);
      writeJson(join(dataDir, "boards.json"), data.boards);
      writeJson(join(dataDir, "meetings.json"), data.meetings);
      writeJson(join(dataDir, "figures.json"), data.figures);
      for (const plan of data.plans) {
        for (const action of plan.actions) histories.push({ council: id, action: `${plan.id}.${action.id}`, updates: syntheticHistory(random) });
      }
      real[id] = councilCounts([], [], [], []);
      total[id] = councilCounts(data.plans, data.boards, data.meetings, data.figures);
      syntheticCouncils.push(id);
    }
  }

  const sharedDir = join(out, "subgraphs", "shared", "data");
  cpSync(join(root, "subgraphs", "shared", "data"), sharedDir, { recursive: true });
  const initiatives = copies.flatMap((copy) => shared.initiatives.map((initiative) => syntheticInitiative(initiative, copy, citations)));
  writeJson(join(sharedDir, "joint-initiatives.json"), [...readArray<JointInitiativeFile>(join(root, "subgraphs", "shared", "data", "joint-initiatives.json")), ...initiatives]);
  real.shared = { jointInitiatives: shared.initiatives.length };
  total.shared = { jointInitiatives: shared.initiatives.length + initiatives.length };

  writeJson(join(out, "sources", "documents.json"), [...vocabulary.catalogue, SYNTHETIC_DOCUMENT]);
  // Besides the quotes, data:check requires a sourced record's title, text or heading (and a report's
  // paragraphs) word for word in its document: the synthetic document holds them too.
  for (const text of textsRequiredOf(out, SYNTHETIC_DOCUMENT.id)) citations.cite("Texts of the synthetic records", text);
  writeFileSync(join(out, "sources", SYNTHETIC_DOCUMENT.file), citations.text(scale, seed));
  const updates: SyntheticUpdatesFile = { synthetic: true, scale, seed, actions: histories };
  writeJson(join(out, UPDATES_FILE), updates);
  const manifest: SyntheticManifest = {
    synthetic: true,
    description: `${SYNTHETIC_DOCUMENT.title}: the real data files plus synthetic records, about ${scale} times the real volume${syntheticCouncils.length > 0 ? `, and ${syntheticCouncils.length} synthetic councils` : ""}. For benchmarks only; never served unless DATA_ROOT names this folder.`,
    scale,
    seed,
    document: SYNTHETIC_DOCUMENT.id,
    figureYears,
    real,
    total,
    progressUpdates: histories.reduce((sum, history) => sum + history.updates.length, 0),
    syntheticCouncils,
  };
  writeJson(join(out, MANIFEST_FILE), manifest);
  return manifest;
}
