import { createHash } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { runWrite } from "../db/write-transaction";
import { userError, UserErrorCode, type UserError } from "./model";

/**
 * Idempotent writes. A client that sends a write and hears nothing back (its connection dropped, the
 * gateway timed out) cannot tell whether it was saved. With an idempotency key of its choosing in the
 * input, it can simply send the same write again: the first result is stored with the key, in the
 * write's own transaction, and a retry returns it (`replayed: true`) instead of writing twice. Only
 * writes that changed something are stored: a refused write changed nothing, so running it again is
 * already safe. Keys belong to the signed-in subject and are kept for KEY_LIFETIME_MS.
 */
export const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
const KEY_PATTERN = /^[A-Za-z0-9_.:-]{1,100}$/;

/** What a write stored under a key names: the record it wrote and the update, if any. */
export interface StoredResult {
  rowKey: string;
  updateId: string | null;
}

export interface IdempotentRequest {
  key: string | null | undefined;
  subject: string;
  operation: string;
  /** The write's input, without the key: a retry must send the same. */
  input: object;
}

/** A write's outcome as the idempotency layer needs it: what it wrote, or why it refused. */
export type Outcome<R> = { result: R; stored: StoredResult; errors: [] } | { result: R; stored: null; errors: UserError[] };

export function idempotencyKeyErrors(key: string | null | undefined, field = "idempotencyKey"): UserError[] {
  if (key === null || key === undefined || KEY_PATTERN.test(key)) return [];
  return [userError(UserErrorCode.INVALID_INPUT, "idempotencyKey must be 1 to 100 letters, digits, '-', '_', '.' or ':'", field)];
}

/** JSON with keys in a fixed order, so that the same input always has the same digest. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    // Absent, null and false (every boolean input defaults to false) mean the same; so do untrimmed texts (writes trim them).
    const entries = Object.entries(value as Record<string, unknown>).filter(([name, item]) => name !== "idempotencyKey" && item !== undefined && item !== null && item !== false);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, item]) => `${JSON.stringify(name)}:${canonical(item)}`)
      .join(",")}}`;
  }
  return JSON.stringify(typeof value === "string" ? value.trim() : value) ?? "null";
}

const digestOf = (operation: string, input: object): string =>
  createHash("sha256")
    .update(`${operation}\u0000${canonical(input)}`)
    .digest("hex");

interface KeyRow {
  operation: string;
  request_digest: string;
  result: string;
}

/** Another writer stored the same key first: PostgreSQL's unique_violation, or SQLite's primary key (replicas on one file). */
function isKeyTaken(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === "23505" || (code === "SQLITE_CONSTRAINT_PRIMARYKEY" && typeof message === "string" && message.includes("idempotency_key"));
}

/**
 * Runs a write once per key. `write` runs in the transaction when the key is new (or absent);
 * `replay` rebuilds the answer from what the first write stored. The key is claimed first, before
 * the write: on PostgreSQL a second replica given the same new key at once then waits on the claim
 * until the first commits, fails on the primary key, rolls back, and is run again, when it finds the
 * stored result. (Claiming at the end would let the second one's write run too: a sign-off step would
 * then find the update already moved and answer CONFLICT for the client's own write.) A refused write
 * gives its claim back, so nothing is stored for it.
 */
export async function idempotentWrite<R>(
  dataSource: DataSource,
  request: IdempotentRequest,
  write: (manager: EntityManager) => Promise<Outcome<R>>,
  replay: (manager: EntityManager, stored: StoredResult) => Promise<R>,
  reused: (error: UserError) => R,
): Promise<{ result: R; replayed: boolean }> {
  const attempt = () =>
    runWrite(dataSource, async (manager): Promise<{ result: R; replayed: boolean }> => {
      const { key, subject, operation } = request;
      if (key === null || key === undefined) return { result: (await write(manager)).result, replayed: false };
      const digest = digestOf(operation, request.input);
      const now = Date.now();
      const expired = new Date(now - KEY_LIFETIME_MS).toISOString();
      const rows = (await manager
        .createQueryBuilder()
        .from("idempotency_key", "k")
        .select(["k.operation AS operation", "k.request_digest AS request_digest", "k.result AS result"])
        .where("k.subject = :subject AND k.key = :key AND k.created_at >= :expired", { subject, key, expired })
        .getRawMany()) as KeyRow[];
      const found = rows[0];
      if (found) {
        if (found.operation !== operation || found.request_digest !== digest) {
          return {
            result: reused(
              userError(
                UserErrorCode.IDEMPOTENCY_KEY_REUSED,
                `The idempotency key "${key}" was used for another write (${found.operation === operation ? "with a different input" : found.operation}): use a new key for a new write`,
                "idempotencyKey",
              ),
            ),
            replayed: false,
          };
        }
        return { result: await replay(manager, JSON.parse(found.result) as StoredResult), replayed: true };
      }
      await manager.createQueryBuilder().delete().from("idempotency_key").where("created_at < :expired", { expired }).execute();
      // The claim: its result is filled in below, in this same transaction, so no one ever sees it empty.
      await manager
        .createQueryBuilder()
        .insert()
        .into("idempotency_key")
        .values({ subject, key, operation, request_digest: digest, result: "", created_at: new Date(now).toISOString() })
        .execute();
      const outcome = await write(manager);
      const claim = { subject, key };
      if (outcome.stored === null) await manager.createQueryBuilder().delete().from("idempotency_key").where("subject = :subject AND key = :key", claim).execute();
      else
        await manager
          .createQueryBuilder()
          .update("idempotency_key")
          .set({ result: JSON.stringify(outcome.stored) })
          .where("subject = :subject AND key = :key", claim)
          .execute();
      return { result: outcome.result, replayed: false };
    });
  try {
    return await attempt();
  } catch (error) {
    if (!isKeyTaken(error) || !request.key) throw error;
    return attempt();
  }
}
