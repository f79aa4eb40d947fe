import type { DataSource } from "typeorm";
import { runWrite } from "../db/write-transaction";
import { ProgressUpdateEntity, UpdateState } from "../tracking/model";
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
 * progress_update rows (APPROVED), and the action's tracked columns (status, rag, version,
 * updated_at) as the last update left them, exactly as approval would have (without audit entries). One
 * transaction; only actions never updated (version 0) are written, so a second run changes nothing.
 */
export async function applySyntheticUpdates(dataSource: DataSource, histories: SyntheticActionUpdates[]): Promise<AppliedUpdates> {
  return runWrite(dataSource, async (manager) => {
    const untouched = new Set(((await manager.query(`SELECT slug FROM "action" WHERE version = 0`)) as Array<{ slug: string }>).map((row) => row.slug));
    const rows: ProgressUpdateEntity[] = [];
    let actions = 0;
    // Numbers continue the subgraph's update counter, which is set past them at the end.
    const counter = (await manager.createQueryBuilder().select("c.last", "last").from("audit_counter", "c").where("c.name = 'update'").getRawOne<{ last: number | string }>()) ?? { last: 0 };
    let seq = Number(counter.last);
    for (const history of histories) {
      const last = history.updates[history.updates.length - 1];
      if (!last || !untouched.has(history.action)) continue;
      await manager.createQueryBuilder().update("action").set({ status: last.status, rag: last.rag, version: last.version, updatedAt: last.recordedAt }).where("slug = :slug AND version = 0", { slug: history.action }).execute();
      actions++;
      for (const update of history.updates) {
        rows.push(
          Object.assign(new ProgressUpdateEntity(), {
            id: `synthetic-${history.action}-v${update.version}`,
            actionKey: history.action,
            seq: (seq += 1),
            version: update.version,
            // Synthetic histories stand for published progress: approved, by no one in particular.
            state: UpdateState.APPROVED,
            revision: 0,
            status: update.status,
            forecastStatus: null,
            rag: update.rag,
            note: update.note,
            explanation: null,
            reopenReason: null,
            returnReason: null,
            recordedBySubject: SYNTHETIC_SUBJECT,
            recordedByName: SYNTHETIC_RECORDER,
            recordedAt: update.recordedAt,
            submittedAt: null,
            decidedBySubject: null,
            decidedByName: null,
            decidedAt: null,
          }),
        );
      }
    }
    for (let start = 0; start < rows.length; start += CHUNK) await manager.insert(ProgressUpdateEntity, rows.slice(start, start + CHUNK));
    await manager.createQueryBuilder().update("audit_counter").set({ last: seq }).where("name = 'update'").execute();
    return { actions, updates: rows.length, skipped: histories.length - actions };
  });
}
