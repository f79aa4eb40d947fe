import { ActionStatus } from "../vocabulary/enums";
import { Rag } from "../tracking/model";
import type { Random } from "./random";

/** Who synthetic progress updates are recorded by (never a real person or token subject). */
export const SYNTHETIC_SUBJECT = "synthetic";
export const SYNTHETIC_RECORDER = "[synthetic] benchmark generator";

export interface SyntheticUpdate {
  version: number;
  status: ActionStatus;
  rag: Rag | null;
  note: string;
  recordedAt: string;
}

/** The progress history of one council action: versions 1..n, oldest first. */
export interface SyntheticActionUpdates {
  council: string;
  /** The action's key in its council's database: "<plan id>.<action id>". */
  action: string;
  updates: SyntheticUpdate[];
}

/** The updates file the generator writes beside the data (tracked state is not in the data files). */
export interface SyntheticUpdatesFile {
  synthetic: true;
  scale: number;
  seed: number;
  actions: SyntheticActionUpdates[];
}

const RAG_OF: Record<ActionStatus, Rag | null> = {
  [ActionStatus.NOT_REPORTED]: null,
  [ActionStatus.NOT_STARTED]: null,
  [ActionStatus.ON_TRACK]: Rag.GREEN,
  [ActionStatus.AT_RISK]: Rag.AMBER,
  [ActionStatus.OFF_TRACK]: Rag.RED,
  [ActionStatus.COMPLETE]: Rag.BLUE,
};
const WORKING = [ActionStatus.ON_TRACK, ActionStatus.ON_TRACK, ActionStatus.AT_RISK, ActionStatus.OFF_TRACK] as const;

/**
 * 3 to 10 updates for an action, a few weeks apart from a date in 2023: not started or on track
 * first, then on track, at risk or off track, and sometimes complete last (never reopened, so every
 * history is one the mutation would have accepted). RAG follows the status, as leads record it.
 */
export function syntheticHistory(random: Random): SyntheticUpdate[] {
  const count = random.int(3, 10);
  let day = Date.UTC(2023, 0, 1) + random.int(0, 180) * 86_400_000;
  const updates: SyntheticUpdate[] = [];
  for (let version = 1; version <= count; version++) {
    const status = version === 1 ? (random.chance(0.5) ? ActionStatus.NOT_STARTED : ActionStatus.ON_TRACK) : version === count && random.chance(0.25) ? ActionStatus.COMPLETE : random.pick(WORKING);
    updates.push({
      version,
      status,
      rag: RAG_OF[status],
      note: `[synthetic] progress note ${version} of ${count}: ${status.toLowerCase().replace(/_/g, " ")}`,
      recordedAt: new Date(day + random.int(8, 17) * 3_600_000).toISOString(),
    });
    day += random.int(14, 60) * 86_400_000;
  }
  return updates;
}
