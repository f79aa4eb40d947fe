/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export const DeepPlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeepPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Council"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"headings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subheadings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<DeepPlanFragment, unknown>;
export const SourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]} as unknown as DocumentNode<SourceFieldsFragment, unknown>;
export const IndicatorValueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"asAt"}},{"kind":"Field","name":{"kind":"Name","value":"undatedReason"}},{"kind":"Field","name":{"kind":"Name","value":"geography"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"timeIdentifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]} as unknown as DocumentNode<IndicatorValueFieldsFragment, unknown>;
export const BenchmarkPointFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchmarkPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComparisonPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"england"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbourMean"}},{"kind":"Field","name":{"kind":"Name","value":"neighboursWithValue"}},{"kind":"Field","name":{"kind":"Name","value":"neighbours"}}]}}]} as unknown as DocumentNode<BenchmarkPointFieldsFragment, unknown>;
export const DashboardHeadingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardHeadingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Heading"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]} as unknown as DocumentNode<DashboardHeadingFieldsFragment, unknown>;
export const WorkspaceUpdateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUpdate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}}]}}]} as unknown as DocumentNode<WorkspaceUpdateFragment, unknown>;
export const WorkspaceErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<WorkspaceErrorFragment, unknown>;
export const WorkspaceActionSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceActionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<WorkspaceActionSummaryFragment, unknown>;
export const WorkspaceActionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceActionSummary"}},{"kind":"Field","alias":{"kind":"Name","value":"pending"},"name":{"kind":"Name","value":"updates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"},{"kind":"EnumValue","value":"SUBMITTED"},{"kind":"EnumValue","value":"RETURNED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceActionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<WorkspaceActionFragment, unknown>;
export const WorkspaceJointActionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceJointAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"latestUpdate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pending"},"name":{"kind":"Name","value":"updates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"},{"kind":"EnumValue","value":"SUBMITTED"},{"kind":"EnumValue","value":"RETURNED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceJointActionFragment, unknown>;
export const BenchCouncilOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchCouncilOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gssCode"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subheadings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"boards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointInitiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<BenchCouncilOverviewQuery, BenchCouncilOverviewQueryVariables>;
export const BenchDeepPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchDeepPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"council"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"westmorland-furness","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeepPlan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeepPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Council"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"headings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subheadings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<BenchDeepPlanQuery, BenchDeepPlanQueryVariables>;
export const BenchIndicatorComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchIndicatorComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tracked"}},{"kind":"Field","name":{"kind":"Name","value":"noValueReason"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timePeriod"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"geography"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchIndicatorComparisonQuery, BenchIndicatorComparisonQueryVariables>;
export const BenchJointInitiativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchJointInitiative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"restsOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"councilActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointInitiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<BenchJointInitiativeQuery, BenchJointInitiativeQueryVariables>;
export const BenchJointWorkCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchJointWorkCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointInitiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}}]}}]}}]} as unknown as DocumentNode<BenchJointWorkCatalogueQuery, BenchJointWorkCatalogueQueryVariables>;
export const DashboardAdoptionAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAdoptionAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"regional-adoption-agency","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"statusSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"councilActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]} as unknown as DocumentNode<DashboardAdoptionAgencyQuery, DashboardAdoptionAgencyQueryVariables>;
export const DashboardAdoptionAgencyJointActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAdoptionAgencyJointActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"regional-adoption-agency","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jointActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardAdoptionAgencyJointActionsQuery, DashboardAdoptionAgencyJointActionsQueryVariables>;
export const DashboardIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<DashboardIndicatorsQuery, DashboardIndicatorsQueryVariables>;
export const DashboardIndicatorComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardIndicatorComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noValueReason"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"asAt"}},{"kind":"Field","name":{"kind":"Name","value":"undatedReason"}},{"kind":"Field","name":{"kind":"Name","value":"geography"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"timeIdentifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]} as unknown as DocumentNode<DashboardIndicatorComparisonQuery, DashboardIndicatorComparisonQueryVariables>;
export const DashboardBenchmarkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardBenchmark"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csvPath"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedMeasure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"publication"}},{"kind":"Field","name":{"kind":"Name","value":"councilsFrom"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quartile"}},{"kind":"Field","name":{"kind":"Name","value":"quartileReason"}},{"kind":"Field","name":{"kind":"Name","value":"quartilePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthoritiesRanked"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenchmarkPointFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predecessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"laCode"}},{"kind":"Field","name":{"kind":"Name","value":"gssCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"release"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenchmarkPointFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchmarkPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComparisonPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"england"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbourMean"}},{"kind":"Field","name":{"kind":"Name","value":"neighboursWithValue"}},{"kind":"Field","name":{"kind":"Name","value":"neighbours"}}]}}]} as unknown as DocumentNode<DashboardBenchmarkQuery, DashboardBenchmarkQueryVariables>;
export const DashboardPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"headings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardHeadingFields"}},{"kind":"Field","name":{"kind":"Name","value":"subheadings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardHeadingFields"}},{"kind":"Field","name":{"kind":"Name","value":"subheadings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardHeadingFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardHeadingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Heading"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]} as unknown as DocumentNode<DashboardPlansQuery, DashboardPlansQueryVariables>;
export const DashboardThemesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DashboardThemesQuery, DashboardThemesQueryVariables>;
export const DashboardThemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardTheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theme"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"themeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"jointInitiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"themeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]} as unknown as DocumentNode<DashboardThemeQuery, DashboardThemeQueryVariables>;
export const CrossFootprintOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrossFootprintOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gssCode"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"headings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subheadings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"boards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrossFootprintOverviewQuery, CrossFootprintOverviewQueryVariables>;
export const IndicatorComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"cared-for-children","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"periodKind"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tracked"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"asAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"geography"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"geography"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noValueReason"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorComparisonQuery, IndicatorComparisonQueryVariables>;
export const JointWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JointWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"cumbria","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointInitiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"councilActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<JointWorkQuery, JointWorkQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"CumberlandAction:children-and-family-wellbeing-plan.a35","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const PlanStructureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanStructure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"headings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subheadings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kindCode"},"value":{"kind":"StringValue","value":"PROMISE","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindCode"}},{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measureGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanStructureQuery, PlanStructureQueryVariables>;
export const RegionalAdoptionAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionalAdoptionAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"regional-adoption-agency","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gssCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restsOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hostedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"councilActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionalAdoptionAgencyQuery, RegionalAdoptionAgencyQueryVariables>;
export const ScrutinyMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScrutinyMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"leadCabinetMember"}},{"kind":"Field","name":{"kind":"Name","value":"publicStatus"}},{"kind":"Field","name":{"kind":"Name","value":"presents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"recommendations"},"name":{"kind":"Name","value":"sections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"RECOMMENDATIONS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScrutinyMeetingQuery, ScrutinyMeetingQueryVariables>;
export const SearchActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"transport","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentHeading"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kindName"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchActionsQuery, SearchActionsQueryVariables>;
export const VoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Voices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"voices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VoicesQuery, VoicesQueryVariables>;
export const WhatBothCouncilsDoOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatBothCouncilsDoOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"ADOPTION","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"themeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"themeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointInitiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"themeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<WhatBothCouncilsDoOnQuery, WhatBothCouncilsDoOnQueryVariables>;
export const WorkspaceActionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceActionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceActionSummary"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUpdate"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"updates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUpdate"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceActionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUpdate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}}]}}]} as unknown as DocumentNode<WorkspaceActionDetailQuery, WorkspaceActionDetailQueryVariables>;
export const WorkspaceCouncilAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceCouncilAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"council"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"council"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"council"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceCouncilAuditQuery, WorkspaceCouncilAuditQueryVariables>;
export const WorkspacePartnershipAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspacePartnershipAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnership"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnership"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkspacePartnershipAuditQuery, WorkspacePartnershipAuditQueryVariables>;
export const WorkspaceCouncilChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceCouncilChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"council"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"council"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"council"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceCouncilChangesQuery, WorkspaceCouncilChangesQueryVariables>;
export const WorkspacePartnershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspacePartnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WorkspacePartnershipsQuery, WorkspacePartnershipsQueryVariables>;
export const WorkspacePartnershipChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspacePartnershipChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnership"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnership"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkspacePartnershipChangesQuery, WorkspacePartnershipChangesQueryVariables>;
export const WorkspaceTitlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceTitles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Council"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceTitlesQuery, WorkspaceTitlesQueryVariables>;
export const WorkspaceCouncilInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceCouncilInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"council"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"council"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"council"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","alias":{"kind":"Name","value":"submitted"},"name":{"kind":"Name","value":"updates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUpdate"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUpdate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}}]}}]} as unknown as DocumentNode<WorkspaceCouncilInboxQuery, WorkspaceCouncilInboxQueryVariables>;
export const WorkspaceJointInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceJointInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointInitiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jointActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"updateStates"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","alias":{"kind":"Name","value":"submitted"},"name":{"kind":"Name","value":"updates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUpdate"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUpdate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}}]}}]} as unknown as DocumentNode<WorkspaceJointInboxQuery, WorkspaceJointInboxQueryVariables>;
export const WorkspaceCreateJointActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkspaceCreateJointAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateJointActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"createJointAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceJointAction"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceJointAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"latestUpdate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pending"},"name":{"kind":"Name","value":"updates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"},{"kind":"EnumValue","value":"SUBMITTED"},{"kind":"EnumValue","value":"RETURNED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceCreateJointActionMutation, WorkspaceCreateJointActionMutationVariables>;
export const WorkspaceCouncilActionChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceCouncilActionChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceCouncilActionChoicesQuery, WorkspaceCouncilActionChoicesQueryVariables>;
export const WorkspaceUpdateJointActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkspaceUpdateJointAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateJointActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"updateJointAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceJointAction"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceJointAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"latestUpdate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pending"},"name":{"kind":"Name","value":"updates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"},{"kind":"EnumValue","value":"SUBMITTED"},{"kind":"EnumValue","value":"RETURNED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceUpdateJointActionMutation, WorkspaceUpdateJointActionMutationVariables>;
export const WorkspaceWithdrawJointActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkspaceWithdrawJointAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawJointActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"withdrawJointAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceJointAction"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceJointAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"latestUpdate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pending"},"name":{"kind":"Name","value":"updates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"},{"kind":"EnumValue","value":"SUBMITTED"},{"kind":"EnumValue","value":"RETURNED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceWithdrawJointActionMutation, WorkspaceWithdrawJointActionMutationVariables>;
export const WorkspaceAllJointActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceAllJointActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointInitiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jointActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"includeWithdrawn"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceJointAction"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceJointAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"latestUpdate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pending"},"name":{"kind":"Name","value":"updates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"},{"kind":"EnumValue","value":"SUBMITTED"},{"kind":"EnumValue","value":"RETURNED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceAllJointActionsQuery, WorkspaceAllJointActionsQueryVariables>;
export const WorkspaceJointActionToEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceJointActionToEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceJointAction"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceJointAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"latestUpdate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pending"},"name":{"kind":"Name","value":"updates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"},{"kind":"EnumValue","value":"SUBMITTED"},{"kind":"EnumValue","value":"RETURNED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceJointActionToEditQuery, WorkspaceJointActionToEditQueryVariables>;
export const WorkspaceCouncilActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceCouncilActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"council"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"council"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"council"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceAction"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceActionSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceActionSummary"}},{"kind":"Field","alias":{"kind":"Name","value":"pending"},"name":{"kind":"Name","value":"updates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"},{"kind":"EnumValue","value":"SUBMITTED"},{"kind":"EnumValue","value":"RETURNED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceCouncilActionsQuery, WorkspaceCouncilActionsQueryVariables>;
export const WorkspaceJointActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceJointActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JointActionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointInitiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jointActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceJointAction"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceJointAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"latestUpdate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pending"},"name":{"kind":"Name","value":"updates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"},{"kind":"EnumValue","value":"SUBMITTED"},{"kind":"EnumValue","value":"RETURNED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceJointActionsQuery, WorkspaceJointActionsQueryVariables>;
export const WorkspaceThemesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WorkspaceThemesQuery, WorkspaceThemesQueryVariables>;
export const WorkspaceCouncilGovernanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceCouncilGovernance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"council"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"council"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"council"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceCouncilGovernanceQuery, WorkspaceCouncilGovernanceQueryVariables>;
export const WorkspaceRecordCumberlandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkspaceRecordCumberland"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"recordCumberlandActionProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"update"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUpdate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUpdate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}}]}}]} as unknown as DocumentNode<WorkspaceRecordCumberlandMutation, WorkspaceRecordCumberlandMutationVariables>;
export const WorkspaceRecordWestmorlandAndFurnessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkspaceRecordWestmorlandAndFurness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"recordWestmorlandAndFurnessActionProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"update"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUpdate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUpdate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}}]}}]} as unknown as DocumentNode<WorkspaceRecordWestmorlandAndFurnessMutation, WorkspaceRecordWestmorlandAndFurnessMutationVariables>;
export const WorkspaceRecordJointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkspaceRecordJoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"recordJointActionProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"update"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUpdate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUpdate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}}]}}]} as unknown as DocumentNode<WorkspaceRecordJointMutation, WorkspaceRecordJointMutationVariables>;
export const WorkspaceReportChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceReportChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointInitiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceReportChoicesQuery, WorkspaceReportChoicesQueryVariables>;
export const WorkspaceSubmitCumberlandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkspaceSubmitCumberland"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"submitCumberlandProgressUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"update"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUpdate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUpdate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}}]}}]} as unknown as DocumentNode<WorkspaceSubmitCumberlandMutation, WorkspaceSubmitCumberlandMutationVariables>;
export const WorkspaceSubmitWestmorlandAndFurnessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkspaceSubmitWestmorlandAndFurness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"submitWestmorlandAndFurnessProgressUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"update"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUpdate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUpdate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}}]}}]} as unknown as DocumentNode<WorkspaceSubmitWestmorlandAndFurnessMutation, WorkspaceSubmitWestmorlandAndFurnessMutationVariables>;
export const WorkspaceSubmitJointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkspaceSubmitJoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"submitJointProgressUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"update"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUpdate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUpdate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}}]}}]} as unknown as DocumentNode<WorkspaceSubmitJointMutation, WorkspaceSubmitJointMutationVariables>;
export const WorkspaceApproveCumberlandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkspaceApproveCumberland"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"approveCumberlandProgressUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"update"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUpdate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUpdate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}}]}}]} as unknown as DocumentNode<WorkspaceApproveCumberlandMutation, WorkspaceApproveCumberlandMutationVariables>;
export const WorkspaceApproveWestmorlandAndFurnessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkspaceApproveWestmorlandAndFurness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"approveWestmorlandAndFurnessProgressUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"update"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUpdate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUpdate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}}]}}]} as unknown as DocumentNode<WorkspaceApproveWestmorlandAndFurnessMutation, WorkspaceApproveWestmorlandAndFurnessMutationVariables>;
export const WorkspaceApproveJointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkspaceApproveJoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"approveJointProgressUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"update"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUpdate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUpdate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}}]}}]} as unknown as DocumentNode<WorkspaceApproveJointMutation, WorkspaceApproveJointMutationVariables>;
export const WorkspaceReturnCumberlandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkspaceReturnCumberland"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"returnCumberlandProgressUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"update"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUpdate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUpdate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}}]}}]} as unknown as DocumentNode<WorkspaceReturnCumberlandMutation, WorkspaceReturnCumberlandMutationVariables>;
export const WorkspaceReturnWestmorlandAndFurnessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkspaceReturnWestmorlandAndFurness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"returnWestmorlandAndFurnessProgressUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"update"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUpdate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUpdate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}}]}}]} as unknown as DocumentNode<WorkspaceReturnWestmorlandAndFurnessMutation, WorkspaceReturnWestmorlandAndFurnessMutationVariables>;
export const WorkspaceReturnJointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkspaceReturnJoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"result"},"name":{"kind":"Name","value":"returnJointProgressUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"update"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkspaceUpdate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkspaceUpdate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forecastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}}]}}]} as unknown as DocumentNode<WorkspaceReturnJointMutation, WorkspaceReturnJointMutationVariables>;