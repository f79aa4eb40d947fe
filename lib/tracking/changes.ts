import { In, MoreThan, type DataSource } from "typeorm";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { Identity } from "../auth/identity";
import { connectionFrom, connectionType, pageSize, type Connection } from "../graphql/connection";
import { badUserInput } from "../graphql/errors";
import { ChangeKind } from "../vocabulary/enums";
import { AuditEntryEntity } from "./model";

export { ChangeKind };

registerEnumType(ChangeKind, {
  name: "ChangeKind",
  description: "What kind of change a change-feed entry reports.",
  valuesConfig: {
    UPDATE_DRAFTED: { description: "A progress update was drafted on the action (staff only)." },
    UPDATE_SUBMITTED: { description: "A progress update on the action was submitted for approval (staff only)." },
    UPDATE_APPROVED: { description: "A progress update on the action was approved: its status, RAG or forecast may have changed." },
    UPDATE_RETURNED: { description: "A submitted progress update on the action was returned (staff only)." },
    JOINT_ACTION_CREATED: { description: "A joint action was created (staff only)." },
    JOINT_ACTION_UPDATED: { description: "A joint action's details were edited: title, description, owner, due date, milestones or links (staff only)." },
    JOINT_ACTION_WITHDRAWN: { description: "A joint action was withdrawn (staff only)." },
    DATA_LOADED: { description: "The data files were loaded and changed records: re-read what you show of this source (entityId is the council or the partnership)." },
  },
});

/** Kinds anyone may see of a council's feed: approved progress and data loads. The rest need signed-in partner staff. */
export const PUBLIC_COUNCIL_CHANGES: readonly ChangeKind[] = [ChangeKind.UPDATE_APPROVED, ChangeKind.DATA_LOADED];
/** Of the partnership's feed: data loads only (joint actions are internal). */
export const PUBLIC_PARTNERSHIP_CHANGES: readonly ChangeKind[] = [ChangeKind.DATA_LOADED];

@ObjectType("Change", { description: "One change in a source's change feed: what changed, how, and when." })
@Directive("@shareable")
export class ChangeEntry {
  @Field(() => ID, { description: "Global id of the record that changed (an action, a joint action, or for DATA_LOADED the council or partnership)." })
  entityId: string;

  @Field(() => ChangeKind, { description: "What kind of change." })
  kind: ChangeKind;

  @Field(() => String, { description: "When (ISO 8601, UTC)." })
  at: string;

  @Field(() => Int, { description: "Position in this source's feed (grows by one or more per change)." })
  sequence: number;
}

export const ChangeConnection = connectionType<ChangeEntry>("Change", () => ChangeEntry, "changes", "oldest first");
export type ChangeConnection = Connection<ChangeEntry>;

const CURSOR = /^chg:(\d{1,12})$/;
export const changeCursor = (sequence: number): string => Buffer.from(`chg:${sequence}`).toString("base64url");
function sequenceOf(cursor: string): number {
  const match = CURSOR.exec(Buffer.from(cursor, "base64url").toString());
  if (!match) throw badUserInput("after is not a cursor this feed gave", { field: "after" });
  return Number(match[1]);
}

/**
 * A page of a source's change feed after `since` (from the start when null), oldest first: one SQL
 * statement for the page and one for the count. Cursors are the feed's own sequence numbers, which
 * never change, so a change is on exactly one page whatever is written between requests. With no
 * change after `since`, endCursor is `since` itself: poll again with it.
 */
export async function changesPage(dataSource: DataSource, identity: Identity | null, since: string | null | undefined, first: number | null | undefined, publicKinds: readonly ChangeKind[]): Promise<ChangeConnection> {
  const after = since ? sequenceOf(since) : 0;
  const size = pageSize(first);
  const signedIn = identity !== null && identity.roles.length > 0;
  const where = { sequence: MoreThan(after), changeKind: In(signedIn ? Object.values(ChangeKind) : [...publicKinds]) };
  const [rows, totalCount] = await Promise.all([dataSource.manager.find(AuditEntryEntity, { where, order: { sequence: "ASC" }, take: size + 1 }), dataSource.manager.count(AuditEntryEntity, { where })]);
  const entries = rows.slice(0, size).map((row) => Object.assign(new ChangeEntry(), { entityId: row.entityId, kind: row.changeKind as ChangeKind, at: row.at, sequence: row.sequence }));
  const connection = connectionFrom(entries, (entry) => changeCursor(entry.sequence), totalCount, rows.length > size, after > 0);
  if (connection.pageInfo.endCursor === null && since) connection.pageInfo.endCursor = since;
  return connection;
}
