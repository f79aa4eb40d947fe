import { randomUUID } from "node:crypto";
import { IsNull, type DataSource, type EntityManager } from "typeorm";
import type { Identity } from "../auth/identity";
import { containsNul } from "../graphql/text";
import { globalId, keyOf } from "../ids/global-id";
import { ActionStatus, ChangeKind } from "../vocabulary/enums";
import { idempotentWrite, type Outcome, type StoredResult } from "./idempotency";
import { JointActionEntity, JointActionLinkRow, JointActionPayload, MilestoneEntity, type MilestoneInput } from "./joint-action-model";
import { userError, UserErrorCode, type RecordProgressInput, type SignOffInput, type UserError } from "./model";
import { draftProgress, signOff, type SignOffStep, type TrackedActions, type Written } from "./sign-off";
import { validDate } from "./validate";
import { audit } from "./write";

/**
 * The writes to joint actions: creating, editing and withdrawing one, and its progress updates and
 * their sign-off (the same as a council action's: ./sign-off.ts). Each is one queued transaction
 * through idempotentWrite, with an audit entry and a change-feed entry; a refusal changes nothing. The
 * shared subgraph's resolvers check the input against what only they know (the initiative, the
 * council actions) and call these.
 */

export const refused = (...errors: UserError[]): JointActionPayload => Object.assign(new JointActionPayload(), { jointAction: null, update: null, errors, replayed: false });
export const MAX_TITLE = 200;

export function textErrors(field: string, value: string | null | undefined, max: number, required: boolean): UserError[] {
  const text = value?.trim() ?? "";
  if (required && text.length === 0) return [userError(UserErrorCode.INVALID_INPUT, `${field} is required`, field)];
  if (text.length > max) return [userError(UserErrorCode.INVALID_INPUT, `${field} is longer than ${max} characters`, field)];
  if (containsNul(text)) return [userError(UserErrorCode.INVALID_INPUT, `${field} contains a NUL character`, field)];
  return [];
}

/** Refusals for a joint action's milestones: at most 20, each titled, with a real due date if any. */
export function milestoneErrors(milestones: MilestoneInput[]): UserError[] {
  const errors: UserError[] = [];
  if (milestones.length > 20) errors.push(userError(UserErrorCode.INVALID_INPUT, "at most 20 milestones", "milestones"));
  milestones.forEach((milestone, index) => {
    errors.push(...textErrors(`milestones[${index}].title`, milestone.title, MAX_TITLE, true));
    if (typeof milestone.dueDate === "string" && !validDate(milestone.dueDate)) errors.push(userError(UserErrorCode.INVALID_INPUT, "dueDate must be a date (YYYY-MM-DD) from 2000 to 2100", `milestones[${index}].dueDate`));
  });
  return errors;
}

const jointPayload = (written: Written<JointActionEntity>): JointActionPayload => Object.assign(new JointActionPayload(), { jointAction: written.row, update: written.update, errors: written.errors, replayed: written.replayed ?? false });
const trackedJointActions = (dataSource: DataSource): TrackedActions<JointActionEntity> => ({
  dataSource,
  target: JointActionEntity,
  idOf: (key) => globalId(JointActionEntity.typeName, key),
  refuse: (action) => (action.withdrawnAt ? userError(UserErrorCode.WITHDRAWN, `The joint action was withdrawn on ${action.withdrawnAt.slice(0, 10)}: it takes no more edits or progress updates`, "actionId") : null),
  standing: { withdrawnAt: IsNull() },
});

/** A create or edit's answer again, for a retry with its idempotency key: the joint action as it is now. */
async function replayedJointAction(manager: EntityManager, stored: StoredResult): Promise<JointActionPayload> {
  const action = await manager.findOne(JointActionEntity, { where: { slug: stored.rowKey } });
  if (!action) throw new Error(`an idempotency key names joint action ${stored.rowKey}, which no longer exists`);
  return Object.assign(new JointActionPayload(), { jointAction: action, update: null, errors: [], replayed: true });
}

/** A new joint action, its input already checked (see the createJointAction resolver). */
export interface NewJointAction {
  title: string;
  description?: string | null;
  owner: string;
  dueDate?: string | null;
  milestones: MilestoneInput[];
  /** Global ids of the council actions it advances, without repeats. */
  advances: string[];
  idempotencyKey?: string | null;
}

/** Creates a joint action of the initiative, with its milestones and links, once per idempotency key. `input` is what the key's digest reads. */
export async function createJointAction(dataSource: DataSource, identity: Identity, initiativeSlug: string, action: NewJointAction, input: object): Promise<JointActionPayload> {
  const { milestones, advances } = action;
  const created = await idempotentWrite(
    dataSource,
    { key: action.idempotencyKey, subject: identity.subject, operation: "createJointAction", input },
    async (manager) => {
      const at = new Date().toISOString();
      const row = Object.assign(new JointActionEntity(), {
        slug: randomUUID(),
        initiativeSlug,
        title: action.title.trim(),
        description: action.description?.trim() || null,
        owner: action.owner.trim(),
        dueDate: action.dueDate ?? null,
        status: ActionStatus.NOT_REPORTED,
        rag: null,
        forecastStatus: null,
        version: 0,
        createdAt: at,
        createdBySubject: identity.subject,
        createdByName: identity.name,
        revision: 0,
        withdrawnAt: null,
        withdrawnBySubject: null,
        withdrawnByName: null,
        withdrawalReason: null,
      });
      await manager.insert(JointActionEntity, row);
      if (milestones.length > 0) {
        await manager.insert(
          MilestoneEntity,
          milestones.map((milestone, position) => ({ slug: `${row.slug}.${position + 1}`, jointActionSlug: row.slug, position, title: milestone.title.trim(), dueDate: milestone.dueDate ?? null })),
        );
      }
      if (advances.length > 0)
        await manager.insert(
          JointActionLinkRow,
          advances.map((councilActionId, position) => ({ jointActionSlug: row.slug, councilActionId, position })),
        );
      // The record as stored: the action, its milestones and its links.
      const stored = {
        ...row,
        milestones: milestones.map((milestone) => ({ title: milestone.title.trim(), dueDate: milestone.dueDate ?? null })),
        advances,
      };
      await audit(manager, identity, "createJointAction", row.id, null, stored, at, ChangeKind.JOINT_ACTION_CREATED);
      return { result: Object.assign(new JointActionPayload(), { jointAction: row, update: null, errors: [], replayed: false }), stored: { rowKey: row.slug, updateId: null }, errors: [] };
    },
    replayedJointAction,
    (error) => refused(error),
  );
  return Object.assign(created.result, { replayed: created.replayed });
}

/** Drafts a progress update on a joint action (the same rules as a council action's). */
export async function recordJointActionProgress(dataSource: DataSource, identity: Identity, input: RecordProgressInput): Promise<JointActionPayload> {
  const key = keyOf(input.actionId, JointActionEntity.typeName);
  if (key === null) return refused(userError(UserErrorCode.NOT_FOUND, `"${input.actionId.slice(0, 200)}" is not the id of a joint action`, "actionId"));
  return jointPayload(await draftProgress(trackedJointActions(dataSource), key, input, identity, "recordJointActionProgress"));
}

/** Submits, approves or returns a progress update on a joint action. */
export async function signOffJointProgress(dataSource: DataSource, identity: Identity, step: SignOffStep, input: SignOffInput, operation: string): Promise<JointActionPayload> {
  return jointPayload(await signOff(trackedJointActions(dataSource), step, input, identity, operation));
}

/** What an edit or withdrawal names: the action, the revision it is based on, and an optional idempotency key. */
export interface JointActionEdit {
  jointActionId: string;
  expectedRevision: number;
  idempotencyKey?: string | null;
}

/** The refusal of any write to a withdrawn joint action. */
const withdrawnError = (action: JointActionEntity): UserError =>
  userError(UserErrorCode.WITHDRAWN, `The joint action was withdrawn on ${(action.withdrawnAt ?? "").slice(0, 10)}: it takes no more edits or progress updates`, "jointActionId");

/** The joint action as the audit log records it: its details, milestones and links. */
async function recordOf(manager: EntityManager, action: JointActionEntity): Promise<object> {
  const milestones = await manager.find(MilestoneEntity, { where: { jointActionSlug: action.slug }, order: { position: "ASC" } });
  const links = await manager.find(JointActionLinkRow, { where: { jointActionSlug: action.slug }, order: { position: "ASC" } });
  return { ...action, milestones: milestones.map((milestone) => ({ title: milestone.title, dueDate: milestone.dueDate })), advances: links.map((link) => link.councilActionId) };
}

export const revisionErrors = (revision: number): UserError[] => (Number.isInteger(revision) && revision >= 0 ? [] : [userError(UserErrorCode.INVALID_INPUT, "expectedRevision must be 0 or more", "expectedRevision")]);

/** The fields an input clears (given as null): part of what a retry must repeat, since the idempotency digest reads null as absent. */
const clearedIn = (input: object): string[] =>
  Object.entries(input)
    .filter(([, value]) => value === null)
    .map(([name]) => name)
    .sort();

const conflict = (action: JointActionEntity, expected: number): UserError =>
  userError(UserErrorCode.CONFLICT, `The joint action is at revision ${action.revision}, not ${expected}: someone changed it since you loaded it`, "expectedRevision", action.revision);

/**
 * Runs an edit or withdrawal of one joint action once per idempotency key, in one transaction: `change`
 * gives the new details (and replaces milestones or links itself). Each names the revision of the
 * action's details it was based on (expectedRevision); a stale one is refused with CONFLICT. A withdrawn
 * action takes no more edits (nor progress: see trackedJointActions' `refuse`).
 */
async function editJointAction(
  dataSource: DataSource,
  identity: Identity,
  operation: string,
  input: JointActionEdit,
  change: (manager: EntityManager, action: JointActionEntity, at: string) => Promise<Partial<JointActionEntity>>,
  kind: ChangeKind,
): Promise<JointActionPayload> {
  const key = keyOf(input.jointActionId, JointActionEntity.typeName);
  if (key === null) return refused(userError(UserErrorCode.NOT_FOUND, `"${input.jointActionId.slice(0, 200)}" is not the id of a joint action`, "jointActionId"));
  const written = await idempotentWrite(
    dataSource,
    { key: input.idempotencyKey, subject: identity.subject, operation, input: { ...input, cleared: clearedIn(input) } },
    async (manager): Promise<Outcome<JointActionPayload>> => {
      const no = (error: UserError): Outcome<JointActionPayload> => ({ result: refused(error), stored: null, errors: [error] });
      const action = await manager.findOne(JointActionEntity, { where: { slug: key } });
      if (!action) return no(userError(UserErrorCode.NOT_FOUND, `There is no joint action ${input.jointActionId.slice(0, 200)}`, "jointActionId"));
      if (action.withdrawnAt) return no(withdrawnError(action));
      if (action.revision !== input.expectedRevision) return no(conflict(action, input.expectedRevision));
      const at = new Date().toISOString();
      // The revision moves first, on the condition that it is still the one read: another replica that
      // changed the action in between (PostgreSQL) makes this a CONFLICT before anything else is written.
      const moved = await manager.update(JointActionEntity, { slug: key, revision: action.revision }, { revision: action.revision + 1 });
      if (moved.affected !== 1) {
        const now = await manager.findOne(JointActionEntity, { where: { slug: key } });
        return no(now?.withdrawnAt ? withdrawnError(now) : conflict(now ?? action, input.expectedRevision));
      }
      // The record before is read with the row held (after the move), not before it: on PostgreSQL an
      // approval another replica committed in between is then part of "before", not of this write's change.
      const held = await manager.findOneOrFail(JointActionEntity, { where: { slug: key } });
      const before = await recordOf(manager, Object.assign(held, { revision: action.revision }));
      const changes = await change(manager, action, at);
      if (Object.keys(changes).length > 0) await manager.update(JointActionEntity, { slug: key }, changes);
      // Read again, not patched in memory: an approval another replica committed while this write waited
      // on the row (PostgreSQL) moved its status and version, and the audit entry and answer must show them.
      const now = await manager.findOneOrFail(JointActionEntity, { where: { slug: key } });
      await audit(manager, identity, operation, globalId(JointActionEntity.typeName, key), before, await recordOf(manager, now), at, kind);
      return { result: Object.assign(new JointActionPayload(), { jointAction: now, update: null, errors: [], replayed: false }), stored: { rowKey: key, updateId: null }, errors: [] };
    },
    replayedJointAction,
    (error) => refused(error),
  );
  return Object.assign(written.result, { replayed: written.replayed });
}

/** Changes to a joint action's details: a field left out (undefined) stays as it is; the input is already checked. */
export interface JointActionDetailsEdit extends JointActionEdit {
  title?: string | null;
  description?: string | null;
  owner?: string | null;
  dueDate?: string | null;
  /** Replaces the milestones when given (null: none). */
  milestones?: MilestoneInput[] | null;
  /** Replaces the links to council actions when given (null: none). */
  advances?: string[] | null;
}

/** Edits a joint action's details (see editJointAction). */
export function updateJointActionDetails(dataSource: DataSource, identity: Identity, input: JointActionDetailsEdit): Promise<JointActionPayload> {
  return editJointAction(
    dataSource,
    identity,
    "updateJointAction",
    input,
    async (manager, action) => {
      const changes: Partial<JointActionEntity> = {};
      if (input.title !== undefined && input.title !== null) changes.title = input.title.trim();
      if (input.owner !== undefined && input.owner !== null) changes.owner = input.owner.trim();
      if (input.description !== undefined) changes.description = input.description?.trim() || null;
      if (input.dueDate !== undefined) changes.dueDate = input.dueDate ?? null;
      if (input.milestones !== undefined) {
        await manager.delete(MilestoneEntity, { jointActionSlug: action.slug });
        const milestones = input.milestones ?? [];
        if (milestones.length > 0) {
          await manager.insert(
            MilestoneEntity,
            milestones.map((milestone, position) => ({ slug: `${action.slug}.${position + 1}`, jointActionSlug: action.slug, position, title: milestone.title.trim(), dueDate: milestone.dueDate ?? null })),
          );
        }
      }
      if (input.advances !== undefined) {
        await manager.delete(JointActionLinkRow, { jointActionSlug: action.slug });
        const advances = [...new Set(input.advances ?? [])];
        if (advances.length > 0)
          await manager.insert(
            JointActionLinkRow,
            advances.map((councilActionId, position) => ({ jointActionSlug: action.slug, councilActionId, position })),
          );
      }
      return changes;
    },
    ChangeKind.JOINT_ACTION_UPDATED,
  );
}

/** Withdraws a joint action, with its (checked) reason (see editJointAction). */
export function withdrawJointAction(dataSource: DataSource, identity: Identity, input: JointActionEdit & { reason: string }): Promise<JointActionPayload> {
  return editJointAction(
    dataSource,
    identity,
    "withdrawJointAction",
    input,
    async (_manager, _action, at) => ({
      withdrawnAt: at,
      withdrawnBySubject: identity.subject,
      withdrawnByName: identity.name,
      withdrawalReason: input.reason.trim(),
    }),
    ChangeKind.JOINT_ACTION_WITHDRAWN,
  );
}
