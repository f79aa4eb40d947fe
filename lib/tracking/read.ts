import type { DataSource } from "typeorm";
import { Arg, ID } from "type-graphql";
import { badUserInput } from "../graphql/errors";
import { decodeGlobalId } from "../ids/global-id";
import { requireRole, requireSignedIn, Role, type Identity } from "../auth/identity";
import { connectionFrom, pageSize } from "../graphql/connection";
import { decodeCursor, encodeCursor, page } from "./connection";
import { AuditEntryConnection, AuditEntryEntity, PUBLIC_UPDATE_STATES, UpdateState, type ProgressUpdateConnection, type ProgressUpdateEntity } from "./model";

/** A page of a subgraph's audit log, newest first, optionally of one record (`entity`, a global id): for ADMINs only. */
export async function auditLogPage(identity: Identity | null, dataSource: DataSource, first: number | null, after: string | null, entity: string | null = null): Promise<AuditEntryConnection> {
  requireRole(identity, Role.ADMIN, "Reading the audit log");
  if (entity !== null && decodeGlobalId(entity) === null) throw badUserInput('entity must be the global id of a record (e.g. "JointAction:<key>")', { field: "entity" });
  const size = pageSize(first);
  const cursor = after ? decodeCursor(after) : null;
  // Paged in SQL, not cut from the whole log in memory: the log only grows, and a page must cost the same however long it is.
  const entries = () => {
    const query = dataSource.manager.createQueryBuilder(AuditEntryEntity, "e");
    return entity === null ? query : query.where("e.entityId = :entity", { entity });
  };
  const totalCount = await entries().getCount();
  const rows = await (cursor === null ? entries() : entries().andWhere("e.sequence < :cursor", { cursor }))
    .orderBy("e.sequence", "DESC")
    .limit(size + 1)
    .getMany();
  const hasPreviousPage = cursor !== null && (await entries().andWhere("e.sequence >= :cursor", { cursor }).getCount()) > 0;
  return connectionFrom(rows.slice(0, size), (entry) => encodeCursor(entry.sequence), totalCount, rows.length > size, hasPreviousPage);
}

/** The `entity` argument of every `auditLog` field, alike on interfaces and resolvers. */
export const entityArg = () =>
  Arg("entity", () => ID, { nullable: true, description: "Only entries of this record: the global id of an action or joint action (its writes and the sign-off steps on its updates). Not a global id: BAD_USER_INPUT." });

/** The `states` argument of every `updates` field, alike on interfaces and resolvers. */
export const statesArg = () => Arg("states", () => [UpdateState], { nullable: true, description: "Only updates in these states. Default: every state you may read (APPROVED only, unless signed in as partner staff)." });

/**
 * The states a caller may read: APPROVED for anyone; every state for signed-in partner staff. Asking
 * for a state one may not read is refused (UNAUTHENTICATED, or FORBIDDEN without a role), never
 * silently emptied.
 */
function readableStates(identity: Identity | null, asked: UpdateState[] | null | undefined): readonly UpdateState[] {
  const staff = identity !== null && identity.roles.length > 0;
  if (!asked) return staff ? Object.values(UpdateState) : PUBLIC_UPDATE_STATES;
  return requireReadableStates(identity, asked);
}

/** The states asked, when the caller may read updates in all of them; else refused (UNAUTHENTICATED or FORBIDDEN), as `updates` refuses them. */
export function requireReadableStates(identity: Identity | null, asked: readonly UpdateState[]): readonly UpdateState[] {
  if (asked.some((state) => !PUBLIC_UPDATE_STATES.includes(state))) requireSignedIn(identity);
  return asked;
}

/** An action's updates (its loader's list, newest first) that the caller may read, in the states asked, a page at a time. */
export function updatesPage(identity: Identity | null, updates: ProgressUpdateEntity[], states: UpdateState[] | null | undefined, first: number | null, after: string | null): ProgressUpdateConnection {
  const readable = new Set(readableStates(identity, states));
  return page(
    updates.filter((update) => readable.has(update.state)),
    (update) => update.seq,
    first,
    after,
  );
}

/** The latest APPROVED update: what an action's status rests on, public. */
export const latestApproved = (updates: ProgressUpdateEntity[]): ProgressUpdateEntity | null => updates.find((update) => update.state === UpdateState.APPROVED) ?? null;
