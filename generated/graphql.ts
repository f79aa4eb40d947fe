/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** What kind of joint work it is. */
export type JointInitiativeKind =
  /** A service one council hosts for both councils. */
  | 'HOSTED_SERVICE'
  /** The arrangement under which one council hosts services for both. */
  | 'HOSTED_SERVICES_ARRANGEMENT'
  /** A Regional Adoption Agency (RAA): adoption services of several councils combined. */
  | 'REGIONAL_ADOPTION_AGENCY'
  /** A regional programme with councils beyond the Cumbria footprint. */
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

/** A theme of children's services work, from the vocabulary both councils share (this project's classification, not the documents' words). */
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

export type BenchCouncilOverviewQueryVariables = Exact<{
  text?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type BenchCouncilOverviewQuery = { councils: Array<
    | { id: string, name: string, gssCode: string, plans: Array<
        | { id: string, title: string, kind: PlanKind, period: { start: string | null, end: string | null }, priorities: Array<
            | { id: string, title: string, children: Array<
                | { id: string, title: string }
                | { id: string, title: string }
              > }
            | { id: string, title: string, children: Array<
                | { id: string, title: string }
                | { id: string, title: string }
              > }
          >, boards: Array<
            | { name: string }
            | { name: string }
          > }
        | { id: string, title: string, kind: PlanKind, period: { start: string | null, end: string | null }, priorities: Array<
            | { id: string, title: string, children: Array<
                | { id: string, title: string }
                | { id: string, title: string }
              > }
            | { id: string, title: string, children: Array<
                | { id: string, title: string }
                | { id: string, title: string }
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
        | { id: string, title: string, kind: PlanKind, period: { start: string | null, end: string | null }, priorities: Array<
            | { id: string, title: string, children: Array<
                | { id: string, title: string }
                | { id: string, title: string }
              > }
            | { id: string, title: string, children: Array<
                | { id: string, title: string }
                | { id: string, title: string }
              > }
          >, boards: Array<
            | { name: string }
            | { name: string }
          > }
        | { id: string, title: string, kind: PlanKind, period: { start: string | null, end: string | null }, priorities: Array<
            | { id: string, title: string, children: Array<
                | { id: string, title: string }
                | { id: string, title: string }
              > }
            | { id: string, title: string, children: Array<
                | { id: string, title: string }
                | { id: string, title: string }
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
        | { title: string, priorities: Array<
            | { title: string, children: Array<
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
            | { title: string, children: Array<
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
        | { title: string, priorities: Array<
            | { title: string, children: Array<
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
            | { title: string, children: Array<
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
        | { title: string, priorities: Array<
            | { title: string, children: Array<
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
            | { title: string, children: Array<
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
        | { title: string, priorities: Array<
            | { title: string, children: Array<
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
            | { title: string, children: Array<
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
    | { title: string, priorities: Array<
        | { title: string, children: Array<
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
        | { title: string, children: Array<
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
    | { title: string, priorities: Array<
        | { title: string, children: Array<
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
        | { title: string, children: Array<
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
    | { title: string, priorities: Array<
        | { title: string, children: Array<
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
        | { title: string, children: Array<
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
    | { title: string, priorities: Array<
        | { title: string, children: Array<
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
        | { title: string, children: Array<
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


export type BenchJointWorkCatalogueQuery = { jointInitiatives: { totalCount: number, nodes: Array<{ key: string, name: string, kind: JointInitiativeKind, status: JointInitiativeStatus, themes: Array<{ code: ThemeCode, name: string }> }> }, themes: Array<{ code: ThemeCode, name: string }>, indicators: Array<{ code: string, title: string, unit: IndicatorUnit | null, polarity: Polarity | null }> };

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
    | { id: string, name: string, indicator: { noValueReason: string | null, values: Array<{ value: number | null, status: ValueStatus, text: string, asAt: string | null, geography: string, period: { timePeriod: string, timeIdentifier: string | null } | null, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }>, comparators: Array<{ value: number | null, status: ValueStatus, text: string, asAt: string | null, geography: string, period: { timePeriod: string, timeIdentifier: string | null } | null, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }> } }
    | { id: string, name: string, indicator: { noValueReason: string | null, values: Array<{ value: number | null, status: ValueStatus, text: string, asAt: string | null, geography: string, period: { timePeriod: string, timeIdentifier: string | null } | null, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }>, comparators: Array<{ value: number | null, status: ValueStatus, text: string, asAt: string | null, geography: string, period: { timePeriod: string, timeIdentifier: string | null } | null, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }> } }
   | null> };

export type IndicatorValueFieldsFragment = { value: number | null, status: ValueStatus, text: string, asAt: string | null, geography: string, period: { timePeriod: string, timeIdentifier: string | null } | null, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } };

export type DashboardBenchmarkQueryVariables = Exact<{
  code: string;
}>;


export type DashboardBenchmarkQuery = { indicatorComparison: { csvPath: string, neighbourSet: { name: string, release: string, synthetic: boolean } | null, councils: Array<{ quartile: QuartileBand | null, quartileReason: string | null, quartilePeriod: string | null, localAuthoritiesRanked: number, council:
        | { id: string, name: string }
        | { id: string, name: string }
      , region: { name: string } | null, series: Array<{ timePeriod: string, neighbourMean: number | null, neighboursWithValue: number, neighbours: number, council: { value: number | null, status: ValueStatus } | null, region: { value: number | null, status: ValueStatus } | null, england: { value: number | null, status: ValueStatus } | null }> }> } | null };

export type DashboardPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardPlansQuery = { councils: Array<
    | { id: string, name: string, plans: Array<
        | { id: string, title: string, kind: PlanKind, period: { text: string }, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } }, boards: Array<
            | { id: string, name: string, kind: BoardKind, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
            | { id: string, name: string, kind: BoardKind, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
          >, priorities: Array<
            | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } }, children: Array<
                | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
              > }
            | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } }, children: Array<
                | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
              > }
          > }
        | { id: string, title: string, kind: PlanKind, period: { text: string }, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } }, boards: Array<
            | { id: string, name: string, kind: BoardKind, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
            | { id: string, name: string, kind: BoardKind, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
          >, priorities: Array<
            | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } }, children: Array<
                | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
              > }
            | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } }, children: Array<
                | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
              > }
          > }
      > }
    | { id: string, name: string, plans: Array<
        | { id: string, title: string, kind: PlanKind, period: { text: string }, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } }, boards: Array<
            | { id: string, name: string, kind: BoardKind, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
            | { id: string, name: string, kind: BoardKind, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
          >, priorities: Array<
            | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } }, children: Array<
                | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
              > }
            | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } }, children: Array<
                | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
              > }
          > }
        | { id: string, title: string, kind: PlanKind, period: { text: string }, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } }, boards: Array<
            | { id: string, name: string, kind: BoardKind, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
            | { id: string, name: string, kind: BoardKind, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
          >, priorities: Array<
            | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } }, children: Array<
                | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
              > }
            | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } }, children: Array<
                | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
                | { id: string, title: string, source: { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } } }
              > }
          > }
      > }
   | null> };

export type SourceFieldsFragment = { section: string, quote: string, document: { id: string, title: string, publisher: string, published: string | null, url: string | null } };

export type DashboardThemesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardThemesQuery = { themes: Array<{ code: ThemeCode, name: string }> };

export type DashboardThemeQueryVariables = Exact<{
  theme: ThemeCode;
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
        | { title: string, kind: PlanKind, period: { start: string | null, end: string | null, text: string }, priorities: Array<
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
              > }
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
              > }
          >, boards: Array<
            | { name: string, kind: BoardKind }
            | { name: string, kind: BoardKind }
          > }
        | { title: string, kind: PlanKind, period: { start: string | null, end: string | null, text: string }, priorities: Array<
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
              > }
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
              > }
          >, boards: Array<
            | { name: string, kind: BoardKind }
            | { name: string, kind: BoardKind }
          > }
      > }
    | { __typename: 'WestmorlandAndFurnessCouncil', name: string, gssCode: string, plans: Array<
        | { title: string, kind: PlanKind, period: { start: string | null, end: string | null, text: string }, priorities: Array<
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
              > }
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
              > }
          >, boards: Array<
            | { name: string, kind: BoardKind }
            | { name: string, kind: BoardKind }
          > }
        | { title: string, kind: PlanKind, period: { start: string | null, end: string | null, text: string }, priorities: Array<
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
              > }
            | { title: string, children: Array<
                | { title: string }
                | { title: string }
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
            , priority:
              | { title: string }
              | { title: string }
             | null }
          | { id: string, title: string, plan:
              | { title: string }
              | { title: string }
            , priority:
              | { title: string }
              | { title: string }
             | null }
        > } }
    | { name: string, actions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
          | { id: string, title: string, plan:
              | { title: string }
              | { title: string }
            , priority:
              | { title: string }
              | { title: string }
             | null }
          | { id: string, title: string, plan:
              | { title: string }
              | { title: string }
            , priority:
              | { title: string }
              | { title: string }
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
  theme?: ThemeCode | null | undefined;
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

export const DeepPlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeepPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Council"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<DeepPlanFragment, unknown>;
export const SourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]} as unknown as DocumentNode<SourceFieldsFragment, unknown>;
export const IndicatorValueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"asAt"}},{"kind":"Field","name":{"kind":"Name","value":"geography"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"timeIdentifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]} as unknown as DocumentNode<IndicatorValueFieldsFragment, unknown>;
export const BenchCouncilOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchCouncilOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gssCode"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"boards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointInitiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<BenchCouncilOverviewQuery, BenchCouncilOverviewQueryVariables>;
export const BenchDeepPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchDeepPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"council"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"westmorland-furness","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeepPlan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeepPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Council"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<BenchDeepPlanQuery, BenchDeepPlanQueryVariables>;
export const BenchIndicatorComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchIndicatorComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tracked"}},{"kind":"Field","name":{"kind":"Name","value":"noValueReason"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timePeriod"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"geography"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchIndicatorComparisonQuery, BenchIndicatorComparisonQueryVariables>;
export const BenchJointInitiativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchJointInitiative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"restsOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"councilActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointInitiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<BenchJointInitiativeQuery, BenchJointInitiativeQueryVariables>;
export const BenchJointWorkCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchJointWorkCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointInitiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}}]}}]}}]} as unknown as DocumentNode<BenchJointWorkCatalogueQuery, BenchJointWorkCatalogueQueryVariables>;
export const DashboardAdoptionAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAdoptionAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"regional-adoption-agency","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"statusSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"councilActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]} as unknown as DocumentNode<DashboardAdoptionAgencyQuery, DashboardAdoptionAgencyQueryVariables>;
export const DashboardAdoptionAgencyJointActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAdoptionAgencyJointActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"regional-adoption-agency","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jointActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardAdoptionAgencyJointActionsQuery, DashboardAdoptionAgencyJointActionsQueryVariables>;
export const DashboardIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<DashboardIndicatorsQuery, DashboardIndicatorsQueryVariables>;
export const DashboardIndicatorComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardIndicatorComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noValueReason"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"asAt"}},{"kind":"Field","name":{"kind":"Name","value":"geography"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"timeIdentifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]} as unknown as DocumentNode<DashboardIndicatorComparisonQuery, DashboardIndicatorComparisonQueryVariables>;
export const DashboardBenchmarkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardBenchmark"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csvPath"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"release"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quartile"}},{"kind":"Field","name":{"kind":"Name","value":"quartileReason"}},{"kind":"Field","name":{"kind":"Name","value":"quartilePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthoritiesRanked"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"england"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbourMean"}},{"kind":"Field","name":{"kind":"Name","value":"neighboursWithValue"}},{"kind":"Field","name":{"kind":"Name","value":"neighbours"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardBenchmarkQuery, DashboardBenchmarkQueryVariables>;
export const DashboardPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]} as unknown as DocumentNode<DashboardPlansQuery, DashboardPlansQueryVariables>;
export const DashboardThemesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DashboardThemesQuery, DashboardThemesQueryVariables>;
export const DashboardThemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardTheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theme"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ThemeCode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"jointInitiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"theme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]} as unknown as DocumentNode<DashboardThemeQuery, DashboardThemeQueryVariables>;
export const CrossFootprintOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrossFootprintOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gssCode"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"boards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CrossFootprintOverviewQuery, CrossFootprintOverviewQueryVariables>;
export const IndicatorComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"cared-for-children","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"periodKind"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tracked"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"asAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"geography"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"geography"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noValueReason"}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorComparisonQuery, IndicatorComparisonQueryVariables>;
export const JointWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JointWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointInitiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"councilActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<JointWorkQuery, JointWorkQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"CumberlandAction:children-and-family-wellbeing-plan.a35","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const RegionalAdoptionAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionalAdoptionAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointInitiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"regional-adoption-agency","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gssCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restsOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hostedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"councilActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionalAdoptionAgencyQuery, RegionalAdoptionAgencyQueryVariables>;
export const ScrutinyMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScrutinyMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"leadCabinetMember"}},{"kind":"Field","name":{"kind":"Name","value":"publicStatus"}},{"kind":"Field","name":{"kind":"Name","value":"presents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"recommendations"},"name":{"kind":"Name","value":"sections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"RECOMMENDATIONS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScrutinyMeetingQuery, ScrutinyMeetingQueryVariables>;
export const SearchActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"transport","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchActionsQuery, SearchActionsQueryVariables>;
export const VoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Voices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"voices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VoicesQuery, VoicesQueryVariables>;
export const WhatBothCouncilsDoOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatBothCouncilsDoOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"theme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ThemeCode"}},"defaultValue":{"kind":"EnumValue","value":"ADOPTION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"theme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointInitiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"theme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"theme"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<WhatBothCouncilsDoOnQuery, WhatBothCouncilsDoOnQueryVariables>;