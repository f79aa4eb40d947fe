/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Narrows a list of actions. All given conditions must hold. */
export type ActionFilter = {
  /** Only actions of the plans this board oversees: its global id or key. Another council's board, or a key this council has no board by, matches nothing; an id of another type is BAD_USER_INPUT. */
  board?: string | null | undefined;
  /** Only actions with no APPROVED progress update recorded on or after this date (YYYY-MM-DD, UTC), or none ever: e.g. the first day of the quarter for "no update this quarter". Not a date: BAD_USER_INPUT. */
  notUpdatedSince?: string | null | undefined;
  /** Only actions of this plan: its global id (e.g. "CumberlandPlan:children-and-family-wellbeing-plan") or key. Another council's plan, or a key this council has no plan by, matches nothing; an id of another type is BAD_USER_INPUT. */
  plan?: string | null | undefined;
  /** Only actions with this status. */
  status?: ActionStatus | null | undefined;
  /** Case-insensitive text that the action's title or description must contain (at most 200 characters). */
  text?: string | null | undefined;
  /**
   * Only actions tagged with this theme of the shared vocabulary. Not with themeCode.
   * @deprecated Use themeCode: themes are data, and councils add their own.
   */
  theme?: ThemeCode | null | undefined;
  /** Only actions tagged with this theme: a code of Query.themes (the shared vocabulary or a council's own). A code no vocabulary has is BAD_USER_INPUT naming the known codes; another council's theme matches nothing here. */
  themeCode?: string | null | undefined;
  /** Only actions with at least one progress update in one of these states (e.g. [SUBMITTED]: the approval inbox). States other than APPROVED need signed-in partner staff, as in Action.updates: asked without, refused (UNAUTHENTICATED or FORBIDDEN), never silently emptied. An empty list sets no condition. */
  updateStates?: Array<UpdateState> | null | undefined;
};

/** Progress status of an action. The documents report none: every action is NOT_REPORTED until someone records a status. */
export type ActionStatus =
  /** Recorded as at risk: issues that may stop it being delivered on time. */
  | 'AT_RISK'
  /** Recorded as complete. */
  | 'COMPLETE'
  /** No status has been recorded for this action yet. */
  | 'NOT_REPORTED'
  /** Recorded as not started. */
  | 'NOT_STARTED'
  /** Recorded as off track: significant problems. */
  | 'OFF_TRACK'
  /** Recorded as on track. */
  | 'ON_TRACK';

/** The kind of board, committee or partnership. */
export type BoardKind =
  /** A council or forum of children and young people, such as a children in care council. */
  | 'CHILDREN_AND_YOUNG_PEOPLES_FORUM'
  /** The board through which the council and partners act as corporate parent. */
  | 'CORPORATE_PARENTING_BOARD'
  /** A board overseeing an improvement programme. */
  | 'IMPROVEMENT_BOARD'
  /** Any other governance group. */
  | 'OTHER'
  /** A board of the council and its partner agencies. */
  | 'PARTNERSHIP_BOARD'
  /** An officers' programme board that monitors delivery. */
  | 'PROGRAMME_BOARD'
  /** A statutory safeguarding children partnership. */
  | 'SAFEGUARDING_PARTNERSHIP'
  /** An elected members' overview and scrutiny committee. */
  | 'SCRUTINY_COMMITTEE';

/** What kind of change a change-feed entry reports. */
export type ChangeKind =
  /** The data files were loaded and changed records: re-read what you show of this source (entityId is the council or the partnership). */
  | 'DATA_LOADED'
  /** A joint action was created (staff only). */
  | 'JOINT_ACTION_CREATED'
  /** A joint action's details were edited: title, description, owner, due date, milestones or links (staff only). */
  | 'JOINT_ACTION_UPDATED'
  /** A joint action was withdrawn (staff only). */
  | 'JOINT_ACTION_WITHDRAWN'
  /** A progress update on the action was approved: its status, RAG or forecast may have changed. */
  | 'UPDATE_APPROVED'
  /** A progress update was drafted on the action (staff only). */
  | 'UPDATE_DRAFTED'
  /** A submitted progress update on the action was returned (staff only). */
  | 'UPDATE_RETURNED'
  /** A progress update on the action was submitted for approval (staff only). */
  | 'UPDATE_SUBMITTED';

/** A new action of a joint initiative. */
export type CreateJointActionInput = {
  /** Global ids of the council actions it advances, at most 50. */
  advances?: Array<string> | null | undefined;
  /** Description: at most 2000 characters. */
  description?: string | null | undefined;
  /** Due date: an ISO 8601 date (YYYY-MM-DD) from 2000 to 2100. */
  dueDate?: string | null | undefined;
  /** Optional key of your choosing for this write (1 to 100 letters, digits, '-', '_', '.' or ':'), e.g. a UUID made when the person pressed Save. Send the same write again with the same key (say, after a timeout) and you get the first write's result back, with replayed: true, instead of a second write; the same key with a different input is refused with IDEMPOTENCY_KEY_REUSED. Keys are yours alone and kept 24 hours. */
  idempotencyKey?: string | null | undefined;
  /** The joint initiative, by global id or key (e.g. "regional-adoption-agency"). */
  initiativeId: string;
  /** Milestones, at most 20. */
  milestones?: Array<MilestoneInput> | null | undefined;
  /** Who leads it (a role or named lead): 1 to 200 characters. */
  owner: string;
  /** Title: 1 to 200 characters. */
  title: string;
};

/** The kind of area a statistics row is for. */
export type GeographyLevel =
  /** Several local authorities published together (e.g. "E06000063 / E06000064"). */
  | 'COMBINED_LOCAL_AUTHORITIES'
  /** A local authority, past or present. */
  | 'LOCAL_AUTHORITY'
  /** A country (England). */
  | 'NATIONAL'
  /** A region of England (e.g. North West). */
  | 'REGIONAL';

/** Where an indicator comes from. */
export type IndicatorKind =
  /** A local figure a council's documents give (e.g. the Children's Services Analysis Tool, local context). */
  | 'LOCAL'
  /** A statutory or national measure, published in national statistics. */
  | 'NATIONAL';

/** The unit an indicator's values are in. */
export type IndicatorUnit =
  /** A number of people or things. */
  | 'COUNT'
  /** Days. */
  | 'DAYS'
  /** People per square kilometre. */
  | 'PEOPLE_PER_SQUARE_KM'
  /** Per cent (62 means 62%). */
  | 'PERCENT'
  /** Rate per 100 pupils. */
  | 'RATE_PER_100_PUPILS'
  /** Rate per 10,000 of the relevant population. */
  | 'RATE_PER_10000'
  /** Square kilometres. */
  | 'SQUARE_KM';

/** Narrows a list of joint actions. All given conditions must hold. */
export type JointActionFilter = {
  /** Include withdrawn joint actions (default: they are left out). */
  includeWithdrawn?: boolean | null | undefined;
  /** Only joint actions with no APPROVED progress update recorded on or after this date (YYYY-MM-DD, UTC), or none ever. Not a date: BAD_USER_INPUT. */
  notUpdatedSince?: string | null | undefined;
  /** Only joint actions with this status. */
  status?: ActionStatus | null | undefined;
  /** Only joint actions with at least one progress update in one of these states (e.g. [SUBMITTED]: the approval inbox). An empty list sets no condition. */
  updateStates?: Array<UpdateState> | null | undefined;
};

/** What kind of joint work it is. */
export type JointInitiativeKind =
  /** A service one council hosts for its partners. */
  | 'HOSTED_SERVICE'
  /** The arrangement under which one council hosts services for its partners. */
  | 'HOSTED_SERVICES_ARRANGEMENT'
  /** A Regional Adoption Agency (RAA): adoption services of several councils combined. */
  | 'REGIONAL_ADOPTION_AGENCY'
  /** A regional programme with councils beyond the partners' own areas. */
  | 'REGIONAL_PROGRAMME'
  /** A statutory safeguarding children partnership. */
  | 'SAFEGUARDING_PARTNERSHIP';

/** Where the joint work stands, as its status source says. */
export type JointInitiativeStatus =
  /** No longer operating (replaced or closed). */
  | 'ENDED'
  /** Committed to and being developed; not yet operating. */
  | 'IN_DEVELOPMENT'
  /** Operating now. */
  | 'OPERATING';

/** A milestone of a joint action. */
export type MilestoneInput = {
  /** By when: an ISO 8601 date (YYYY-MM-DD) from 2000 to 2100. */
  dueDate?: string | null | undefined;
  /** What is to be reached: 1 to 200 characters. */
  title: string;
};

/** The reporting period of an indicator's values. */
export type PeriodKind =
  /** September to August. */
  | 'ACADEMIC_YEAR'
  /** Annual (as published; e.g. an average of December to February). */
  | 'ANNUAL'
  /** January to December. */
  | 'CALENDAR_YEAR'
  /** April to March. */
  | 'FINANCIAL_YEAR'
  /** A figure as at a date the source gives. */
  | 'POINT_IN_TIME'
  /** A three-year rolling period. */
  | 'ROLLING_3_YEARS'
  /** A snapshot at 31 March. */
  | 'SNAPSHOT_31_MARCH';

/** Whether the document presents itself as a plan or a strategy. */
export type PlanKind =
  /** A plan (for example a Children and Young People's Plan). */
  | 'PLAN'
  /** A strategy. */
  | 'STRATEGY';

/** Which direction is better, as published for the indicator. */
export type Polarity =
  /** Neither direction is better in itself; read in context. */
  | 'CONTEXTUAL'
  /** Higher values are better. */
  | 'HIGHER_IS_BETTER'
  /** Lower values are better. */
  | 'LOWER_IS_BETTER';

/** Where a council's value sits among all local authorities with a value, by the indicator's polarity (as LAIT bands it). */
export type QuartileBand =
  /** The best quarter. */
  | 'A'
  /** The second quarter. */
  | 'B'
  /** The third quarter. */
  | 'C'
  /** The worst quarter. */
  | 'D';

/** Red, amber, green rating of an action's progress (BLUE: complete). */
export type Rag =
  /** Issues or risks. */
  | 'AMBER'
  /** Complete. */
  | 'BLUE'
  /** On track. */
  | 'GREEN'
  /** Significant problems. */
  | 'RED';

/** A progress update to draft on an action (and, with submit, to submit for approval at once). */
export type RecordProgressInput = {
  /** Global id of the action. */
  actionId: string;
  /** Evidence link (optional): the address of the document or page that shows the progress, such as a board paper or a report. An absolute http or https URL of at most 2000 characters, with no spaces, control characters or credentials (user:password@); surrounding spaces are trimmed and an empty one means none. Otherwise refused with INVALID_INPUT on evidenceUrl. */
  evidenceUrl?: string | null | undefined;
  /** The action's version the update is based on (0 when none has been approved); a stale one is refused with CONFLICT, here and again at approval. */
  expectedVersion: number;
  /** Why the rating is RED, at most 2000 characters: a RED update cannot be approved without one (the approver may give it instead). */
  explanation?: string | null | undefined;
  /** Forecast: where the action will be by its due date (not NOT_REPORTED). */
  forecastStatus?: ActionStatus | null | undefined;
  /** Optional key of your choosing for this write (1 to 100 letters, digits, '-', '_', '.' or ':'), e.g. a UUID made when the person pressed Save. Send the same write again with the same key (say, after a timeout) and you get the first write's result back, with replayed: true, instead of a second write; the same key with a different input is refused with IDEMPOTENCY_KEY_REUSED. Keys are yours alone and kept 24 hours. */
  idempotencyKey?: string | null | undefined;
  /** What has happened: 1 to 2000 characters. */
  note: string;
  /** RAG rating; BLUE only with COMPLETE, and COMPLETE only with BLUE or none. */
  rag?: Rag | null | undefined;
  /** Required when reopening a COMPLETE action. */
  reopenReason?: string | null | undefined;
  /** The status now (not NOT_REPORTED). */
  status: ActionStatus;
  /** Submit for approval at once (default: keep as a DRAFT). */
  submit?: boolean | null | undefined;
};

/** The part of a committee report a section is. */
export type ReportSectionKind =
  /** Alternative options considered. */
  | 'ALTERNATIVE_OPTIONS'
  /** Background documents. */
  | 'BACKGROUND_DOCUMENTS'
  /** Climate and biodiversity implications. */
  | 'CLIMATE'
  /** Consultation outcomes. */
  | 'CONSULTATION'
  /** Link to the council plan's priorities. */
  | 'COUNCIL_PLAN_LINK'
  /** Financial implications. */
  | 'FINANCIAL'
  /** Human resources implications. */
  | 'HUMAN_RESOURCES'
  /** Legal and governance implications. */
  | 'LEGAL_AND_GOVERNANCE'
  /** Rationale and evidence for the recommendations. */
  | 'RATIONALE'
  /** Reasons for the recommendations. */
  | 'REASONS'
  /** Recommendations to the committee. */
  | 'RECOMMENDATIONS'
  /** Executive summary. */
  | 'SUMMARY';

/** A sign-off step on a progress update: which update, at which revision, and a comment. */
export type SignOffInput = {
  /** Approving: the explanatory comment a RED update needs when it has none. Returning: the reason (required). At most 2000 characters. */
  comment?: string | null | undefined;
  /** The update's revision the step is based on; a stale one is refused with CONFLICT. */
  expectedRevision: number;
  /** Optional key of your choosing for this write (1 to 100 letters, digits, '-', '_', '.' or ':'), e.g. a UUID made when the person pressed Save. Send the same write again with the same key (say, after a timeout) and you get the first write's result back, with replayed: true, instead of a second write; the same key with a different input is refused with IDEMPOTENCY_KEY_REUSED. Keys are yours alone and kept 24 hours. */
  idempotencyKey?: string | null | undefined;
  /** The update's id. */
  updateId: string;
};

/** Whose voice it is: a group or role, never an identifiable person. */
export type Speaker =
  /** The Care Experienced Ambassador. */
  | 'CARE_EXPERIENCED_AMBASSADOR'
  /** Children and young people, collectively (surveys and direct work). */
  | 'CHILDREN_AND_YOUNG_PEOPLE'
  /** Foster carers, unnamed (the graph never holds carers' names or places). */
  | 'FOSTER_CARERS'
  /** A parent, unnamed. */
  | 'PARENT'
  /** The Promise Ambassadors (members of the children in care council). */
  | 'PROMISE_AMBASSADOR'
  /** A young person, unnamed. */
  | 'YOUNG_PERSON';

/** What a sourced statement of a plan is. Statement kinds are data (the statement-kinds vocabulary, which a council can extend): this enum names the kinds it had before, and OTHER for any other; `Statement.kindCode` names every kind. */
export type StatementKind =
  /** Work already done (e.g. Cumberland's "Our journey so far"). */
  | 'ACHIEVEMENT'
  /** One of the corporate parenting principles of the Children and Social Work Act 2017, as the document prints them. */
  | 'CORPORATE_PARENTING_PRINCIPLE'
  /** A kind this enum does not list (e.g. ASPIRATION, PLEDGE): `Statement.kindCode` and `kindName` say which. */
  | 'OTHER'
  /** An outcome the plan measures success by. */
  | 'OUTCOME'
  /** A stated policy or commitment outside the priorities (e.g. on kinship care, or how often the plan is revised); `title` holds the heading it is under, where there is one. */
  | 'POLICY'
  /** A guiding principle or approach; `title` holds its name where the document gives one. */
  | 'PRINCIPLE'
  /** A commitment of a promise the plan makes (e.g. the Cared for Children strategy's "Our Promise"). */
  | 'PROMISE'
  /** How the plan says success on a priority will be known. */
  | 'SUCCESS_MEASURE'
  /** Part of what a service offers (e.g. the support package for foster carers). */
  | 'SUPPORT_OFFER'
  /** An item of a transformation programme. */
  | 'TRANSFORMATION'
  /** The plan's vision or ambition. */
  | 'VISION';

/** A theme of the shared vocabulary (lib/vocabulary/themes.json), for the deprecated `theme`/`code` arguments. Themes are data: use the String arguments `themeCode`, which also take the themes councils add; Query.themes lists them all. */
export type ThemeCode =
  /** Adoption: Adoption services, permanence through adoption and the Regional Adoption Agency. */
  | 'ADOPTION'
  /** Cared for children and care leavers: Children in the council's care and care experienced young people, and the council's role as corporate parent. */
  | 'CARED_FOR_CHILDREN'
  /** Domestic abuse and neglect: Children living with domestic abuse, neglect, parental substance use or poor parental mental health. */
  | 'DOMESTIC_ABUSE_AND_NEGLECT'
  /** Early help and prevention: Help for children and families as early as possible: early help, family help, family hubs, prevention. */
  | 'EARLY_HELP'
  /** Early years: Early years provision, childcare and the best start in life. */
  | 'EARLY_YEARS'
  /** Edge of care: Services that help children on the edge of care to stay safely with their families. */
  | 'EDGE_OF_CARE'
  /** Educational achievement: Learning outcomes, attainment, reading and the virtual school. */
  | 'EDUCATIONAL_ACHIEVEMENT'
  /** Emotional health and wellbeing: Children's emotional and mental health and wellbeing. */
  | 'EMOTIONAL_HEALTH'
  /** Employment, education and training after 16: Young people in education, employment or training; apprenticeships and careers. */
  | 'EMPLOYMENT_AND_TRAINING'
  /** Equality and inclusion: Inclusive services that respond to diversity, disadvantage, poverty and neurodiversity. */
  | 'EQUALITY_AND_INCLUSION'
  /** Harm outside the home: Exploitation, radicalisation, trafficking and other harm outside the home. */
  | 'EXPLOITATION'
  /** Fostering: Recruiting, supporting and retaining foster carers; fostering services. */
  | 'FOSTERING'
  /** Home to school transport: Home to school transport policy and services. */
  | 'HOME_TO_SCHOOL_TRANSPORT'
  /** Kinship care: Friends and family (kinship) carers and special guardianship. */
  | 'KINSHIP_CARE'
  /** Partnership and governance: Joint working with partners, boards and governance arrangements, inspection readiness. */
  | 'PARTNERSHIP_AND_GOVERNANCE'
  /** Placement sufficiency: Enough suitable homes and placements, close to home. */
  | 'PLACEMENT_SUFFICIENCY'
  /** Residential care: Children's homes and residential provision. */
  | 'RESIDENTIAL_CARE'
  /** Resources and value for money: Using resources efficiently: budgets, commissioning, hosted services and value for money. */
  | 'RESOURCES_AND_VALUE'
  /** Safeguarding: Keeping children safe from harm: safeguarding partnerships, child protection, Working Together. */
  | 'SAFEGUARDING'
  /** School attendance: Regular attendance at school. */
  | 'SCHOOL_ATTENDANCE'
  /** School places and admissions: Education sufficiency, school organisation, admissions and traded services to schools. */
  | 'SCHOOL_PLACES'
  /** Special educational needs and disabilities (SEND): SEND services, education health and care plans, alternative provision, short breaks and High Needs funding. */
  | 'SEND'
  /** Social work practice: The quality of social work practice, practice models and standards, quality assurance. */
  | 'SOCIAL_WORK_PRACTICE'
  /** Unaccompanied asylum seeking children: Support for unaccompanied asylum seeking children. */
  | 'UNACCOMPANIED_ASYLUM_SEEKING_CHILDREN'
  /** Voice of the child and co-production: Children's and families' participation, voice, feedback and co-production. */
  | 'VOICE_OF_THE_CHILD'
  /** Workforce: Recruiting, retaining and developing staff, including social work academies. */
  | 'WORKFORCE'
  /** Youth justice: Preventing offending and youth justice services. */
  | 'YOUTH_JUSTICE';

/** Changes to a joint action's details. A field left out stays as it is. */
export type UpdateJointActionInput = {
  /** Global ids of the council actions it advances, at most 50, each one that exists: replace the links when given (null or []: none). Left out: unchanged. */
  advances?: Array<string> | null | undefined;
  /** New description: at most 2000 characters. Left out: unchanged; null (or empty): cleared. */
  description?: string | null | undefined;
  /** New due date: an ISO 8601 date (YYYY-MM-DD) from 2000 to 2100. Left out: unchanged; null: cleared. */
  dueDate?: string | null | undefined;
  /** The action's revision the edit is based on; a stale one is refused with CONFLICT (currentVersion holds the revision now). */
  expectedRevision: number;
  /** Optional key of your choosing for this write (1 to 100 letters, digits, '-', '_', '.' or ':'), e.g. a UUID made when the person pressed Save. Send the same write again with the same key (say, after a timeout) and you get the first write's result back, with replayed: true, instead of a second write; the same key with a different input is refused with IDEMPOTENCY_KEY_REUSED. Keys are yours alone and kept 24 hours. */
  idempotencyKey?: string | null | undefined;
  /** Global id of the joint action. */
  jointActionId: string;
  /** The milestones, at most 20: replace the list when given (null or []: none). Left out: unchanged. */
  milestones?: Array<MilestoneInput> | null | undefined;
  /** New lead (a role or named lead): 1 to 200 characters. Left out: unchanged; null is refused. */
  owner?: string | null | undefined;
  /** New title: 1 to 200 characters. Left out: unchanged; null is refused. */
  title?: string | null | undefined;
};

/** Where a progress update is in sign-off. Only APPROVED updates are public and set an action's status; the others are visible to signed-in partner staff only. */
export type UpdateState =
  /** Approved by an approver (never its own author): public, and the action's status now. */
  | 'APPROVED'
  /** Written by an editor, not yet submitted. */
  | 'DRAFT'
  /** Returned by an approver with a reason; it stays as it was. Draft a new update to follow it up. */
  | 'RETURNED'
  /** Submitted for approval. */
  | 'SUBMITTED';

/** Why a write was refused; nothing was changed. */
export type UserErrorCode =
  /** The record changed since the version (or revision) the write names: reload, then retry. currentVersion holds the version (or revision) now. */
  | 'CONFLICT'
  /** The idempotencyKey was already used for another write (another operation or another input): use a new key for a new write. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** A field is missing, empty, too long or out of range. */
  | 'INVALID_INPUT'
  /** The change is not allowed from where things are (e.g. reopening a COMPLETE action without a reason, approving an update that is not SUBMITTED). */
  | 'INVALID_TRANSITION'
  /** The record the input names does not exist. */
  | 'NOT_FOUND'
  /** The joint action was withdrawn: it takes no more edits or progress updates. */
  | 'WITHDRAWN';

/** The status of an indicator value, following the published statistics' symbols. */
export type ValueStatus =
  /** Rounds to zero but is not zero (published as `low`); value is null. */
  | 'LOW'
  /** Not applicable (published as `z`); value is null. */
  | 'NOT_APPLICABLE'
  /** A provisional figure, subject to revision. */
  | 'PROVISIONAL'
  /** A published figure. */
  | 'PUBLISHED'
  /** Suppressed to protect confidentiality (published as `c`); value is null. */
  | 'SUPPRESSED'
  /** Not available (published as `x`, or named by a document without a number); value is null. */
  | 'UNAVAILABLE';

/** What a voice in a plan says. */
export type VoiceKind =
  /** A message from someone in a named public role (e.g. an ambassador). */
  | 'MESSAGE'
  /** A priority children and young people have stated. */
  | 'PRIORITY'
  /** A quoted voice. */
  | 'QUOTE'
  /** Something they would like. */
  | 'WISH'
  /** A worry they have stated. */
  | 'WORRY';

/** Withdraws a joint action: it stays readable (with includeWithdrawn) but takes no more edits or progress updates. */
export type WithdrawJointActionInput = {
  /** The action's revision the withdrawal is based on; a stale one is refused with CONFLICT (currentVersion holds the revision now). */
  expectedRevision: number;
  /** Optional key of your choosing for this write (1 to 100 letters, digits, '-', '_', '.' or ':'), e.g. a UUID made when the person pressed Save. Send the same write again with the same key (say, after a timeout) and you get the first write's result back, with replayed: true, instead of a second write; the same key with a different input is refused with IDEMPOTENCY_KEY_REUSED. Keys are yours alone and kept 24 hours. */
  idempotencyKey?: string | null | undefined;
  /** Global id of the joint action. */
  jointActionId: string;
  /** Why it is withdrawn: 1 to 2000 characters. */
  reason: string;
};

export type BenchCouncilOverviewQueryVariables = Exact<{
  text?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type BenchCouncilOverviewQuery = { councils: Array<
    | { id: string, name: string, gssCode: string, plans: Array<
        | { id: string, title: string, kind: PlanKind, period: { start: string | null, end: string | null }, headings: Array<
            | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kindName: string, number: string | null, title: string }
                | { id: string, kindName: string, number: string | null, title: string }
              > }
            | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kindName: string, number: string | null, title: string }
                | { id: string, kindName: string, number: string | null, title: string }
              > }
          >, boards: Array<
            | { name: string }
            | { name: string }
          > }
        | { id: string, title: string, kind: PlanKind, period: { start: string | null, end: string | null }, headings: Array<
            | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kindName: string, number: string | null, title: string }
                | { id: string, kindName: string, number: string | null, title: string }
              > }
            | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kindName: string, number: string | null, title: string }
                | { id: string, kindName: string, number: string | null, title: string }
              > }
          >, boards: Array<
            | { name: string }
            | { name: string }
          > }
      >, actions: { totalCount: number, nodes: Array<
          | { id: string, title: string, status: ActionStatus, plan:
              | { title: string }
              | { title: string }
             }
          | { id: string, title: string, status: ActionStatus, plan:
              | { title: string }
              | { title: string }
             }
        > } }
    | { id: string, name: string, gssCode: string, plans: Array<
        | { id: string, title: string, kind: PlanKind, period: { start: string | null, end: string | null }, headings: Array<
            | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kindName: string, number: string | null, title: string }
                | { id: string, kindName: string, number: string | null, title: string }
              > }
            | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kindName: string, number: string | null, title: string }
                | { id: string, kindName: string, number: string | null, title: string }
              > }
          >, boards: Array<
            | { name: string }
            | { name: string }
          > }
        | { id: string, title: string, kind: PlanKind, period: { start: string | null, end: string | null }, headings: Array<
            | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kindName: string, number: string | null, title: string }
                | { id: string, kindName: string, number: string | null, title: string }
              > }
            | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kindName: string, number: string | null, title: string }
                | { id: string, kindName: string, number: string | null, title: string }
              > }
          >, boards: Array<
            | { name: string }
            | { name: string }
          > }
      >, actions: { totalCount: number, nodes: Array<
          | { id: string, title: string, status: ActionStatus, plan:
              | { title: string }
              | { title: string }
             }
          | { id: string, title: string, status: ActionStatus, plan:
              | { title: string }
              | { title: string }
             }
        > } }
   | null>, jointInitiatives: { totalCount: number, nodes: Array<{ name: string, status: JointInitiativeStatus }> } };

export type BenchDeepPlanQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type BenchDeepPlanQuery = { council:
    | { name: string, plans: Array<
        | { title: string, headings: Array<
            | { title: string, subheadings: Array<
                | { title: string, actions: Array<
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                  > }
                | { title: string, actions: Array<
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                  > }
              >, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
            | { title: string, subheadings: Array<
                | { title: string, actions: Array<
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                  > }
                | { title: string, actions: Array<
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                  > }
              >, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
          > }
        | { title: string, headings: Array<
            | { title: string, subheadings: Array<
                | { title: string, actions: Array<
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                  > }
                | { title: string, actions: Array<
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                  > }
              >, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
            | { title: string, subheadings: Array<
                | { title: string, actions: Array<
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                  > }
                | { title: string, actions: Array<
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                  > }
              >, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
          > }
      >, actions: { totalCount: number, nodes: Array<
          | { id: string, title: string }
          | { id: string, title: string }
        > } }
    | { name: string, plans: Array<
        | { title: string, headings: Array<
            | { title: string, subheadings: Array<
                | { title: string, actions: Array<
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                  > }
                | { title: string, actions: Array<
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                  > }
              >, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
            | { title: string, subheadings: Array<
                | { title: string, actions: Array<
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                  > }
                | { title: string, actions: Array<
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                  > }
              >, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
          > }
        | { title: string, headings: Array<
            | { title: string, subheadings: Array<
                | { title: string, actions: Array<
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                  > }
                | { title: string, actions: Array<
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                  > }
              >, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
            | { title: string, subheadings: Array<
                | { title: string, actions: Array<
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                  > }
                | { title: string, actions: Array<
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                    | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                  > }
              >, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
          > }
      >, actions: { totalCount: number, nodes: Array<
          | { id: string, title: string }
          | { id: string, title: string }
        > } }
   | null };

type DeepPlan_CumberlandCouncil_Fragment = { name: string, plans: Array<
    | { title: string, headings: Array<
        | { title: string, subheadings: Array<
            | { title: string, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
            | { title: string, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
          >, actions: Array<
            | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
            | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
          > }
        | { title: string, subheadings: Array<
            | { title: string, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
            | { title: string, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
          >, actions: Array<
            | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
            | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
          > }
      > }
    | { title: string, headings: Array<
        | { title: string, subheadings: Array<
            | { title: string, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
            | { title: string, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
          >, actions: Array<
            | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
            | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
          > }
        | { title: string, subheadings: Array<
            | { title: string, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
            | { title: string, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
          >, actions: Array<
            | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
            | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
          > }
      > }
  >, actions: { totalCount: number, nodes: Array<
      | { id: string, title: string }
      | { id: string, title: string }
    > } };

type DeepPlan_WestmorlandAndFurnessCouncil_Fragment = { name: string, plans: Array<
    | { title: string, headings: Array<
        | { title: string, subheadings: Array<
            | { title: string, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
            | { title: string, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
          >, actions: Array<
            | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
            | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
          > }
        | { title: string, subheadings: Array<
            | { title: string, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
            | { title: string, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
          >, actions: Array<
            | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
            | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
          > }
      > }
    | { title: string, headings: Array<
        | { title: string, subheadings: Array<
            | { title: string, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
            | { title: string, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
          >, actions: Array<
            | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
            | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
          > }
        | { title: string, subheadings: Array<
            | { title: string, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
            | { title: string, actions: Array<
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
                | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
              > }
          >, actions: Array<
            | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
            | { id: string, title: string, status: ActionStatus, themes: Array<{ id: string }> }
          > }
      > }
  >, actions: { totalCount: number, nodes: Array<
      | { id: string, title: string }
      | { id: string, title: string }
    > } };

export type DeepPlanFragment =
  | DeepPlan_CumberlandCouncil_Fragment
  | DeepPlan_WestmorlandAndFurnessCouncil_Fragment
;

export type BenchIndicatorComparisonQueryVariables = Exact<{
  code: string;
  first?: number | null | undefined;
}>;


export type BenchIndicatorComparisonQuery = { indicator: { code: string, title: string, unit: IndicatorUnit | null, polarity: Polarity | null } | null, councils: Array<
    | { name: string, indicator: { tracked: boolean, noValueReason: string | null, latest: { value: number | null, status: ValueStatus } | null, values: Array<{ value: number | null, status: ValueStatus, period: { timePeriod: string } | null }>, comparators: Array<{ value: number | null, geography: string }> }, figures: { totalCount: number, nodes: Array<{ value: number | null }> } }
    | { name: string, indicator: { tracked: boolean, noValueReason: string | null, latest: { value: number | null, status: ValueStatus } | null, values: Array<{ value: number | null, status: ValueStatus, period: { timePeriod: string } | null }>, comparators: Array<{ value: number | null, geography: string }> }, figures: { totalCount: number, nodes: Array<{ value: number | null }> } }
   | null> };

export type BenchJointInitiativeQueryVariables = Exact<{
  id: string;
  text?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type BenchJointInitiativeQuery = { jointInitiative: { id: string, name: string, kind: JointInitiativeKind, status: JointInitiativeStatus, statusSource: { quote: string }, partners: Array<
      | { name: string, actions: { totalCount: number, nodes: Array<
            | { title: string }
            | { title: string }
          > } }
      | { name: string, actions: { totalCount: number, nodes: Array<
            | { title: string }
            | { title: string }
          > } }
     | null>, restsOn: Array<{ name: string, status: JointInitiativeStatus }>, councilActions: Array<
      | { id: string, title: string, status: ActionStatus, plan:
          | { title: string }
          | { title: string }
        , council:
          | { name: string }
          | { name: string }
        , source: { section: string, quote: string } }
      | { id: string, title: string, status: ActionStatus, plan:
          | { title: string }
          | { title: string }
        , council:
          | { name: string }
          | { name: string }
        , source: { section: string, quote: string } }
     | null> } | null, jointInitiatives: { totalCount: number } };

export type BenchJointWorkCatalogueQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type BenchJointWorkCatalogueQuery = { jointInitiatives: { totalCount: number, nodes: Array<{ key: string, name: string, kind: JointInitiativeKind, status: JointInitiativeStatus, themes: Array<{ code: string, name: string }> }> }, themes: Array<{ code: string, name: string }>, indicators: Array<{ code: string, title: string, unit: IndicatorUnit | null, polarity: Polarity | null }> };

export type DashboardAdoptionAgencyQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardAdoptionAgencyQuery = { jointInitiative: { id: string, name: string, status: JointInitiativeStatus, summary: string, statusSource: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } }, partners: Array<
      | { name: string }
      | { name: string }
     | null>, councilActions: Array<
      | { id: string, title: string, status: ActionStatus, rag: Rag | null, updatedAt: string | null, council:
          | { name: string }
          | { name: string }
        , plan:
          | { title: string }
          | { title: string }
        , source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
      | { id: string, title: string, status: ActionStatus, rag: Rag | null, updatedAt: string | null, council:
          | { name: string }
          | { name: string }
        , plan:
          | { title: string }
          | { title: string }
        , source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
     | null> } | null };

export type DashboardAdoptionAgencyJointActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardAdoptionAgencyJointActionsQuery = { jointInitiative: { id: string, jointActions: { totalCount: number, nodes: Array<{ id: string, title: string, owner: string, dueDate: string | null, status: ActionStatus, rag: Rag | null }> } } | null };

export type DashboardIndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardIndicatorsQuery = { indicators: Array<{ code: string, title: string }> };

export type DashboardIndicatorComparisonQueryVariables = Exact<{
  code: string;
}>;


export type DashboardIndicatorComparisonQuery = { indicator: { code: string, title: string, unit: IndicatorUnit | null, polarity: Polarity | null, definition: string | null } | null, councils: Array<
    | { id: string, name: string, indicator: { noValueReason: string | null, values: Array<{ value: number | null, status: ValueStatus, text: string, asAt: string | null, undatedReason: string | null, geography: string, period: { timePeriod: string, timeIdentifier: string | null } | null, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }>, comparators: Array<{ value: number | null, status: ValueStatus, text: string, asAt: string | null, undatedReason: string | null, geography: string, period: { timePeriod: string, timeIdentifier: string | null } | null, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }> } }
    | { id: string, name: string, indicator: { noValueReason: string | null, values: Array<{ value: number | null, status: ValueStatus, text: string, asAt: string | null, undatedReason: string | null, geography: string, period: { timePeriod: string, timeIdentifier: string | null } | null, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }>, comparators: Array<{ value: number | null, status: ValueStatus, text: string, asAt: string | null, undatedReason: string | null, geography: string, period: { timePeriod: string, timeIdentifier: string | null } | null, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }> } }
   | null> };

export type IndicatorValueFieldsFragment = { value: number | null, status: ValueStatus, text: string, asAt: string | null, undatedReason: string | null, geography: string, period: { timePeriod: string, timeIdentifier: string | null } | null, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } };

export type DashboardBenchmarkQueryVariables = Exact<{
  code: string;
}>;


export type DashboardBenchmarkQuery = { indicatorComparison: { csvPath: string, neighbourSet: { name: string, release: string, synthetic: boolean } | null, publishedMeasure: { dataset: string, measure: string, title: string, polarity: string, unit: string, publication: string | null, councilsFrom: string, licence: string } | null, councils: Array<{ quartile: QuartileBand | null, quartileReason: string | null, quartilePeriod: string | null, localAuthoritiesRanked: number, council:
        | { id: string, name: string }
        | { id: string, name: string }
      , region: { name: string } | null, series: Array<{ timePeriod: string, neighbourMean: number | null, neighboursWithValue: number, neighbours: number, council: { value: number | null, status: ValueStatus } | null, region: { value: number | null, status: ValueStatus } | null, england: { value: number | null, status: ValueStatus } | null }>, predecessor: { name: string, laCode: string, gssCode: string, lastDay: string, lastPeriod: string | null, neighbourSet: { name: string, release: string } | null, series: Array<{ timePeriod: string, neighbourMean: number | null, neighboursWithValue: number, neighbours: number, council: { value: number | null, status: ValueStatus } | null, region: { value: number | null, status: ValueStatus } | null, england: { value: number | null, status: ValueStatus } | null }> } | null }> } | null };

export type BenchmarkPointFieldsFragment = { timePeriod: string, neighbourMean: number | null, neighboursWithValue: number, neighbours: number, council: { value: number | null, status: ValueStatus } | null, region: { value: number | null, status: ValueStatus } | null, england: { value: number | null, status: ValueStatus } | null };

export type DashboardPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardPlansQuery = { councils: Array<
    | { id: string, name: string, plans: Array<
        | { id: string, title: string, kind: PlanKind, period: { text: string }, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } }, boards: Array<
            | { id: string, name: string, kind: BoardKind, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
            | { id: string, name: string, kind: BoardKind, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
          >, headings: Array<
            | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                  >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                  >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
              >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
            | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                  >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                  >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
              >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
          > }
        | { id: string, title: string, kind: PlanKind, period: { text: string }, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } }, boards: Array<
            | { id: string, name: string, kind: BoardKind, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
            | { id: string, name: string, kind: BoardKind, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
          >, headings: Array<
            | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                  >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                  >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
              >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
            | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                  >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                  >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
              >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
          > }
      > }
    | { id: string, name: string, plans: Array<
        | { id: string, title: string, kind: PlanKind, period: { text: string }, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } }, boards: Array<
            | { id: string, name: string, kind: BoardKind, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
            | { id: string, name: string, kind: BoardKind, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
          >, headings: Array<
            | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                  >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                  >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
              >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
            | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                  >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                  >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
              >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
          > }
        | { id: string, title: string, kind: PlanKind, period: { text: string }, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } }, boards: Array<
            | { id: string, name: string, kind: BoardKind, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
            | { id: string, name: string, kind: BoardKind, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
          >, headings: Array<
            | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                  >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                  >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
              >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
            | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                  >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                | { id: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                    | { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                  >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
              >, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
          > }
      > }
   | null> };

type DashboardHeadingFields_CumberlandPriority_Fragment = { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } };

type DashboardHeadingFields_WestmorlandAndFurnessPriority_Fragment = { id: string, kindName: string, number: string | null, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } };

export type DashboardHeadingFieldsFragment =
  | DashboardHeadingFields_CumberlandPriority_Fragment
  | DashboardHeadingFields_WestmorlandAndFurnessPriority_Fragment
;

export type SourceFieldsFragment = { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } };

export type DashboardThemesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardThemesQuery = { themes: Array<{ code: string, name: string }> };

export type DashboardThemeQueryVariables = Exact<{
  theme: string;
}>;


export type DashboardThemeQuery = { theme: { name: string, description: string, jointInitiatives: Array<{ id: string, name: string, status: JointInitiativeStatus, summary: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }> } | null, councils: Array<
    | { id: string, name: string, actions: { totalCount: number, nodes: Array<
          | { id: string, title: string, status: ActionStatus, plan:
              | { title: string }
              | { title: string }
            , source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
          | { id: string, title: string, status: ActionStatus, plan:
              | { title: string }
              | { title: string }
            , source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
        > } }
    | { id: string, name: string, actions: { totalCount: number, nodes: Array<
          | { id: string, title: string, status: ActionStatus, plan:
              | { title: string }
              | { title: string }
            , source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
          | { id: string, title: string, status: ActionStatus, plan:
              | { title: string }
              | { title: string }
            , source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
        > } }
   | null> };

export type CrossFootprintOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type CrossFootprintOverviewQuery = { councils: Array<
    | { __typename: 'CumberlandCouncil', name: string, gssCode: string, plans: Array<
        | { title: string, kind: PlanKind, period: { start: string | null, end: string | null, text: string }, headings: Array<
            | { kindName: string, number: string | null, title: string, subheadings: Array<
                | { kindName: string, number: string | null, title: string }
                | { kindName: string, number: string | null, title: string }
              > }
            | { kindName: string, number: string | null, title: string, subheadings: Array<
                | { kindName: string, number: string | null, title: string }
                | { kindName: string, number: string | null, title: string }
              > }
          >, boards: Array<
            | { name: string, kind: BoardKind }
            | { name: string, kind: BoardKind }
          > }
        | { title: string, kind: PlanKind, period: { start: string | null, end: string | null, text: string }, headings: Array<
            | { kindName: string, number: string | null, title: string, subheadings: Array<
                | { kindName: string, number: string | null, title: string }
                | { kindName: string, number: string | null, title: string }
              > }
            | { kindName: string, number: string | null, title: string, subheadings: Array<
                | { kindName: string, number: string | null, title: string }
                | { kindName: string, number: string | null, title: string }
              > }
          >, boards: Array<
            | { name: string, kind: BoardKind }
            | { name: string, kind: BoardKind }
          > }
      > }
    | { __typename: 'WestmorlandAndFurnessCouncil', name: string, gssCode: string, plans: Array<
        | { title: string, kind: PlanKind, period: { start: string | null, end: string | null, text: string }, headings: Array<
            | { kindName: string, number: string | null, title: string, subheadings: Array<
                | { kindName: string, number: string | null, title: string }
                | { kindName: string, number: string | null, title: string }
              > }
            | { kindName: string, number: string | null, title: string, subheadings: Array<
                | { kindName: string, number: string | null, title: string }
                | { kindName: string, number: string | null, title: string }
              > }
          >, boards: Array<
            | { name: string, kind: BoardKind }
            | { name: string, kind: BoardKind }
          > }
        | { title: string, kind: PlanKind, period: { start: string | null, end: string | null, text: string }, headings: Array<
            | { kindName: string, number: string | null, title: string, subheadings: Array<
                | { kindName: string, number: string | null, title: string }
                | { kindName: string, number: string | null, title: string }
              > }
            | { kindName: string, number: string | null, title: string, subheadings: Array<
                | { kindName: string, number: string | null, title: string }
                | { kindName: string, number: string | null, title: string }
              > }
          >, boards: Array<
            | { name: string, kind: BoardKind }
            | { name: string, kind: BoardKind }
          > }
      > }
   | null> };

export type IndicatorComparisonQueryVariables = Exact<{
  code?: string;
}>;


export type IndicatorComparisonQuery = { indicator: { code: string, title: string, kind: IndicatorKind, unit: IndicatorUnit | null, polarity: Polarity | null, periodKind: PeriodKind | null, dataset: string | null, definition: string | null } | null, councils: Array<
    | { name: string, indicator: { tracked: boolean, noValueReason: string | null, latest: { value: number | null, status: ValueStatus, asAt: string | null, text: string, geography: string, source: { section: string, quote: string, document: { title: string } } } | null, comparators: Array<{ geography: string, value: number | null, status: ValueStatus }> } }
    | { name: string, indicator: { tracked: boolean, noValueReason: string | null, latest: { value: number | null, status: ValueStatus, asAt: string | null, text: string, geography: string, source: { section: string, quote: string, document: { title: string } } } | null, comparators: Array<{ geography: string, value: number | null, status: ValueStatus }> } }
   | null> };

export type JointWorkQueryVariables = Exact<{ [key: string]: never; }>;


export type JointWorkQuery = { partnership: { name: string, councils: Array<
      | { name: string }
      | { name: string }
     | null>, jointInitiatives: { totalCount: number, nodes: Array<{ key: string, name: string, kind: JointInitiativeKind, status: JointInitiativeStatus, partOf: { name: string } | null, hostedBy:
          | { name: string }
          | { name: string }
         | null, councilActions: Array<
          | { title: string, council:
              | { name: string }
              | { name: string }
             }
          | { title: string, council:
              | { name: string }
              | { name: string }
             }
         | null> }> } } | null };

export type NodeByIdQueryVariables = Exact<{
  id?: string;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'CumberlandAction', title: string, id: string, plan:
        | { title: string, period: { text: string } }
        | { title: string, period: { text: string } }
      , council:
        | { name: string }
        | { name: string }
      , themes: Array<{ id: string }> }
    | { __typename: 'CumberlandBoard', id: string }
    | { __typename: 'CumberlandCouncil', id: string }
    | { __typename: 'CumberlandMeeting', id: string }
    | { __typename: 'CumberlandPlan', id: string }
    | { __typename: 'CumberlandPriority', id: string }
    | { __typename: 'CumberlandReport', id: string }
    | { __typename: 'Indicator', id: string }
    | { __typename: 'JointAction', id: string }
    | { __typename: 'JointInitiative', id: string }
    | { __typename: 'Partnership', id: string }
    | { __typename: 'Theme', id: string }
    | { __typename: 'WestmorlandAndFurnessAction', title: string, id: string, plan:
        | { title: string, period: { text: string } }
        | { title: string, period: { text: string } }
      , council:
        | { name: string }
        | { name: string }
      , themes: Array<{ id: string }> }
    | { __typename: 'WestmorlandAndFurnessBoard', id: string }
    | { __typename: 'WestmorlandAndFurnessCouncil', id: string }
    | { __typename: 'WestmorlandAndFurnessMeeting', id: string }
    | { __typename: 'WestmorlandAndFurnessPlan', id: string }
    | { __typename: 'WestmorlandAndFurnessPriority', id: string }
    | { __typename: 'WestmorlandAndFurnessReport', id: string }
   | null };

export type PlanStructureQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanStructureQuery = { councils: Array<
    | { name: string, plans: Array<
        | { title: string, headings: Array<
            | { kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { kind: string, number: string | null, title: string }
                | { kind: string, number: string | null, title: string }
              > }
            | { kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { kind: string, number: string | null, title: string }
                | { kind: string, number: string | null, title: string }
              > }
          >, statements: Array<{ kind: StatementKind, kindCode: string, kindName: string, label: string | null, text: string }>, measureGroups: Array<{ title: string, measures: Array<{ text: string }> }> }
        | { title: string, headings: Array<
            | { kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { kind: string, number: string | null, title: string }
                | { kind: string, number: string | null, title: string }
              > }
            | { kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { kind: string, number: string | null, title: string }
                | { kind: string, number: string | null, title: string }
              > }
          >, statements: Array<{ kind: StatementKind, kindCode: string, kindName: string, label: string | null, text: string }>, measureGroups: Array<{ title: string, measures: Array<{ text: string }> }> }
      > }
    | { name: string, plans: Array<
        | { title: string, headings: Array<
            | { kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { kind: string, number: string | null, title: string }
                | { kind: string, number: string | null, title: string }
              > }
            | { kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { kind: string, number: string | null, title: string }
                | { kind: string, number: string | null, title: string }
              > }
          >, statements: Array<{ kind: StatementKind, kindCode: string, kindName: string, label: string | null, text: string }>, measureGroups: Array<{ title: string, measures: Array<{ text: string }> }> }
        | { title: string, headings: Array<
            | { kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { kind: string, number: string | null, title: string }
                | { kind: string, number: string | null, title: string }
              > }
            | { kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { kind: string, number: string | null, title: string }
                | { kind: string, number: string | null, title: string }
              > }
          >, statements: Array<{ kind: StatementKind, kindCode: string, kindName: string, label: string | null, text: string }>, measureGroups: Array<{ title: string, measures: Array<{ text: string }> }> }
      > }
   | null> };

export type RegionalAdoptionAgencyQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionalAdoptionAgencyQuery = { jointInitiative: { id: string, name: string, kind: JointInitiativeKind, status: JointInitiativeStatus, statusSource: { quote: string, document: { title: string } }, partners: Array<
      | { name: string, gssCode: string }
      | { name: string, gssCode: string }
     | null>, restsOn: Array<{ name: string, status: JointInitiativeStatus, hostedBy:
        | { name: string }
        | { name: string }
       | null }>, councilActions: Array<
      | { __typename: 'CumberlandAction', id: string, title: string, status: ActionStatus, plan:
          | { title: string }
          | { title: string }
        , council:
          | { name: string }
          | { name: string }
        , source: { section: string, quote: string } }
      | { __typename: 'WestmorlandAndFurnessAction', id: string, title: string, status: ActionStatus, plan:
          | { title: string }
          | { title: string }
        , council:
          | { name: string }
          | { name: string }
        , source: { section: string, quote: string } }
     | null> } | null };

export type ScrutinyMeetingQueryVariables = Exact<{ [key: string]: never; }>;


export type ScrutinyMeetingQuery = { councils: Array<
    | { name: string, meetings: { totalCount: number, nodes: Array<
          | { date: string, board:
              | { name: string, kind: BoardKind }
              | { name: string, kind: BoardKind }
            , reports: Array<
              | { title: string, author: string | null, leadCabinetMember: string | null, publicStatus: string | null, presents:
                  | { title: string }
                  | { title: string }
                 | null, recommendations: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
              | { title: string, author: string | null, leadCabinetMember: string | null, publicStatus: string | null, presents:
                  | { title: string }
                  | { title: string }
                 | null, recommendations: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
            > }
          | { date: string, board:
              | { name: string, kind: BoardKind }
              | { name: string, kind: BoardKind }
            , reports: Array<
              | { title: string, author: string | null, leadCabinetMember: string | null, publicStatus: string | null, presents:
                  | { title: string }
                  | { title: string }
                 | null, recommendations: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
              | { title: string, author: string | null, leadCabinetMember: string | null, publicStatus: string | null, presents:
                  | { title: string }
                  | { title: string }
                 | null, recommendations: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
            > }
        > } }
    | { name: string, meetings: { totalCount: number, nodes: Array<
          | { date: string, board:
              | { name: string, kind: BoardKind }
              | { name: string, kind: BoardKind }
            , reports: Array<
              | { title: string, author: string | null, leadCabinetMember: string | null, publicStatus: string | null, presents:
                  | { title: string }
                  | { title: string }
                 | null, recommendations: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
              | { title: string, author: string | null, leadCabinetMember: string | null, publicStatus: string | null, presents:
                  | { title: string }
                  | { title: string }
                 | null, recommendations: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
            > }
          | { date: string, board:
              | { name: string, kind: BoardKind }
              | { name: string, kind: BoardKind }
            , reports: Array<
              | { title: string, author: string | null, leadCabinetMember: string | null, publicStatus: string | null, presents:
                  | { title: string }
                  | { title: string }
                 | null, recommendations: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
              | { title: string, author: string | null, leadCabinetMember: string | null, publicStatus: string | null, presents:
                  | { title: string }
                  | { title: string }
                 | null, recommendations: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
            > }
        > } }
   | null> };

export type SearchActionsQueryVariables = Exact<{
  text?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchActionsQuery = { councils: Array<
    | { name: string, actions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
          | { id: string, title: string, plan:
              | { title: string }
              | { title: string }
            , parentHeading:
              | { kindName: string, number: string | null, title: string }
              | { kindName: string, number: string | null, title: string }
             | null }
          | { id: string, title: string, plan:
              | { title: string }
              | { title: string }
            , parentHeading:
              | { kindName: string, number: string | null, title: string }
              | { kindName: string, number: string | null, title: string }
             | null }
        > } }
    | { name: string, actions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
          | { id: string, title: string, plan:
              | { title: string }
              | { title: string }
            , parentHeading:
              | { kindName: string, number: string | null, title: string }
              | { kindName: string, number: string | null, title: string }
             | null }
          | { id: string, title: string, plan:
              | { title: string }
              | { title: string }
            , parentHeading:
              | { kindName: string, number: string | null, title: string }
              | { kindName: string, number: string | null, title: string }
             | null }
        > } }
   | null> };

export type VoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type VoicesQuery = { councils: Array<
    | { name: string, plans: Array<
        | { title: string, voices: Array<{ kind: VoiceKind, speaker: Speaker, text: string, source: { section: string } }> }
        | { title: string, voices: Array<{ kind: VoiceKind, speaker: Speaker, text: string, source: { section: string } }> }
      > }
    | { name: string, plans: Array<
        | { title: string, voices: Array<{ kind: VoiceKind, speaker: Speaker, text: string, source: { section: string } }> }
        | { title: string, voices: Array<{ kind: VoiceKind, speaker: Speaker, text: string, source: { section: string } }> }
      > }
   | null> };

export type WhatBothCouncilsDoOnQueryVariables = Exact<{
  theme?: string | null | undefined;
}>;


export type WhatBothCouncilsDoOnQuery = { theme: { name: string } | null, councils: Array<
    | { name: string, actions: { totalCount: number, nodes: Array<
          | { title: string, status: ActionStatus, plan:
              | { title: string }
              | { title: string }
            , source: { section: string, quote: string, document: { title: string } } }
          | { title: string, status: ActionStatus, plan:
              | { title: string }
              | { title: string }
            , source: { section: string, quote: string, document: { title: string } } }
        > } }
    | { name: string, actions: { totalCount: number, nodes: Array<
          | { title: string, status: ActionStatus, plan:
              | { title: string }
              | { title: string }
            , source: { section: string, quote: string, document: { title: string } } }
          | { title: string, status: ActionStatus, plan:
              | { title: string }
              | { title: string }
            , source: { section: string, quote: string, document: { title: string } } }
        > } }
   | null>, jointInitiatives: { totalCount: number, nodes: Array<{ name: string, status: JointInitiativeStatus }> } };

export type SyntheticCouncilsPlansAndCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type SyntheticCouncilsPlansAndCountsQuery = { councils: Array<
    | { id: string, plans: Array<
        | { title: string }
        | { title: string }
      >, actions: { totalCount: number } }
    | { id: string, plans: Array<
        | { title: string }
        | { title: string }
      >, actions: { totalCount: number } }
   | null>, jointInitiatives: { totalCount: number } };

export type SyntheticActionWithUpdatesQueryVariables = Exact<{
  id: string;
}>;


export type SyntheticActionWithUpdatesQuery = { node:
    | { status: ActionStatus, rag: Rag | null, version: number, updates: { totalCount: number, nodes: Array<{ note: string }> } }
    | { status: ActionStatus, rag: Rag | null, version: number, updates: { totalCount: number, nodes: Array<{ note: string }> } }
    | Record<PropertyKey, never>
   | null };

export type WorkflowCouncilIndicatorsLatestAndComparatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkflowCouncilIndicatorsLatestAndComparatorsQuery = { councils: Array<
    | { name: string, cp: { noValueReason: string | null, latest: { value: number | null, status: ValueStatus, period: { timePeriod: string, timeIdentifier: string | null } | null } | null, comparators: Array<{ geography: string, value: number | null }> }, rr: { latest: { value: number | null, status: ValueStatus } | null } }
    | { name: string, cp: { noValueReason: string | null, latest: { value: number | null, status: ValueStatus, period: { timePeriod: string, timeIdentifier: string | null } | null } | null, comparators: Array<{ geography: string, value: number | null }> }, rr: { latest: { value: number | null, status: ValueStatus } | null } }
   | null> };

export type BatchingActionIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type BatchingActionIdsQuery = { councils: Array<
    | { actions: { nodes: Array<
          | { id: string }
          | { id: string }
        > } }
    | { actions: { nodes: Array<
          | { id: string }
          | { id: string }
        > } }
   | null> };

export type BatchingDeepQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type BatchingDeepQuery = { nodes: Array<
    | { title: string, status: ActionStatus, id: string, source: { quote: string, document: { title: string } }, themes: Array<{ id: string }>, council:
        | { name: string }
        | { name: string }
      , priority:
        | { title: string, parent:
            | { title: string }
            | { title: string }
           | null }
        | { title: string, parent:
            | { title: string }
            | { title: string }
           | null }
       | null, plan:
        | { title: string, boards: Array<
            | { name: string, oversees: Array<
                | { title: string }
                | { title: string }
              > }
            | { name: string, oversees: Array<
                | { title: string }
                | { title: string }
              > }
          >, priorities: Array<
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
              >, successMeasures: Array<{ text: string }> }
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
              >, successMeasures: Array<{ text: string }> }
          >, outcomes: Array<{ text: string }> }
        | { title: string, boards: Array<
            | { name: string, oversees: Array<
                | { title: string }
                | { title: string }
              > }
            | { name: string, oversees: Array<
                | { title: string }
                | { title: string }
              > }
          >, priorities: Array<
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
              >, successMeasures: Array<{ text: string }> }
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
              >, successMeasures: Array<{ text: string }> }
          >, outcomes: Array<{ text: string }> }
       }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { title: string, status: ActionStatus, id: string, source: { quote: string, document: { title: string } }, themes: Array<{ id: string }>, council:
        | { name: string }
        | { name: string }
      , priority:
        | { title: string, parent:
            | { title: string }
            | { title: string }
           | null }
        | { title: string, parent:
            | { title: string }
            | { title: string }
           | null }
       | null, plan:
        | { title: string, boards: Array<
            | { name: string, oversees: Array<
                | { title: string }
                | { title: string }
              > }
            | { name: string, oversees: Array<
                | { title: string }
                | { title: string }
              > }
          >, priorities: Array<
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
              >, successMeasures: Array<{ text: string }> }
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
              >, successMeasures: Array<{ text: string }> }
          >, outcomes: Array<{ text: string }> }
        | { title: string, boards: Array<
            | { name: string, oversees: Array<
                | { title: string }
                | { title: string }
              > }
            | { name: string, oversees: Array<
                | { title: string }
                | { title: string }
              > }
          >, priorities: Array<
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
              >, successMeasures: Array<{ text: string }> }
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
              >, successMeasures: Array<{ text: string }> }
          >, outcomes: Array<{ text: string }> }
       }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type BatchingActionCouncilsPlansBoardsAndAdoptionQueryVariables = Exact<{ [key: string]: never; }>;


export type BatchingActionCouncilsPlansBoardsAndAdoptionQuery = { councils: Array<
    | { actions: { nodes: Array<
          | { council:
              | { plans: Array<
                  | { title: string }
                  | { title: string }
                >, boards: Array<
                  | { name: string }
                  | { name: string }
                >, adoption: { nodes: Array<
                    | { title: string }
                    | { title: string }
                  > } }
              | { plans: Array<
                  | { title: string }
                  | { title: string }
                >, boards: Array<
                  | { name: string }
                  | { name: string }
                >, adoption: { nodes: Array<
                    | { title: string }
                    | { title: string }
                  > } }
             }
          | { council:
              | { plans: Array<
                  | { title: string }
                  | { title: string }
                >, boards: Array<
                  | { name: string }
                  | { name: string }
                >, adoption: { nodes: Array<
                    | { title: string }
                    | { title: string }
                  > } }
              | { plans: Array<
                  | { title: string }
                  | { title: string }
                >, boards: Array<
                  | { name: string }
                  | { name: string }
                >, adoption: { nodes: Array<
                    | { title: string }
                    | { title: string }
                  > } }
             }
        > } }
    | { actions: { nodes: Array<
          | { council:
              | { plans: Array<
                  | { title: string }
                  | { title: string }
                >, boards: Array<
                  | { name: string }
                  | { name: string }
                >, adoption: { nodes: Array<
                    | { title: string }
                    | { title: string }
                  > } }
              | { plans: Array<
                  | { title: string }
                  | { title: string }
                >, boards: Array<
                  | { name: string }
                  | { name: string }
                >, adoption: { nodes: Array<
                    | { title: string }
                    | { title: string }
                  > } }
             }
          | { council:
              | { plans: Array<
                  | { title: string }
                  | { title: string }
                >, boards: Array<
                  | { name: string }
                  | { name: string }
                >, adoption: { nodes: Array<
                    | { title: string }
                    | { title: string }
                  > } }
              | { plans: Array<
                  | { title: string }
                  | { title: string }
                >, boards: Array<
                  | { name: string }
                  | { name: string }
                >, adoption: { nodes: Array<
                    | { title: string }
                    | { title: string }
                  > } }
             }
        > } }
   | null> };

export type ComparisonDfeCompareQueryVariables = Exact<{
  code: string;
}>;


export type ComparisonDfeCompareQuery = { indicatorComparison: { indicator: { code: string, polarity: Polarity | null }, neighbourSet: { name: string, release: string, synthetic: boolean } | null, publishedMeasure: { dataset: string, measure: string, polarity: string, unit: string, publication: string | null, councilsFrom: string, licence: string } | null, councils: Array<{ gssCode: string, neighbours: Array<string>, quartile: QuartileBand | null, quartileReason: string | null, quartilePeriod: string | null, localAuthoritiesRanked: number, note: string | null, series: Array<{ timePeriod: string, neighbourMean: number | null, neighboursWithValue: number, neighbours: number, council: { value: number | null, status: ValueStatus } | null, region: { value: number | null, status: ValueStatus } | null, england: { value: number | null, status: ValueStatus } | null }>, predecessor: { gssCode: string, name: string, laCode: string, lastPeriod: string | null, neighbourSet: { name: string } | null, series: Array<{ timePeriod: string, neighbourMean: number | null, neighboursWithValue: number, neighbours: number, council: { value: number | null, status: ValueStatus } | null, region: { value: number | null, status: ValueStatus } | null, england: { value: number | null, status: ValueStatus } | null }> } | null }> } | null };

export type ComparisonDfePointFragment = { timePeriod: string, neighbourMean: number | null, neighboursWithValue: number, neighbours: number, council: { value: number | null, status: ValueStatus } | null, region: { value: number | null, status: ValueStatus } | null, england: { value: number | null, status: ValueStatus } | null };

export type ComparisonCompareQueryVariables = Exact<{
  code: string;
}>;


export type ComparisonCompareQuery = { indicatorComparison: { csvPath: string, indicator: { code: string, title: string, polarity: Polarity | null }, neighbourSet: { name: string, release: string, synthetic: boolean } | null, councils: Array<{ neighbours: Array<string>, quartile: QuartileBand | null, quartileReason: string | null, quartilePeriod: string | null, localAuthoritiesRanked: number, council:
        | { name: string, indicator: { measures: Array<{ text: string, plan:
                | { title: string }
                | { title: string }
              , priority:
                | { title: string }
                | { title: string }
               | null }> } }
        | { name: string, indicator: { measures: Array<{ text: string, plan:
                | { title: string }
                | { title: string }
              , priority:
                | { title: string }
                | { title: string }
               | null }> } }
      , geography: { code: string, name: string } | null, region: { code: string, name: string } | null, series: Array<{ timePeriod: string, neighbourMean: number | null, neighboursWithValue: number, neighbours: number, council: { value: number | null, status: ValueStatus } | null, region: { value: number | null, status: ValueStatus } | null, england: { value: number | null, status: ValueStatus } | null }> }> } | null };

export type ComparisonGeographyValuesAndUnknownIndicatorQueryVariables = Exact<{ [key: string]: never; }>;


export type ComparisonGeographyValuesAndUnknownIndicatorQuery = { geography: { name: string, level: GeographyLevel, laCode: string | null, validTo: string | null, values: Array<{ timePeriod: string, value: number | null }> } | null, geographies: Array<{ code: string, name: string }>, indicatorComparison: { csvPath: string } | null };

export type ComparisonReportedAdoptionValuesAndSeriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ComparisonReportedAdoptionValuesAndSeriesQuery = { jointInitiative: { reportedValues: Array<{ indicator: string, timePeriod: string, timeIdentifier: string, value: number | null, status: ValueStatus, source: { quote: string, document: { title: string } } }> } | null, indicatorComparison: { councils: Array<{ series: Array<{ timePeriod: string, council: { value: number | null, status: ValueStatus } | null }> }> } | null };

export type ComparisonReportedValuesQueryVariables = Exact<{ [key: string]: never; }>;


export type ComparisonReportedValuesQuery = { jointInitiative: { reportedValues: Array<{ indicator: string, status: ValueStatus, value: number | null }> } | null };

export type ComparisonValuesAtEveryLevelQueryVariables = Exact<{ [key: string]: never; }>;


export type ComparisonValuesAtEveryLevelQuery = { geographies: Array<{ code: string, values: Array<{ value: number | null }> }>, indicatorComparison: { councils: Array<{ geography: { code: string } | null, region: { code: string } | null }> } | null, jointInitiatives: { nodes: Array<{ reportedValues: Array<{ value: number | null }> }> } };

export type ConnectionsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ActionFilter | null | undefined;
}>;


export type ConnectionsPageQuery = { council:
    | { actions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { id: string }
            | { id: string }
           }>, nodes: Array<
          | { id: string }
          | { id: string }
        > } }
    | { actions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node:
            | { id: string }
            | { id: string }
           }>, nodes: Array<
          | { id: string }
          | { id: string }
        > } }
   | null };

export type ConnectionsFirstPagesAndTotalsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnectionsFirstPagesAndTotalsQuery = { jointInitiatives: { totalCount: number, nodes: Array<{ key: string }>, pageInfo: { endCursor: string | null } }, councils: Array<
    | { meetings: { totalCount: number }, figures: { totalCount: number, nodes: Array<{ value: number | null }> } }
    | { meetings: { totalCount: number }, figures: { totalCount: number, nodes: Array<{ value: number | null }> } }
   | null> };

export type ConnectionsJointInitiativesAfterQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConnectionsJointInitiativesAfterQuery = { jointInitiatives: { nodes: Array<{ key: string }> } };

export type ConnectionsPlanAndMeetingListsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConnectionsPlanAndMeetingListsQuery = { council:
    | { plans: Array<
        | { statements: Array<{ kind: StatementKind }>, outcomes: Array<{ text: string }> }
        | { statements: Array<{ kind: StatementKind }>, outcomes: Array<{ text: string }> }
      >, meetings: { nodes: Array<
          | { reports: Array<
              | { sections: Array<{ kind: ReportSectionKind }> }
              | { sections: Array<{ kind: ReportSectionKind }> }
            > }
          | { reports: Array<
              | { sections: Array<{ kind: ReportSectionKind }> }
              | { sections: Array<{ kind: ReportSectionKind }> }
            > }
        > } }
    | { plans: Array<
        | { statements: Array<{ kind: StatementKind }>, outcomes: Array<{ text: string }> }
        | { statements: Array<{ kind: StatementKind }>, outcomes: Array<{ text: string }> }
      >, meetings: { nodes: Array<
          | { reports: Array<
              | { sections: Array<{ kind: ReportSectionKind }> }
              | { sections: Array<{ kind: ReportSectionKind }> }
            > }
          | { reports: Array<
              | { sections: Array<{ kind: ReportSectionKind }> }
              | { sections: Array<{ kind: ReportSectionKind }> }
            > }
        > } }
   | null };

export type DashboardJointInitiativeCouncilActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardJointInitiativeCouncilActionsQuery = { jointInitiative: { councilActions: Array<
      | { __typename: 'CumberlandAction', id: string, title: string }
      | { __typename: 'WestmorlandAndFurnessAction', id: string, title: string }
     | null> } | null };

export type DashboardPlanSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardPlanSourcesQuery = { councils: Array<
    | { plans: Array<
        | { title: string, source: { section: string, quote: string, document: { title: string } } }
        | { title: string, source: { section: string, quote: string, document: { title: string } } }
      > }
    | { plans: Array<
        | { title: string, source: { section: string, quote: string, document: { title: string } } }
        | { title: string, source: { section: string, quote: string, document: { title: string } } }
      > }
   | null> };

export type DashboardTransportActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardTransportActionsQuery = { councils: Array<
    | { actions: { nodes: Array<
          | { title: string }
          | { title: string }
        > } }
    | { actions: { nodes: Array<
          | { title: string }
          | { title: string }
        > } }
   | null> };

export type DashboardPlanAndBoardSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardPlanAndBoardSourcesQuery = { councils: Array<
    | { plans: Array<
        | { id: string, title: string, source: { section: string, quote: string, document: { title: string, published: string | null, url: string | null } }, boards: Array<
            | { name: string, kind: BoardKind, source: { section: string, quote: string, document: { title: string, published: string | null, url: string | null } } }
            | { name: string, kind: BoardKind, source: { section: string, quote: string, document: { title: string, published: string | null, url: string | null } } }
          > }
        | { id: string, title: string, source: { section: string, quote: string, document: { title: string, published: string | null, url: string | null } }, boards: Array<
            | { name: string, kind: BoardKind, source: { section: string, quote: string, document: { title: string, published: string | null, url: string | null } } }
            | { name: string, kind: BoardKind, source: { section: string, quote: string, document: { title: string, published: string | null, url: string | null } } }
          > }
      > }
    | { plans: Array<
        | { id: string, title: string, source: { section: string, quote: string, document: { title: string, published: string | null, url: string | null } }, boards: Array<
            | { name: string, kind: BoardKind, source: { section: string, quote: string, document: { title: string, published: string | null, url: string | null } } }
            | { name: string, kind: BoardKind, source: { section: string, quote: string, document: { title: string, published: string | null, url: string | null } } }
          > }
        | { id: string, title: string, source: { section: string, quote: string, document: { title: string, published: string | null, url: string | null } }, boards: Array<
            | { name: string, kind: BoardKind, source: { section: string, quote: string, document: { title: string, published: string | null, url: string | null } } }
            | { name: string, kind: BoardKind, source: { section: string, quote: string, document: { title: string, published: string | null, url: string | null } } }
          > }
      > }
   | null> };

export type DashboardPlanHeadingTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardPlanHeadingTreeQuery = { councils: Array<
    | { plans: Array<
        | { id: string, headings: Array<
            | { kindName: string, number: string | null, title: string, subheadings: Array<
                | { kindName: string, number: string | null, title: string, subheadings: Array<
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                  > }
                | { kindName: string, number: string | null, title: string, subheadings: Array<
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                  > }
              > }
            | { kindName: string, number: string | null, title: string, subheadings: Array<
                | { kindName: string, number: string | null, title: string, subheadings: Array<
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                  > }
                | { kindName: string, number: string | null, title: string, subheadings: Array<
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                  > }
              > }
          > }
        | { id: string, headings: Array<
            | { kindName: string, number: string | null, title: string, subheadings: Array<
                | { kindName: string, number: string | null, title: string, subheadings: Array<
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                  > }
                | { kindName: string, number: string | null, title: string, subheadings: Array<
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                  > }
              > }
            | { kindName: string, number: string | null, title: string, subheadings: Array<
                | { kindName: string, number: string | null, title: string, subheadings: Array<
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                  > }
                | { kindName: string, number: string | null, title: string, subheadings: Array<
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                  > }
              > }
          > }
      > }
    | { plans: Array<
        | { id: string, headings: Array<
            | { kindName: string, number: string | null, title: string, subheadings: Array<
                | { kindName: string, number: string | null, title: string, subheadings: Array<
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                  > }
                | { kindName: string, number: string | null, title: string, subheadings: Array<
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                  > }
              > }
            | { kindName: string, number: string | null, title: string, subheadings: Array<
                | { kindName: string, number: string | null, title: string, subheadings: Array<
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                  > }
                | { kindName: string, number: string | null, title: string, subheadings: Array<
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                  > }
              > }
          > }
        | { id: string, headings: Array<
            | { kindName: string, number: string | null, title: string, subheadings: Array<
                | { kindName: string, number: string | null, title: string, subheadings: Array<
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                  > }
                | { kindName: string, number: string | null, title: string, subheadings: Array<
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                  > }
              > }
            | { kindName: string, number: string | null, title: string, subheadings: Array<
                | { kindName: string, number: string | null, title: string, subheadings: Array<
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                  > }
                | { kindName: string, number: string | null, title: string, subheadings: Array<
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                    | { kindName: string, number: string | null, title: string, subheadings: Array<
                        | { kindName: string }
                        | { kindName: string }
                      > }
                  > }
              > }
          > }
      > }
   | null> };

export type DurabilityCreateMutationVariables = Exact<{
  input: CreateJointActionInput;
}>;


export type DurabilityCreateMutation = { createJointAction: { jointAction: { id: string } | null, errors: Array<{ code: UserErrorCode, message: string }> } };

export type EvidenceCreateJointActionMutationVariables = Exact<{
  input: CreateJointActionInput;
}>;


export type EvidenceCreateJointActionMutation = { createJointAction: { jointAction: { id: string } | null, errors: Array<{ code: UserErrorCode }> } };

export type EvidenceActionUpdatesQueryVariables = Exact<{
  id: string;
  states?: Array<UpdateState> | UpdateState | null | undefined;
}>;


export type EvidenceActionUpdatesQuery = { node:
    | { version: number, updates: { totalCount: number, nodes: Array<{ id: string, note: string, evidenceUrl: string | null }> } }
    | { version: number, updates: { totalCount: number, nodes: Array<{ id: string, note: string, evidenceUrl: string | null }> } }
    | { version: number, updates: { totalCount: number, nodes: Array<{ id: string, note: string, evidenceUrl: string | null }> } }
    | Record<PropertyKey, never>
   | null };

export type GatewayQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type GatewayQueryQuery = { councils: Array<
    | { name: string }
    | { name: string }
   | null>, jointInitiative: { councilActions: Array<
      | { title: string }
      | { title: string }
     | null> } | null };

export type GatewayCouncilNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type GatewayCouncilNamesQuery = { councils: Array<
    | { name: string }
    | { name: string }
   | null> };

export type GraphCouncilPlansInFullQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphCouncilPlansInFullQuery = { councils: Array<
    | { __typename: 'CumberlandCouncil', name: string, gssCode: string, plans: Array<
        | { title: string, kind: PlanKind, period: { start: string | null, end: string | null }, priorities: Array<
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
              > }
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
              > }
          >, actions: Array<
            | { title: string }
            | { title: string }
          >, boards: Array<
            | { name: string }
            | { name: string }
          > }
        | { title: string, kind: PlanKind, period: { start: string | null, end: string | null }, priorities: Array<
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
              > }
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
              > }
          >, actions: Array<
            | { title: string }
            | { title: string }
          >, boards: Array<
            | { name: string }
            | { name: string }
          > }
      > }
    | { __typename: 'WestmorlandAndFurnessCouncil', name: string, gssCode: string, plans: Array<
        | { title: string, kind: PlanKind, period: { start: string | null, end: string | null }, priorities: Array<
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
              > }
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
              > }
          >, actions: Array<
            | { title: string }
            | { title: string }
          >, boards: Array<
            | { name: string }
            | { name: string }
          > }
        | { title: string, kind: PlanKind, period: { start: string | null, end: string | null }, priorities: Array<
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
              > }
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
              > }
          >, actions: Array<
            | { title: string }
            | { title: string }
          >, boards: Array<
            | { name: string }
            | { name: string }
          > }
      > }
   | null> };

export type GraphAdoptionActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphAdoptionActionsQuery = { councils: Array<
    | { name: string, actions: { totalCount: number, nodes: Array<
          | { id: string, title: string, status: ActionStatus, plan:
              | { title: string }
              | { title: string }
            , council:
              | { name: string }
              | { name: string }
            , themes: Array<{ id: string }>, source: { section: string, quote: string, document: { title: string } } }
          | { id: string, title: string, status: ActionStatus, plan:
              | { title: string }
              | { title: string }
            , council:
              | { name: string }
              | { name: string }
            , themes: Array<{ id: string }>, source: { section: string, quote: string, document: { title: string } } }
        > } }
    | { name: string, actions: { totalCount: number, nodes: Array<
          | { id: string, title: string, status: ActionStatus, plan:
              | { title: string }
              | { title: string }
            , council:
              | { name: string }
              | { name: string }
            , themes: Array<{ id: string }>, source: { section: string, quote: string, document: { title: string } } }
          | { id: string, title: string, status: ActionStatus, plan:
              | { title: string }
              | { title: string }
            , council:
              | { name: string }
              | { name: string }
            , themes: Array<{ id: string }>, source: { section: string, quote: string, document: { title: string } } }
        > } }
   | null> };

export type GraphActionFiltersQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphActionFiltersQuery = { councils: Array<
    | { transport: { nodes: Array<
          | { title: string }
          | { title: string }
        > }, percent: { nodes: Array<
          | { title: string }
          | { title: string }
        > }, none: { nodes: Array<
          | { title: string }
          | { title: string }
        > }, all: { nodes: Array<
          | { title: string }
          | { title: string }
        > }, combined: { nodes: Array<
          | { title: string }
          | { title: string }
        > } }
    | { transport: { nodes: Array<
          | { title: string }
          | { title: string }
        > }, percent: { nodes: Array<
          | { title: string }
          | { title: string }
        > }, none: { nodes: Array<
          | { title: string }
          | { title: string }
        > }, all: { nodes: Array<
          | { title: string }
          | { title: string }
        > }, combined: { nodes: Array<
          | { title: string }
          | { title: string }
        > } }
   | null> };

export type GraphJointInitiativeWithSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphJointInitiativeWithSourcesQuery = { jointInitiative: { id: string, name: string, status: JointInitiativeStatus, kind: JointInitiativeKind, partners: Array<
      | { name: string }
      | { name: string }
     | null>, restsOn: Array<{ name: string, status: JointInitiativeStatus, hostedBy:
        | { name: string }
        | { name: string }
       | null }>, councilActions: Array<
      | { __typename: 'CumberlandAction', title: string, plan:
          | { title: string }
          | { title: string }
        , council:
          | { name: string }
          | { name: string }
         }
      | { __typename: 'WestmorlandAndFurnessAction', title: string, plan:
          | { title: string }
          | { title: string }
        , council:
          | { name: string }
          | { name: string }
         }
     | null>, sources: Array<{ quote: string, document: { publisher: string } }> } | null };

export type GraphPartnershipAndInitiativeFiltersQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphPartnershipAndInitiativeFiltersQuery = { partnership: { name: string, councils: Array<
      | { gssCode: string }
      | { gssCode: string }
     | null>, jointInitiatives: { nodes: Array<{ key: string }> } } | null, hosted: { nodes: Array<{ key: string, partOf: { key: string } | null }> }, fostering: { nodes: Array<{ key: string }> }, theme: { name: string, jointInitiatives: Array<{ key: string }> } | null };

export type GraphAllNodeIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphAllNodeIdsQuery = { councils: Array<
    | { id: string, plans: Array<
        | { id: string, priorities: Array<
            | { id: string }
            | { id: string }
          >, actions: Array<
            | { id: string }
            | { id: string }
          > }
        | { id: string, priorities: Array<
            | { id: string }
            | { id: string }
          >, actions: Array<
            | { id: string }
            | { id: string }
          > }
      >, boards: Array<
        | { id: string }
        | { id: string }
      > }
    | { id: string, plans: Array<
        | { id: string, priorities: Array<
            | { id: string }
            | { id: string }
          >, actions: Array<
            | { id: string }
            | { id: string }
          > }
        | { id: string, priorities: Array<
            | { id: string }
            | { id: string }
          >, actions: Array<
            | { id: string }
            | { id: string }
          > }
      >, boards: Array<
        | { id: string }
        | { id: string }
      > }
   | null>, jointInitiatives: { nodes: Array<{ id: string }> }, themes: Array<{ id: string }>, partnership: { id: string } | null };

export type GraphNodeByIdQueryVariables = Exact<{
  id: string;
}>;


export type GraphNodeByIdQuery = { node:
    | { __typename: 'CumberlandAction', title: string, id: string }
    | { __typename: 'CumberlandBoard', name: string, id: string }
    | { __typename: 'CumberlandCouncil', name: string, id: string }
    | { __typename: 'CumberlandMeeting', id: string }
    | { __typename: 'CumberlandPlan', title: string, id: string }
    | { __typename: 'CumberlandPriority', title: string, id: string }
    | { __typename: 'CumberlandReport', id: string }
    | { __typename: 'Indicator', id: string }
    | { __typename: 'JointAction', id: string }
    | { __typename: 'JointInitiative', name: string, id: string }
    | { __typename: 'Partnership', name: string, id: string }
    | { __typename: 'Theme', name: string, id: string }
    | { __typename: 'WestmorlandAndFurnessAction', title: string, id: string }
    | { __typename: 'WestmorlandAndFurnessBoard', name: string, id: string }
    | { __typename: 'WestmorlandAndFurnessCouncil', name: string, id: string }
    | { __typename: 'WestmorlandAndFurnessMeeting', id: string }
    | { __typename: 'WestmorlandAndFurnessPlan', title: string, id: string }
    | { __typename: 'WestmorlandAndFurnessPriority', title: string, id: string }
    | { __typename: 'WestmorlandAndFurnessReport', id: string }
   | null };

export type GraphUnknownIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphUnknownIdsQuery = { a:
    | { title: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { title: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, b:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, c:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, d: { name: string } | null, e:
    | { id: string }
    | { id: string }
   | null, f:
    | { id: string }
    | { id: string }
   | null, g:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type GraphInjectedTextFilterQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphInjectedTextFilterQuery = { councils: Array<
    | { actions: { nodes: Array<
          | { title: string }
          | { title: string }
        > } }
    | { actions: { nodes: Array<
          | { title: string }
          | { title: string }
        > } }
   | null> };

export type GraphActionTotalsQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphActionTotalsQuery = { councils: Array<
    | { actions: { totalCount: number } }
    | { actions: { totalCount: number } }
   | null> };

export type GraphCaredForChildrenIndicatorQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphCaredForChildrenIndicatorQuery = { indicator: { title: string, unit: IndicatorUnit | null, kind: IndicatorKind } | null, councils: Array<
    | { name: string, indicator: { tracked: boolean, noValueReason: string | null, latest: { value: number | null, status: ValueStatus, asAt: string | null, geography: string, source: { quote: string, document: { id: string } } } | null } }
    | { name: string, indicator: { tracked: boolean, noValueReason: string | null, latest: { value: number | null, status: ValueStatus, asAt: string | null, geography: string, source: { quote: string, document: { id: string } } } | null } }
   | null> };

export type GraphPlanMeasuresQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphPlanMeasuresQuery = { councils: Array<
    | { plans: Array<
        | { title: string, measures: Array<{ text: string, priority:
              | { title: string }
              | { title: string }
             | null, indicator: { code: string, polarity: Polarity | null, dataset: string | null } }> }
        | { title: string, measures: Array<{ text: string, priority:
              | { title: string }
              | { title: string }
             | null, indicator: { code: string, polarity: Polarity | null, dataset: string | null } }> }
      >, indicator: { tracked: boolean, noValueReason: string | null } }
    | { plans: Array<
        | { title: string, measures: Array<{ text: string, priority:
              | { title: string }
              | { title: string }
             | null, indicator: { code: string, polarity: Polarity | null, dataset: string | null } }> }
        | { title: string, measures: Array<{ text: string, priority:
              | { title: string }
              | { title: string }
             | null, indicator: { code: string, polarity: Polarity | null, dataset: string | null } }> }
      >, indicator: { tracked: boolean, noValueReason: string | null } }
   | null> };

export type GraphBoardMeetingReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphBoardMeetingReportsQuery = { councils: Array<
    | { boards: Array<
        | { name: string, meetings: { nodes: Array<
              | { date: string, reports: Array<
                  | { title: string, author: string | null, presents:
                      | { title: string }
                      | { title: string }
                     | null, financial: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
                  | { title: string, author: string | null, presents:
                      | { title: string }
                      | { title: string }
                     | null, financial: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
                > }
              | { date: string, reports: Array<
                  | { title: string, author: string | null, presents:
                      | { title: string }
                      | { title: string }
                     | null, financial: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
                  | { title: string, author: string | null, presents:
                      | { title: string }
                      | { title: string }
                     | null, financial: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
                > }
            > } }
        | { name: string, meetings: { nodes: Array<
              | { date: string, reports: Array<
                  | { title: string, author: string | null, presents:
                      | { title: string }
                      | { title: string }
                     | null, financial: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
                  | { title: string, author: string | null, presents:
                      | { title: string }
                      | { title: string }
                     | null, financial: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
                > }
              | { date: string, reports: Array<
                  | { title: string, author: string | null, presents:
                      | { title: string }
                      | { title: string }
                     | null, financial: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
                  | { title: string, author: string | null, presents:
                      | { title: string }
                      | { title: string }
                     | null, financial: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
                > }
            > } }
      > }
    | { boards: Array<
        | { name: string, meetings: { nodes: Array<
              | { date: string, reports: Array<
                  | { title: string, author: string | null, presents:
                      | { title: string }
                      | { title: string }
                     | null, financial: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
                  | { title: string, author: string | null, presents:
                      | { title: string }
                      | { title: string }
                     | null, financial: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
                > }
              | { date: string, reports: Array<
                  | { title: string, author: string | null, presents:
                      | { title: string }
                      | { title: string }
                     | null, financial: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
                  | { title: string, author: string | null, presents:
                      | { title: string }
                      | { title: string }
                     | null, financial: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
                > }
            > } }
        | { name: string, meetings: { nodes: Array<
              | { date: string, reports: Array<
                  | { title: string, author: string | null, presents:
                      | { title: string }
                      | { title: string }
                     | null, financial: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
                  | { title: string, author: string | null, presents:
                      | { title: string }
                      | { title: string }
                     | null, financial: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
                > }
              | { date: string, reports: Array<
                  | { title: string, author: string | null, presents:
                      | { title: string }
                      | { title: string }
                     | null, financial: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
                  | { title: string, author: string | null, presents:
                      | { title: string }
                      | { title: string }
                     | null, financial: Array<{ heading: string, paragraphs: Array<{ number: string | null, text: string }> }> }
                > }
            > } }
      > }
   | null> };

export type GraphPlanVoicesAndStatementsQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphPlanVoicesAndStatementsQuery = { councils: Array<
    | { plans: Array<
        | { title: string, voices: Array<{ kind: VoiceKind, speaker: Speaker, text: string }>, promise: Array<{ text: string }>, corporate: Array<{ text: string }>, signatories: Array<{ name: string, role: string }> }
        | { title: string, voices: Array<{ kind: VoiceKind, speaker: Speaker, text: string }>, promise: Array<{ text: string }>, corporate: Array<{ text: string }>, signatories: Array<{ name: string, role: string }> }
      > }
    | { plans: Array<
        | { title: string, voices: Array<{ kind: VoiceKind, speaker: Speaker, text: string }>, promise: Array<{ text: string }>, corporate: Array<{ text: string }>, signatories: Array<{ name: string, role: string }> }
        | { title: string, voices: Array<{ kind: VoiceKind, speaker: Speaker, text: string }>, promise: Array<{ text: string }>, corporate: Array<{ text: string }>, signatories: Array<{ name: string, role: string }> }
      > }
   | null> };

export type GraphNationalAndMissingIndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphNationalAndMissingIndicatorsQuery = { national: Array<{ code: string }>, missing: { code: string } | null };

export type HostileLimitsCouncilNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type HostileLimitsCouncilNamesQuery = { councils: Array<
    | { id: string, name: string }
    | { id: string, name: string }
   | null> };

export type HostileReplayCouncilNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type HostileReplayCouncilNamesQuery = { councils: Array<
    | { name: string }
    | { name: string }
   | null> };

export type HostileTokensAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type HostileTokensAuditQuery = { councils: Array<
    | { auditLog: { totalCount: number } }
    | { auditLog: { totalCount: number } }
   | null> };

export type HostileCouncilNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type HostileCouncilNamesQuery = { councils: Array<
    | { name: string }
    | { name: string }
   | null> };

export type IdempotencyCreateMutationVariables = Exact<{
  input: CreateJointActionInput;
}>;


export type IdempotencyCreateMutation = { createJointAction: { replayed: boolean, jointAction: { id: string, title: string } | null, errors: Array<{ code: UserErrorCode, field: string | null }> } };

export type IdempotencyRecordMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type IdempotencyRecordMutation = { recordCumberlandActionProgress: { replayed: boolean, action:
      | { id: string, version: number }
      | { id: string, version: number }
     | null, update: { id: string, state: UpdateState, revision: number } | null, errors: Array<{ code: UserErrorCode, field: string | null }> } };

export type IdempotencyApproveMutationVariables = Exact<{
  input: SignOffInput;
}>;


export type IdempotencyApproveMutation = { approveCumberlandProgressUpdate: { replayed: boolean, action:
      | { id: string, version: number, status: ActionStatus }
      | { id: string, version: number, status: ActionStatus }
     | null, update: { id: string, state: UpdateState, revision: number } | null, errors: Array<{ code: UserErrorCode, field: string | null }> } };

export type InFlightStateQueryQueryVariables = Exact<{
  id: string;
}>;


export type InFlightStateQueryQuery = { node:
    | { version: number, status: ActionStatus, updates: { totalCount: number } }
    | { version: number, status: ActionStatus, updates: { totalCount: number } }
    | Record<PropertyKey, never>
   | null };

export type InFlightRecordMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type InFlightRecordMutation = { recordCumberlandActionProgress: { action:
      | { version: number }
      | { version: number }
     | null, update: { id: string, revision: number } | null, errors: Array<{ code: UserErrorCode }> } };

export type InFlightApproveMutationVariables = Exact<{
  input: SignOffInput;
}>;


export type InFlightApproveMutation = { approveCumberlandProgressUpdate: { action:
      | { version: number }
      | { version: number }
     | null, errors: Array<{ code: UserErrorCode }> } };

export type JointActionEditsFieldsFragment = { id: string, title: string, description: string | null, owner: string, dueDate: string | null, revision: number, withdrawnAt: string | null, withdrawalReason: string | null, status: ActionStatus, version: number, withdrawnBy: { subject: string | null, name: string | null, team: string } | null, milestones: Array<{ title: string, dueDate: string | null }>, advances: Array<
    | { id: string }
    | { id: string }
   | null> };

export type JointActionEditsPayloadFragment = { replayed: boolean, jointAction: { id: string, title: string, description: string | null, owner: string, dueDate: string | null, revision: number, withdrawnAt: string | null, withdrawalReason: string | null, status: ActionStatus, version: number, withdrawnBy: { subject: string | null, name: string | null, team: string } | null, milestones: Array<{ title: string, dueDate: string | null }>, advances: Array<
      | { id: string }
      | { id: string }
     | null> } | null, errors: Array<{ code: UserErrorCode, field: string | null, message: string, currentVersion: number | null }> };

export type JointActionEditsCreateMutationVariables = Exact<{
  input: CreateJointActionInput;
}>;


export type JointActionEditsCreateMutation = { createJointAction: { replayed: boolean, jointAction: { id: string, title: string, description: string | null, owner: string, dueDate: string | null, revision: number, withdrawnAt: string | null, withdrawalReason: string | null, status: ActionStatus, version: number, withdrawnBy: { subject: string | null, name: string | null, team: string } | null, milestones: Array<{ title: string, dueDate: string | null }>, advances: Array<
        | { id: string }
        | { id: string }
       | null> } | null, errors: Array<{ code: UserErrorCode, field: string | null, message: string, currentVersion: number | null }> } };

export type JointActionEditsUpdateMutationVariables = Exact<{
  input: UpdateJointActionInput;
}>;


export type JointActionEditsUpdateMutation = { updateJointAction: { replayed: boolean, jointAction: { id: string, title: string, description: string | null, owner: string, dueDate: string | null, revision: number, withdrawnAt: string | null, withdrawalReason: string | null, status: ActionStatus, version: number, withdrawnBy: { subject: string | null, name: string | null, team: string } | null, milestones: Array<{ title: string, dueDate: string | null }>, advances: Array<
        | { id: string }
        | { id: string }
       | null> } | null, errors: Array<{ code: UserErrorCode, field: string | null, message: string, currentVersion: number | null }> } };

export type JointActionEditsWithdrawMutationVariables = Exact<{
  input: WithdrawJointActionInput;
}>;


export type JointActionEditsWithdrawMutation = { withdrawJointAction: { replayed: boolean, jointAction: { id: string, title: string, description: string | null, owner: string, dueDate: string | null, revision: number, withdrawnAt: string | null, withdrawalReason: string | null, status: ActionStatus, version: number, withdrawnBy: { subject: string | null, name: string | null, team: string } | null, milestones: Array<{ title: string, dueDate: string | null }>, advances: Array<
        | { id: string }
        | { id: string }
       | null> } | null, errors: Array<{ code: UserErrorCode, field: string | null, message: string, currentVersion: number | null }> } };

export type JointActionEditsReadQueryVariables = Exact<{
  id: string;
}>;


export type JointActionEditsReadQuery = { node:
    | { id: string, title: string, description: string | null, owner: string, dueDate: string | null, revision: number, withdrawnAt: string | null, withdrawalReason: string | null, status: ActionStatus, version: number, withdrawnBy: { subject: string | null, name: string | null, team: string } | null, milestones: Array<{ title: string, dueDate: string | null }>, advances: Array<
        | { id: string }
        | { id: string }
       | null> }
    | Record<PropertyKey, never>
   | null };

export type JointActionEditsAuditLogQueryVariables = Exact<{
  entity?: string | null | undefined;
}>;


export type JointActionEditsAuditLogQuery = { partnership: { auditLog: { nodes: Array<{ operation: string, entityId: string, before: string | null, after: string | null, actor: { subject: string | null } }> } } | null };

export type JointActionEditsChangeKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type JointActionEditsChangeKindsQuery = { partnership: { changes: { nodes: Array<{ entityId: string, kind: ChangeKind }> } } | null };

export type JointActionEditsChangedIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type JointActionEditsChangedIdsQuery = { partnership: { changes: { nodes: Array<{ entityId: string }> } } | null };

export type JointActionEditsCountWithWithdrawnQueryVariables = Exact<{ [key: string]: never; }>;


export type JointActionEditsCountWithWithdrawnQuery = { jointInitiative: { jointActions: { totalCount: number } } | null };

export type JointActionEditsListQueryVariables = Exact<{
  filter?: JointActionFilter | null | undefined;
}>;


export type JointActionEditsListQuery = { jointInitiative: { jointActions: { totalCount: number, nodes: Array<{ id: string }> } } | null };

export type JointActionEditsCumberlandAuditLogQueryVariables = Exact<{
  entity?: string | null | undefined;
}>;


export type JointActionEditsCumberlandAuditLogQuery = { cumberland: { all: { totalCount: number }, one: { nodes: Array<{ operation: string, entityId: string }> } } | null };

export type JointActionRacesFieldsFragment = { id: string, status: ActionStatus, version: number, revision: number, withdrawnAt: string | null };

export type JointActionRacesCreateMutationVariables = Exact<{
  input: CreateJointActionInput;
}>;


export type JointActionRacesCreateMutation = { createJointAction: { jointAction: { id: string, status: ActionStatus, version: number, revision: number, withdrawnAt: string | null } | null, errors: Array<{ code: UserErrorCode }> } };

export type JointActionRacesReadQueryVariables = Exact<{
  id: string;
}>;


export type JointActionRacesReadQuery = { node:
    | { id: string, status: ActionStatus, version: number, revision: number, withdrawnAt: string | null, updates: { nodes: Array<{ id: string, state: UpdateState }> } }
    | Record<PropertyKey, never>
   | null };

export type JointActionRacesWithdrawMutationVariables = Exact<{
  input: WithdrawJointActionInput;
}>;


export type JointActionRacesWithdrawMutation = { withdrawJointAction: { jointAction: { id: string, status: ActionStatus, version: number, revision: number, withdrawnAt: string | null } | null, errors: Array<{ code: UserErrorCode }> } };

export type JointActionRacesAuditLogQueryVariables = Exact<{
  entity?: string | null | undefined;
}>;


export type JointActionRacesAuditLogQuery = { partnership: { auditLog: { nodes: Array<{ operation: string, before: string | null, after: string | null }> } } | null };

export type JointActionsCreateMutationVariables = Exact<{
  input: CreateJointActionInput;
}>;


export type JointActionsCreateMutation = { createJointAction: { jointAction: { id: string, title: string, owner: string, dueDate: string | null, status: ActionStatus, version: number, milestones: Array<{ title: string, dueDate: string | null }>, advances: Array<
        | { __typename: 'CumberlandAction', id: string, title: string, plan:
            | { title: string }
            | { title: string }
           }
        | { __typename: 'WestmorlandAndFurnessAction', id: string, title: string, plan:
            | { title: string }
            | { title: string }
           }
       | null>, initiative: { key: string } } | null, errors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type JointActionsRecordMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type JointActionsRecordMutation = { recordJointActionProgress: { jointAction: { id: string, status: ActionStatus, rag: Rag | null, version: number } | null, update: { id: string, state: UpdateState, revision: number, note: string, version: number, recordedBy: { name: string | null } } | null, errors: Array<{ code: UserErrorCode, field: string | null, message: string, currentVersion: number | null }> } };

export type JointActionsWithUpdatesQueryVariables = Exact<{ [key: string]: never; }>;


export type JointActionsWithUpdatesQuery = { jointInitiative: { jointActions: { nodes: Array<{ status: ActionStatus, version: number, latestUpdate: { note: string } | null, approved: { totalCount: number, edges: Array<{ node: { note: string } }> }, updates: { totalCount: number, edges: Array<{ node: { note: string, state: UpdateState } }> } }> } } | null };

export type JointActionsAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type JointActionsAuditLogQuery = { partnership: { auditLog: { edges: Array<{ node: { operation: string, entityId: string, actor: { subject: string | null } } }> } } | null };

export type JointActionsIdsBeforeRefusalsQueryVariables = Exact<{ [key: string]: never; }>;


export type JointActionsIdsBeforeRefusalsQuery = { jointInitiative: { jointActions: { nodes: Array<{ id: string }> } } | null };

export type JointActionsIdsAfterRefusalsQueryVariables = Exact<{ [key: string]: never; }>;


export type JointActionsIdsAfterRefusalsQuery = { jointInitiative: { jointActions: { nodes: Array<{ id: string }> } } | null };

export type JointActionsAuditTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type JointActionsAuditTotalQuery = { partnership: { auditLog: { totalCount: number } } | null };

export type JointActionsStatusAndVersionQueryVariables = Exact<{
  id: string;
}>;


export type JointActionsStatusAndVersionQuery = { node:
    | { status: ActionStatus, version: number }
    | Record<PropertyKey, never>
   | null };

export type JointActionsTitleAndApprovedUpdatesQueryVariables = Exact<{
  id: string;
}>;


export type JointActionsTitleAndApprovedUpdatesQuery = { node:
    | { title: string, latestUpdate: { note: string } | null, updates: { totalCount: number } }
    | Record<PropertyKey, never>
   | null };

export type JointReportCreateMutationVariables = Exact<{
  input: CreateJointActionInput;
}>;


export type JointReportCreateMutation = { createJointAction: { jointAction: { id: string, version: number } | null, errors: Array<{ code: UserErrorCode, field: string | null, message: string }> } };

export type JointReportApprovedUpdatesQueryVariables = Exact<{
  id: string;
}>;


export type JointReportApprovedUpdatesQuery = { node:
    | { updates: { nodes: Array<{ id: string, recordedAt: string }> } }
    | Record<PropertyKey, never>
   | null };

export type JointReportCouncilActionIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type JointReportCouncilActionIdsQuery = { jointInitiative: { councilActions: Array<
      | { id: string }
      | { id: string }
     | null> } | null };

export type JointReportWithdrawMutationVariables = Exact<{
  input: WithdrawJointActionInput;
}>;


export type JointReportWithdrawMutation = { withdrawJointAction: { errors: Array<{ code: UserErrorCode }> } };

export type OnboardingSpreadsheetOutcomesAndPrioritiesQueryVariables = Exact<{ [key: string]: never; }>;


export type OnboardingSpreadsheetOutcomesAndPrioritiesQuery = { councils: Array<
    | { id: string, plans: Array<
        | { title: string, outcomes: Array<
            | { id: string, kind: string, number: string | null, title: string, actions: Array<
                | { title: string, themes: Array<{ code: string }> }
                | { title: string, themes: Array<{ code: string }> }
              > }
            | { id: string, kind: string, number: string | null, title: string, actions: Array<
                | { title: string, themes: Array<{ code: string }> }
                | { title: string, themes: Array<{ code: string }> }
              > }
          >, priorities: Array<
            | { number: string | null, title: string }
            | { number: string | null, title: string }
          > }
        | { title: string, outcomes: Array<
            | { id: string, kind: string, number: string | null, title: string, actions: Array<
                | { title: string, themes: Array<{ code: string }> }
                | { title: string, themes: Array<{ code: string }> }
              > }
            | { id: string, kind: string, number: string | null, title: string, actions: Array<
                | { title: string, themes: Array<{ code: string }> }
                | { title: string, themes: Array<{ code: string }> }
              > }
          >, priorities: Array<
            | { number: string | null, title: string }
            | { number: string | null, title: string }
          > }
      > }
    | { id: string, plans: Array<
        | { title: string, outcomes: Array<
            | { id: string, kind: string, number: string | null, title: string, actions: Array<
                | { title: string, themes: Array<{ code: string }> }
                | { title: string, themes: Array<{ code: string }> }
              > }
            | { id: string, kind: string, number: string | null, title: string, actions: Array<
                | { title: string, themes: Array<{ code: string }> }
                | { title: string, themes: Array<{ code: string }> }
              > }
          >, priorities: Array<
            | { number: string | null, title: string }
            | { number: string | null, title: string }
          > }
        | { title: string, outcomes: Array<
            | { id: string, kind: string, number: string | null, title: string, actions: Array<
                | { title: string, themes: Array<{ code: string }> }
                | { title: string, themes: Array<{ code: string }> }
              > }
            | { id: string, kind: string, number: string | null, title: string, actions: Array<
                | { title: string, themes: Array<{ code: string }> }
                | { title: string, themes: Array<{ code: string }> }
              > }
          >, priorities: Array<
            | { number: string | null, title: string }
            | { number: string | null, title: string }
          > }
      > }
   | null> };

export type OnboardingSpreadsheetYoungCarersActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type OnboardingSpreadsheetYoungCarersActionsQuery = { theme: { name: string } | null, councils: Array<
    | { id: string, actions: { totalCount: number, nodes: Array<
          | { title: string, parentHeading:
              | { number: string | null }
              | { number: string | null }
             | null }
          | { title: string, parentHeading:
              | { number: string | null }
              | { number: string | null }
             | null }
        > } }
    | { id: string, actions: { totalCount: number, nodes: Array<
          | { title: string, parentHeading:
              | { number: string | null }
              | { number: string | null }
             | null }
          | { title: string, parentHeading:
              | { number: string | null }
              | { number: string | null }
             | null }
        > } }
   | null> };

export type OnboardingSpreadsheetOutcomeHeadingQueryVariables = Exact<{ [key: string]: never; }>;


export type OnboardingSpreadsheetOutcomeHeadingQuery = { node:
    | { kind: string, number: string | null, title: string, source: { section: string, quote: string } }
    | { kind: string, number: string | null, title: string, source: { section: string, quote: string } }
    | Record<PropertyKey, never>
   | null };

export type OnboardingSpreadsheetMeasureGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type OnboardingSpreadsheetMeasureGroupsQuery = { councils: Array<
    | { id: string, plans: Array<
        | { measureGroups: Array<{ title: string, measures: Array<{ text: string }> }> }
        | { measureGroups: Array<{ title: string, measures: Array<{ text: string }> }> }
      > }
    | { id: string, plans: Array<
        | { measureGroups: Array<{ title: string, measures: Array<{ text: string }> }> }
        | { measureGroups: Array<{ title: string, measures: Array<{ text: string }> }> }
      > }
   | null> };

export type OnboardingSpreadsheetAspirationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OnboardingSpreadsheetAspirationsQuery = { councils: Array<
    | { id: string, plans: Array<
        | { statements: Array<{ kindCode: string, label: string | null, text: string }> }
        | { statements: Array<{ kindCode: string, label: string | null, text: string }> }
      > }
    | { id: string, plans: Array<
        | { statements: Array<{ kindCode: string, label: string | null, text: string }> }
        | { statements: Array<{ kindCode: string, label: string | null, text: string }> }
      > }
   | null> };

export type OnboardingSpreadsheetFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type OnboardingSpreadsheetFiguresQuery = { councils: Array<
    | { id: string, figures: { nodes: Array<{ value: number | null, undated: boolean, undatedReason: string | null, indicator: { code: string }, comparators: Array<{ area: string, areaCode: string | null, value: number | null, text: string }> }> } }
    | { id: string, figures: { nodes: Array<{ value: number | null, undated: boolean, undatedReason: string | null, indicator: { code: string }, comparators: Array<{ area: string, areaCode: string | null, value: number | null, text: string }> }> } }
   | null> };

export type ReuseDeepQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ReuseDeepQuery = { council:
    | { name: string, plans: Array<
        | { title: string, headings: Array<
            | { title: string, actions: Array<
                | { id: string, status: ActionStatus }
                | { id: string, status: ActionStatus }
              > }
            | { title: string, actions: Array<
                | { id: string, status: ActionStatus }
                | { id: string, status: ActionStatus }
              > }
          > }
        | { title: string, headings: Array<
            | { title: string, actions: Array<
                | { id: string, status: ActionStatus }
                | { id: string, status: ActionStatus }
              > }
            | { title: string, actions: Array<
                | { id: string, status: ActionStatus }
                | { id: string, status: ActionStatus }
              > }
          > }
      >, actions: { totalCount: number, nodes: Array<
          | { id: string, title: string }
          | { id: string, title: string }
        > } }
    | { name: string, plans: Array<
        | { title: string, headings: Array<
            | { title: string, actions: Array<
                | { id: string, status: ActionStatus }
                | { id: string, status: ActionStatus }
              > }
            | { title: string, actions: Array<
                | { id: string, status: ActionStatus }
                | { id: string, status: ActionStatus }
              > }
          > }
        | { title: string, headings: Array<
            | { title: string, actions: Array<
                | { id: string, status: ActionStatus }
                | { id: string, status: ActionStatus }
              > }
            | { title: string, actions: Array<
                | { id: string, status: ActionStatus }
                | { id: string, status: ActionStatus }
              > }
          > }
      >, actions: { totalCount: number, nodes: Array<
          | { id: string, title: string }
          | { id: string, title: string }
        > } }
   | null };

type ReuseDeepCouncil_CumberlandCouncil_Fragment = { name: string, plans: Array<
    | { title: string, headings: Array<
        | { title: string, actions: Array<
            | { id: string, status: ActionStatus }
            | { id: string, status: ActionStatus }
          > }
        | { title: string, actions: Array<
            | { id: string, status: ActionStatus }
            | { id: string, status: ActionStatus }
          > }
      > }
    | { title: string, headings: Array<
        | { title: string, actions: Array<
            | { id: string, status: ActionStatus }
            | { id: string, status: ActionStatus }
          > }
        | { title: string, actions: Array<
            | { id: string, status: ActionStatus }
            | { id: string, status: ActionStatus }
          > }
      > }
  >, actions: { totalCount: number, nodes: Array<
      | { id: string, title: string }
      | { id: string, title: string }
    > } };

type ReuseDeepCouncil_WestmorlandAndFurnessCouncil_Fragment = { name: string, plans: Array<
    | { title: string, headings: Array<
        | { title: string, actions: Array<
            | { id: string, status: ActionStatus }
            | { id: string, status: ActionStatus }
          > }
        | { title: string, actions: Array<
            | { id: string, status: ActionStatus }
            | { id: string, status: ActionStatus }
          > }
      > }
    | { title: string, headings: Array<
        | { title: string, actions: Array<
            | { id: string, status: ActionStatus }
            | { id: string, status: ActionStatus }
          > }
        | { title: string, actions: Array<
            | { id: string, status: ActionStatus }
            | { id: string, status: ActionStatus }
          > }
      > }
  >, actions: { totalCount: number, nodes: Array<
      | { id: string, title: string }
      | { id: string, title: string }
    > } };

export type ReuseDeepCouncilFragment =
  | ReuseDeepCouncil_CumberlandCouncil_Fragment
  | ReuseDeepCouncil_WestmorlandAndFurnessCouncil_Fragment
;

export type ReuseConditionalQueryVariables = Exact<{
  withPlans: boolean;
}>;


export type ReuseConditionalQuery = { council:
    | { name: string, plans?: Array<
        | { title: string }
        | { title: string }
      > }
    | { name: string, plans?: Array<
        | { title: string }
        | { title: string }
      > }
   | null };

export type PartnershipsListQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnershipsListQuery = { partnerships: Array<{ id: string, name: string, councils: Array<
      | { gssCode: string }
      | { gssCode: string }
     | null>, jointInitiatives: { totalCount: number } }> };

export type PartnershipsByIdOrKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnershipsByIdOrKeyQuery = { byKey: { name: string } | null, byId: { name: string } | null, unknown: { name: string } | null, malformed: { name: string } | null };

export type PartnershipsWithoutIdQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnershipsWithoutIdQuery = { partnership: { name: string } | null };

export type PartnershipsAcrossTheGraphQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnershipsAcrossTheGraphQuery = { partnerships: Array<{ name: string }>, partnership: { name: string } | null, councils: Array<
    | { name: string }
    | { name: string }
   | null>, jointInitiative: { partners: Array<
      | { name: string }
      | { name: string }
     | null> } | null };

export type PlanStructureHeadingTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanStructureHeadingTreeQuery = { councils: Array<
    | { plans: Array<
        | { id: string, headings: Array<
            | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string }
                    | { id: string }
                  > }
                | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string }
                    | { id: string }
                  > }
              > }
            | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string }
                    | { id: string }
                  > }
                | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string }
                    | { id: string }
                  > }
              > }
          > }
        | { id: string, headings: Array<
            | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string }
                    | { id: string }
                  > }
                | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string }
                    | { id: string }
                  > }
              > }
            | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string }
                    | { id: string }
                  > }
                | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string }
                    | { id: string }
                  > }
              > }
          > }
      > }
    | { plans: Array<
        | { id: string, headings: Array<
            | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string }
                    | { id: string }
                  > }
                | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string }
                    | { id: string }
                  > }
              > }
            | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string }
                    | { id: string }
                  > }
                | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string }
                    | { id: string }
                  > }
              > }
          > }
        | { id: string, headings: Array<
            | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string }
                    | { id: string }
                  > }
                | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string }
                    | { id: string }
                  > }
              > }
            | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string }
                    | { id: string }
                  > }
                | { id: string, kind: string, kindName: string, number: string | null, title: string, subheadings: Array<
                    | { id: string }
                    | { id: string }
                  > }
              > }
          > }
      > }
   | null> };

export type PlanStructurePriorityHeadingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanStructurePriorityHeadingsQuery = { councils: Array<
    | { plans: Array<
        | { id: string, headings: Array<
            | { title: string, parentHeading:
                | { kind: string, title: string }
                | { kind: string, title: string }
               | null }
            | { title: string, parentHeading:
                | { kind: string, title: string }
                | { kind: string, title: string }
               | null }
          > }
        | { id: string, headings: Array<
            | { title: string, parentHeading:
                | { kind: string, title: string }
                | { kind: string, title: string }
               | null }
            | { title: string, parentHeading:
                | { kind: string, title: string }
                | { kind: string, title: string }
               | null }
          > }
      > }
    | { plans: Array<
        | { id: string, headings: Array<
            | { title: string, parentHeading:
                | { kind: string, title: string }
                | { kind: string, title: string }
               | null }
            | { title: string, parentHeading:
                | { kind: string, title: string }
                | { kind: string, title: string }
               | null }
          > }
        | { id: string, headings: Array<
            | { title: string, parentHeading:
                | { kind: string, title: string }
                | { kind: string, title: string }
               | null }
            | { title: string, parentHeading:
                | { kind: string, title: string }
                | { kind: string, title: string }
               | null }
          > }
      > }
   | null> };

export type PlanStructureStrandHeadingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanStructureStrandHeadingsQuery = { councils: Array<
    | { plans: Array<
        | { id: string, headings: Array<
            | { kindName: string, number: string | null, title: string, parentHeading:
                | { kind: string, number: string | null }
                | { kind: string, number: string | null }
               | null }
            | { kindName: string, number: string | null, title: string, parentHeading:
                | { kind: string, number: string | null }
                | { kind: string, number: string | null }
               | null }
          > }
        | { id: string, headings: Array<
            | { kindName: string, number: string | null, title: string, parentHeading:
                | { kind: string, number: string | null }
                | { kind: string, number: string | null }
               | null }
            | { kindName: string, number: string | null, title: string, parentHeading:
                | { kind: string, number: string | null }
                | { kind: string, number: string | null }
               | null }
          > }
      > }
    | { plans: Array<
        | { id: string, headings: Array<
            | { kindName: string, number: string | null, title: string, parentHeading:
                | { kind: string, number: string | null }
                | { kind: string, number: string | null }
               | null }
            | { kindName: string, number: string | null, title: string, parentHeading:
                | { kind: string, number: string | null }
                | { kind: string, number: string | null }
               | null }
          > }
        | { id: string, headings: Array<
            | { kindName: string, number: string | null, title: string, parentHeading:
                | { kind: string, number: string | null }
                | { kind: string, number: string | null }
               | null }
            | { kindName: string, number: string | null, title: string, parentHeading:
                | { kind: string, number: string | null }
                | { kind: string, number: string | null }
               | null }
          > }
      > }
   | null> };

export type PlanStructureOutcomeActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanStructureOutcomeActionsQuery = { councils: Array<
    | { plans: Array<
        | { id: string, headings: Array<
            | { kind: string, number: string | null, actions: Array<
                | { title: string, parentHeading:
                    | { kind: string, number: string | null }
                    | { kind: string, number: string | null }
                   | null, priority:
                    | { title: string }
                    | { title: string }
                   | null }
                | { title: string, parentHeading:
                    | { kind: string, number: string | null }
                    | { kind: string, number: string | null }
                   | null, priority:
                    | { title: string }
                    | { title: string }
                   | null }
              >, statements: Array<{ kindCode: string, label: string | null, number: string | null }>, subheadings: Array<
                | { kind: string, actions: Array<
                    | { title: string }
                    | { title: string }
                  > }
                | { kind: string, actions: Array<
                    | { title: string }
                    | { title: string }
                  > }
              > }
            | { kind: string, number: string | null, actions: Array<
                | { title: string, parentHeading:
                    | { kind: string, number: string | null }
                    | { kind: string, number: string | null }
                   | null, priority:
                    | { title: string }
                    | { title: string }
                   | null }
                | { title: string, parentHeading:
                    | { kind: string, number: string | null }
                    | { kind: string, number: string | null }
                   | null, priority:
                    | { title: string }
                    | { title: string }
                   | null }
              >, statements: Array<{ kindCode: string, label: string | null, number: string | null }>, subheadings: Array<
                | { kind: string, actions: Array<
                    | { title: string }
                    | { title: string }
                  > }
                | { kind: string, actions: Array<
                    | { title: string }
                    | { title: string }
                  > }
              > }
          > }
        | { id: string, headings: Array<
            | { kind: string, number: string | null, actions: Array<
                | { title: string, parentHeading:
                    | { kind: string, number: string | null }
                    | { kind: string, number: string | null }
                   | null, priority:
                    | { title: string }
                    | { title: string }
                   | null }
                | { title: string, parentHeading:
                    | { kind: string, number: string | null }
                    | { kind: string, number: string | null }
                   | null, priority:
                    | { title: string }
                    | { title: string }
                   | null }
              >, statements: Array<{ kindCode: string, label: string | null, number: string | null }>, subheadings: Array<
                | { kind: string, actions: Array<
                    | { title: string }
                    | { title: string }
                  > }
                | { kind: string, actions: Array<
                    | { title: string }
                    | { title: string }
                  > }
              > }
            | { kind: string, number: string | null, actions: Array<
                | { title: string, parentHeading:
                    | { kind: string, number: string | null }
                    | { kind: string, number: string | null }
                   | null, priority:
                    | { title: string }
                    | { title: string }
                   | null }
                | { title: string, parentHeading:
                    | { kind: string, number: string | null }
                    | { kind: string, number: string | null }
                   | null, priority:
                    | { title: string }
                    | { title: string }
                   | null }
              >, statements: Array<{ kindCode: string, label: string | null, number: string | null }>, subheadings: Array<
                | { kind: string, actions: Array<
                    | { title: string }
                    | { title: string }
                  > }
                | { kind: string, actions: Array<
                    | { title: string }
                    | { title: string }
                  > }
              > }
          > }
      > }
    | { plans: Array<
        | { id: string, headings: Array<
            | { kind: string, number: string | null, actions: Array<
                | { title: string, parentHeading:
                    | { kind: string, number: string | null }
                    | { kind: string, number: string | null }
                   | null, priority:
                    | { title: string }
                    | { title: string }
                   | null }
                | { title: string, parentHeading:
                    | { kind: string, number: string | null }
                    | { kind: string, number: string | null }
                   | null, priority:
                    | { title: string }
                    | { title: string }
                   | null }
              >, statements: Array<{ kindCode: string, label: string | null, number: string | null }>, subheadings: Array<
                | { kind: string, actions: Array<
                    | { title: string }
                    | { title: string }
                  > }
                | { kind: string, actions: Array<
                    | { title: string }
                    | { title: string }
                  > }
              > }
            | { kind: string, number: string | null, actions: Array<
                | { title: string, parentHeading:
                    | { kind: string, number: string | null }
                    | { kind: string, number: string | null }
                   | null, priority:
                    | { title: string }
                    | { title: string }
                   | null }
                | { title: string, parentHeading:
                    | { kind: string, number: string | null }
                    | { kind: string, number: string | null }
                   | null, priority:
                    | { title: string }
                    | { title: string }
                   | null }
              >, statements: Array<{ kindCode: string, label: string | null, number: string | null }>, subheadings: Array<
                | { kind: string, actions: Array<
                    | { title: string }
                    | { title: string }
                  > }
                | { kind: string, actions: Array<
                    | { title: string }
                    | { title: string }
                  > }
              > }
          > }
        | { id: string, headings: Array<
            | { kind: string, number: string | null, actions: Array<
                | { title: string, parentHeading:
                    | { kind: string, number: string | null }
                    | { kind: string, number: string | null }
                   | null, priority:
                    | { title: string }
                    | { title: string }
                   | null }
                | { title: string, parentHeading:
                    | { kind: string, number: string | null }
                    | { kind: string, number: string | null }
                   | null, priority:
                    | { title: string }
                    | { title: string }
                   | null }
              >, statements: Array<{ kindCode: string, label: string | null, number: string | null }>, subheadings: Array<
                | { kind: string, actions: Array<
                    | { title: string }
                    | { title: string }
                  > }
                | { kind: string, actions: Array<
                    | { title: string }
                    | { title: string }
                  > }
              > }
            | { kind: string, number: string | null, actions: Array<
                | { title: string, parentHeading:
                    | { kind: string, number: string | null }
                    | { kind: string, number: string | null }
                   | null, priority:
                    | { title: string }
                    | { title: string }
                   | null }
                | { title: string, parentHeading:
                    | { kind: string, number: string | null }
                    | { kind: string, number: string | null }
                   | null, priority:
                    | { title: string }
                    | { title: string }
                   | null }
              >, statements: Array<{ kindCode: string, label: string | null, number: string | null }>, subheadings: Array<
                | { kind: string, actions: Array<
                    | { title: string }
                    | { title: string }
                  > }
                | { kind: string, actions: Array<
                    | { title: string }
                    | { title: string }
                  > }
              > }
          > }
      > }
   | null> };

export type PlanStructureMeasureGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanStructureMeasureGroupsQuery = { councils: Array<
    | { plans: Array<
        | { id: string, measureGroups: Array<{ title: string, source: { section: string, quote: string }, parentHeading:
              | { kind: string, title: string }
              | { kind: string, title: string }
             | null, measures: Array<{ text: string }> }>, measures: Array<{ text: string, group: { title: string } | null, parentHeading:
              | { kind: string }
              | { kind: string }
             | null }> }
        | { id: string, measureGroups: Array<{ title: string, source: { section: string, quote: string }, parentHeading:
              | { kind: string, title: string }
              | { kind: string, title: string }
             | null, measures: Array<{ text: string }> }>, measures: Array<{ text: string, group: { title: string } | null, parentHeading:
              | { kind: string }
              | { kind: string }
             | null }> }
      > }
    | { plans: Array<
        | { id: string, measureGroups: Array<{ title: string, source: { section: string, quote: string }, parentHeading:
              | { kind: string, title: string }
              | { kind: string, title: string }
             | null, measures: Array<{ text: string }> }>, measures: Array<{ text: string, group: { title: string } | null, parentHeading:
              | { kind: string }
              | { kind: string }
             | null }> }
        | { id: string, measureGroups: Array<{ title: string, source: { section: string, quote: string }, parentHeading:
              | { kind: string, title: string }
              | { kind: string, title: string }
             | null, measures: Array<{ text: string }> }>, measures: Array<{ text: string, group: { title: string } | null, parentHeading:
              | { kind: string }
              | { kind: string }
             | null }> }
      > }
   | null> };

export type PlanStructureStatementKindsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanStructureStatementKindsQuery = { councils: Array<
    | { plans: Array<
        | { id: string, aspirations: Array<{ kind: StatementKind, kindCode: string, kindName: string, label: string | null, number: string | null }>, promises: Array<{ kindCode: string, kindName: string, label: string | null }>, others: Array<{ kindCode: string }> }
        | { id: string, aspirations: Array<{ kind: StatementKind, kindCode: string, kindName: string, label: string | null, number: string | null }>, promises: Array<{ kindCode: string, kindName: string, label: string | null }>, others: Array<{ kindCode: string }> }
      > }
    | { plans: Array<
        | { id: string, aspirations: Array<{ kind: StatementKind, kindCode: string, kindName: string, label: string | null, number: string | null }>, promises: Array<{ kindCode: string, kindName: string, label: string | null }>, others: Array<{ kindCode: string }> }
        | { id: string, aspirations: Array<{ kind: StatementKind, kindCode: string, kindName: string, label: string | null, number: string | null }>, promises: Array<{ kindCode: string, kindName: string, label: string | null }>, others: Array<{ kindCode: string }> }
      > }
   | null> };

export type PlanStructureHeadingIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanStructureHeadingIdsQuery = { councils: Array<
    | { plans: Array<
        | { headings: Array<
            | { id: string, subheadings: Array<
                | { id: string }
                | { id: string }
              > }
            | { id: string, subheadings: Array<
                | { id: string }
                | { id: string }
              > }
          > }
        | { headings: Array<
            | { id: string, subheadings: Array<
                | { id: string }
                | { id: string }
              > }
            | { id: string, subheadings: Array<
                | { id: string }
                | { id: string }
              > }
          > }
      > }
    | { plans: Array<
        | { headings: Array<
            | { id: string, subheadings: Array<
                | { id: string }
                | { id: string }
              > }
            | { id: string, subheadings: Array<
                | { id: string }
                | { id: string }
              > }
          > }
        | { headings: Array<
            | { id: string, subheadings: Array<
                | { id: string }
                | { id: string }
              > }
            | { id: string, subheadings: Array<
                | { id: string }
                | { id: string }
              > }
          > }
      > }
   | null> };

export type PlanStructureDeepQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type PlanStructureDeepQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { kind: string, kindName: string, number: string | null, title: string, id: string, plan:
        | { title: string }
        | { title: string }
      , parentHeading:
        | { kind: string, title: string }
        | { kind: string, title: string }
       | null, subheadings: Array<
        | { kind: string, title: string, actions: Array<
            | { title: string }
            | { title: string }
          > }
        | { kind: string, title: string, actions: Array<
            | { title: string }
            | { title: string }
          > }
      >, actions: Array<
        | { title: string, parentHeading:
            | { kind: string }
            | { kind: string }
           | null, themes: Array<{ id: string }> }
        | { title: string, parentHeading:
            | { kind: string }
            | { kind: string }
           | null, themes: Array<{ id: string }> }
      >, measures: Array<{ text: string, group: { title: string, measures: Array<{ text: string }> } | null }>, statements: Array<{ kindCode: string, kindName: string }>, successMeasures: Array<{ text: string }> }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { kind: string, kindName: string, number: string | null, title: string, id: string, plan:
        | { title: string }
        | { title: string }
      , parentHeading:
        | { kind: string, title: string }
        | { kind: string, title: string }
       | null, subheadings: Array<
        | { kind: string, title: string, actions: Array<
            | { title: string }
            | { title: string }
          > }
        | { kind: string, title: string, actions: Array<
            | { title: string }
            | { title: string }
          > }
      >, actions: Array<
        | { title: string, parentHeading:
            | { kind: string }
            | { kind: string }
           | null, themes: Array<{ id: string }> }
        | { title: string, parentHeading:
            | { kind: string }
            | { kind: string }
           | null, themes: Array<{ id: string }> }
      >, measures: Array<{ text: string, group: { title: string, measures: Array<{ text: string }> } | null }>, statements: Array<{ kindCode: string, kindName: string }>, successMeasures: Array<{ text: string }> }
    | { id: string }
   | null> };

export type ReplicasRecordMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type ReplicasRecordMutation = { recordCumberlandActionProgress: { action:
      | { version: number, status: ActionStatus }
      | { version: number, status: ActionStatus }
     | null, update: { id: string, revision: number, state: UpdateState } | null, errors: Array<{ code: UserErrorCode }> } };

export type ReplicasApproveMutationVariables = Exact<{
  input: SignOffInput;
}>;


export type ReplicasApproveMutation = { approveCumberlandProgressUpdate: { action:
      | { version: number, status: ActionStatus }
      | { version: number, status: ActionStatus }
     | null, update: { id: string, state: UpdateState } | null, errors: Array<{ code: UserErrorCode, field: string | null }> } };

export type ReplicasStateQueryVariables = Exact<{
  id: string;
}>;


export type ReplicasStateQuery = { node:
    | { status: ActionStatus, version: number, latestUpdate: { note: string } | null }
    | { status: ActionStatus, version: number, latestUpdate: { note: string } | null }
    | Record<PropertyKey, never>
   | null };

export type ReplicasActionsQueryVariables = Exact<{
  count?: number | null | undefined;
}>;


export type ReplicasActionsQuery = { councils: Array<
    | { actions: { nodes: Array<
          | { id: string, version: number }
          | { id: string, version: number }
        > } }
    | { actions: { nodes: Array<
          | { id: string, version: number }
          | { id: string, version: number }
        > } }
   | null> };

export type ReplicasAuditTotalQueryVariables = Exact<{ [key: string]: never; }>;


export type ReplicasAuditTotalQuery = { councils: Array<
    | { auditLog: { totalCount: number } }
    | { auditLog: { totalCount: number } }
   | null> };

export type ReplicasAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type ReplicasAuditLogQuery = { councils: Array<
    | { auditLog: { totalCount: number, nodes: Array<{ sequence: number, operation: string, actor: { subject: string | null } }> } }
    | { auditLog: { totalCount: number, nodes: Array<{ sequence: number, operation: string, actor: { subject: string | null } }> } }
   | null> };

export type ReplicasActionStateQueryVariables = Exact<{
  id: string;
}>;


export type ReplicasActionStateQuery = { node:
    | { status: ActionStatus, version: number, latestUpdate: { note: string } | null, submitted: { nodes: Array<{ id: string }> } }
    | { status: ActionStatus, version: number, latestUpdate: { note: string } | null, submitted: { nodes: Array<{ id: string }> } }
    | Record<PropertyKey, never>
   | null };

export type ReplicasReturnMutationVariables = Exact<{
  input: SignOffInput;
}>;


export type ReplicasReturnMutation = { returnCumberlandProgressUpdate: { update: { state: UpdateState, revision: number } | null, errors: Array<{ code: UserErrorCode, field: string | null, currentVersion: number | null }> } };

export type ReplicasRetryRecordMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type ReplicasRetryRecordMutation = { recordCumberlandActionProgress: { replayed: boolean, update: { id: string } | null, errors: Array<{ code: UserErrorCode }> } };

export type ReportsActionVersionQueryVariables = Exact<{
  id: string;
}>;


export type ReportsActionVersionQuery = { node:
    | { version: number }
    | { version: number }
    | Record<PropertyKey, never>
   | null };

export type ReportsPlanActionIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsPlanActionIdsQuery = { node:
    | { actions: Array<
        | { id: string }
        | { id: string }
      > }
    | { actions: Array<
        | { id: string }
        | { id: string }
      > }
    | Record<PropertyKey, never>
   | null };

export type ResponseCachePlanTitlesQueryVariables = Exact<{ [key: string]: never; }>;


export type ResponseCachePlanTitlesQuery = { councils: Array<
    | { name: string, plans: Array<
        | { title: string }
        | { title: string }
      > }
    | { name: string, plans: Array<
        | { title: string }
        | { title: string }
      > }
   | null> };

export type ResponseCacheActionStateQueryVariables = Exact<{
  id: string;
}>;


export type ResponseCacheActionStateQuery = { node:
    | { status: ActionStatus, version: number, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { status: ActionStatus, version: number, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ResponseCacheRecordDraftMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type ResponseCacheRecordDraftMutation = { recordCumberlandActionProgress: { errors: Array<{ code: UserErrorCode }>, action:
      | { version: number }
      | { version: number }
     | null, update: { id: string, revision: number, state: UpdateState } | null } };

export type ResponseCacheApproveMutationVariables = Exact<{
  input: SignOffInput;
}>;


export type ResponseCacheApproveMutation = { approveCumberlandProgressUpdate: { errors: Array<{ code: UserErrorCode }>, action:
      | { version: number, status: ActionStatus }
      | { version: number, status: ActionStatus }
     | null } };

export type ResponseCacheVersionQueryVariables = Exact<{
  id: string;
}>;


export type ResponseCacheVersionQuery = { node:
    | { version: number }
    | { version: number }
    | Record<PropertyKey, never>
   | null };

export type SharedDownOwnDataQueryVariables = Exact<{ [key: string]: never; }>;


export type SharedDownOwnDataQuery = { cumberland: { id: string, name: string, gssCode: string, plans: Array<
      | { title: string, priorities: Array<
          | { title: string }
          | { title: string }
        > }
      | { title: string, priorities: Array<
          | { title: string }
          | { title: string }
        > }
    >, actions: { totalCount: number, nodes: Array<
        | { id: string, title: string, themes: Array<{ id: string }> }
        | { id: string, title: string, themes: Array<{ id: string }> }
      > }, boards: Array<
      | { name: string }
      | { name: string }
    > } | null, westmorlandAndFurness: { name: string, plans: Array<
      | { title: string }
      | { title: string }
    > } | null };

export type SignInCreateJointActionMutationVariables = Exact<{
  input: CreateJointActionInput;
}>;


export type SignInCreateJointActionMutation = { createJointAction: { jointAction: { id: string, title: string } | null, errors: Array<{ code: UserErrorCode }> } };

export type SignInAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInAuditLogQuery = { partnership: { auditLog: { edges: Array<{ node: { operation: string, entityId: string, actor: { subject: string | null, name: string | null } } }> } } | null };

export type SignInTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInTypenameQuery = { __typename: 'Query' };

export type SignInJointActionIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInJointActionIdsQuery = { jointInitiative: { jointActions: { nodes: Array<{ id: string }> } } | null };

export type SignOffCreateJointActionMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOffCreateJointActionMutation = { createJointAction: { jointAction: { id: string } | null, errors: Array<{ code: UserErrorCode }> } };

export type SignOffWorkStateQueryVariables = Exact<{
  id: string;
}>;


export type SignOffWorkStateQuery = { node:
    | { status: ActionStatus, rag: Rag | null, forecastStatus: ActionStatus | null, version: number, updates: { nodes: Array<{ id: string, state: UpdateState, revision: number }> } }
    | { status: ActionStatus, rag: Rag | null, forecastStatus: ActionStatus | null, version: number, updates: { nodes: Array<{ id: string, state: UpdateState, revision: number }> } }
    | { status: ActionStatus, rag: Rag | null, forecastStatus: ActionStatus | null, version: number, updates: { nodes: Array<{ id: string, state: UpdateState, revision: number }> } }
    | Record<PropertyKey, never>
   | null };

export type SignOffQueryQueryVariables = Exact<{
  id: string;
}>;


export type SignOffQueryQuery = { node:
    | { status: ActionStatus, rag: Rag | null, latestUpdate: { note: string, state: UpdateState } | null, updates: { totalCount: number, nodes: Array<{ note: string, state: UpdateState }> } }
    | { status: ActionStatus, rag: Rag | null, latestUpdate: { note: string, state: UpdateState } | null, updates: { totalCount: number, nodes: Array<{ note: string, state: UpdateState }> } }
    | Record<PropertyKey, never>
   | null };

export type SignOffFeedQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SignOffFeedQuery = { councils: Array<
    | { changes: { totalCount: number, nodes: Array<{ entityId: string, kind: ChangeKind, at: string, sequence: number }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } }
    | { changes: { totalCount: number, nodes: Array<{ entityId: string, kind: ChangeKind, at: string, sequence: number }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } }
   | null> };

export type SignOffAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type SignOffAuditLogQuery = { councils: Array<
    | { auditLog: { nodes: Array<{ sequence: number, entityId: string, operation: string }> } }
    | { auditLog: { nodes: Array<{ sequence: number, entityId: string, operation: string }> } }
   | null> };

export type SignOffQueryXQueryVariables = Exact<{ [key: string]: never; }>;


export type SignOffQueryXQuery = { partnership: { changes: { nodes: Array<{ entityId: string, kind: ChangeKind }> } } | null };

export type StaffIdentitiesActionVersionQueryVariables = Exact<{
  id: string;
}>;


export type StaffIdentitiesActionVersionQuery = { node:
    | { version: number }
    | { version: number }
    | Record<PropertyKey, never>
   | null };

export type StaffIdentitiesReadQueryVariables = Exact<{
  id: string;
}>;


export type StaffIdentitiesReadQuery = { node:
    | { latestUpdate: { note: string, recordedBy: { subject: string | null, name: string | null, team: string }, decidedBy: { subject: string | null, name: string | null, team: string } | null } | null, updates: { nodes: Array<{ note: string, state: UpdateState, recordedBy: { subject: string | null, name: string | null, team: string }, decidedBy: { subject: string | null, name: string | null, team: string } | null }> } }
    | { latestUpdate: { note: string, recordedBy: { subject: string | null, name: string | null, team: string }, decidedBy: { subject: string | null, name: string | null, team: string } | null } | null, updates: { nodes: Array<{ note: string, state: UpdateState, recordedBy: { subject: string | null, name: string | null, team: string }, decidedBy: { subject: string | null, name: string | null, team: string } | null }> } }
    | Record<PropertyKey, never>
   | null, councils: Array<
    | { name: string, changes: { nodes: Array<{ entityId: string, kind: ChangeKind }> }, actions: { nodes: Array<
          | { latestUpdate: { recordedBy: { subject: string | null, name: string | null, team: string }, decidedBy: { subject: string | null, name: string | null, team: string } | null } | null }
          | { latestUpdate: { recordedBy: { subject: string | null, name: string | null, team: string }, decidedBy: { subject: string | null, name: string | null, team: string } | null } | null }
        > } }
    | { name: string, changes: { nodes: Array<{ entityId: string, kind: ChangeKind }> }, actions: { nodes: Array<
          | { latestUpdate: { recordedBy: { subject: string | null, name: string | null, team: string }, decidedBy: { subject: string | null, name: string | null, team: string } | null } | null }
          | { latestUpdate: { recordedBy: { subject: string | null, name: string | null, team: string }, decidedBy: { subject: string | null, name: string | null, team: string } | null } | null }
        > } }
   | null> };

export type StaffIdentitiesActorFragment = { subject: string | null, name: string | null, team: string };

export type StartRestartCouncilsAndSharedQueryVariables = Exact<{ [key: string]: never; }>;


export type StartRestartCouncilsAndSharedQuery = { councils: Array<
    | { name: string, actions: { totalCount: number } }
    | { name: string, actions: { totalCount: number } }
   | null>, jointInitiative: { status: JointInitiativeStatus } | null };

export type StartRestartCumberlandOwnQueryVariables = Exact<{ [key: string]: never; }>;


export type StartRestartCumberlandOwnQuery = { cumberland: { name: string, plans: Array<
      | { title: string }
      | { title: string }
    > } | null };

export type StatsUpdateStartingCareSeriesQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsUpdateStartingCareSeriesQuery = { indicatorComparison: { councils: Array<{ gssCode: string, series: Array<{ timePeriod: string, council: { value: number | null, status: ValueStatus } | null, england: { value: number | null } | null }> }> } | null };

export type ThirdCouncilCouncilsQueryVariables = Exact<{ [key: string]: never; }>;


export type ThirdCouncilCouncilsQuery = { councils: Array<
    | { id: string, name: string, gssCode: string, plans: Array<
        | { title: string }
        | { title: string }
      >, boards: Array<
        | { name: string, oversees: Array<
            | { title: string }
            | { title: string }
          > }
        | { name: string, oversees: Array<
            | { title: string }
            | { title: string }
          > }
      > }
    | { id: string, name: string, gssCode: string, plans: Array<
        | { title: string }
        | { title: string }
      >, boards: Array<
        | { name: string, oversees: Array<
            | { title: string }
            | { title: string }
          > }
        | { name: string, oversees: Array<
            | { title: string }
            | { title: string }
          > }
      > }
   | null> };

export type ThirdCouncilPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type ThirdCouncilPartnersQuery = { jointInitiative: { partners: Array<
      | { name: string }
      | { name: string }
     | null> } | null, partnership: { councils: Array<
      | { name: string }
      | { name: string }
     | null> } | null, node:
    | { name: string }
    | { name: string }
    | Record<PropertyKey, never>
   | null };

export type TrackingRecordedFragment = { action:
    | { id: string, status: ActionStatus, rag: Rag | null, version: number }
    | { id: string, status: ActionStatus, rag: Rag | null, version: number }
   | null, update: { id: string, status: ActionStatus, rag: Rag | null, note: string, version: number, recordedBy: { subject: string | null, name: string | null } } | null, errors: Array<{ code: UserErrorCode, field: string | null, message: string, currentVersion: number | null }> };

export type TrackingRecordWestmorlandAndFurnessMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type TrackingRecordWestmorlandAndFurnessMutation = { recordWestmorlandAndFurnessActionProgress: { action:
      | { id: string, status: ActionStatus, rag: Rag | null, version: number }
      | { id: string, status: ActionStatus, rag: Rag | null, version: number }
     | null, update: { id: string, status: ActionStatus, rag: Rag | null, note: string, version: number, recordedBy: { subject: string | null, name: string | null } } | null, errors: Array<{ code: UserErrorCode, field: string | null, message: string, currentVersion: number | null }> } };

export type TrackingRecordCumberlandMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type TrackingRecordCumberlandMutation = { recordCumberlandActionProgress: { action:
      | { id: string, status: ActionStatus, rag: Rag | null, version: number }
      | { id: string, status: ActionStatus, rag: Rag | null, version: number }
     | null, update: { id: string, status: ActionStatus, rag: Rag | null, note: string, version: number, recordedBy: { subject: string | null, name: string | null } } | null, errors: Array<{ code: UserErrorCode, field: string | null, message: string, currentVersion: number | null }> } };

export type TrackingActionStatusAndVersionQueryVariables = Exact<{
  id: string;
}>;


export type TrackingActionStatusAndVersionQuery = { node:
    | { status: ActionStatus, version: number }
    | { status: ActionStatus, version: number }
    | Record<PropertyKey, never>
   | null };

export type TrackingDraftCountQueryVariables = Exact<{
  id: string;
}>;


export type TrackingDraftCountQuery = { node:
    | { updates: { totalCount: number } }
    | { updates: { totalCount: number } }
    | Record<PropertyKey, never>
   | null };

export type TrackingUpdateStatesQueryVariables = Exact<{
  id: string;
}>;


export type TrackingUpdateStatesQuery = { node:
    | { updates: { nodes: Array<{ state: UpdateState }> } }
    | { updates: { nodes: Array<{ state: UpdateState }> } }
    | Record<PropertyKey, never>
   | null };

export type TrackingPlansAndActionStatusQueryVariables = Exact<{
  id: string;
}>;


export type TrackingPlansAndActionStatusQuery = { councils: Array<
    | { plans: Array<
        | { title: string }
        | { title: string }
      > }
    | { plans: Array<
        | { title: string }
        | { title: string }
      > }
   | null>, node:
    | { status: ActionStatus }
    | { status: ActionStatus }
    | Record<PropertyKey, never>
   | null };

export type TrackingActionUpdatesQueryVariables = Exact<{
  id: string;
}>;


export type TrackingActionUpdatesQuery = { node:
    | { version: number, latestUpdate: { note: string } | null, updates: { totalCount: number, nodes: Array<{ note: string, state: UpdateState }> } }
    | { version: number, latestUpdate: { note: string } | null, updates: { totalCount: number, nodes: Array<{ note: string, state: UpdateState }> } }
    | Record<PropertyKey, never>
   | null };

export type TrackingFirstUpdatesPageQueryVariables = Exact<{
  id: string;
}>;


export type TrackingFirstUpdatesPageQuery = { node:
    | { latestUpdate: { note: string } | null, updates: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { note: string } }> } }
    | { latestUpdate: { note: string } | null, updates: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { note: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type TrackingUpdatesPageAfterQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type TrackingUpdatesPageAfterQuery = { node:
    | { latestUpdate: { note: string } | null, updates: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { note: string } }> } }
    | { latestUpdate: { note: string } | null, updates: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { note: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type TrackingAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type TrackingAuditLogQuery = { councils: Array<
    | { auditLog: { totalCount: number, nodes: Array<{ operation: string, entityId: string, before: string | null, after: string | null, actor: { subject: string | null } }> } }
    | { auditLog: { totalCount: number, nodes: Array<{ operation: string, entityId: string, before: string | null, after: string | null, actor: { subject: string | null } }> } }
   | null> };

export type VocabularyParticipationThemeQueryVariables = Exact<{ [key: string]: never; }>;


export type VocabularyParticipationThemeQuery = { themes: Array<{ code: string, council:
      | { name: string }
      | { name: string }
     | null }>, theme: { code: string, name: string, council:
      | { name: string }
      | { name: string }
     | null } | null, councils: Array<
    | { name: string, actions: { totalCount: number, nodes: Array<
          | { title: string, themes: Array<{ id: string }> }
          | { title: string, themes: Array<{ id: string }> }
        > } }
    | { name: string, actions: { totalCount: number, nodes: Array<
          | { title: string, themes: Array<{ id: string }> }
          | { title: string, themes: Array<{ id: string }> }
        > } }
   | null>, jointInitiatives: { totalCount: number } };

export type VocabularyMisspeltThemeCodeQueryVariables = Exact<{ [key: string]: never; }>;


export type VocabularyMisspeltThemeCodeQuery = { councils: Array<
    | { actions: { totalCount: number } }
    | { actions: { totalCount: number } }
   | null> };

export type VocabularyThemeByEnumOrCodeQueryVariables = Exact<{ [key: string]: never; }>;


export type VocabularyThemeByEnumOrCodeQuery = { theme: { code: string } | null, councils: Array<
    | { id: string, byEnum: { totalCount: number }, byCode: { totalCount: number } }
    | { id: string, byEnum: { totalCount: number }, byCode: { totalCount: number } }
   | null> };

export type VocabularyCouncilIndicatorQueryVariables = Exact<{ [key: string]: never; }>;


export type VocabularyCouncilIndicatorQuery = { indicator: { kind: IndicatorKind, council:
      | { name: string }
      | { name: string }
     | null } | null, national: { council:
      | { name: string }
      | { name: string }
     | null } | null, council:
    | { indicator: { values: Array<{ value: number | null, undated: boolean, undatedReason: string | null, asAt: string | null }>, latest: { text: string } | null } }
    | { indicator: { values: Array<{ value: number | null, undated: boolean, undatedReason: string | null, asAt: string | null }>, latest: { text: string } | null } }
   | null };

export type VocabularyIndicatorComparatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type VocabularyIndicatorComparatorsQuery = { cumberland:
    | { indicator: { values: Array<{ text: string, comparators: Array<{ area: string, areaCode: string | null, areaName: string | null, value: number | null, text: string, source: { quote: string, document: { title: string } } }> }> } }
    | { indicator: { values: Array<{ text: string, comparators: Array<{ area: string, areaCode: string | null, areaName: string | null, value: number | null, text: string, source: { quote: string, document: { title: string } } }> }> } }
   | null, wf:
    | { indicator: { values: Array<{ undated: boolean, undatedReason: string | null, comparators: Array<{ area: string }> }> } }
    | { indicator: { values: Array<{ undated: boolean, undatedReason: string | null, comparators: Array<{ area: string }> }> } }
   | null };

export type WorkspaceFiltersFilteredQueryVariables = Exact<{
  filter?: ActionFilter | null | undefined;
}>;


export type WorkspaceFiltersFilteredQuery = { council:
    | { actions: { totalCount: number, nodes: Array<
          | { id: string }
          | { id: string }
        > } }
    | { actions: { totalCount: number, nodes: Array<
          | { id: string }
          | { id: string }
        > } }
   | null };

export type WorkspaceFiltersCouncilActionIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceFiltersCouncilActionIdsQuery = { council:
    | { actions: { nodes: Array<
          | { id: string }
          | { id: string }
        > }, plans: Array<
        | { id: string, actions: Array<
            | { id: string }
            | { id: string }
          > }
        | { id: string, actions: Array<
            | { id: string }
            | { id: string }
          > }
      >, boards: Array<
        | { id: string, oversees: Array<
            | { id: string }
            | { id: string }
          > }
        | { id: string, oversees: Array<
            | { id: string }
            | { id: string }
          > }
      > }
    | { actions: { nodes: Array<
          | { id: string }
          | { id: string }
        > }, plans: Array<
        | { id: string, actions: Array<
            | { id: string }
            | { id: string }
          > }
        | { id: string, actions: Array<
            | { id: string }
            | { id: string }
          > }
      >, boards: Array<
        | { id: string, oversees: Array<
            | { id: string }
            | { id: string }
          > }
        | { id: string, oversees: Array<
            | { id: string }
            | { id: string }
          > }
      > }
   | null };

export type WorkspaceFiltersByPlanQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceFiltersByPlanQuery = { councils: Array<
    | { actions: { totalCount: number } }
    | { actions: { totalCount: number } }
   | null> };

export type WorkspaceActionDetailQueryVariables = Exact<{
  id: string;
}>;


export type WorkspaceActionDetailQuery = { node:
    | { __typename: 'CumberlandAction', id: string, title: string, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, version: number, updatedAt: string | null, council:
        | { id: string, name: string }
        | { id: string, name: string }
      , updates: { totalCount: number, nodes: Array<{ id: string, state: UpdateState, revision: number, version: number, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, note: string, explanation: string | null, reopenReason: string | null, returnReason: string | null, evidenceUrl: string | null, recordedAt: string, submittedAt: string | null, decidedAt: string | null, recordedBy: { name: string | null, subject: string | null, team: string }, decidedBy: { name: string | null, subject: string | null, team: string } | null }> }, plan:
        | { id: string, title: string }
        | { id: string, title: string }
       }
    | { __typename: 'CumberlandBoard', id: string }
    | { __typename: 'CumberlandCouncil', id: string }
    | { __typename: 'CumberlandMeeting', id: string }
    | { __typename: 'CumberlandPlan', id: string }
    | { __typename: 'CumberlandPriority', id: string }
    | { __typename: 'CumberlandReport', id: string }
    | { __typename: 'Indicator', id: string }
    | { __typename: 'JointAction', title: string, owner: string, dueDate: string | null, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, version: number, withdrawnAt: string | null, withdrawalReason: string | null, id: string, initiative: { id: string, name: string }, withdrawnBy: { name: string | null, team: string } | null, updates: { totalCount: number, nodes: Array<{ id: string, state: UpdateState, revision: number, version: number, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, note: string, explanation: string | null, reopenReason: string | null, returnReason: string | null, evidenceUrl: string | null, recordedAt: string, submittedAt: string | null, decidedAt: string | null, recordedBy: { name: string | null, subject: string | null, team: string }, decidedBy: { name: string | null, subject: string | null, team: string } | null }> } }
    | { __typename: 'JointInitiative', id: string }
    | { __typename: 'Partnership', id: string }
    | { __typename: 'Theme', id: string }
    | { __typename: 'WestmorlandAndFurnessAction', id: string, title: string, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, version: number, updatedAt: string | null, council:
        | { id: string, name: string }
        | { id: string, name: string }
      , updates: { totalCount: number, nodes: Array<{ id: string, state: UpdateState, revision: number, version: number, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, note: string, explanation: string | null, reopenReason: string | null, returnReason: string | null, evidenceUrl: string | null, recordedAt: string, submittedAt: string | null, decidedAt: string | null, recordedBy: { name: string | null, subject: string | null, team: string }, decidedBy: { name: string | null, subject: string | null, team: string } | null }> }, plan:
        | { id: string, title: string }
        | { id: string, title: string }
       }
    | { __typename: 'WestmorlandAndFurnessBoard', id: string }
    | { __typename: 'WestmorlandAndFurnessCouncil', id: string }
    | { __typename: 'WestmorlandAndFurnessMeeting', id: string }
    | { __typename: 'WestmorlandAndFurnessPlan', id: string }
    | { __typename: 'WestmorlandAndFurnessPriority', id: string }
    | { __typename: 'WestmorlandAndFurnessReport', id: string }
   | null };

export type WorkspaceCouncilAuditQueryVariables = Exact<{
  council: string;
  entity: string;
}>;


export type WorkspaceCouncilAuditQuery = { council:
    | { id: string, auditLog: { nodes: Array<{ id: string, at: string, operation: string, before: string | null, after: string | null, actor: { name: string | null, team: string } }> } }
    | { id: string, auditLog: { nodes: Array<{ id: string, at: string, operation: string, before: string | null, after: string | null, actor: { name: string | null, team: string } }> } }
   | null };

export type WorkspacePartnershipAuditQueryVariables = Exact<{
  partnership: string;
  entity: string;
}>;


export type WorkspacePartnershipAuditQuery = { partnership: { id: string, auditLog: { nodes: Array<{ id: string, at: string, operation: string, before: string | null, after: string | null, actor: { name: string | null, team: string } }> } } | null };

export type WorkspaceCouncilChangesQueryVariables = Exact<{
  council: string;
  after?: string | null | undefined;
}>;


export type WorkspaceCouncilChangesQuery = { council:
    | { id: string, name: string, changes: { pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ entityId: string, kind: ChangeKind, at: string, sequence: number }> } }
    | { id: string, name: string, changes: { pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ entityId: string, kind: ChangeKind, at: string, sequence: number }> } }
   | null };

export type WorkspacePartnershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspacePartnershipsQuery = { partnerships: Array<{ id: string, name: string }> };

export type WorkspacePartnershipChangesQueryVariables = Exact<{
  partnership: string;
  after?: string | null | undefined;
}>;


export type WorkspacePartnershipChangesQuery = { partnership: { id: string, name: string, changes: { pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ entityId: string, kind: ChangeKind, at: string, sequence: number }> } } | null };

export type WorkspaceTitlesQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type WorkspaceTitlesQuery = { nodes: Array<
    | { __typename: 'CumberlandAction', title: string, id: string }
    | { __typename: 'CumberlandBoard', id: string }
    | { __typename: 'CumberlandCouncil', name: string, id: string }
    | { __typename: 'CumberlandMeeting', id: string }
    | { __typename: 'CumberlandPlan', id: string }
    | { __typename: 'CumberlandPriority', id: string }
    | { __typename: 'CumberlandReport', id: string }
    | { __typename: 'Indicator', id: string }
    | { __typename: 'JointAction', title: string, id: string }
    | { __typename: 'JointInitiative', id: string }
    | { __typename: 'Partnership', name: string, id: string }
    | { __typename: 'Theme', id: string }
    | { __typename: 'WestmorlandAndFurnessAction', title: string, id: string }
    | { __typename: 'WestmorlandAndFurnessBoard', id: string }
    | { __typename: 'WestmorlandAndFurnessCouncil', name: string, id: string }
    | { __typename: 'WestmorlandAndFurnessMeeting', id: string }
    | { __typename: 'WestmorlandAndFurnessPlan', id: string }
    | { __typename: 'WestmorlandAndFurnessPriority', id: string }
    | { __typename: 'WestmorlandAndFurnessReport', id: string }
   | null> };

export type WorkspaceUpdateFragment = { id: string, state: UpdateState, revision: number, version: number, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, note: string, explanation: string | null, reopenReason: string | null, returnReason: string | null, evidenceUrl: string | null, recordedAt: string, submittedAt: string | null, decidedAt: string | null, recordedBy: { name: string | null, subject: string | null, team: string }, decidedBy: { name: string | null, subject: string | null, team: string } | null };

export type WorkspaceErrorFragment = { code: UserErrorCode, field: string | null, message: string, currentVersion: number | null };

type WorkspaceActionSummary_CumberlandAction_Fragment = { id: string, title: string, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, version: number, updatedAt: string | null, plan:
    | { id: string, title: string }
    | { id: string, title: string }
   };

type WorkspaceActionSummary_WestmorlandAndFurnessAction_Fragment = { id: string, title: string, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, version: number, updatedAt: string | null, plan:
    | { id: string, title: string }
    | { id: string, title: string }
   };

export type WorkspaceActionSummaryFragment =
  | WorkspaceActionSummary_CumberlandAction_Fragment
  | WorkspaceActionSummary_WestmorlandAndFurnessAction_Fragment
;

type WorkspaceAction_CumberlandAction_Fragment = { id: string, title: string, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, version: number, updatedAt: string | null, pending: { nodes: Array<{ id: string, state: UpdateState, recordedAt: string }> }, plan:
    | { id: string, title: string }
    | { id: string, title: string }
   };

type WorkspaceAction_WestmorlandAndFurnessAction_Fragment = { id: string, title: string, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, version: number, updatedAt: string | null, pending: { nodes: Array<{ id: string, state: UpdateState, recordedAt: string }> }, plan:
    | { id: string, title: string }
    | { id: string, title: string }
   };

export type WorkspaceActionFragment =
  | WorkspaceAction_CumberlandAction_Fragment
  | WorkspaceAction_WestmorlandAndFurnessAction_Fragment
;

export type WorkspaceJointActionFragment = { id: string, title: string, owner: string, description: string | null, dueDate: string | null, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, version: number, revision: number, withdrawnAt: string | null, withdrawalReason: string | null, withdrawnBy: { name: string | null, team: string } | null, latestUpdate: { recordedAt: string, decidedAt: string | null } | null, milestones: Array<{ title: string, dueDate: string | null }>, advances: Array<
    | { id: string, title: string, council:
        | { name: string }
        | { name: string }
       }
    | { id: string, title: string, council:
        | { name: string }
        | { name: string }
       }
   | null>, pending: { nodes: Array<{ id: string, state: UpdateState, recordedAt: string }> } };

export type WorkspaceCouncilInboxQueryVariables = Exact<{
  council: string;
  filter?: ActionFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkspaceCouncilInboxQuery = { council:
    | { id: string, name: string, actions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
          | { id: string, title: string, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, version: number, submitted: { nodes: Array<{ id: string, state: UpdateState, revision: number, version: number, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, note: string, explanation: string | null, reopenReason: string | null, returnReason: string | null, evidenceUrl: string | null, recordedAt: string, submittedAt: string | null, decidedAt: string | null, recordedBy: { name: string | null, subject: string | null, team: string }, decidedBy: { name: string | null, subject: string | null, team: string } | null }> } }
          | { id: string, title: string, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, version: number, submitted: { nodes: Array<{ id: string, state: UpdateState, revision: number, version: number, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, note: string, explanation: string | null, reopenReason: string | null, returnReason: string | null, evidenceUrl: string | null, recordedAt: string, submittedAt: string | null, decidedAt: string | null, recordedBy: { name: string | null, subject: string | null, team: string }, decidedBy: { name: string | null, subject: string | null, team: string } | null }> } }
        > } }
    | { id: string, name: string, actions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
          | { id: string, title: string, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, version: number, submitted: { nodes: Array<{ id: string, state: UpdateState, revision: number, version: number, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, note: string, explanation: string | null, reopenReason: string | null, returnReason: string | null, evidenceUrl: string | null, recordedAt: string, submittedAt: string | null, decidedAt: string | null, recordedBy: { name: string | null, subject: string | null, team: string }, decidedBy: { name: string | null, subject: string | null, team: string } | null }> } }
          | { id: string, title: string, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, version: number, submitted: { nodes: Array<{ id: string, state: UpdateState, revision: number, version: number, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, note: string, explanation: string | null, reopenReason: string | null, returnReason: string | null, evidenceUrl: string | null, recordedAt: string, submittedAt: string | null, decidedAt: string | null, recordedBy: { name: string | null, subject: string | null, team: string }, decidedBy: { name: string | null, subject: string | null, team: string } | null }> } }
        > } }
   | null };

export type WorkspaceJointInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceJointInboxQuery = { jointInitiatives: { nodes: Array<{ id: string, name: string, jointActions: { nodes: Array<{ id: string, title: string, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, version: number, submitted: { nodes: Array<{ id: string, state: UpdateState, revision: number, version: number, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, note: string, explanation: string | null, reopenReason: string | null, returnReason: string | null, evidenceUrl: string | null, recordedAt: string, submittedAt: string | null, decidedAt: string | null, recordedBy: { name: string | null, subject: string | null, team: string }, decidedBy: { name: string | null, subject: string | null, team: string } | null }> } }> } }> } };

export type WorkspaceCreateJointActionMutationVariables = Exact<{
  input: CreateJointActionInput;
}>;


export type WorkspaceCreateJointActionMutation = { result: { replayed: boolean, errors: Array<{ code: UserErrorCode, field: string | null, message: string, currentVersion: number | null }>, jointAction: { id: string, title: string, owner: string, description: string | null, dueDate: string | null, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, version: number, revision: number, withdrawnAt: string | null, withdrawalReason: string | null, withdrawnBy: { name: string | null, team: string } | null, latestUpdate: { recordedAt: string, decidedAt: string | null } | null, milestones: Array<{ title: string, dueDate: string | null }>, advances: Array<
        | { id: string, title: string, council:
            | { name: string }
            | { name: string }
           }
        | { id: string, title: string, council:
            | { name: string }
            | { name: string }
           }
       | null>, pending: { nodes: Array<{ id: string, state: UpdateState, recordedAt: string }> } } | null } };

export type WorkspaceCouncilActionChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceCouncilActionChoicesQuery = { councils: Array<
    | { id: string, name: string, plans: Array<
        | { id: string, title: string, actions: Array<
            | { id: string, title: string }
            | { id: string, title: string }
          > }
        | { id: string, title: string, actions: Array<
            | { id: string, title: string }
            | { id: string, title: string }
          > }
      > }
    | { id: string, name: string, plans: Array<
        | { id: string, title: string, actions: Array<
            | { id: string, title: string }
            | { id: string, title: string }
          > }
        | { id: string, title: string, actions: Array<
            | { id: string, title: string }
            | { id: string, title: string }
          > }
      > }
   | null> };

export type WorkspaceUpdateJointActionMutationVariables = Exact<{
  input: UpdateJointActionInput;
}>;


export type WorkspaceUpdateJointActionMutation = { result: { replayed: boolean, errors: Array<{ code: UserErrorCode, field: string | null, message: string, currentVersion: number | null }>, jointAction: { id: string, title: string, owner: string, description: string | null, dueDate: string | null, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, version: number, revision: number, withdrawnAt: string | null, withdrawalReason: string | null, withdrawnBy: { name: string | null, team: string } | null, latestUpdate: { recordedAt: string, decidedAt: string | null } | null, milestones: Array<{ title: string, dueDate: string | null }>, advances: Array<
        | { id: string, title: string, council:
            | { name: string }
            | { name: string }
           }
        | { id: string, title: string, council:
            | { name: string }
            | { name: string }
           }
       | null>, pending: { nodes: Array<{ id: string, state: UpdateState, recordedAt: string }> } } | null } };

export type WorkspaceWithdrawJointActionMutationVariables = Exact<{
  input: WithdrawJointActionInput;
}>;


export type WorkspaceWithdrawJointActionMutation = { result: { replayed: boolean, errors: Array<{ code: UserErrorCode, field: string | null, message: string, currentVersion: number | null }>, jointAction: { id: string, title: string, owner: string, description: string | null, dueDate: string | null, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, version: number, revision: number, withdrawnAt: string | null, withdrawalReason: string | null, withdrawnBy: { name: string | null, team: string } | null, latestUpdate: { recordedAt: string, decidedAt: string | null } | null, milestones: Array<{ title: string, dueDate: string | null }>, advances: Array<
        | { id: string, title: string, council:
            | { name: string }
            | { name: string }
           }
        | { id: string, title: string, council:
            | { name: string }
            | { name: string }
           }
       | null>, pending: { nodes: Array<{ id: string, state: UpdateState, recordedAt: string }> } } | null } };

export type WorkspaceAllJointActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceAllJointActionsQuery = { jointInitiatives: { nodes: Array<{ id: string, key: string, name: string, jointActions: { nodes: Array<{ id: string, title: string, owner: string, description: string | null, dueDate: string | null, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, version: number, revision: number, withdrawnAt: string | null, withdrawalReason: string | null, withdrawnBy: { name: string | null, team: string } | null, latestUpdate: { recordedAt: string, decidedAt: string | null } | null, milestones: Array<{ title: string, dueDate: string | null }>, advances: Array<
            | { id: string, title: string, council:
                | { name: string }
                | { name: string }
               }
            | { id: string, title: string, council:
                | { name: string }
                | { name: string }
               }
           | null>, pending: { nodes: Array<{ id: string, state: UpdateState, recordedAt: string }> } }> } }> } };

export type WorkspaceJointActionToEditQueryVariables = Exact<{
  id: string;
}>;


export type WorkspaceJointActionToEditQuery = { node:
    | { __typename: 'CumberlandAction' }
    | { __typename: 'CumberlandBoard' }
    | { __typename: 'CumberlandCouncil' }
    | { __typename: 'CumberlandMeeting' }
    | { __typename: 'CumberlandPlan' }
    | { __typename: 'CumberlandPriority' }
    | { __typename: 'CumberlandReport' }
    | { __typename: 'Indicator' }
    | { __typename: 'JointAction', id: string, title: string, owner: string, description: string | null, dueDate: string | null, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, version: number, revision: number, withdrawnAt: string | null, withdrawalReason: string | null, initiative: { id: string, name: string }, withdrawnBy: { name: string | null, team: string } | null, latestUpdate: { recordedAt: string, decidedAt: string | null } | null, milestones: Array<{ title: string, dueDate: string | null }>, advances: Array<
        | { id: string, title: string, council:
            | { name: string }
            | { name: string }
           }
        | { id: string, title: string, council:
            | { name: string }
            | { name: string }
           }
       | null>, pending: { nodes: Array<{ id: string, state: UpdateState, recordedAt: string }> } }
    | { __typename: 'JointInitiative' }
    | { __typename: 'Partnership' }
    | { __typename: 'Theme' }
    | { __typename: 'WestmorlandAndFurnessAction' }
    | { __typename: 'WestmorlandAndFurnessBoard' }
    | { __typename: 'WestmorlandAndFurnessCouncil' }
    | { __typename: 'WestmorlandAndFurnessMeeting' }
    | { __typename: 'WestmorlandAndFurnessPlan' }
    | { __typename: 'WestmorlandAndFurnessPriority' }
    | { __typename: 'WestmorlandAndFurnessReport' }
   | null };

export type WorkspaceCouncilActionsQueryVariables = Exact<{
  council: string;
  filter?: ActionFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkspaceCouncilActionsQuery = { council:
    | { id: string, name: string, actions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
          | { id: string, title: string, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, version: number, updatedAt: string | null, pending: { nodes: Array<{ id: string, state: UpdateState, recordedAt: string }> }, plan:
              | { id: string, title: string }
              | { id: string, title: string }
             }
          | { id: string, title: string, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, version: number, updatedAt: string | null, pending: { nodes: Array<{ id: string, state: UpdateState, recordedAt: string }> }, plan:
              | { id: string, title: string }
              | { id: string, title: string }
             }
        > } }
    | { id: string, name: string, actions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
          | { id: string, title: string, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, version: number, updatedAt: string | null, pending: { nodes: Array<{ id: string, state: UpdateState, recordedAt: string }> }, plan:
              | { id: string, title: string }
              | { id: string, title: string }
             }
          | { id: string, title: string, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, version: number, updatedAt: string | null, pending: { nodes: Array<{ id: string, state: UpdateState, recordedAt: string }> }, plan:
              | { id: string, title: string }
              | { id: string, title: string }
             }
        > } }
   | null };

export type WorkspaceJointActionsQueryVariables = Exact<{
  filter?: JointActionFilter | null | undefined;
}>;


export type WorkspaceJointActionsQuery = { jointInitiatives: { nodes: Array<{ id: string, key: string, name: string, jointActions: { totalCount: number, nodes: Array<{ id: string, title: string, owner: string, description: string | null, dueDate: string | null, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, version: number, revision: number, withdrawnAt: string | null, withdrawalReason: string | null, withdrawnBy: { name: string | null, team: string } | null, latestUpdate: { recordedAt: string, decidedAt: string | null } | null, milestones: Array<{ title: string, dueDate: string | null }>, advances: Array<
            | { id: string, title: string, council:
                | { name: string }
                | { name: string }
               }
            | { id: string, title: string, council:
                | { name: string }
                | { name: string }
               }
           | null>, pending: { nodes: Array<{ id: string, state: UpdateState, recordedAt: string }> } }> } }> } };

export type WorkspaceThemesQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceThemesQuery = { themes: Array<{ code: string, name: string }> };

export type WorkspaceCouncilGovernanceQueryVariables = Exact<{
  council: string;
}>;


export type WorkspaceCouncilGovernanceQuery = { council:
    | { id: string, plans: Array<
        | { id: string, title: string }
        | { id: string, title: string }
      >, boards: Array<
        | { id: string, name: string }
        | { id: string, name: string }
      > }
    | { id: string, plans: Array<
        | { id: string, title: string }
        | { id: string, title: string }
      >, boards: Array<
        | { id: string, name: string }
        | { id: string, name: string }
      > }
   | null };

export type WorkspaceRecordCumberlandMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type WorkspaceRecordCumberlandMutation = { result: { replayed: boolean, errors: Array<{ code: UserErrorCode, field: string | null, message: string, currentVersion: number | null }>, update: { id: string, state: UpdateState, revision: number, version: number, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, note: string, explanation: string | null, reopenReason: string | null, returnReason: string | null, evidenceUrl: string | null, recordedAt: string, submittedAt: string | null, decidedAt: string | null, recordedBy: { name: string | null, subject: string | null, team: string }, decidedBy: { name: string | null, subject: string | null, team: string } | null } | null } };

export type WorkspaceRecordWestmorlandAndFurnessMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type WorkspaceRecordWestmorlandAndFurnessMutation = { result: { replayed: boolean, errors: Array<{ code: UserErrorCode, field: string | null, message: string, currentVersion: number | null }>, update: { id: string, state: UpdateState, revision: number, version: number, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, note: string, explanation: string | null, reopenReason: string | null, returnReason: string | null, evidenceUrl: string | null, recordedAt: string, submittedAt: string | null, decidedAt: string | null, recordedBy: { name: string | null, subject: string | null, team: string }, decidedBy: { name: string | null, subject: string | null, team: string } | null } | null } };

export type WorkspaceRecordJointMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type WorkspaceRecordJointMutation = { result: { replayed: boolean, errors: Array<{ code: UserErrorCode, field: string | null, message: string, currentVersion: number | null }>, update: { id: string, state: UpdateState, revision: number, version: number, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, note: string, explanation: string | null, reopenReason: string | null, returnReason: string | null, evidenceUrl: string | null, recordedAt: string, submittedAt: string | null, decidedAt: string | null, recordedBy: { name: string | null, subject: string | null, team: string }, decidedBy: { name: string | null, subject: string | null, team: string } | null } | null } };

export type WorkspaceReportChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceReportChoicesQuery = { councils: Array<
    | { id: string, name: string, plans: Array<
        | { id: string, title: string }
        | { id: string, title: string }
      >, boards: Array<
        | { id: string, name: string }
        | { id: string, name: string }
      > }
    | { id: string, name: string, plans: Array<
        | { id: string, title: string }
        | { id: string, title: string }
      >, boards: Array<
        | { id: string, name: string }
        | { id: string, name: string }
      > }
   | null>, jointInitiatives: { nodes: Array<{ id: string, key: string, name: string }> } };

export type WorkspaceSubmitCumberlandMutationVariables = Exact<{
  input: SignOffInput;
}>;


export type WorkspaceSubmitCumberlandMutation = { result: { replayed: boolean, errors: Array<{ code: UserErrorCode, field: string | null, message: string, currentVersion: number | null }>, update: { id: string, state: UpdateState, revision: number, version: number, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, note: string, explanation: string | null, reopenReason: string | null, returnReason: string | null, evidenceUrl: string | null, recordedAt: string, submittedAt: string | null, decidedAt: string | null, recordedBy: { name: string | null, subject: string | null, team: string }, decidedBy: { name: string | null, subject: string | null, team: string } | null } | null } };

export type WorkspaceSubmitWestmorlandAndFurnessMutationVariables = Exact<{
  input: SignOffInput;
}>;


export type WorkspaceSubmitWestmorlandAndFurnessMutation = { result: { replayed: boolean, errors: Array<{ code: UserErrorCode, field: string | null, message: string, currentVersion: number | null }>, update: { id: string, state: UpdateState, revision: number, version: number, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, note: string, explanation: string | null, reopenReason: string | null, returnReason: string | null, evidenceUrl: string | null, recordedAt: string, submittedAt: string | null, decidedAt: string | null, recordedBy: { name: string | null, subject: string | null, team: string }, decidedBy: { name: string | null, subject: string | null, team: string } | null } | null } };

export type WorkspaceSubmitJointMutationVariables = Exact<{
  input: SignOffInput;
}>;


export type WorkspaceSubmitJointMutation = { result: { replayed: boolean, errors: Array<{ code: UserErrorCode, field: string | null, message: string, currentVersion: number | null }>, update: { id: string, state: UpdateState, revision: number, version: number, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, note: string, explanation: string | null, reopenReason: string | null, returnReason: string | null, evidenceUrl: string | null, recordedAt: string, submittedAt: string | null, decidedAt: string | null, recordedBy: { name: string | null, subject: string | null, team: string }, decidedBy: { name: string | null, subject: string | null, team: string } | null } | null } };

export type WorkspaceApproveCumberlandMutationVariables = Exact<{
  input: SignOffInput;
}>;


export type WorkspaceApproveCumberlandMutation = { result: { replayed: boolean, errors: Array<{ code: UserErrorCode, field: string | null, message: string, currentVersion: number | null }>, update: { id: string, state: UpdateState, revision: number, version: number, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, note: string, explanation: string | null, reopenReason: string | null, returnReason: string | null, evidenceUrl: string | null, recordedAt: string, submittedAt: string | null, decidedAt: string | null, recordedBy: { name: string | null, subject: string | null, team: string }, decidedBy: { name: string | null, subject: string | null, team: string } | null } | null } };

export type WorkspaceApproveWestmorlandAndFurnessMutationVariables = Exact<{
  input: SignOffInput;
}>;


export type WorkspaceApproveWestmorlandAndFurnessMutation = { result: { replayed: boolean, errors: Array<{ code: UserErrorCode, field: string | null, message: string, currentVersion: number | null }>, update: { id: string, state: UpdateState, revision: number, version: number, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, note: string, explanation: string | null, reopenReason: string | null, returnReason: string | null, evidenceUrl: string | null, recordedAt: string, submittedAt: string | null, decidedAt: string | null, recordedBy: { name: string | null, subject: string | null, team: string }, decidedBy: { name: string | null, subject: string | null, team: string } | null } | null } };

export type WorkspaceApproveJointMutationVariables = Exact<{
  input: SignOffInput;
}>;


export type WorkspaceApproveJointMutation = { result: { replayed: boolean, errors: Array<{ code: UserErrorCode, field: string | null, message: string, currentVersion: number | null }>, update: { id: string, state: UpdateState, revision: number, version: number, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, note: string, explanation: string | null, reopenReason: string | null, returnReason: string | null, evidenceUrl: string | null, recordedAt: string, submittedAt: string | null, decidedAt: string | null, recordedBy: { name: string | null, subject: string | null, team: string }, decidedBy: { name: string | null, subject: string | null, team: string } | null } | null } };

export type WorkspaceReturnCumberlandMutationVariables = Exact<{
  input: SignOffInput;
}>;


export type WorkspaceReturnCumberlandMutation = { result: { replayed: boolean, errors: Array<{ code: UserErrorCode, field: string | null, message: string, currentVersion: number | null }>, update: { id: string, state: UpdateState, revision: number, version: number, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, note: string, explanation: string | null, reopenReason: string | null, returnReason: string | null, evidenceUrl: string | null, recordedAt: string, submittedAt: string | null, decidedAt: string | null, recordedBy: { name: string | null, subject: string | null, team: string }, decidedBy: { name: string | null, subject: string | null, team: string } | null } | null } };

export type WorkspaceReturnWestmorlandAndFurnessMutationVariables = Exact<{
  input: SignOffInput;
}>;


export type WorkspaceReturnWestmorlandAndFurnessMutation = { result: { replayed: boolean, errors: Array<{ code: UserErrorCode, field: string | null, message: string, currentVersion: number | null }>, update: { id: string, state: UpdateState, revision: number, version: number, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, note: string, explanation: string | null, reopenReason: string | null, returnReason: string | null, evidenceUrl: string | null, recordedAt: string, submittedAt: string | null, decidedAt: string | null, recordedBy: { name: string | null, subject: string | null, team: string }, decidedBy: { name: string | null, subject: string | null, team: string } | null } | null } };

export type WorkspaceReturnJointMutationVariables = Exact<{
  input: SignOffInput;
}>;


export type WorkspaceReturnJointMutation = { result: { replayed: boolean, errors: Array<{ code: UserErrorCode, field: string | null, message: string, currentVersion: number | null }>, update: { id: string, state: UpdateState, revision: number, version: number, status: ActionStatus, forecastStatus: ActionStatus | null, rag: Rag | null, note: string, explanation: string | null, reopenReason: string | null, returnReason: string | null, evidenceUrl: string | null, recordedAt: string, submittedAt: string | null, decidedAt: string | null, recordedBy: { name: string | null, subject: string | null, team: string }, decidedBy: { name: string | null, subject: string | null, team: string } | null } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DeepPlanFragmentDoc = new TypedDocumentString(`
    fragment DeepPlan on Council {
  name
  plans {
    title
    headings {
      title
      subheadings {
        title
        actions {
          id
          title
          status
          themes {
            id
          }
        }
      }
      actions {
        id
        title
        status
        themes {
          id
        }
      }
    }
  }
  actions(first: $first) {
    totalCount
    nodes {
      id
      title
    }
  }
}
    `, {"fragmentName":"DeepPlan"}) as unknown as TypedDocumentString<DeepPlanFragment, unknown>;
export const SourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SourceFields on Source {
  document {
    id
    title
    publisher
    published
    url
  }
  section
  quote
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const IndicatorValueFieldsFragmentDoc = new TypedDocumentString(`
    fragment IndicatorValueFields on IndicatorValue {
  value
  status
  text
  asAt
  undatedReason
  geography
  period {
    timePeriod
    timeIdentifier
  }
  source {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  document {
    id
    title
    publisher
    published
    url
  }
  section
  quote
}`, {"fragmentName":"IndicatorValueFields"}) as unknown as TypedDocumentString<IndicatorValueFieldsFragment, unknown>;
export const BenchmarkPointFieldsFragmentDoc = new TypedDocumentString(`
    fragment BenchmarkPointFields on ComparisonPoint {
  timePeriod
  council {
    value
    status
  }
  region {
    value
    status
  }
  england {
    value
    status
  }
  neighbourMean
  neighboursWithValue
  neighbours
}
    `, {"fragmentName":"BenchmarkPointFields"}) as unknown as TypedDocumentString<BenchmarkPointFieldsFragment, unknown>;
export const DashboardHeadingFieldsFragmentDoc = new TypedDocumentString(`
    fragment DashboardHeadingFields on Heading {
  id
  kindName
  number
  title
  source {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  document {
    id
    title
    publisher
    published
    url
  }
  section
  quote
}`, {"fragmentName":"DashboardHeadingFields"}) as unknown as TypedDocumentString<DashboardHeadingFieldsFragment, unknown>;
export const ComparisonDfePointFragmentDoc = new TypedDocumentString(`
    fragment ComparisonDfePoint on ComparisonPoint {
  timePeriod
  council {
    value
    status
  }
  region {
    value
    status
  }
  england {
    value
    status
  }
  neighbourMean
  neighboursWithValue
  neighbours
}
    `, {"fragmentName":"ComparisonDfePoint"}) as unknown as TypedDocumentString<ComparisonDfePointFragment, unknown>;
export const JointActionEditsFieldsFragmentDoc = new TypedDocumentString(`
    fragment JointActionEditsFields on JointAction {
  id
  title
  description
  owner
  dueDate
  revision
  withdrawnAt
  withdrawnBy {
    subject
    name
    team
  }
  withdrawalReason
  status
  version
  milestones {
    title
    dueDate
  }
  advances {
    id
  }
}
    `, {"fragmentName":"JointActionEditsFields"}) as unknown as TypedDocumentString<JointActionEditsFieldsFragment, unknown>;
export const JointActionEditsPayloadFragmentDoc = new TypedDocumentString(`
    fragment JointActionEditsPayload on JointActionPayload {
  jointAction {
    ...JointActionEditsFields
  }
  errors {
    code
    field
    message
    currentVersion
  }
  replayed
}
    fragment JointActionEditsFields on JointAction {
  id
  title
  description
  owner
  dueDate
  revision
  withdrawnAt
  withdrawnBy {
    subject
    name
    team
  }
  withdrawalReason
  status
  version
  milestones {
    title
    dueDate
  }
  advances {
    id
  }
}`, {"fragmentName":"JointActionEditsPayload"}) as unknown as TypedDocumentString<JointActionEditsPayloadFragment, unknown>;
export const JointActionRacesFieldsFragmentDoc = new TypedDocumentString(`
    fragment JointActionRacesFields on JointAction {
  id
  status
  version
  revision
  withdrawnAt
}
    `, {"fragmentName":"JointActionRacesFields"}) as unknown as TypedDocumentString<JointActionRacesFieldsFragment, unknown>;
export const ReuseDeepCouncilFragmentDoc = new TypedDocumentString(`
    fragment ReuseDeepCouncil on Council {
  name
  plans {
    title
    headings {
      title
      actions {
        id
        status
      }
    }
  }
  actions(first: $first) {
    totalCount
    nodes {
      id
      title
    }
  }
}
    `, {"fragmentName":"ReuseDeepCouncil"}) as unknown as TypedDocumentString<ReuseDeepCouncilFragment, unknown>;
export const StaffIdentitiesActorFragmentDoc = new TypedDocumentString(`
    fragment StaffIdentitiesActor on Actor {
  subject
  name
  team
}
    `, {"fragmentName":"StaffIdentitiesActor"}) as unknown as TypedDocumentString<StaffIdentitiesActorFragment, unknown>;
export const TrackingRecordedFragmentDoc = new TypedDocumentString(`
    fragment TrackingRecorded on RecordActionProgressPayload {
  action {
    id
    status
    rag
    version
  }
  update {
    id
    status
    rag
    note
    version
    recordedBy {
      subject
      name
    }
  }
  errors {
    code
    field
    message
    currentVersion
  }
}
    `, {"fragmentName":"TrackingRecorded"}) as unknown as TypedDocumentString<TrackingRecordedFragment, unknown>;
export const WorkspaceUpdateFragmentDoc = new TypedDocumentString(`
    fragment WorkspaceUpdate on ProgressUpdate {
  id
  state
  revision
  version
  status
  forecastStatus
  rag
  note
  explanation
  reopenReason
  returnReason
  evidenceUrl
  recordedAt
  recordedBy {
    name
    subject
    team
  }
  submittedAt
  decidedAt
  decidedBy {
    name
    subject
    team
  }
}
    `, {"fragmentName":"WorkspaceUpdate"}) as unknown as TypedDocumentString<WorkspaceUpdateFragment, unknown>;
export const WorkspaceErrorFragmentDoc = new TypedDocumentString(`
    fragment WorkspaceError on UserError {
  code
  field
  message
  currentVersion
}
    `, {"fragmentName":"WorkspaceError"}) as unknown as TypedDocumentString<WorkspaceErrorFragment, unknown>;
export const WorkspaceActionSummaryFragmentDoc = new TypedDocumentString(`
    fragment WorkspaceActionSummary on Action {
  id
  title
  status
  forecastStatus
  rag
  version
  updatedAt
  plan {
    id
    title
  }
}
    `, {"fragmentName":"WorkspaceActionSummary"}) as unknown as TypedDocumentString<WorkspaceActionSummaryFragment, unknown>;
export const WorkspaceActionFragmentDoc = new TypedDocumentString(`
    fragment WorkspaceAction on Action {
  ...WorkspaceActionSummary
  pending: updates(first: 1, states: [DRAFT, SUBMITTED, RETURNED]) {
    nodes {
      id
      state
      recordedAt
    }
  }
}
    fragment WorkspaceActionSummary on Action {
  id
  title
  status
  forecastStatus
  rag
  version
  updatedAt
  plan {
    id
    title
  }
}`, {"fragmentName":"WorkspaceAction"}) as unknown as TypedDocumentString<WorkspaceActionFragment, unknown>;
export const WorkspaceJointActionFragmentDoc = new TypedDocumentString(`
    fragment WorkspaceJointAction on JointAction {
  id
  title
  owner
  description
  dueDate
  status
  forecastStatus
  rag
  version
  revision
  withdrawnAt
  withdrawnBy {
    name
    team
  }
  withdrawalReason
  latestUpdate {
    recordedAt
    decidedAt
  }
  milestones {
    title
    dueDate
  }
  advances {
    id
    title
    council {
      name
    }
  }
  pending: updates(first: 1, states: [DRAFT, SUBMITTED, RETURNED]) {
    nodes {
      id
      state
      recordedAt
    }
  }
}
    `, {"fragmentName":"WorkspaceJointAction"}) as unknown as TypedDocumentString<WorkspaceJointActionFragment, unknown>;
export const BenchCouncilOverviewDocument = new TypedDocumentString(`
    query BenchCouncilOverview($text: String, $first: Int) {
  councils {
    id
    name
    gssCode
    plans {
      id
      title
      kind
      period {
        start
        end
      }
      headings {
        id
        kindName
        number
        title
        subheadings {
          id
          kindName
          number
          title
        }
      }
      boards {
        name
      }
    }
    actions(filter: {text: $text}, first: $first) {
      totalCount
      nodes {
        id
        title
        status
        plan {
          title
        }
      }
    }
  }
  jointInitiatives(first: $first) {
    totalCount
    nodes {
      name
      status
    }
  }
}
    `) as unknown as TypedDocumentString<BenchCouncilOverviewQuery, BenchCouncilOverviewQueryVariables>;
export const BenchDeepPlanDocument = new TypedDocumentString(`
    query BenchDeepPlan($first: Int) {
  council(id: "westmorland-furness") {
    ...DeepPlan
  }
}
    fragment DeepPlan on Council {
  name
  plans {
    title
    headings {
      title
      subheadings {
        title
        actions {
          id
          title
          status
          themes {
            id
          }
        }
      }
      actions {
        id
        title
        status
        themes {
          id
        }
      }
    }
  }
  actions(first: $first) {
    totalCount
    nodes {
      id
      title
    }
  }
}`) as unknown as TypedDocumentString<BenchDeepPlanQuery, BenchDeepPlanQueryVariables>;
export const BenchIndicatorComparisonDocument = new TypedDocumentString(`
    query BenchIndicatorComparison($code: String!, $first: Int) {
  indicator(code: $code) {
    code
    title
    unit
    polarity
  }
  councils {
    name
    indicator(code: $code) {
      tracked
      noValueReason
      latest {
        value
        status
      }
      values {
        value
        status
        period {
          timePeriod
        }
      }
      comparators {
        value
        geography
      }
    }
    figures(indicator: $code, first: $first) {
      totalCount
      nodes {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BenchIndicatorComparisonQuery, BenchIndicatorComparisonQueryVariables>;
export const BenchJointInitiativeDocument = new TypedDocumentString(`
    query BenchJointInitiative($id: ID!, $text: String, $first: Int) {
  jointInitiative(id: $id) {
    id
    name
    kind
    status
    statusSource {
      quote
    }
    partners {
      name
      actions(filter: {text: $text}, first: $first) {
        totalCount
        nodes {
          title
        }
      }
    }
    restsOn {
      name
      status
    }
    councilActions {
      id
      title
      status
      plan {
        title
      }
      council {
        name
      }
      source {
        section
        quote
      }
    }
  }
  jointInitiatives(first: $first) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<BenchJointInitiativeQuery, BenchJointInitiativeQueryVariables>;
export const BenchJointWorkCatalogueDocument = new TypedDocumentString(`
    query BenchJointWorkCatalogue($first: Int) {
  jointInitiatives(first: $first) {
    totalCount
    nodes {
      key
      name
      kind
      status
      themes {
        code
        name
      }
    }
  }
  themes {
    code
    name
  }
  indicators {
    code
    title
    unit
    polarity
  }
}
    `) as unknown as TypedDocumentString<BenchJointWorkCatalogueQuery, BenchJointWorkCatalogueQueryVariables>;
export const DashboardAdoptionAgencyDocument = new TypedDocumentString(`
    query DashboardAdoptionAgency {
  jointInitiative(id: "regional-adoption-agency") {
    id
    name
    status
    summary
    statusSource {
      ...SourceFields
    }
    partners {
      name
    }
    councilActions {
      id
      title
      status
      rag
      updatedAt
      council {
        name
      }
      plan {
        title
      }
      source {
        ...SourceFields
      }
    }
  }
}
    fragment SourceFields on Source {
  document {
    id
    title
    publisher
    published
    url
  }
  section
  quote
}`) as unknown as TypedDocumentString<DashboardAdoptionAgencyQuery, DashboardAdoptionAgencyQueryVariables>;
export const DashboardAdoptionAgencyJointActionsDocument = new TypedDocumentString(`
    query DashboardAdoptionAgencyJointActions {
  jointInitiative(id: "regional-adoption-agency") {
    id
    jointActions(first: 100) {
      totalCount
      nodes {
        id
        title
        owner
        dueDate
        status
        rag
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardAdoptionAgencyJointActionsQuery, DashboardAdoptionAgencyJointActionsQueryVariables>;
export const DashboardIndicatorsDocument = new TypedDocumentString(`
    query DashboardIndicators {
  indicators {
    code
    title
  }
}
    `) as unknown as TypedDocumentString<DashboardIndicatorsQuery, DashboardIndicatorsQueryVariables>;
export const DashboardIndicatorComparisonDocument = new TypedDocumentString(`
    query DashboardIndicatorComparison($code: String!) {
  indicator(code: $code) {
    code
    title
    unit
    polarity
    definition
  }
  councils {
    id
    name
    indicator(code: $code) {
      noValueReason
      values {
        ...IndicatorValueFields
      }
      comparators {
        ...IndicatorValueFields
      }
    }
  }
}
    fragment IndicatorValueFields on IndicatorValue {
  value
  status
  text
  asAt
  undatedReason
  geography
  period {
    timePeriod
    timeIdentifier
  }
  source {
    ...SourceFields
  }
}
fragment SourceFields on Source {
  document {
    id
    title
    publisher
    published
    url
  }
  section
  quote
}`) as unknown as TypedDocumentString<DashboardIndicatorComparisonQuery, DashboardIndicatorComparisonQueryVariables>;
export const DashboardBenchmarkDocument = new TypedDocumentString(`
    query DashboardBenchmark($code: String!) {
  indicatorComparison(code: $code) {
    csvPath
    neighbourSet {
      name
      release
      synthetic
    }
    publishedMeasure {
      dataset
      measure
      title
      polarity
      unit
      publication
      councilsFrom
      licence
    }
    councils {
      council {
        id
        name
      }
      region {
        name
      }
      quartile
      quartileReason
      quartilePeriod
      localAuthoritiesRanked
      series {
        ...BenchmarkPointFields
      }
      predecessor {
        name
        laCode
        gssCode
        lastDay
        lastPeriod
        neighbourSet {
          name
          release
        }
        series {
          ...BenchmarkPointFields
        }
      }
    }
  }
}
    fragment BenchmarkPointFields on ComparisonPoint {
  timePeriod
  council {
    value
    status
  }
  region {
    value
    status
  }
  england {
    value
    status
  }
  neighbourMean
  neighboursWithValue
  neighbours
}`) as unknown as TypedDocumentString<DashboardBenchmarkQuery, DashboardBenchmarkQueryVariables>;
export const DashboardPlansDocument = new TypedDocumentString(`
    query DashboardPlans {
  councils {
    id
    name
    plans {
      id
      title
      kind
      period {
        text
      }
      source {
        ...SourceFields
      }
      boards {
        id
        name
        kind
        source {
          ...SourceFields
        }
      }
      headings {
        ...DashboardHeadingFields
        subheadings {
          ...DashboardHeadingFields
          subheadings {
            ...DashboardHeadingFields
          }
        }
      }
    }
  }
}
    fragment DashboardHeadingFields on Heading {
  id
  kindName
  number
  title
  source {
    ...SourceFields
  }
}
fragment SourceFields on Source {
  document {
    id
    title
    publisher
    published
    url
  }
  section
  quote
}`) as unknown as TypedDocumentString<DashboardPlansQuery, DashboardPlansQueryVariables>;
export const DashboardThemesDocument = new TypedDocumentString(`
    query DashboardThemes {
  themes {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<DashboardThemesQuery, DashboardThemesQueryVariables>;
export const DashboardThemeDocument = new TypedDocumentString(`
    query DashboardTheme($theme: String!) {
  theme(themeCode: $theme) {
    name
    description
    jointInitiatives {
      id
      name
      status
      summary
      source {
        ...SourceFields
      }
    }
  }
  councils {
    id
    name
    actions(filter: {themeCode: $theme}, first: 100) {
      totalCount
      nodes {
        id
        title
        status
        plan {
          title
        }
        source {
          ...SourceFields
        }
      }
    }
  }
}
    fragment SourceFields on Source {
  document {
    id
    title
    publisher
    published
    url
  }
  section
  quote
}`) as unknown as TypedDocumentString<DashboardThemeQuery, DashboardThemeQueryVariables>;
export const CrossFootprintOverviewDocument = new TypedDocumentString(`
    query CrossFootprintOverview {
  councils {
    __typename
    name
    gssCode
    plans {
      title
      kind
      period {
        start
        end
        text
      }
      headings {
        kindName
        number
        title
        subheadings {
          kindName
          number
          title
        }
      }
      boards {
        name
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CrossFootprintOverviewQuery, CrossFootprintOverviewQueryVariables>;
export const IndicatorComparisonDocument = new TypedDocumentString(`
    query IndicatorComparison($code: String! = "cared-for-children") {
  indicator(code: $code) {
    code
    title
    kind
    unit
    polarity
    periodKind
    dataset
    definition
  }
  councils {
    name
    indicator(code: $code) {
      tracked
      latest {
        value
        status
        asAt
        text
        geography
        source {
          document {
            title
          }
          section
          quote
        }
      }
      comparators {
        geography
        value
        status
      }
      noValueReason
    }
  }
}
    `) as unknown as TypedDocumentString<IndicatorComparisonQuery, IndicatorComparisonQueryVariables>;
export const JointWorkDocument = new TypedDocumentString(`
    query JointWork {
  partnership(id: "cumbria") {
    name
    councils {
      name
    }
    jointInitiatives(first: 50) {
      totalCount
      nodes {
        key
        name
        kind
        status
        partOf {
          name
        }
        hostedBy {
          name
        }
        councilActions {
          title
          council {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JointWorkQuery, JointWorkQueryVariables>;
export const NodeByIdDocument = new TypedDocumentString(`
    query NodeById($id: ID! = "CumberlandAction:children-and-family-wellbeing-plan.a35") {
  node(id: $id) {
    __typename
    id
    ... on Action {
      title
      plan {
        title
        period {
          text
        }
      }
      council {
        name
      }
      themes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NodeByIdQuery, NodeByIdQueryVariables>;
export const PlanStructureDocument = new TypedDocumentString(`
    query PlanStructure {
  councils {
    name
    plans {
      title
      headings {
        kind
        kindName
        number
        title
        subheadings {
          kind
          number
          title
        }
      }
      statements(kindCode: "PROMISE") {
        kind
        kindCode
        kindName
        label
        text
      }
      measureGroups {
        title
        measures {
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanStructureQuery, PlanStructureQueryVariables>;
export const RegionalAdoptionAgencyDocument = new TypedDocumentString(`
    query RegionalAdoptionAgency {
  jointInitiative(id: "regional-adoption-agency") {
    id
    name
    kind
    status
    statusSource {
      document {
        title
      }
      quote
    }
    partners {
      name
      gssCode
    }
    restsOn {
      name
      status
      hostedBy {
        name
      }
    }
    councilActions {
      __typename
      id
      title
      status
      plan {
        title
      }
      council {
        name
      }
      source {
        section
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegionalAdoptionAgencyQuery, RegionalAdoptionAgencyQueryVariables>;
export const ScrutinyMeetingDocument = new TypedDocumentString(`
    query ScrutinyMeeting {
  councils {
    name
    meetings(first: 10) {
      totalCount
      nodes {
        date
        board {
          name
          kind
        }
        reports {
          title
          author
          leadCabinetMember
          publicStatus
          presents {
            title
          }
          recommendations: sections(kind: RECOMMENDATIONS) {
            heading
            paragraphs {
              number
              text
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScrutinyMeetingQuery, ScrutinyMeetingQueryVariables>;
export const SearchActionsDocument = new TypedDocumentString(`
    query SearchActions($text: String = "transport", $first: Int = 20, $after: String) {
  councils {
    name
    actions(filter: {text: $text}, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        plan {
          title
        }
        parentHeading {
          kindName
          number
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchActionsQuery, SearchActionsQueryVariables>;
export const VoicesDocument = new TypedDocumentString(`
    query Voices {
  councils {
    name
    plans {
      title
      voices {
        kind
        speaker
        text
        source {
          section
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VoicesQuery, VoicesQueryVariables>;
export const WhatBothCouncilsDoOnDocument = new TypedDocumentString(`
    query WhatBothCouncilsDoOn($theme: String = "ADOPTION") {
  theme(themeCode: $theme) {
    name
  }
  councils {
    name
    actions(filter: {themeCode: $theme}, first: 50) {
      totalCount
      nodes {
        title
        status
        plan {
          title
        }
        source {
          document {
            title
          }
          section
          quote
        }
      }
    }
  }
  jointInitiatives(filter: {themeCode: $theme}) {
    totalCount
    nodes {
      name
      status
    }
  }
}
    `) as unknown as TypedDocumentString<WhatBothCouncilsDoOnQuery, WhatBothCouncilsDoOnQueryVariables>;
export const SyntheticCouncilsPlansAndCountsDocument = new TypedDocumentString(`
    query SyntheticCouncilsPlansAndCounts {
  councils {
    id
    plans {
      title
    }
    actions(first: 1) {
      totalCount
    }
  }
  jointInitiatives(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SyntheticCouncilsPlansAndCountsQuery, SyntheticCouncilsPlansAndCountsQueryVariables>;
export const SyntheticActionWithUpdatesDocument = new TypedDocumentString(`
    query SyntheticActionWithUpdates($id: ID!) {
  node(id: $id) {
    ... on Action {
      status
      rag
      version
      updates(first: 2) {
        totalCount
        nodes {
          note
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SyntheticActionWithUpdatesQuery, SyntheticActionWithUpdatesQueryVariables>;
export const WorkflowCouncilIndicatorsLatestAndComparatorsDocument = new TypedDocumentString(`
    query WorkflowCouncilIndicatorsLatestAndComparators {
  councils {
    name
    cp: indicator(code: "child-protection-plan-rate") {
      latest {
        value
        status
        period {
          timePeriod
          timeIdentifier
        }
      }
      comparators {
        geography
        value
      }
      noValueReason
    }
    rr: indicator(code: "re-referrals-12-months") {
      latest {
        value
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowCouncilIndicatorsLatestAndComparatorsQuery, WorkflowCouncilIndicatorsLatestAndComparatorsQueryVariables>;
export const BatchingActionIdsDocument = new TypedDocumentString(`
    query BatchingActionIds {
  councils {
    actions(first: 100) {
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingActionIdsQuery, BatchingActionIdsQueryVariables>;
export const BatchingDeepDocument = new TypedDocumentString(`
    query BatchingDeep($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Action {
      title
      status
      source {
        quote
        document {
          title
        }
      }
      themes {
        id
      }
      council {
        name
      }
      priority {
        title
        parent {
          title
        }
      }
      plan {
        title
        boards {
          name
          oversees {
            title
          }
        }
        priorities {
          title
          children {
            title
          }
          successMeasures {
            text
          }
        }
        outcomes {
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingDeepQuery, BatchingDeepQueryVariables>;
export const BatchingActionCouncilsPlansBoardsAndAdoptionDocument = new TypedDocumentString(`
    query BatchingActionCouncilsPlansBoardsAndAdoption {
  councils {
    actions(first: 100) {
      nodes {
        council {
          plans {
            title
          }
          boards {
            name
          }
          adoption: actions(filter: {theme: ADOPTION}) {
            nodes {
              title
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BatchingActionCouncilsPlansBoardsAndAdoptionQuery, BatchingActionCouncilsPlansBoardsAndAdoptionQueryVariables>;
export const ComparisonDfeCompareDocument = new TypedDocumentString(`
    query ComparisonDfeCompare($code: String!) {
  indicatorComparison(code: $code) {
    indicator {
      code
      polarity
    }
    neighbourSet {
      name
      release
      synthetic
    }
    publishedMeasure {
      dataset
      measure
      polarity
      unit
      publication
      councilsFrom
      licence
    }
    councils {
      gssCode
      neighbours
      quartile
      quartileReason
      quartilePeriod
      localAuthoritiesRanked
      note
      series {
        ...ComparisonDfePoint
      }
      predecessor {
        gssCode
        name
        laCode
        lastPeriod
        neighbourSet {
          name
        }
        series {
          ...ComparisonDfePoint
        }
      }
    }
  }
}
    fragment ComparisonDfePoint on ComparisonPoint {
  timePeriod
  council {
    value
    status
  }
  region {
    value
    status
  }
  england {
    value
    status
  }
  neighbourMean
  neighboursWithValue
  neighbours
}`) as unknown as TypedDocumentString<ComparisonDfeCompareQuery, ComparisonDfeCompareQueryVariables>;
export const ComparisonCompareDocument = new TypedDocumentString(`
    query ComparisonCompare($code: String!) {
  indicatorComparison(code: $code) {
    indicator {
      code
      title
      polarity
    }
    neighbourSet {
      name
      release
      synthetic
    }
    csvPath
    councils {
      council {
        name
        indicator(code: $code) {
          measures {
            text
            plan {
              title
            }
            priority {
              title
            }
          }
        }
      }
      geography {
        code
        name
      }
      region {
        code
        name
      }
      neighbours
      series {
        timePeriod
        council {
          value
          status
        }
        region {
          value
          status
        }
        england {
          value
          status
        }
        neighbourMean
        neighboursWithValue
        neighbours
      }
      quartile
      quartileReason
      quartilePeriod
      localAuthoritiesRanked
    }
  }
}
    `) as unknown as TypedDocumentString<ComparisonCompareQuery, ComparisonCompareQueryVariables>;
export const ComparisonGeographyValuesAndUnknownIndicatorDocument = new TypedDocumentString(`
    query ComparisonGeographyValuesAndUnknownIndicator {
  geography(code: "E10000006") {
    name
    level
    laCode
    validTo
    values(indicator: "re-referrals-12-months") {
      timePeriod
      value
    }
  }
  geographies(level: LOCAL_AUTHORITY) {
    code
    name
  }
  indicatorComparison(code: "no-such-indicator") {
    csvPath
  }
}
    `) as unknown as TypedDocumentString<ComparisonGeographyValuesAndUnknownIndicatorQuery, ComparisonGeographyValuesAndUnknownIndicatorQueryVariables>;
export const ComparisonReportedAdoptionValuesAndSeriesDocument = new TypedDocumentString(`
    query ComparisonReportedAdoptionValuesAndSeries {
  jointInitiative(id: "regional-adoption-agency") {
    reportedValues(indicator: "adoption-a1") {
      indicator
      timePeriod
      timeIdentifier
      value
      status
      source {
        quote
        document {
          title
        }
      }
    }
  }
  indicatorComparison(code: "adoption-a1") {
    councils {
      series {
        timePeriod
        council {
          value
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComparisonReportedAdoptionValuesAndSeriesQuery, ComparisonReportedAdoptionValuesAndSeriesQueryVariables>;
export const ComparisonReportedValuesDocument = new TypedDocumentString(`
    query ComparisonReportedValues {
  jointInitiative(id: "regional-adoption-agency") {
    reportedValues {
      indicator
      status
      value
    }
  }
}
    `) as unknown as TypedDocumentString<ComparisonReportedValuesQuery, ComparisonReportedValuesQueryVariables>;
export const ComparisonValuesAtEveryLevelDocument = new TypedDocumentString(`
    query ComparisonValuesAtEveryLevel {
  geographies {
    code
    values(indicator: "re-referrals-12-months") {
      value
    }
  }
  indicatorComparison(code: "re-referrals-12-months") {
    councils {
      geography {
        code
      }
      region {
        code
      }
    }
  }
  jointInitiatives(first: 100) {
    nodes {
      reportedValues {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ComparisonValuesAtEveryLevelQuery, ComparisonValuesAtEveryLevelQueryVariables>;
export const ConnectionsPageDocument = new TypedDocumentString(`
    query ConnectionsPage($first: Int, $after: String, $filter: ActionFilter) {
  council(id: "westmorland-furness") {
    actions(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
        }
      }
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectionsPageQuery, ConnectionsPageQueryVariables>;
export const ConnectionsFirstPagesAndTotalsDocument = new TypedDocumentString(`
    query ConnectionsFirstPagesAndTotals {
  jointInitiatives(first: 2) {
    totalCount
    nodes {
      key
    }
    pageInfo {
      endCursor
    }
  }
  councils {
    meetings {
      totalCount
    }
    figures(first: 3) {
      totalCount
      nodes {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectionsFirstPagesAndTotalsQuery, ConnectionsFirstPagesAndTotalsQueryVariables>;
export const ConnectionsJointInitiativesAfterDocument = new TypedDocumentString(`
    query ConnectionsJointInitiativesAfter($after: String) {
  jointInitiatives(after: $after) {
    nodes {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectionsJointInitiativesAfterQuery, ConnectionsJointInitiativesAfterQueryVariables>;
export const ConnectionsPlanAndMeetingListsDocument = new TypedDocumentString(`
    query ConnectionsPlanAndMeetingLists {
  council(id: "westmorland-furness") {
    plans {
      statements {
        kind
      }
      outcomes {
        text
      }
    }
    meetings {
      nodes {
        reports {
          sections {
            kind
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectionsPlanAndMeetingListsQuery, ConnectionsPlanAndMeetingListsQueryVariables>;
export const DashboardJointInitiativeCouncilActionsDocument = new TypedDocumentString(`
    query DashboardJointInitiativeCouncilActions {
  jointInitiative(id: "regional-adoption-agency") {
    councilActions {
      id
      __typename
      title
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardJointInitiativeCouncilActionsQuery, DashboardJointInitiativeCouncilActionsQueryVariables>;
export const DashboardPlanSourcesDocument = new TypedDocumentString(`
    query DashboardPlanSources {
  councils {
    plans {
      title
      source {
        section
        quote
        document {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardPlanSourcesQuery, DashboardPlanSourcesQueryVariables>;
export const DashboardTransportActionsDocument = new TypedDocumentString(`
    query DashboardTransportActions {
  councils {
    actions(filter: {theme: HOME_TO_SCHOOL_TRANSPORT}, first: 100) {
      nodes {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardTransportActionsQuery, DashboardTransportActionsQueryVariables>;
export const DashboardPlanAndBoardSourcesDocument = new TypedDocumentString(`
    query DashboardPlanAndBoardSources {
  councils {
    plans {
      id
      title
      source {
        section
        quote
        document {
          title
          published
          url
        }
      }
      boards {
        name
        kind
        source {
          section
          quote
          document {
            title
            published
            url
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardPlanAndBoardSourcesQuery, DashboardPlanAndBoardSourcesQueryVariables>;
export const DashboardPlanHeadingTreeDocument = new TypedDocumentString(`
    query DashboardPlanHeadingTree {
  councils {
    plans {
      id
      headings {
        kindName
        number
        title
        subheadings {
          kindName
          number
          title
          subheadings {
            kindName
            number
            title
            subheadings {
              kindName
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardPlanHeadingTreeQuery, DashboardPlanHeadingTreeQueryVariables>;
export const DurabilityCreateDocument = new TypedDocumentString(`
    mutation DurabilityCreate($input: CreateJointActionInput!) {
  createJointAction(input: $input) {
    jointAction {
      id
    }
    errors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DurabilityCreateMutation, DurabilityCreateMutationVariables>;
export const EvidenceCreateJointActionDocument = new TypedDocumentString(`
    mutation EvidenceCreateJointAction($input: CreateJointActionInput!) {
  createJointAction(input: $input) {
    jointAction {
      id
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceCreateJointActionMutation, EvidenceCreateJointActionMutationVariables>;
export const EvidenceActionUpdatesDocument = new TypedDocumentString(`
    query EvidenceActionUpdates($id: ID!, $states: [UpdateState!]) {
  node(id: $id) {
    ... on Action {
      version
      updates(first: 100, states: $states) {
        totalCount
        nodes {
          id
          note
          evidenceUrl
        }
      }
    }
    ... on JointAction {
      version
      updates(first: 100, states: $states) {
        totalCount
        nodes {
          id
          note
          evidenceUrl
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvidenceActionUpdatesQuery, EvidenceActionUpdatesQueryVariables>;
export const GatewayQueryDocument = new TypedDocumentString(`
    query GatewayQuery {
  councils {
    name
  }
  jointInitiative(id: "regional-adoption-agency") {
    councilActions {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<GatewayQueryQuery, GatewayQueryQueryVariables>;
export const GatewayCouncilNamesDocument = new TypedDocumentString(`
    query GatewayCouncilNames {
  councils {
    name
  }
}
    `) as unknown as TypedDocumentString<GatewayCouncilNamesQuery, GatewayCouncilNamesQueryVariables>;
export const GraphCouncilPlansInFullDocument = new TypedDocumentString(`
    query GraphCouncilPlansInFull {
  councils {
    __typename
    name
    gssCode
    plans {
      title
      kind
      period {
        start
        end
      }
      priorities {
        title
        children {
          title
        }
      }
      actions {
        title
      }
      boards {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GraphCouncilPlansInFullQuery, GraphCouncilPlansInFullQueryVariables>;
export const GraphAdoptionActionsDocument = new TypedDocumentString(`
    query GraphAdoptionActions {
  councils {
    name
    actions(filter: {theme: ADOPTION}) {
      totalCount
      nodes {
        id
        title
        status
        plan {
          title
        }
        council {
          name
        }
        themes {
          id
        }
        source {
          document {
            title
          }
          section
          quote
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GraphAdoptionActionsQuery, GraphAdoptionActionsQueryVariables>;
export const GraphActionFiltersDocument = new TypedDocumentString(`
    query GraphActionFilters {
  councils {
    transport: actions(filter: {text: "SCHOOL TRANSPORT"}) {
      nodes {
        title
      }
    }
    percent: actions(filter: {text: "%"}) {
      nodes {
        title
      }
    }
    none: actions(filter: {status: ON_TRACK}) {
      nodes {
        title
      }
    }
    all: actions(filter: {status: NOT_REPORTED}, first: 100) {
      nodes {
        title
      }
    }
    combined: actions(filter: {text: "send", theme: SEND}) {
      nodes {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GraphActionFiltersQuery, GraphActionFiltersQueryVariables>;
export const GraphJointInitiativeWithSourcesDocument = new TypedDocumentString(`
    query GraphJointInitiativeWithSources {
  jointInitiative(id: "regional-adoption-agency") {
    id
    name
    status
    kind
    partners {
      name
    }
    restsOn {
      name
      status
      hostedBy {
        name
      }
    }
    councilActions {
      __typename
      title
      plan {
        title
      }
      council {
        name
      }
    }
    sources {
      quote
      document {
        publisher
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GraphJointInitiativeWithSourcesQuery, GraphJointInitiativeWithSourcesQueryVariables>;
export const GraphPartnershipAndInitiativeFiltersDocument = new TypedDocumentString(`
    query GraphPartnershipAndInitiativeFilters {
  partnership {
    name
    councils {
      gssCode
    }
    jointInitiatives {
      nodes {
        key
      }
    }
  }
  hosted: jointInitiatives(filter: {kind: HOSTED_SERVICE}) {
    nodes {
      key
      partOf {
        key
      }
    }
  }
  fostering: jointInitiatives(filter: {theme: FOSTERING, status: OPERATING}) {
    nodes {
      key
    }
  }
  theme(code: ADOPTION) {
    name
    jointInitiatives {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<GraphPartnershipAndInitiativeFiltersQuery, GraphPartnershipAndInitiativeFiltersQueryVariables>;
export const GraphAllNodeIdsDocument = new TypedDocumentString(`
    query GraphAllNodeIds {
  councils {
    id
    plans {
      id
      priorities {
        id
      }
      actions {
        id
      }
    }
    boards {
      id
    }
  }
  jointInitiatives {
    nodes {
      id
    }
  }
  themes {
    id
  }
  partnership {
    id
  }
}
    `) as unknown as TypedDocumentString<GraphAllNodeIdsQuery, GraphAllNodeIdsQueryVariables>;
export const GraphNodeByIdDocument = new TypedDocumentString(`
    query GraphNodeById($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Council {
      name
    }
    ... on Plan {
      title
    }
    ... on Priority {
      title
    }
    ... on Action {
      title
    }
    ... on Board {
      name
    }
    ... on JointInitiative {
      name
    }
    ... on Theme {
      name
    }
    ... on Partnership {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<GraphNodeByIdQuery, GraphNodeByIdQueryVariables>;
export const GraphUnknownIdsDocument = new TypedDocumentString(`
    query GraphUnknownIds {
  a: node(id: "CumberlandAction:no-such-action") {
    id
    ... on Action {
      title
    }
  }
  b: node(id: "NoSuchType:x") {
    id
  }
  c: node(id: "'; DROP TABLE action; --") {
    id
  }
  d: jointInitiative(id: "no-such-initiative") {
    name
  }
  e: council(id: "WestmorlandAndFurnessCouncil:cumberland") {
    id
  }
  f: council(id: "cumberland") {
    id
  }
  g: node(id: "JointInitiative:no-such") {
    id
  }
}
    `) as unknown as TypedDocumentString<GraphUnknownIdsQuery, GraphUnknownIdsQueryVariables>;
export const GraphInjectedTextFilterDocument = new TypedDocumentString(`
    query GraphInjectedTextFilter {
  councils {
    actions(filter: {text: "' OR 1=1 --"}) {
      nodes {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GraphInjectedTextFilterQuery, GraphInjectedTextFilterQueryVariables>;
export const GraphActionTotalsDocument = new TypedDocumentString(`
    query GraphActionTotals {
  councils {
    actions {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<GraphActionTotalsQuery, GraphActionTotalsQueryVariables>;
export const GraphCaredForChildrenIndicatorDocument = new TypedDocumentString(`
    query GraphCaredForChildrenIndicator {
  indicator(code: "cared-for-children") {
    title
    unit
    kind
  }
  councils {
    name
    indicator(code: "cared-for-children") {
      tracked
      latest {
        value
        status
        asAt
        geography
        source {
          quote
          document {
            id
          }
        }
      }
      noValueReason
    }
  }
}
    `) as unknown as TypedDocumentString<GraphCaredForChildrenIndicatorQuery, GraphCaredForChildrenIndicatorQueryVariables>;
export const GraphPlanMeasuresDocument = new TypedDocumentString(`
    query GraphPlanMeasures {
  councils {
    plans {
      title
      measures {
        text
        priority {
          title
        }
        indicator {
          code
          polarity
          dataset
        }
      }
    }
    indicator(code: "child-protection-plan-rate") {
      tracked
      noValueReason
    }
  }
}
    `) as unknown as TypedDocumentString<GraphPlanMeasuresQuery, GraphPlanMeasuresQueryVariables>;
export const GraphBoardMeetingReportsDocument = new TypedDocumentString(`
    query GraphBoardMeetingReports {
  councils {
    boards {
      name
      meetings(first: 3) {
        nodes {
          date
          reports {
            title
            author
            presents {
              title
            }
            financial: sections(kind: FINANCIAL) {
              heading
              paragraphs {
                number
                text
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GraphBoardMeetingReportsQuery, GraphBoardMeetingReportsQueryVariables>;
export const GraphPlanVoicesAndStatementsDocument = new TypedDocumentString(`
    query GraphPlanVoicesAndStatements {
  councils {
    plans {
      title
      voices {
        kind
        speaker
        text
      }
      promise: statements(kind: PROMISE) {
        text
      }
      corporate: statements(kind: CORPORATE_PARENTING_PRINCIPLE) {
        text
      }
      signatories {
        name
        role
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GraphPlanVoicesAndStatementsQuery, GraphPlanVoicesAndStatementsQueryVariables>;
export const GraphNationalAndMissingIndicatorsDocument = new TypedDocumentString(`
    query GraphNationalAndMissingIndicators {
  national: indicators(kind: NATIONAL) {
    code
  }
  missing: indicator(code: "no-such-indicator") {
    code
  }
}
    `) as unknown as TypedDocumentString<GraphNationalAndMissingIndicatorsQuery, GraphNationalAndMissingIndicatorsQueryVariables>;
export const HostileLimitsCouncilNamesDocument = new TypedDocumentString(`
    query HostileLimitsCouncilNames {
  councils {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<HostileLimitsCouncilNamesQuery, HostileLimitsCouncilNamesQueryVariables>;
export const HostileReplayCouncilNamesDocument = new TypedDocumentString(`
    query HostileReplayCouncilNames {
  councils {
    name
  }
}
    `) as unknown as TypedDocumentString<HostileReplayCouncilNamesQuery, HostileReplayCouncilNamesQueryVariables>;
export const HostileTokensAuditDocument = new TypedDocumentString(`
    query HostileTokensAudit {
  councils {
    auditLog {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<HostileTokensAuditQuery, HostileTokensAuditQueryVariables>;
export const HostileCouncilNamesDocument = new TypedDocumentString(`
    query HostileCouncilNames {
  councils {
    name
  }
}
    `) as unknown as TypedDocumentString<HostileCouncilNamesQuery, HostileCouncilNamesQueryVariables>;
export const IdempotencyCreateDocument = new TypedDocumentString(`
    mutation IdempotencyCreate($input: CreateJointActionInput!) {
  createJointAction(input: $input) {
    jointAction {
      id
      title
    }
    replayed
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<IdempotencyCreateMutation, IdempotencyCreateMutationVariables>;
export const IdempotencyRecordDocument = new TypedDocumentString(`
    mutation IdempotencyRecord($input: RecordProgressInput!) {
  recordCumberlandActionProgress(input: $input) {
    action {
      id
      version
    }
    update {
      id
      state
      revision
    }
    replayed
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<IdempotencyRecordMutation, IdempotencyRecordMutationVariables>;
export const IdempotencyApproveDocument = new TypedDocumentString(`
    mutation IdempotencyApprove($input: SignOffInput!) {
  approveCumberlandProgressUpdate(input: $input) {
    action {
      id
      version
      status
    }
    update {
      id
      state
      revision
    }
    replayed
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<IdempotencyApproveMutation, IdempotencyApproveMutationVariables>;
export const InFlightStateQueryDocument = new TypedDocumentString(`
    query InFlightStateQuery($id: ID!) {
  node(id: $id) {
    ... on Action {
      version
      status
      updates(states: [SUBMITTED]) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InFlightStateQueryQuery, InFlightStateQueryQueryVariables>;
export const InFlightRecordDocument = new TypedDocumentString(`
    mutation InFlightRecord($input: RecordProgressInput!) {
  recordCumberlandActionProgress(input: $input) {
    action {
      version
    }
    update {
      id
      revision
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<InFlightRecordMutation, InFlightRecordMutationVariables>;
export const InFlightApproveDocument = new TypedDocumentString(`
    mutation InFlightApprove($input: SignOffInput!) {
  approveCumberlandProgressUpdate(input: $input) {
    action {
      version
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<InFlightApproveMutation, InFlightApproveMutationVariables>;
export const JointActionEditsCreateDocument = new TypedDocumentString(`
    mutation JointActionEditsCreate($input: CreateJointActionInput!) {
  createJointAction(input: $input) {
    ...JointActionEditsPayload
  }
}
    fragment JointActionEditsFields on JointAction {
  id
  title
  description
  owner
  dueDate
  revision
  withdrawnAt
  withdrawnBy {
    subject
    name
    team
  }
  withdrawalReason
  status
  version
  milestones {
    title
    dueDate
  }
  advances {
    id
  }
}
fragment JointActionEditsPayload on JointActionPayload {
  jointAction {
    ...JointActionEditsFields
  }
  errors {
    code
    field
    message
    currentVersion
  }
  replayed
}`) as unknown as TypedDocumentString<JointActionEditsCreateMutation, JointActionEditsCreateMutationVariables>;
export const JointActionEditsUpdateDocument = new TypedDocumentString(`
    mutation JointActionEditsUpdate($input: UpdateJointActionInput!) {
  updateJointAction(input: $input) {
    ...JointActionEditsPayload
  }
}
    fragment JointActionEditsFields on JointAction {
  id
  title
  description
  owner
  dueDate
  revision
  withdrawnAt
  withdrawnBy {
    subject
    name
    team
  }
  withdrawalReason
  status
  version
  milestones {
    title
    dueDate
  }
  advances {
    id
  }
}
fragment JointActionEditsPayload on JointActionPayload {
  jointAction {
    ...JointActionEditsFields
  }
  errors {
    code
    field
    message
    currentVersion
  }
  replayed
}`) as unknown as TypedDocumentString<JointActionEditsUpdateMutation, JointActionEditsUpdateMutationVariables>;
export const JointActionEditsWithdrawDocument = new TypedDocumentString(`
    mutation JointActionEditsWithdraw($input: WithdrawJointActionInput!) {
  withdrawJointAction(input: $input) {
    ...JointActionEditsPayload
  }
}
    fragment JointActionEditsFields on JointAction {
  id
  title
  description
  owner
  dueDate
  revision
  withdrawnAt
  withdrawnBy {
    subject
    name
    team
  }
  withdrawalReason
  status
  version
  milestones {
    title
    dueDate
  }
  advances {
    id
  }
}
fragment JointActionEditsPayload on JointActionPayload {
  jointAction {
    ...JointActionEditsFields
  }
  errors {
    code
    field
    message
    currentVersion
  }
  replayed
}`) as unknown as TypedDocumentString<JointActionEditsWithdrawMutation, JointActionEditsWithdrawMutationVariables>;
export const JointActionEditsReadDocument = new TypedDocumentString(`
    query JointActionEditsRead($id: ID!) {
  node(id: $id) {
    ... on JointAction {
      ...JointActionEditsFields
    }
  }
}
    fragment JointActionEditsFields on JointAction {
  id
  title
  description
  owner
  dueDate
  revision
  withdrawnAt
  withdrawnBy {
    subject
    name
    team
  }
  withdrawalReason
  status
  version
  milestones {
    title
    dueDate
  }
  advances {
    id
  }
}`) as unknown as TypedDocumentString<JointActionEditsReadQuery, JointActionEditsReadQueryVariables>;
export const JointActionEditsAuditLogDocument = new TypedDocumentString(`
    query JointActionEditsAuditLog($entity: ID) {
  partnership {
    auditLog(first: 100, entity: $entity) {
      nodes {
        operation
        entityId
        before
        after
        actor {
          subject
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JointActionEditsAuditLogQuery, JointActionEditsAuditLogQueryVariables>;
export const JointActionEditsChangeKindsDocument = new TypedDocumentString(`
    query JointActionEditsChangeKinds {
  partnership {
    changes(first: 100) {
      nodes {
        entityId
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JointActionEditsChangeKindsQuery, JointActionEditsChangeKindsQueryVariables>;
export const JointActionEditsChangedIdsDocument = new TypedDocumentString(`
    query JointActionEditsChangedIds {
  partnership {
    changes(first: 100) {
      nodes {
        entityId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JointActionEditsChangedIdsQuery, JointActionEditsChangedIdsQueryVariables>;
export const JointActionEditsCountWithWithdrawnDocument = new TypedDocumentString(`
    query JointActionEditsCountWithWithdrawn {
  jointInitiative(id: "regional-adoption-agency") {
    jointActions(filter: {includeWithdrawn: true}) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<JointActionEditsCountWithWithdrawnQuery, JointActionEditsCountWithWithdrawnQueryVariables>;
export const JointActionEditsListDocument = new TypedDocumentString(`
    query JointActionEditsList($filter: JointActionFilter) {
  jointInitiative(id: "regional-adoption-agency") {
    jointActions(first: 100, filter: $filter) {
      totalCount
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JointActionEditsListQuery, JointActionEditsListQueryVariables>;
export const JointActionEditsCumberlandAuditLogDocument = new TypedDocumentString(`
    query JointActionEditsCumberlandAuditLog($entity: ID) {
  cumberland {
    all: auditLog {
      totalCount
    }
    one: auditLog(entity: $entity) {
      nodes {
        operation
        entityId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JointActionEditsCumberlandAuditLogQuery, JointActionEditsCumberlandAuditLogQueryVariables>;
export const JointActionRacesCreateDocument = new TypedDocumentString(`
    mutation JointActionRacesCreate($input: CreateJointActionInput!) {
  createJointAction(input: $input) {
    jointAction {
      ...JointActionRacesFields
    }
    errors {
      code
    }
  }
}
    fragment JointActionRacesFields on JointAction {
  id
  status
  version
  revision
  withdrawnAt
}`) as unknown as TypedDocumentString<JointActionRacesCreateMutation, JointActionRacesCreateMutationVariables>;
export const JointActionRacesReadDocument = new TypedDocumentString(`
    query JointActionRacesRead($id: ID!) {
  node(id: $id) {
    ... on JointAction {
      ...JointActionRacesFields
      updates {
        nodes {
          id
          state
        }
      }
    }
  }
}
    fragment JointActionRacesFields on JointAction {
  id
  status
  version
  revision
  withdrawnAt
}`) as unknown as TypedDocumentString<JointActionRacesReadQuery, JointActionRacesReadQueryVariables>;
export const JointActionRacesWithdrawDocument = new TypedDocumentString(`
    mutation JointActionRacesWithdraw($input: WithdrawJointActionInput!) {
  withdrawJointAction(input: $input) {
    jointAction {
      ...JointActionRacesFields
    }
    errors {
      code
    }
  }
}
    fragment JointActionRacesFields on JointAction {
  id
  status
  version
  revision
  withdrawnAt
}`) as unknown as TypedDocumentString<JointActionRacesWithdrawMutation, JointActionRacesWithdrawMutationVariables>;
export const JointActionRacesAuditLogDocument = new TypedDocumentString(`
    query JointActionRacesAuditLog($entity: ID) {
  partnership {
    auditLog(entity: $entity) {
      nodes {
        operation
        before
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JointActionRacesAuditLogQuery, JointActionRacesAuditLogQueryVariables>;
export const JointActionsCreateDocument = new TypedDocumentString(`
    mutation JointActionsCreate($input: CreateJointActionInput!) {
  createJointAction(input: $input) {
    jointAction {
      id
      title
      owner
      dueDate
      status
      version
      milestones {
        title
        dueDate
      }
      advances {
        __typename
        id
        title
        plan {
          title
        }
      }
      initiative {
        key
      }
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<JointActionsCreateMutation, JointActionsCreateMutationVariables>;
export const JointActionsRecordDocument = new TypedDocumentString(`
    mutation JointActionsRecord($input: RecordProgressInput!) {
  recordJointActionProgress(input: $input) {
    jointAction {
      id
      status
      rag
      version
    }
    update {
      id
      state
      revision
      note
      version
      recordedBy {
        name
      }
    }
    errors {
      code
      field
      message
      currentVersion
    }
  }
}
    `) as unknown as TypedDocumentString<JointActionsRecordMutation, JointActionsRecordMutationVariables>;
export const JointActionsWithUpdatesDocument = new TypedDocumentString(`
    query JointActionsWithUpdates {
  jointInitiative(id: "regional-adoption-agency") {
    jointActions {
      nodes {
        status
        version
        latestUpdate {
          note
        }
        approved: updates(states: [APPROVED]) {
          totalCount
          edges {
            node {
              note
            }
          }
        }
        updates {
          totalCount
          edges {
            node {
              note
              state
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JointActionsWithUpdatesQuery, JointActionsWithUpdatesQueryVariables>;
export const JointActionsAuditLogDocument = new TypedDocumentString(`
    query JointActionsAuditLog {
  partnership {
    auditLog {
      edges {
        node {
          operation
          entityId
          actor {
            subject
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JointActionsAuditLogQuery, JointActionsAuditLogQueryVariables>;
export const JointActionsIdsBeforeRefusalsDocument = new TypedDocumentString(`
    query JointActionsIdsBeforeRefusals {
  jointInitiative(id: "regional-adoption-agency") {
    jointActions {
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JointActionsIdsBeforeRefusalsQuery, JointActionsIdsBeforeRefusalsQueryVariables>;
export const JointActionsIdsAfterRefusalsDocument = new TypedDocumentString(`
    query JointActionsIdsAfterRefusals {
  jointInitiative(id: "regional-adoption-agency") {
    jointActions {
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JointActionsIdsAfterRefusalsQuery, JointActionsIdsAfterRefusalsQueryVariables>;
export const JointActionsAuditTotalDocument = new TypedDocumentString(`
    query JointActionsAuditTotal {
  partnership {
    auditLog {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<JointActionsAuditTotalQuery, JointActionsAuditTotalQueryVariables>;
export const JointActionsStatusAndVersionDocument = new TypedDocumentString(`
    query JointActionsStatusAndVersion($id: ID!) {
  node(id: $id) {
    ... on JointAction {
      status
      version
    }
  }
}
    `) as unknown as TypedDocumentString<JointActionsStatusAndVersionQuery, JointActionsStatusAndVersionQueryVariables>;
export const JointActionsTitleAndApprovedUpdatesDocument = new TypedDocumentString(`
    query JointActionsTitleAndApprovedUpdates($id: ID!) {
  node(id: $id) {
    ... on JointAction {
      title
      latestUpdate {
        note
      }
      updates(states: [APPROVED]) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JointActionsTitleAndApprovedUpdatesQuery, JointActionsTitleAndApprovedUpdatesQueryVariables>;
export const JointReportCreateDocument = new TypedDocumentString(`
    mutation JointReportCreate($input: CreateJointActionInput!) {
  createJointAction(input: $input) {
    jointAction {
      id
      version
    }
    errors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<JointReportCreateMutation, JointReportCreateMutationVariables>;
export const JointReportApprovedUpdatesDocument = new TypedDocumentString(`
    query JointReportApprovedUpdates($id: ID!) {
  node(id: $id) {
    ... on JointAction {
      updates(states: [APPROVED]) {
        nodes {
          id
          recordedAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<JointReportApprovedUpdatesQuery, JointReportApprovedUpdatesQueryVariables>;
export const JointReportCouncilActionIdsDocument = new TypedDocumentString(`
    query JointReportCouncilActionIds {
  jointInitiative(id: "regional-adoption-agency") {
    councilActions {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<JointReportCouncilActionIdsQuery, JointReportCouncilActionIdsQueryVariables>;
export const JointReportWithdrawDocument = new TypedDocumentString(`
    mutation JointReportWithdraw($input: WithdrawJointActionInput!) {
  withdrawJointAction(input: $input) {
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<JointReportWithdrawMutation, JointReportWithdrawMutationVariables>;
export const OnboardingSpreadsheetOutcomesAndPrioritiesDocument = new TypedDocumentString(`
    query OnboardingSpreadsheetOutcomesAndPriorities {
  councils {
    id
    plans {
      title
      outcomes: headings(kind: "OUTCOME") {
        id
        kind
        number
        title
        actions {
          title
          themes {
            code
          }
        }
      }
      priorities: headings(kind: "PRIORITY") {
        number
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OnboardingSpreadsheetOutcomesAndPrioritiesQuery, OnboardingSpreadsheetOutcomesAndPrioritiesQueryVariables>;
export const OnboardingSpreadsheetYoungCarersActionsDocument = new TypedDocumentString(`
    query OnboardingSpreadsheetYoungCarersActions {
  theme(themeCode: "YOUNG_CARERS") {
    name
  }
  councils {
    id
    actions(filter: {themeCode: "YOUNG_CARERS"}) {
      totalCount
      nodes {
        title
        parentHeading {
          number
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OnboardingSpreadsheetYoungCarersActionsQuery, OnboardingSpreadsheetYoungCarersActionsQueryVariables>;
export const OnboardingSpreadsheetOutcomeHeadingDocument = new TypedDocumentString(`
    query OnboardingSpreadsheetOutcomeHeading {
  node(id: "NorthmerePriority:northmere-cyp-plan.outcome-1") {
    ... on Heading {
      kind
      number
      title
      source {
        section
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OnboardingSpreadsheetOutcomeHeadingQuery, OnboardingSpreadsheetOutcomeHeadingQueryVariables>;
export const OnboardingSpreadsheetMeasureGroupsDocument = new TypedDocumentString(`
    query OnboardingSpreadsheetMeasureGroups {
  councils {
    id
    plans {
      measureGroups {
        title
        measures {
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OnboardingSpreadsheetMeasureGroupsQuery, OnboardingSpreadsheetMeasureGroupsQueryVariables>;
export const OnboardingSpreadsheetAspirationsDocument = new TypedDocumentString(`
    query OnboardingSpreadsheetAspirations {
  councils {
    id
    plans {
      statements(kindCode: "ASPIRATION") {
        kindCode
        label
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OnboardingSpreadsheetAspirationsQuery, OnboardingSpreadsheetAspirationsQueryVariables>;
export const OnboardingSpreadsheetFiguresDocument = new TypedDocumentString(`
    query OnboardingSpreadsheetFigures {
  councils {
    id
    figures(first: 10) {
      nodes {
        indicator {
          code
        }
        value
        undated
        undatedReason
        comparators {
          area
          areaCode
          value
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OnboardingSpreadsheetFiguresQuery, OnboardingSpreadsheetFiguresQueryVariables>;
export const ReuseDeepDocument = new TypedDocumentString(`
    query ReuseDeep($first: Int) {
  council(id: "westmorland-furness") {
    ...ReuseDeepCouncil
  }
}
    fragment ReuseDeepCouncil on Council {
  name
  plans {
    title
    headings {
      title
      actions {
        id
        status
      }
    }
  }
  actions(first: $first) {
    totalCount
    nodes {
      id
      title
    }
  }
}`) as unknown as TypedDocumentString<ReuseDeepQuery, ReuseDeepQueryVariables>;
export const ReuseConditionalDocument = new TypedDocumentString(`
    query ReuseConditional($withPlans: Boolean!) {
  council(id: "cumberland") {
    name
    plans @include(if: $withPlans) {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ReuseConditionalQuery, ReuseConditionalQueryVariables>;
export const PartnershipsListDocument = new TypedDocumentString(`
    query PartnershipsList {
  partnerships {
    id
    name
    councils {
      gssCode
    }
    jointInitiatives {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipsListQuery, PartnershipsListQueryVariables>;
export const PartnershipsByIdOrKeyDocument = new TypedDocumentString(`
    query PartnershipsByIdOrKey {
  byKey: partnership(id: "cumbria") {
    name
  }
  byId: partnership(id: "Partnership:a-later-one") {
    name
  }
  unknown: partnership(id: "nowhere") {
    name
  }
  malformed: partnership(id: "Not a key!") {
    name
  }
}
    `) as unknown as TypedDocumentString<PartnershipsByIdOrKeyQuery, PartnershipsByIdOrKeyQueryVariables>;
export const PartnershipsWithoutIdDocument = new TypedDocumentString(`
    query PartnershipsWithoutId {
  partnership {
    name
  }
}
    `) as unknown as TypedDocumentString<PartnershipsWithoutIdQuery, PartnershipsWithoutIdQueryVariables>;
export const PartnershipsAcrossTheGraphDocument = new TypedDocumentString(`
    query PartnershipsAcrossTheGraph {
  partnerships {
    name
  }
  partnership {
    name
  }
  councils {
    name
  }
  jointInitiative(id: "regional-adoption-agency") {
    partners {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PartnershipsAcrossTheGraphQuery, PartnershipsAcrossTheGraphQueryVariables>;
export const PlanStructureHeadingTreeDocument = new TypedDocumentString(`
    query PlanStructureHeadingTree {
  councils {
    plans {
      id
      headings {
        id
        kind
        kindName
        number
        title
        subheadings {
          id
          kind
          kindName
          number
          title
          subheadings {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanStructureHeadingTreeQuery, PlanStructureHeadingTreeQueryVariables>;
export const PlanStructurePriorityHeadingsDocument = new TypedDocumentString(`
    query PlanStructurePriorityHeadings {
  councils {
    plans {
      id
      headings(kind: "PRIORITY") {
        title
        parentHeading {
          kind
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanStructurePriorityHeadingsQuery, PlanStructurePriorityHeadingsQueryVariables>;
export const PlanStructureStrandHeadingsDocument = new TypedDocumentString(`
    query PlanStructureStrandHeadings {
  councils {
    plans {
      id
      headings(kind: "STRAND") {
        kindName
        number
        title
        parentHeading {
          kind
          number
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanStructureStrandHeadingsQuery, PlanStructureStrandHeadingsQueryVariables>;
export const PlanStructureOutcomeActionsDocument = new TypedDocumentString(`
    query PlanStructureOutcomeActions {
  councils {
    plans {
      id
      headings(kind: "OUTCOME") {
        kind
        number
        actions {
          title
          parentHeading {
            kind
            number
          }
          priority {
            title
          }
        }
        statements {
          kindCode
          label
          number
        }
        subheadings {
          kind
          actions {
            title
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanStructureOutcomeActionsQuery, PlanStructureOutcomeActionsQueryVariables>;
export const PlanStructureMeasureGroupsDocument = new TypedDocumentString(`
    query PlanStructureMeasureGroups {
  councils {
    plans {
      id
      measureGroups {
        title
        source {
          section
          quote
        }
        parentHeading {
          kind
          title
        }
        measures {
          text
        }
      }
      measures {
        text
        group {
          title
        }
        parentHeading {
          kind
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanStructureMeasureGroupsQuery, PlanStructureMeasureGroupsQueryVariables>;
export const PlanStructureStatementKindsDocument = new TypedDocumentString(`
    query PlanStructureStatementKinds {
  councils {
    plans {
      id
      aspirations: statements(kindCode: "ASPIRATION") {
        kind
        kindCode
        kindName
        label
        number
      }
      promises: statements(kind: PROMISE) {
        kindCode
        kindName
        label
      }
      others: statements(kind: OTHER) {
        kindCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanStructureStatementKindsQuery, PlanStructureStatementKindsQueryVariables>;
export const PlanStructureHeadingIdsDocument = new TypedDocumentString(`
    query PlanStructureHeadingIds {
  councils {
    plans {
      headings {
        id
        subheadings {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanStructureHeadingIdsQuery, PlanStructureHeadingIdsQueryVariables>;
export const PlanStructureDeepDocument = new TypedDocumentString(`
    query PlanStructureDeep($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Heading {
      kind
      kindName
      number
      title
      plan {
        title
      }
      parentHeading {
        kind
        title
      }
      subheadings {
        kind
        title
        actions {
          title
        }
      }
      actions {
        title
        parentHeading {
          kind
        }
        themes {
          id
        }
      }
      measures {
        text
        group {
          title
          measures {
            text
          }
        }
      }
      statements {
        kindCode
        kindName
      }
      successMeasures {
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlanStructureDeepQuery, PlanStructureDeepQueryVariables>;
export const ReplicasRecordDocument = new TypedDocumentString(`
    mutation ReplicasRecord($input: RecordProgressInput!) {
  recordCumberlandActionProgress(input: $input) {
    action {
      version
      status
    }
    update {
      id
      revision
      state
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReplicasRecordMutation, ReplicasRecordMutationVariables>;
export const ReplicasApproveDocument = new TypedDocumentString(`
    mutation ReplicasApprove($input: SignOffInput!) {
  approveCumberlandProgressUpdate(input: $input) {
    action {
      version
      status
    }
    update {
      id
      state
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ReplicasApproveMutation, ReplicasApproveMutationVariables>;
export const ReplicasStateDocument = new TypedDocumentString(`
    query ReplicasState($id: ID!) {
  node(id: $id) {
    ... on Action {
      status
      version
      latestUpdate {
        note
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReplicasStateQuery, ReplicasStateQueryVariables>;
export const ReplicasActionsDocument = new TypedDocumentString(`
    query ReplicasActions($count: Int) {
  councils {
    actions(first: $count) {
      nodes {
        id
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReplicasActionsQuery, ReplicasActionsQueryVariables>;
export const ReplicasAuditTotalDocument = new TypedDocumentString(`
    query ReplicasAuditTotal {
  councils {
    auditLog(first: 1) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ReplicasAuditTotalQuery, ReplicasAuditTotalQueryVariables>;
export const ReplicasAuditLogDocument = new TypedDocumentString(`
    query ReplicasAuditLog {
  councils {
    auditLog(first: 100) {
      totalCount
      nodes {
        sequence
        operation
        actor {
          subject
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReplicasAuditLogQuery, ReplicasAuditLogQueryVariables>;
export const ReplicasActionStateDocument = new TypedDocumentString(`
    query ReplicasActionState($id: ID!) {
  node(id: $id) {
    ... on Action {
      status
      version
      latestUpdate {
        note
      }
      submitted: updates(states: [SUBMITTED]) {
        nodes {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReplicasActionStateQuery, ReplicasActionStateQueryVariables>;
export const ReplicasReturnDocument = new TypedDocumentString(`
    mutation ReplicasReturn($input: SignOffInput!) {
  returnCumberlandProgressUpdate(input: $input) {
    update {
      state
      revision
    }
    errors {
      code
      field
      currentVersion
    }
  }
}
    `) as unknown as TypedDocumentString<ReplicasReturnMutation, ReplicasReturnMutationVariables>;
export const ReplicasRetryRecordDocument = new TypedDocumentString(`
    mutation ReplicasRetryRecord($input: RecordProgressInput!) {
  recordCumberlandActionProgress(input: $input) {
    update {
      id
    }
    replayed
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReplicasRetryRecordMutation, ReplicasRetryRecordMutationVariables>;
export const ReportsActionVersionDocument = new TypedDocumentString(`
    query ReportsActionVersion($id: ID!) {
  node(id: $id) {
    ... on Action {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsActionVersionQuery, ReportsActionVersionQueryVariables>;
export const ReportsPlanActionIdsDocument = new TypedDocumentString(`
    query ReportsPlanActionIds {
  node(id: "WestmorlandAndFurnessPlan:ambition-for-every-child") {
    ... on Plan {
      actions {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsPlanActionIdsQuery, ReportsPlanActionIdsQueryVariables>;
export const ResponseCachePlanTitlesDocument = new TypedDocumentString(`
    query ResponseCachePlanTitles {
  councils {
    name
    plans {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCachePlanTitlesQuery, ResponseCachePlanTitlesQueryVariables>;
export const ResponseCacheActionStateDocument = new TypedDocumentString(`
    query ResponseCacheActionState($id: ID!) {
  node(id: $id) {
    id
    ... on Action {
      status
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheActionStateQuery, ResponseCacheActionStateQueryVariables>;
export const ResponseCacheRecordDraftDocument = new TypedDocumentString(`
    mutation ResponseCacheRecordDraft($input: RecordProgressInput!) {
  recordCumberlandActionProgress(input: $input) {
    errors {
      code
    }
    action {
      version
    }
    update {
      id
      revision
      state
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheRecordDraftMutation, ResponseCacheRecordDraftMutationVariables>;
export const ResponseCacheApproveDocument = new TypedDocumentString(`
    mutation ResponseCacheApprove($input: SignOffInput!) {
  approveCumberlandProgressUpdate(input: $input) {
    errors {
      code
    }
    action {
      version
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheApproveMutation, ResponseCacheApproveMutationVariables>;
export const ResponseCacheVersionDocument = new TypedDocumentString(`
    query ResponseCacheVersion($id: ID!) {
  node(id: $id) {
    ... on Action {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<ResponseCacheVersionQuery, ResponseCacheVersionQueryVariables>;
export const SharedDownOwnDataDocument = new TypedDocumentString(`
    query SharedDownOwnData {
  cumberland {
    id
    name
    gssCode
    plans {
      title
      priorities {
        title
      }
    }
    actions(first: 5) {
      totalCount
      nodes {
        id
        title
        themes {
          id
        }
      }
    }
    boards {
      name
    }
  }
  westmorlandAndFurness {
    name
    plans {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<SharedDownOwnDataQuery, SharedDownOwnDataQueryVariables>;
export const SignInCreateJointActionDocument = new TypedDocumentString(`
    mutation SignInCreateJointAction($input: CreateJointActionInput!) {
  createJointAction(input: $input) {
    jointAction {
      id
      title
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SignInCreateJointActionMutation, SignInCreateJointActionMutationVariables>;
export const SignInAuditLogDocument = new TypedDocumentString(`
    query SignInAuditLog {
  partnership {
    auditLog(first: 5) {
      edges {
        node {
          operation
          entityId
          actor {
            subject
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignInAuditLogQuery, SignInAuditLogQueryVariables>;
export const SignInTypenameDocument = new TypedDocumentString(`
    query SignInTypename {
  __typename
}
    `) as unknown as TypedDocumentString<SignInTypenameQuery, SignInTypenameQueryVariables>;
export const SignInJointActionIdsDocument = new TypedDocumentString(`
    query SignInJointActionIds {
  jointInitiative(id: "regional-adoption-agency") {
    jointActions {
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignInJointActionIdsQuery, SignInJointActionIdsQueryVariables>;
export const SignOffCreateJointActionDocument = new TypedDocumentString(`
    mutation SignOffCreateJointAction {
  createJointAction(
    input: {initiativeId: "regional-adoption-agency", title: "Agree the agency's governance", owner: "RAA programme lead"}
  ) {
    jointAction {
      id
    }
    errors {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SignOffCreateJointActionMutation, SignOffCreateJointActionMutationVariables>;
export const SignOffWorkStateDocument = new TypedDocumentString(`
    query SignOffWorkState($id: ID!) {
  node(id: $id) {
    ... on Action {
      status
      rag
      forecastStatus
      version
      updates(first: 100) {
        nodes {
          id
          state
          revision
        }
      }
    }
    ... on JointAction {
      status
      rag
      forecastStatus
      version
      updates(first: 100) {
        nodes {
          id
          state
          revision
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignOffWorkStateQuery, SignOffWorkStateQueryVariables>;
export const SignOffQueryDocument = new TypedDocumentString(`
    query SignOffQuery($id: ID!) {
  node(id: $id) {
    ... on Action {
      status
      rag
      latestUpdate {
        note
        state
      }
      updates {
        totalCount
        nodes {
          note
          state
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignOffQueryQuery, SignOffQueryQueryVariables>;
export const SignOffFeedDocument = new TypedDocumentString(`
    query SignOffFeed($first: Int, $after: String) {
  councils {
    changes(first: $first, after: $after) {
      totalCount
      nodes {
        entityId
        kind
        at
        sequence
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignOffFeedQuery, SignOffFeedQueryVariables>;
export const SignOffAuditLogDocument = new TypedDocumentString(`
    query SignOffAuditLog {
  councils {
    auditLog(first: 100) {
      nodes {
        sequence
        entityId
        operation
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignOffAuditLogQuery, SignOffAuditLogQueryVariables>;
export const SignOffQueryXDocument = new TypedDocumentString(`
    query SignOffQueryX {
  partnership {
    changes(first: 100) {
      nodes {
        entityId
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignOffQueryXQuery, SignOffQueryXQueryVariables>;
export const StaffIdentitiesActionVersionDocument = new TypedDocumentString(`
    query StaffIdentitiesActionVersion($id: ID!) {
  node(id: $id) {
    ... on Action {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<StaffIdentitiesActionVersionQuery, StaffIdentitiesActionVersionQueryVariables>;
export const StaffIdentitiesReadDocument = new TypedDocumentString(`
    query StaffIdentitiesRead($id: ID!) {
  node(id: $id) {
    ... on Action {
      latestUpdate {
        note
        recordedBy {
          ...StaffIdentitiesActor
        }
        decidedBy {
          ...StaffIdentitiesActor
        }
      }
      updates(first: 10) {
        nodes {
          note
          state
          recordedBy {
            ...StaffIdentitiesActor
          }
          decidedBy {
            ...StaffIdentitiesActor
          }
        }
      }
    }
  }
  councils {
    name
    changes {
      nodes {
        entityId
        kind
      }
    }
    actions(first: 100) {
      nodes {
        latestUpdate {
          recordedBy {
            ...StaffIdentitiesActor
          }
          decidedBy {
            ...StaffIdentitiesActor
          }
        }
      }
    }
  }
}
    fragment StaffIdentitiesActor on Actor {
  subject
  name
  team
}`) as unknown as TypedDocumentString<StaffIdentitiesReadQuery, StaffIdentitiesReadQueryVariables>;
export const StartRestartCouncilsAndSharedDocument = new TypedDocumentString(`
    query StartRestartCouncilsAndShared {
  councils {
    name
    actions {
      totalCount
    }
  }
  jointInitiative(id: "regional-adoption-agency") {
    status
  }
}
    `) as unknown as TypedDocumentString<StartRestartCouncilsAndSharedQuery, StartRestartCouncilsAndSharedQueryVariables>;
export const StartRestartCumberlandOwnDocument = new TypedDocumentString(`
    query StartRestartCumberlandOwn {
  cumberland {
    name
    plans {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<StartRestartCumberlandOwnQuery, StartRestartCumberlandOwnQueryVariables>;
export const StatsUpdateStartingCareSeriesDocument = new TypedDocumentString(`
    query StatsUpdateStartingCareSeries {
  indicatorComparison(code: "children-starting-care-rate") {
    councils {
      gssCode
      series {
        timePeriod
        council {
          value
          status
        }
        england {
          value
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatsUpdateStartingCareSeriesQuery, StatsUpdateStartingCareSeriesQueryVariables>;
export const ThirdCouncilCouncilsDocument = new TypedDocumentString(`
    query ThirdCouncilCouncils {
  councils {
    id
    name
    gssCode
    plans {
      title
    }
    boards {
      name
      oversees {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThirdCouncilCouncilsQuery, ThirdCouncilCouncilsQueryVariables>;
export const ThirdCouncilPartnersDocument = new TypedDocumentString(`
    query ThirdCouncilPartners {
  jointInitiative(id: "regional-adoption-agency") {
    partners {
      name
    }
  }
  partnership {
    councils {
      name
    }
  }
  node(id: "ExampleshireCouncil:exampleshire") {
    ... on Council {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ThirdCouncilPartnersQuery, ThirdCouncilPartnersQueryVariables>;
export const TrackingRecordWestmorlandAndFurnessDocument = new TypedDocumentString(`
    mutation TrackingRecordWestmorlandAndFurness($input: RecordProgressInput!) {
  recordWestmorlandAndFurnessActionProgress(input: $input) {
    ...TrackingRecorded
  }
}
    fragment TrackingRecorded on RecordActionProgressPayload {
  action {
    id
    status
    rag
    version
  }
  update {
    id
    status
    rag
    note
    version
    recordedBy {
      subject
      name
    }
  }
  errors {
    code
    field
    message
    currentVersion
  }
}`) as unknown as TypedDocumentString<TrackingRecordWestmorlandAndFurnessMutation, TrackingRecordWestmorlandAndFurnessMutationVariables>;
export const TrackingRecordCumberlandDocument = new TypedDocumentString(`
    mutation TrackingRecordCumberland($input: RecordProgressInput!) {
  recordCumberlandActionProgress(input: $input) {
    ...TrackingRecorded
  }
}
    fragment TrackingRecorded on RecordActionProgressPayload {
  action {
    id
    status
    rag
    version
  }
  update {
    id
    status
    rag
    note
    version
    recordedBy {
      subject
      name
    }
  }
  errors {
    code
    field
    message
    currentVersion
  }
}`) as unknown as TypedDocumentString<TrackingRecordCumberlandMutation, TrackingRecordCumberlandMutationVariables>;
export const TrackingActionStatusAndVersionDocument = new TypedDocumentString(`
    query TrackingActionStatusAndVersion($id: ID!) {
  node(id: $id) {
    ... on Action {
      status
      version
    }
  }
}
    `) as unknown as TypedDocumentString<TrackingActionStatusAndVersionQuery, TrackingActionStatusAndVersionQueryVariables>;
export const TrackingDraftCountDocument = new TypedDocumentString(`
    query TrackingDraftCount($id: ID!) {
  node(id: $id) {
    ... on Action {
      updates(states: [DRAFT]) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrackingDraftCountQuery, TrackingDraftCountQueryVariables>;
export const TrackingUpdateStatesDocument = new TypedDocumentString(`
    query TrackingUpdateStates($id: ID!) {
  node(id: $id) {
    ... on Action {
      updates {
        nodes {
          state
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrackingUpdateStatesQuery, TrackingUpdateStatesQueryVariables>;
export const TrackingPlansAndActionStatusDocument = new TypedDocumentString(`
    query TrackingPlansAndActionStatus($id: ID!) {
  councils {
    plans {
      title
    }
  }
  node(id: $id) {
    ... on Action {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<TrackingPlansAndActionStatusQuery, TrackingPlansAndActionStatusQueryVariables>;
export const TrackingActionUpdatesDocument = new TypedDocumentString(`
    query TrackingActionUpdates($id: ID!) {
  node(id: $id) {
    ... on Action {
      version
      latestUpdate {
        note
      }
      updates(first: 100) {
        totalCount
        nodes {
          note
          state
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrackingActionUpdatesQuery, TrackingActionUpdatesQueryVariables>;
export const TrackingFirstUpdatesPageDocument = new TypedDocumentString(`
    query TrackingFirstUpdatesPage($id: ID!) {
  node(id: $id) {
    ... on Action {
      latestUpdate {
        note
      }
      updates(first: 2) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            note
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrackingFirstUpdatesPageQuery, TrackingFirstUpdatesPageQueryVariables>;
export const TrackingUpdatesPageAfterDocument = new TypedDocumentString(`
    query TrackingUpdatesPageAfter($id: ID!, $after: String) {
  node(id: $id) {
    ... on Action {
      latestUpdate {
        note
      }
      updates(first: 2, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            note
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrackingUpdatesPageAfterQuery, TrackingUpdatesPageAfterQueryVariables>;
export const TrackingAuditLogDocument = new TypedDocumentString(`
    query TrackingAuditLog {
  councils {
    auditLog(first: 100) {
      totalCount
      nodes {
        operation
        entityId
        before
        after
        actor {
          subject
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrackingAuditLogQuery, TrackingAuditLogQueryVariables>;
export const VocabularyParticipationThemeDocument = new TypedDocumentString(`
    query VocabularyParticipationTheme {
  themes {
    code
    council {
      name
    }
  }
  theme(themeCode: "PARTICIPATION") {
    code
    name
    council {
      name
    }
  }
  councils {
    name
    actions(filter: {themeCode: "PARTICIPATION"}) {
      totalCount
      nodes {
        title
        themes {
          id
        }
      }
    }
  }
  jointInitiatives(filter: {themeCode: "PARTICIPATION"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<VocabularyParticipationThemeQuery, VocabularyParticipationThemeQueryVariables>;
export const VocabularyMisspeltThemeCodeDocument = new TypedDocumentString(`
    query VocabularyMisspeltThemeCode {
  councils {
    actions(filter: {themeCode: "PARTICIPATON"}) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<VocabularyMisspeltThemeCodeQuery, VocabularyMisspeltThemeCodeQueryVariables>;
export const VocabularyThemeByEnumOrCodeDocument = new TypedDocumentString(`
    query VocabularyThemeByEnumOrCode {
  theme(code: ADOPTION) {
    code
  }
  councils {
    id
    byEnum: actions(filter: {theme: ADOPTION}) {
      totalCount
    }
    byCode: actions(filter: {themeCode: "ADOPTION"}) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<VocabularyThemeByEnumOrCodeQuery, VocabularyThemeByEnumOrCodeQueryVariables>;
export const VocabularyCouncilIndicatorDocument = new TypedDocumentString(`
    query VocabularyCouncilIndicator {
  indicator(code: "family-hub-locations") {
    kind
    council {
      name
    }
  }
  national: indicator(code: "good-level-of-development") {
    council {
      name
    }
  }
  council(id: "cumberland") {
    indicator(code: "family-hub-locations") {
      values {
        value
        undated
        undatedReason
        asAt
      }
      latest {
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VocabularyCouncilIndicatorQuery, VocabularyCouncilIndicatorQueryVariables>;
export const VocabularyIndicatorComparatorsDocument = new TypedDocumentString(`
    query VocabularyIndicatorComparators {
  cumberland: council(id: "cumberland") {
    indicator(code: "population-density") {
      values {
        text
        comparators {
          area
          areaCode
          areaName
          value
          text
          source {
            quote
            document {
              title
            }
          }
        }
      }
    }
  }
  wf: council(id: "westmorland-furness") {
    indicator(code: "cared-for-children") {
      values {
        undated
        undatedReason
        comparators {
          area
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VocabularyIndicatorComparatorsQuery, VocabularyIndicatorComparatorsQueryVariables>;
export const WorkspaceFiltersFilteredDocument = new TypedDocumentString(`
    query WorkspaceFiltersFiltered($filter: ActionFilter) {
  council(id: "westmorland-furness") {
    actions(filter: $filter, first: 100) {
      totalCount
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceFiltersFilteredQuery, WorkspaceFiltersFilteredQueryVariables>;
export const WorkspaceFiltersCouncilActionIdsDocument = new TypedDocumentString(`
    query WorkspaceFiltersCouncilActionIds {
  council(id: "westmorland-furness") {
    actions(first: 100) {
      nodes {
        id
      }
    }
    plans {
      id
      actions {
        id
      }
    }
    boards {
      id
      oversees {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceFiltersCouncilActionIdsQuery, WorkspaceFiltersCouncilActionIdsQueryVariables>;
export const WorkspaceFiltersByPlanDocument = new TypedDocumentString(`
    query WorkspaceFiltersByPlan {
  councils {
    actions(filter: {plan: "CumberlandPlan:children-and-family-wellbeing-plan"}) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceFiltersByPlanQuery, WorkspaceFiltersByPlanQueryVariables>;
export const WorkspaceActionDetailDocument = new TypedDocumentString(`
    query WorkspaceActionDetail($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Action {
      ...WorkspaceActionSummary
      council {
        id
        name
      }
      updates(first: 100) {
        totalCount
        nodes {
          ...WorkspaceUpdate
        }
      }
    }
    ... on JointAction {
      title
      owner
      dueDate
      status
      forecastStatus
      rag
      version
      initiative {
        id
        name
      }
      withdrawnAt
      withdrawnBy {
        name
        team
      }
      withdrawalReason
      updates(first: 100) {
        totalCount
        nodes {
          ...WorkspaceUpdate
        }
      }
    }
  }
}
    fragment WorkspaceUpdate on ProgressUpdate {
  id
  state
  revision
  version
  status
  forecastStatus
  rag
  note
  explanation
  reopenReason
  returnReason
  evidenceUrl
  recordedAt
  recordedBy {
    name
    subject
    team
  }
  submittedAt
  decidedAt
  decidedBy {
    name
    subject
    team
  }
}
fragment WorkspaceActionSummary on Action {
  id
  title
  status
  forecastStatus
  rag
  version
  updatedAt
  plan {
    id
    title
  }
}`) as unknown as TypedDocumentString<WorkspaceActionDetailQuery, WorkspaceActionDetailQueryVariables>;
export const WorkspaceCouncilAuditDocument = new TypedDocumentString(`
    query WorkspaceCouncilAudit($council: ID!, $entity: ID!) {
  council(id: $council) {
    id
    auditLog(first: 100, entity: $entity) {
      nodes {
        id
        at
        operation
        actor {
          name
          team
        }
        before
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceCouncilAuditQuery, WorkspaceCouncilAuditQueryVariables>;
export const WorkspacePartnershipAuditDocument = new TypedDocumentString(`
    query WorkspacePartnershipAudit($partnership: ID!, $entity: ID!) {
  partnership(id: $partnership) {
    id
    auditLog(first: 100, entity: $entity) {
      nodes {
        id
        at
        operation
        actor {
          name
          team
        }
        before
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspacePartnershipAuditQuery, WorkspacePartnershipAuditQueryVariables>;
export const WorkspaceCouncilChangesDocument = new TypedDocumentString(`
    query WorkspaceCouncilChanges($council: ID!, $after: String) {
  council(id: $council) {
    id
    name
    changes(first: 100, after: $after) {
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        entityId
        kind
        at
        sequence
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceCouncilChangesQuery, WorkspaceCouncilChangesQueryVariables>;
export const WorkspacePartnershipsDocument = new TypedDocumentString(`
    query WorkspacePartnerships {
  partnerships {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<WorkspacePartnershipsQuery, WorkspacePartnershipsQueryVariables>;
export const WorkspacePartnershipChangesDocument = new TypedDocumentString(`
    query WorkspacePartnershipChanges($partnership: ID!, $after: String) {
  partnership(id: $partnership) {
    id
    name
    changes(first: 100, after: $after) {
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        entityId
        kind
        at
        sequence
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspacePartnershipChangesQuery, WorkspacePartnershipChangesQueryVariables>;
export const WorkspaceTitlesDocument = new TypedDocumentString(`
    query WorkspaceTitles($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
    ... on Action {
      title
    }
    ... on JointAction {
      title
    }
    ... on Council {
      name
    }
    ... on Partnership {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceTitlesQuery, WorkspaceTitlesQueryVariables>;
export const WorkspaceCouncilInboxDocument = new TypedDocumentString(`
    query WorkspaceCouncilInbox($council: ID!, $filter: ActionFilter, $after: String) {
  council(id: $council) {
    id
    name
    actions(first: 100, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        status
        forecastStatus
        rag
        version
        submitted: updates(first: 5, states: [SUBMITTED]) {
          nodes {
            ...WorkspaceUpdate
          }
        }
      }
    }
  }
}
    fragment WorkspaceUpdate on ProgressUpdate {
  id
  state
  revision
  version
  status
  forecastStatus
  rag
  note
  explanation
  reopenReason
  returnReason
  evidenceUrl
  recordedAt
  recordedBy {
    name
    subject
    team
  }
  submittedAt
  decidedAt
  decidedBy {
    name
    subject
    team
  }
}`) as unknown as TypedDocumentString<WorkspaceCouncilInboxQuery, WorkspaceCouncilInboxQueryVariables>;
export const WorkspaceJointInboxDocument = new TypedDocumentString(`
    query WorkspaceJointInbox {
  jointInitiatives(first: 10) {
    nodes {
      id
      name
      jointActions(first: 50, filter: {updateStates: [SUBMITTED]}) {
        nodes {
          id
          title
          status
          forecastStatus
          rag
          version
          submitted: updates(first: 5, states: [SUBMITTED]) {
            nodes {
              ...WorkspaceUpdate
            }
          }
        }
      }
    }
  }
}
    fragment WorkspaceUpdate on ProgressUpdate {
  id
  state
  revision
  version
  status
  forecastStatus
  rag
  note
  explanation
  reopenReason
  returnReason
  evidenceUrl
  recordedAt
  recordedBy {
    name
    subject
    team
  }
  submittedAt
  decidedAt
  decidedBy {
    name
    subject
    team
  }
}`) as unknown as TypedDocumentString<WorkspaceJointInboxQuery, WorkspaceJointInboxQueryVariables>;
export const WorkspaceCreateJointActionDocument = new TypedDocumentString(`
    mutation WorkspaceCreateJointAction($input: CreateJointActionInput!) {
  result: createJointAction(input: $input) {
    replayed
    errors {
      ...WorkspaceError
    }
    jointAction {
      ...WorkspaceJointAction
    }
  }
}
    fragment WorkspaceError on UserError {
  code
  field
  message
  currentVersion
}
fragment WorkspaceJointAction on JointAction {
  id
  title
  owner
  description
  dueDate
  status
  forecastStatus
  rag
  version
  revision
  withdrawnAt
  withdrawnBy {
    name
    team
  }
  withdrawalReason
  latestUpdate {
    recordedAt
    decidedAt
  }
  milestones {
    title
    dueDate
  }
  advances {
    id
    title
    council {
      name
    }
  }
  pending: updates(first: 1, states: [DRAFT, SUBMITTED, RETURNED]) {
    nodes {
      id
      state
      recordedAt
    }
  }
}`) as unknown as TypedDocumentString<WorkspaceCreateJointActionMutation, WorkspaceCreateJointActionMutationVariables>;
export const WorkspaceCouncilActionChoicesDocument = new TypedDocumentString(`
    query WorkspaceCouncilActionChoices {
  councils {
    id
    name
    plans {
      id
      title
      actions {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceCouncilActionChoicesQuery, WorkspaceCouncilActionChoicesQueryVariables>;
export const WorkspaceUpdateJointActionDocument = new TypedDocumentString(`
    mutation WorkspaceUpdateJointAction($input: UpdateJointActionInput!) {
  result: updateJointAction(input: $input) {
    replayed
    errors {
      ...WorkspaceError
    }
    jointAction {
      ...WorkspaceJointAction
    }
  }
}
    fragment WorkspaceError on UserError {
  code
  field
  message
  currentVersion
}
fragment WorkspaceJointAction on JointAction {
  id
  title
  owner
  description
  dueDate
  status
  forecastStatus
  rag
  version
  revision
  withdrawnAt
  withdrawnBy {
    name
    team
  }
  withdrawalReason
  latestUpdate {
    recordedAt
    decidedAt
  }
  milestones {
    title
    dueDate
  }
  advances {
    id
    title
    council {
      name
    }
  }
  pending: updates(first: 1, states: [DRAFT, SUBMITTED, RETURNED]) {
    nodes {
      id
      state
      recordedAt
    }
  }
}`) as unknown as TypedDocumentString<WorkspaceUpdateJointActionMutation, WorkspaceUpdateJointActionMutationVariables>;
export const WorkspaceWithdrawJointActionDocument = new TypedDocumentString(`
    mutation WorkspaceWithdrawJointAction($input: WithdrawJointActionInput!) {
  result: withdrawJointAction(input: $input) {
    replayed
    errors {
      ...WorkspaceError
    }
    jointAction {
      ...WorkspaceJointAction
    }
  }
}
    fragment WorkspaceError on UserError {
  code
  field
  message
  currentVersion
}
fragment WorkspaceJointAction on JointAction {
  id
  title
  owner
  description
  dueDate
  status
  forecastStatus
  rag
  version
  revision
  withdrawnAt
  withdrawnBy {
    name
    team
  }
  withdrawalReason
  latestUpdate {
    recordedAt
    decidedAt
  }
  milestones {
    title
    dueDate
  }
  advances {
    id
    title
    council {
      name
    }
  }
  pending: updates(first: 1, states: [DRAFT, SUBMITTED, RETURNED]) {
    nodes {
      id
      state
      recordedAt
    }
  }
}`) as unknown as TypedDocumentString<WorkspaceWithdrawJointActionMutation, WorkspaceWithdrawJointActionMutationVariables>;
export const WorkspaceAllJointActionsDocument = new TypedDocumentString(`
    query WorkspaceAllJointActions {
  jointInitiatives(first: 10) {
    nodes {
      id
      key
      name
      jointActions(first: 50, filter: {includeWithdrawn: true}) {
        nodes {
          ...WorkspaceJointAction
        }
      }
    }
  }
}
    fragment WorkspaceJointAction on JointAction {
  id
  title
  owner
  description
  dueDate
  status
  forecastStatus
  rag
  version
  revision
  withdrawnAt
  withdrawnBy {
    name
    team
  }
  withdrawalReason
  latestUpdate {
    recordedAt
    decidedAt
  }
  milestones {
    title
    dueDate
  }
  advances {
    id
    title
    council {
      name
    }
  }
  pending: updates(first: 1, states: [DRAFT, SUBMITTED, RETURNED]) {
    nodes {
      id
      state
      recordedAt
    }
  }
}`) as unknown as TypedDocumentString<WorkspaceAllJointActionsQuery, WorkspaceAllJointActionsQueryVariables>;
export const WorkspaceJointActionToEditDocument = new TypedDocumentString(`
    query WorkspaceJointActionToEdit($id: ID!) {
  node(id: $id) {
    __typename
    ... on JointAction {
      ...WorkspaceJointAction
      initiative {
        id
        name
      }
    }
  }
}
    fragment WorkspaceJointAction on JointAction {
  id
  title
  owner
  description
  dueDate
  status
  forecastStatus
  rag
  version
  revision
  withdrawnAt
  withdrawnBy {
    name
    team
  }
  withdrawalReason
  latestUpdate {
    recordedAt
    decidedAt
  }
  milestones {
    title
    dueDate
  }
  advances {
    id
    title
    council {
      name
    }
  }
  pending: updates(first: 1, states: [DRAFT, SUBMITTED, RETURNED]) {
    nodes {
      id
      state
      recordedAt
    }
  }
}`) as unknown as TypedDocumentString<WorkspaceJointActionToEditQuery, WorkspaceJointActionToEditQueryVariables>;
export const WorkspaceCouncilActionsDocument = new TypedDocumentString(`
    query WorkspaceCouncilActions($council: ID!, $filter: ActionFilter, $after: String) {
  council(id: $council) {
    id
    name
    actions(first: 50, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...WorkspaceAction
      }
    }
  }
}
    fragment WorkspaceActionSummary on Action {
  id
  title
  status
  forecastStatus
  rag
  version
  updatedAt
  plan {
    id
    title
  }
}
fragment WorkspaceAction on Action {
  ...WorkspaceActionSummary
  pending: updates(first: 1, states: [DRAFT, SUBMITTED, RETURNED]) {
    nodes {
      id
      state
      recordedAt
    }
  }
}`) as unknown as TypedDocumentString<WorkspaceCouncilActionsQuery, WorkspaceCouncilActionsQueryVariables>;
export const WorkspaceJointActionsDocument = new TypedDocumentString(`
    query WorkspaceJointActions($filter: JointActionFilter) {
  jointInitiatives(first: 10) {
    nodes {
      id
      key
      name
      jointActions(first: 50, filter: $filter) {
        totalCount
        nodes {
          ...WorkspaceJointAction
        }
      }
    }
  }
}
    fragment WorkspaceJointAction on JointAction {
  id
  title
  owner
  description
  dueDate
  status
  forecastStatus
  rag
  version
  revision
  withdrawnAt
  withdrawnBy {
    name
    team
  }
  withdrawalReason
  latestUpdate {
    recordedAt
    decidedAt
  }
  milestones {
    title
    dueDate
  }
  advances {
    id
    title
    council {
      name
    }
  }
  pending: updates(first: 1, states: [DRAFT, SUBMITTED, RETURNED]) {
    nodes {
      id
      state
      recordedAt
    }
  }
}`) as unknown as TypedDocumentString<WorkspaceJointActionsQuery, WorkspaceJointActionsQueryVariables>;
export const WorkspaceThemesDocument = new TypedDocumentString(`
    query WorkspaceThemes {
  themes {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<WorkspaceThemesQuery, WorkspaceThemesQueryVariables>;
export const WorkspaceCouncilGovernanceDocument = new TypedDocumentString(`
    query WorkspaceCouncilGovernance($council: ID!) {
  council(id: $council) {
    id
    plans {
      id
      title
    }
    boards {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceCouncilGovernanceQuery, WorkspaceCouncilGovernanceQueryVariables>;
export const WorkspaceRecordCumberlandDocument = new TypedDocumentString(`
    mutation WorkspaceRecordCumberland($input: RecordProgressInput!) {
  result: recordCumberlandActionProgress(input: $input) {
    replayed
    errors {
      ...WorkspaceError
    }
    update {
      ...WorkspaceUpdate
    }
  }
}
    fragment WorkspaceUpdate on ProgressUpdate {
  id
  state
  revision
  version
  status
  forecastStatus
  rag
  note
  explanation
  reopenReason
  returnReason
  evidenceUrl
  recordedAt
  recordedBy {
    name
    subject
    team
  }
  submittedAt
  decidedAt
  decidedBy {
    name
    subject
    team
  }
}
fragment WorkspaceError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<WorkspaceRecordCumberlandMutation, WorkspaceRecordCumberlandMutationVariables>;
export const WorkspaceRecordWestmorlandAndFurnessDocument = new TypedDocumentString(`
    mutation WorkspaceRecordWestmorlandAndFurness($input: RecordProgressInput!) {
  result: recordWestmorlandAndFurnessActionProgress(input: $input) {
    replayed
    errors {
      ...WorkspaceError
    }
    update {
      ...WorkspaceUpdate
    }
  }
}
    fragment WorkspaceUpdate on ProgressUpdate {
  id
  state
  revision
  version
  status
  forecastStatus
  rag
  note
  explanation
  reopenReason
  returnReason
  evidenceUrl
  recordedAt
  recordedBy {
    name
    subject
    team
  }
  submittedAt
  decidedAt
  decidedBy {
    name
    subject
    team
  }
}
fragment WorkspaceError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<WorkspaceRecordWestmorlandAndFurnessMutation, WorkspaceRecordWestmorlandAndFurnessMutationVariables>;
export const WorkspaceRecordJointDocument = new TypedDocumentString(`
    mutation WorkspaceRecordJoint($input: RecordProgressInput!) {
  result: recordJointActionProgress(input: $input) {
    replayed
    errors {
      ...WorkspaceError
    }
    update {
      ...WorkspaceUpdate
    }
  }
}
    fragment WorkspaceUpdate on ProgressUpdate {
  id
  state
  revision
  version
  status
  forecastStatus
  rag
  note
  explanation
  reopenReason
  returnReason
  evidenceUrl
  recordedAt
  recordedBy {
    name
    subject
    team
  }
  submittedAt
  decidedAt
  decidedBy {
    name
    subject
    team
  }
}
fragment WorkspaceError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<WorkspaceRecordJointMutation, WorkspaceRecordJointMutationVariables>;
export const WorkspaceReportChoicesDocument = new TypedDocumentString(`
    query WorkspaceReportChoices {
  councils {
    id
    name
    plans {
      id
      title
    }
    boards {
      id
      name
    }
  }
  jointInitiatives(first: 50) {
    nodes {
      id
      key
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceReportChoicesQuery, WorkspaceReportChoicesQueryVariables>;
export const WorkspaceSubmitCumberlandDocument = new TypedDocumentString(`
    mutation WorkspaceSubmitCumberland($input: SignOffInput!) {
  result: submitCumberlandProgressUpdate(input: $input) {
    replayed
    errors {
      ...WorkspaceError
    }
    update {
      ...WorkspaceUpdate
    }
  }
}
    fragment WorkspaceUpdate on ProgressUpdate {
  id
  state
  revision
  version
  status
  forecastStatus
  rag
  note
  explanation
  reopenReason
  returnReason
  evidenceUrl
  recordedAt
  recordedBy {
    name
    subject
    team
  }
  submittedAt
  decidedAt
  decidedBy {
    name
    subject
    team
  }
}
fragment WorkspaceError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<WorkspaceSubmitCumberlandMutation, WorkspaceSubmitCumberlandMutationVariables>;
export const WorkspaceSubmitWestmorlandAndFurnessDocument = new TypedDocumentString(`
    mutation WorkspaceSubmitWestmorlandAndFurness($input: SignOffInput!) {
  result: submitWestmorlandAndFurnessProgressUpdate(input: $input) {
    replayed
    errors {
      ...WorkspaceError
    }
    update {
      ...WorkspaceUpdate
    }
  }
}
    fragment WorkspaceUpdate on ProgressUpdate {
  id
  state
  revision
  version
  status
  forecastStatus
  rag
  note
  explanation
  reopenReason
  returnReason
  evidenceUrl
  recordedAt
  recordedBy {
    name
    subject
    team
  }
  submittedAt
  decidedAt
  decidedBy {
    name
    subject
    team
  }
}
fragment WorkspaceError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<WorkspaceSubmitWestmorlandAndFurnessMutation, WorkspaceSubmitWestmorlandAndFurnessMutationVariables>;
export const WorkspaceSubmitJointDocument = new TypedDocumentString(`
    mutation WorkspaceSubmitJoint($input: SignOffInput!) {
  result: submitJointProgressUpdate(input: $input) {
    replayed
    errors {
      ...WorkspaceError
    }
    update {
      ...WorkspaceUpdate
    }
  }
}
    fragment WorkspaceUpdate on ProgressUpdate {
  id
  state
  revision
  version
  status
  forecastStatus
  rag
  note
  explanation
  reopenReason
  returnReason
  evidenceUrl
  recordedAt
  recordedBy {
    name
    subject
    team
  }
  submittedAt
  decidedAt
  decidedBy {
    name
    subject
    team
  }
}
fragment WorkspaceError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<WorkspaceSubmitJointMutation, WorkspaceSubmitJointMutationVariables>;
export const WorkspaceApproveCumberlandDocument = new TypedDocumentString(`
    mutation WorkspaceApproveCumberland($input: SignOffInput!) {
  result: approveCumberlandProgressUpdate(input: $input) {
    replayed
    errors {
      ...WorkspaceError
    }
    update {
      ...WorkspaceUpdate
    }
  }
}
    fragment WorkspaceUpdate on ProgressUpdate {
  id
  state
  revision
  version
  status
  forecastStatus
  rag
  note
  explanation
  reopenReason
  returnReason
  evidenceUrl
  recordedAt
  recordedBy {
    name
    subject
    team
  }
  submittedAt
  decidedAt
  decidedBy {
    name
    subject
    team
  }
}
fragment WorkspaceError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<WorkspaceApproveCumberlandMutation, WorkspaceApproveCumberlandMutationVariables>;
export const WorkspaceApproveWestmorlandAndFurnessDocument = new TypedDocumentString(`
    mutation WorkspaceApproveWestmorlandAndFurness($input: SignOffInput!) {
  result: approveWestmorlandAndFurnessProgressUpdate(input: $input) {
    replayed
    errors {
      ...WorkspaceError
    }
    update {
      ...WorkspaceUpdate
    }
  }
}
    fragment WorkspaceUpdate on ProgressUpdate {
  id
  state
  revision
  version
  status
  forecastStatus
  rag
  note
  explanation
  reopenReason
  returnReason
  evidenceUrl
  recordedAt
  recordedBy {
    name
    subject
    team
  }
  submittedAt
  decidedAt
  decidedBy {
    name
    subject
    team
  }
}
fragment WorkspaceError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<WorkspaceApproveWestmorlandAndFurnessMutation, WorkspaceApproveWestmorlandAndFurnessMutationVariables>;
export const WorkspaceApproveJointDocument = new TypedDocumentString(`
    mutation WorkspaceApproveJoint($input: SignOffInput!) {
  result: approveJointProgressUpdate(input: $input) {
    replayed
    errors {
      ...WorkspaceError
    }
    update {
      ...WorkspaceUpdate
    }
  }
}
    fragment WorkspaceUpdate on ProgressUpdate {
  id
  state
  revision
  version
  status
  forecastStatus
  rag
  note
  explanation
  reopenReason
  returnReason
  evidenceUrl
  recordedAt
  recordedBy {
    name
    subject
    team
  }
  submittedAt
  decidedAt
  decidedBy {
    name
    subject
    team
  }
}
fragment WorkspaceError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<WorkspaceApproveJointMutation, WorkspaceApproveJointMutationVariables>;
export const WorkspaceReturnCumberlandDocument = new TypedDocumentString(`
    mutation WorkspaceReturnCumberland($input: SignOffInput!) {
  result: returnCumberlandProgressUpdate(input: $input) {
    replayed
    errors {
      ...WorkspaceError
    }
    update {
      ...WorkspaceUpdate
    }
  }
}
    fragment WorkspaceUpdate on ProgressUpdate {
  id
  state
  revision
  version
  status
  forecastStatus
  rag
  note
  explanation
  reopenReason
  returnReason
  evidenceUrl
  recordedAt
  recordedBy {
    name
    subject
    team
  }
  submittedAt
  decidedAt
  decidedBy {
    name
    subject
    team
  }
}
fragment WorkspaceError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<WorkspaceReturnCumberlandMutation, WorkspaceReturnCumberlandMutationVariables>;
export const WorkspaceReturnWestmorlandAndFurnessDocument = new TypedDocumentString(`
    mutation WorkspaceReturnWestmorlandAndFurness($input: SignOffInput!) {
  result: returnWestmorlandAndFurnessProgressUpdate(input: $input) {
    replayed
    errors {
      ...WorkspaceError
    }
    update {
      ...WorkspaceUpdate
    }
  }
}
    fragment WorkspaceUpdate on ProgressUpdate {
  id
  state
  revision
  version
  status
  forecastStatus
  rag
  note
  explanation
  reopenReason
  returnReason
  evidenceUrl
  recordedAt
  recordedBy {
    name
    subject
    team
  }
  submittedAt
  decidedAt
  decidedBy {
    name
    subject
    team
  }
}
fragment WorkspaceError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<WorkspaceReturnWestmorlandAndFurnessMutation, WorkspaceReturnWestmorlandAndFurnessMutationVariables>;
export const WorkspaceReturnJointDocument = new TypedDocumentString(`
    mutation WorkspaceReturnJoint($input: SignOffInput!) {
  result: returnJointProgressUpdate(input: $input) {
    replayed
    errors {
      ...WorkspaceError
    }
    update {
      ...WorkspaceUpdate
    }
  }
}
    fragment WorkspaceUpdate on ProgressUpdate {
  id
  state
  revision
  version
  status
  forecastStatus
  rag
  note
  explanation
  reopenReason
  returnReason
  evidenceUrl
  recordedAt
  recordedBy {
    name
    subject
    team
  }
  submittedAt
  decidedAt
  decidedBy {
    name
    subject
    team
  }
}
fragment WorkspaceError on UserError {
  code
  field
  message
  currentVersion
}`) as unknown as TypedDocumentString<WorkspaceReturnJointMutation, WorkspaceReturnJointMutationVariables>;