import type { BoardFile } from "../../data/schemas";
import type { CouncilTypes } from "../entities";
import { BoardPlanRow } from "../model";
import { quoted } from "./source";

/** The council's boards and which plans each oversees. */
export function boardTables(boards: BoardFile[], types: CouncilTypes): { boards: object[]; boardPlans: BoardPlanRow[] } {
  return {
    boards: boards.map((board, position) => Object.assign(new types.Board(), { slug: board.id, position, name: board.name, kind: board.kind, chair: board.chair, ...quoted(board.source, board.source.document) })),
    boardPlans: boards.flatMap((board) => board.oversees.map((plan) => Object.assign(new BoardPlanRow(), { boardSlug: board.id, planSlug: plan }))),
  };
}
