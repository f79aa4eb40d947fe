import type { DataSource } from "typeorm";
import { ProgressUpdateEntity } from "../tracking/model";
import { SYNTHETIC_RECORDER, SYNTHETIC_SUBJECT, type SyntheticActionUpdates } from "./updates";

export interface AppliedUpdates {
  /** Actions whose history was written. */
  actions: number;
  /** Progress updates inserted. */
  updates: number;
  /** Actions left alone: someone (or an earlier run) already recorded progress on them, or they are not in the database. */
  skipped: number;
}

/** Rows per INSERT: well under SQLite's limit on bound variables. */
const CHUNK = 500;

/**
 * Writes synthetic progress histories into a council database that holds the synthetic data: the
 * progress_update rows, and the action's tracked columns (status, rag, version, updated_at) as the
 * last update left them, exactly as the mutation would have (without audit entries). One
 * transaction; only actions never updated (version 0) are written, so a second run changes nothing.
 */
export async function applySyntheticUpdates(dataSource: DataSource, histories: SyntheticActionUpdates[]): Promise<AppliedUpdates> {
  return dataSource.transaction(async (manager) => {
    const untouched = new Set(((await manager.query(`SELECT slug FROM "action" WHERE version = 0`)) as Array<{ slug: string }>).map((row) => row.slug));
    const rows: ProgressUpdateEntity[] = [];
    let actions = 0;
    for (const history of histories) {
      const last = history.updates[history.updates.length - 1];
      if (!last || !untouched.has(history.action)) continue;
      await manager
        .createQueryBuilder()
        .update("action")
        .set({ status: last.status, rag: last.rag, version: last.version, updatedAt: last.recordedAt })
        .where("slug = :slug AND version = 0", { slug: history.action })
        .execute();
      actions++;
      for (const update of history.updates) {
        rows.push(Object.assign(new ProgressUpdateEntity(), {
          id: `synthetic-${history.action}-v${update.version}`,
          actionKey: history.action,
          version: update.version,
          status: update.status,
          rag: update.rag,
          note: update.note,
          reopenReason: null,
          recordedBySubject: SYNTHETIC_SUBJECT,
          recordedByName: SYNTHETIC_RECORDER,
          recordedAt: update.recordedAt,
        }));
      }
    }
    for (let start = 0; start < rows.length; start += CHUNK) await manager.insert(ProgressUpdateEntity, rows.slice(start, start + CHUNK));
    return { actions, updates: rows.length, skipped: histories.length - actions };
  });
}
