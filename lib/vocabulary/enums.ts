import { enumOf } from "../graphql/enum-of";
import {
  BOARD_KINDS,
  INDICATOR_KINDS,
  INDICATOR_UNITS,
  JOINT_INITIATIVE_KINDS,
  JOINT_INITIATIVE_STATUSES,
  PERIOD_KINDS,
  PLAN_KINDS,
  POLARITIES,
  REPORT_SECTION_KINDS,
  SPEAKERS,
  STATEMENT_KINDS,
  VALUE_STATUSES,
  VOICE_KINDS,
} from "../data/schemas";

/**
 * The graph's enums as plain value objects, with no decorators: any code (council and shared
 * subgraphs, tracking, scripts) may import them without loading a subgraph's classes. Where the data
 * files carry a value, its list is the data schema's (lib/data/schemas.ts), so the two cannot drift.
 * The GraphQL registrations, with their descriptions, are in lib/graphql/enums.ts.
 */

/** Tracked by staff, never in the data files: every action starts NOT_REPORTED. */
export const ActionStatus = enumOf(["NOT_REPORTED", "NOT_STARTED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "COMPLETE"] as const);
export type ActionStatus = keyof typeof ActionStatus;

export const PlanKind = enumOf(PLAN_KINDS);
export type PlanKind = keyof typeof PlanKind;

export const BoardKind = enumOf(BOARD_KINDS);
export type BoardKind = keyof typeof BoardKind;

// Statement kinds became data: the enum names those it had before, and OTHER for any other.
const ENUM_STATEMENT_KINDS = [...STATEMENT_KINDS, "OUTCOME", "SUCCESS_MEASURE"] as const;
export const StatementKind = enumOf([...ENUM_STATEMENT_KINDS, "OTHER"] as const);
export type StatementKind = keyof typeof StatementKind;
/** Whether a statement-kind code is one the enum lists by name (kinds became data: others read as OTHER). */
export const isStatementKind = (code: string): code is (typeof ENUM_STATEMENT_KINDS)[number] => (ENUM_STATEMENT_KINDS as readonly string[]).includes(code);

export const VoiceKind = enumOf(VOICE_KINDS);
export type VoiceKind = keyof typeof VoiceKind;

export const Speaker = enumOf(SPEAKERS);
export type Speaker = keyof typeof Speaker;

export const ValueStatus = enumOf(VALUE_STATUSES);
export type ValueStatus = keyof typeof ValueStatus;

export const ReportSectionKind = enumOf(REPORT_SECTION_KINDS);
export type ReportSectionKind = keyof typeof ReportSectionKind;

export const JointInitiativeKind = enumOf(JOINT_INITIATIVE_KINDS);
export type JointInitiativeKind = keyof typeof JointInitiativeKind;

export const JointInitiativeStatus = enumOf(JOINT_INITIATIVE_STATUSES);
export type JointInitiativeStatus = keyof typeof JointInitiativeStatus;

export const IndicatorKind = enumOf(INDICATOR_KINDS);
export type IndicatorKind = keyof typeof IndicatorKind;

export const IndicatorUnit = enumOf(INDICATOR_UNITS);
export type IndicatorUnit = keyof typeof IndicatorUnit;

export const Polarity = enumOf(POLARITIES);
export type Polarity = keyof typeof Polarity;

export const PeriodKind = enumOf(PERIOD_KINDS);
export type PeriodKind = keyof typeof PeriodKind;

/** One description for the Indicator type in every subgraph that declares it. */
export const INDICATOR_DESCRIPTION = "An indicator of the national catalogue (owned by the shared subgraph): what it measures, its unit and polarity, and the published dataset that carries it. Unknown properties are null, never guessed.";

/** Red, amber, green rating of an action's progress (BLUE: complete). */
export const Rag = enumOf(["RED", "AMBER", "GREEN", "BLUE"] as const);
export type Rag = keyof typeof Rag;

/** Where a progress update is in sign-off. */
export const UpdateState = enumOf(["DRAFT", "SUBMITTED", "APPROVED", "RETURNED"] as const);
export type UpdateState = keyof typeof UpdateState;

/** Why a write was refused. */
export const UserErrorCode = enumOf(["NOT_FOUND", "INVALID_INPUT", "INVALID_TRANSITION", "CONFLICT", "IDEMPOTENCY_KEY_REUSED", "WITHDRAWN"] as const);
export type UserErrorCode = keyof typeof UserErrorCode;

/** What kind of change a change-feed entry reports. */
export const ChangeKind = enumOf(["UPDATE_DRAFTED", "UPDATE_SUBMITTED", "UPDATE_APPROVED", "UPDATE_RETURNED", "JOINT_ACTION_CREATED", "JOINT_ACTION_UPDATED", "JOINT_ACTION_WITHDRAWN", "DATA_LOADED"] as const);
export type ChangeKind = keyof typeof ChangeKind;

/**
 * What a signed-in person may do (a token's roles; not a GraphQL type). VIEWER reads tracking data;
 * COUNCIL_EDITOR drafts and submits updates on their own council's actions; PARTNERSHIP_EDITOR creates
 * joint actions and drafts and submits updates on them; COUNCIL_APPROVER and PARTNERSHIP_APPROVER
 * approve or return submitted updates (never their own); ADMIN reads the audit log.
 */
export const Role = enumOf(["VIEWER", "COUNCIL_EDITOR", "PARTNERSHIP_EDITOR", "COUNCIL_APPROVER", "PARTNERSHIP_APPROVER", "ADMIN"] as const);
export type Role = keyof typeof Role;
