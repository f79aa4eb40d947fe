import type { DataSource, EntityTarget, FindOptionsWhere } from "typeorm";
import type { Identity } from "../auth/identity";
import type { ActionStatus } from "../council/enums";
import { writeQueueFor } from "../db/write-queue";
import { userError, UserErrorCode, type ProgressUpdateEntity, type Rag, type RecordProgressInput, type UserError } from "./model";
import { validateProgress } from "./validate";
import { audit, insertUpdate } from "./write";

/** The tracked state every action (council or joint) carries. */
export interface Tracked {
  slug: string;
  status: ActionStatus;
  rag: Rag | null;
  version: number;
}

export type Recorded<T> = { row: T; update: ProgressUpdateEntity; errors: [] } | { row: null; update: null; errors: UserError[] };

/**
 * Records a progress update on a tracked action, in one queued transaction: validates against the
 * current state, refuses a stale expectedVersion with CONFLICT (the update is conditional on the
 * version read, so a concurrent writer is never overwritten), stores the update and appends the
 * audit entry. A refusal changes nothing.
 */
export function recordProgress<T extends Tracked>(options: {
  dataSource: DataSource;
  target: EntityTarget<T>;
  key: string;
  input: RecordProgressInput;
  identity: Identity;
  operation: string;
  /** Other columns to set with the new state (e.g. when it was updated). */
  also?: (at: string) => Partial<T>;
}): Promise<Recorded<T>> {
  const { dataSource, target, key, input, identity, operation } = options;
  const refused = (...errors: UserError[]): Recorded<T> => ({ row: null, update: null, errors });
  return writeQueueFor(dataSource).run(() =>
    dataSource.transaction(async (manager) => {
      const row = await manager.findOne(target, { where: { slug: key } as FindOptionsWhere<T> });
      if (!row) return refused(userError(UserErrorCode.NOT_FOUND, `There is no action ${input.actionId}`, "actionId"));
      const errors = validateProgress(input, row.status);
      if (errors.length > 0) return refused(...errors);
      if (row.version !== input.expectedVersion) {
        return refused(userError(UserErrorCode.CONFLICT, `The action is at version ${row.version}, not ${input.expectedVersion}: someone recorded progress since you loaded it`, "expectedVersion", row.version));
      }
      const at = new Date().toISOString();
      const before = { status: row.status, rag: row.rag, version: row.version };
      const next = { status: input.status, rag: input.rag ?? null, version: row.version + 1, ...options.also?.(at) } as Partial<T>;
      const result = await manager.update(target, { slug: key, version: input.expectedVersion } as FindOptionsWhere<T>, next as never);
      if (result.affected !== 1) return refused(userError(UserErrorCode.CONFLICT, "The action changed while recording: reload and retry", "expectedVersion", row.version + 1));
      const update = await insertUpdate(manager, identity, key, row.version + 1, input, at);
      await audit(manager, identity, operation, input.actionId, before, { ...next, update: update.id }, at);
      return { row: Object.assign(row, next), update, errors: [] };
    }),
  );
}
