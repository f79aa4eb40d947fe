import type { BoardFile, FigureFile, MeetingFile, PlanFile } from "./schemas";

/** One council's data files as read (lib/data/project-data.ts reads them; its checks take them). */
export interface CouncilData {
  plans: PlanFile[];
  boards: BoardFile[];
  /** Figures from figures.json and from statistics files in the catalogue. */
  figures: FigureFile[];
  meetings: MeetingFile[];
  texts: string[];
}
