import type { CouncilConfig } from "../config/project";
import type { CouncilData } from "../data/council-data";
import type { BoardFile, FigureFile, IndicatorFile, MeetingFile, PlanFile } from "../data/schemas";
import type { VocabularyRecord } from "../vocabulary/vocabulary";
import type { Citations } from "./citations";
import { boardMeeting, syntheticBoard, syntheticMeeting, syntheticPlan } from "./council-data";
import { syntheticFigures } from "./figures";
import type { Random } from "./random";

/** Synthetic councils are numbered after the real ones; the number shows in every name and code. */
export const MAX_COUNCILS = 99;
/** Ports 4100 + number: clear of the gateway (4000), the real councils (4001-4099), shared (4003) and metrics (9090). */
const FIRST_PORT = 4100;

/** council.json of synthetic council `number`: well-formed codes that no real council has. */
export function syntheticCouncilConfig(number: number): { id: string; file: Omit<CouncilConfig, "id" | "dataDir"> } {
  const nn = String(number).padStart(2, "0");
  return {
    id: `synthetic-${nn}`,
    file: {
      name: `Synthetic Council ${nn}`,
      typePrefix: `Synthetic${nn}`,
      // E06 9xxxxx and LA codes 001-099 are not given to any real authority.
      gssCode: `E069000${nn}`,
      laCode: `0${nn}`,
      formed: "2023-04-01",
      port: FIRST_PORT + number,
      synthetic: true,
    },
  };
}

/**
 * The real council whose data a synthetic council copies: one whose plans measure only national
 * indicators (a council's own indicators are its own: a copy could not use them).
 */
export function templateCouncil(councils: Array<{ council: CouncilConfig; data: CouncilData }>, national: Set<string>): { council: CouncilConfig; data: CouncilData } {
  const template = councils.find(({ data }) => data.plans.every((plan) => (plan.measures ?? []).every((measure) => national.has(measure.indicator))));
  if (!template) throw new Error("no real council measures national indicators only: none can be copied into a synthetic council");
  return template;
}

export interface SyntheticCouncilData {
  plans: PlanFile[];
  boards: BoardFile[];
  meetings: MeetingFile[];
  figures: FigureFile[];
}

/**
 * The data of one synthetic council: `copies` marked copies of the template's plans, boards and
 * meetings (as generateSynthetic adds to the real councils), a meeting of every board, and
 * `figureYears` years of values of every national indicator.
 */
export function syntheticCouncilData(template: CouncilData, copies: number[], indicators: Array<VocabularyRecord<IndicatorFile>>, figureYears: number, citations: Citations, random: Random): SyntheticCouncilData {
  const plans = copies.flatMap((copy) => template.plans.map((plan) => syntheticPlan(plan, copy, citations)));
  const boards = copies.flatMap((copy) => template.boards.map((board) => syntheticBoard(board, copy, citations)));
  const meetings = [...copies.flatMap((copy) => template.meetings.map((meeting) => syntheticMeeting(meeting, copy, citations, random))), ...boards.map((board) => boardMeeting(board, citations, random))];
  const figures = syntheticFigures(indicators, figureYears, citations, random);
  return { plans, boards, meetings, figures };
}
