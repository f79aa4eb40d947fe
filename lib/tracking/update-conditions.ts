import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { UpdateState } from "./model";

/** Conditions on an action's progress updates, shared by council and joint action filters. */
export interface UpdateConditions {
  /** YYYY-MM-DD: no APPROVED update recorded on or after it (or none ever). */
  notUpdatedSince?: string | null;
  /** At least one update in one of these states. */
  updateStates?: UpdateState[] | null;
}

/**
 * Adds the conditions to `query`, whose actions are `alias` (keyed by slug), as subqueries of the same
 * statement: a filtered page still costs a count and the page.
 */
export function whereUpdates<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, conditions: UpdateConditions): SelectQueryBuilder<T> {
  if (conditions.notUpdatedSince) {
    // recorded_at is an ISO timestamp (UTC): it sorts after the bare date of its own day.
    query.andWhere(`NOT EXISTS (SELECT 1 FROM progress_update nu WHERE nu.action_key = ${alias}.slug AND nu.state = :approvedState AND nu.recorded_at >= :notUpdatedSince)`, {
      approvedState: UpdateState.APPROVED,
      notUpdatedSince: conditions.notUpdatedSince,
    });
  }
  if (conditions.updateStates) {
    query.andWhere(`EXISTS (SELECT 1 FROM progress_update us WHERE us.action_key = ${alias}.slug AND us.state IN (:...updateStates))`, { updateStates: conditions.updateStates });
  }
  return query;
}
