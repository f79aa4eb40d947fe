import { registerEnumType } from "type-graphql";
import { ActionStatus, BoardKind, IndicatorKind, IndicatorUnit, JointInitiativeKind, JointInitiativeStatus, PeriodKind, PlanKind, Polarity, ReportSectionKind, Speaker, StatementKind, ValueStatus, VoiceKind } from "../vocabulary/enums";
import { ThemeCode, themes } from "../vocabulary/themes";

/**
 * The GraphQL side of the shared vocabulary (lib/vocabulary/enums.ts): each enum registered once,
 * with its descriptions, for every subgraph that declares a field of it (council and shared alike).
 * Decorated model files import the enums from here, so the registration has run before a schema is built.
 */
export { ActionStatus, PlanKind, BoardKind, StatementKind, VoiceKind, Speaker, ValueStatus, ReportSectionKind, JointInitiativeKind, JointInitiativeStatus, IndicatorKind, IndicatorUnit, Polarity, PeriodKind, ThemeCode };

registerEnumType(ActionStatus, {
  name: "ActionStatus",
  description: "Progress status of an action. The documents report none: every action is NOT_REPORTED until someone records a status.",
  valuesConfig: {
    NOT_REPORTED: { description: "No status has been recorded for this action yet." },
    NOT_STARTED: { description: "Recorded as not started." },
    ON_TRACK: { description: "Recorded as on track." },
    AT_RISK: { description: "Recorded as at risk: issues that may stop it being delivered on time." },
    OFF_TRACK: { description: "Recorded as off track: significant problems." },
    COMPLETE: { description: "Recorded as complete." },
  },
});

registerEnumType(PlanKind, {
  name: "PlanKind",
  description: "Whether the document presents itself as a plan or a strategy.",
  valuesConfig: { PLAN: { description: "A plan (for example a Children and Young People's Plan)." }, STRATEGY: { description: "A strategy." } },
});

registerEnumType(BoardKind, {
  name: "BoardKind",
  description: "The kind of board, committee or partnership.",
  valuesConfig: {
    PROGRAMME_BOARD: { description: "An officers' programme board that monitors delivery." },
    PARTNERSHIP_BOARD: { description: "A board of the council and its partner agencies." },
    CORPORATE_PARENTING_BOARD: { description: "The board through which the council and partners act as corporate parent." },
    IMPROVEMENT_BOARD: { description: "A board overseeing an improvement programme." },
    SCRUTINY_COMMITTEE: { description: "An elected members' overview and scrutiny committee." },
    SAFEGUARDING_PARTNERSHIP: { description: "A statutory safeguarding children partnership." },
    CHILDREN_AND_YOUNG_PEOPLES_FORUM: { description: "A council or forum of children and young people, such as a children in care council." },
    OTHER: { description: "Any other governance group." },
  },
});

registerEnumType(StatementKind, {
  name: "StatementKind",
  description:
    "What a sourced statement of a plan is. Statement kinds are data (the statement-kinds vocabulary, which a council can extend): this enum names the kinds it had before, and OTHER for any other; `Statement.kindCode` names every kind.",
  valuesConfig: {
    PROMISE: { description: 'A commitment of a promise the plan makes (e.g. the Cared for Children strategy\'s "Our Promise").' },
    PRINCIPLE: { description: "A guiding principle or approach; `title` holds its name where the document gives one." },
    CORPORATE_PARENTING_PRINCIPLE: { description: "One of the corporate parenting principles of the Children and Social Work Act 2017, as the document prints them." },
    VISION: { description: "The plan's vision or ambition." },
    POLICY: { description: "A stated policy or commitment outside the priorities (e.g. on kinship care, or how often the plan is revised); `title` holds the heading it is under, where there is one." },
    ACHIEVEMENT: { description: 'Work already done (e.g. Cumberland\'s "Our journey so far").' },
    TRANSFORMATION: { description: "An item of a transformation programme." },
    SUPPORT_OFFER: { description: "Part of what a service offers (e.g. the support package for foster carers)." },
    OUTCOME: { description: "An outcome the plan measures success by." },
    SUCCESS_MEASURE: { description: "How the plan says success on a priority will be known." },
    OTHER: { description: "A kind this enum does not list (e.g. ASPIRATION, PLEDGE): `Statement.kindCode` and `kindName` say which." },
  },
});

registerEnumType(VoiceKind, {
  name: "VoiceKind",
  description: "What a voice in a plan says.",
  valuesConfig: {
    PRIORITY: { description: "A priority children and young people have stated." },
    WORRY: { description: "A worry they have stated." },
    WISH: { description: "Something they would like." },
    QUOTE: { description: "A quoted voice." },
    MESSAGE: { description: "A message from someone in a named public role (e.g. an ambassador)." },
  },
});

registerEnumType(Speaker, {
  name: "Speaker",
  description: "Whose voice it is: a group or role, never an identifiable person.",
  valuesConfig: {
    CHILDREN_AND_YOUNG_PEOPLE: { description: "Children and young people, collectively (surveys and direct work)." },
    YOUNG_PERSON: { description: "A young person, unnamed." },
    PARENT: { description: "A parent, unnamed." },
    PROMISE_AMBASSADOR: { description: "The Promise Ambassadors (members of the children in care council)." },
    CARE_EXPERIENCED_AMBASSADOR: { description: "The Care Experienced Ambassador." },
    FOSTER_CARERS: { description: "Foster carers, unnamed (the graph never holds carers' names or places)." },
  },
});

registerEnumType(ValueStatus, {
  name: "ValueStatus",
  description: "The status of an indicator value, following the published statistics' symbols.",
  valuesConfig: {
    PUBLISHED: { description: "A published figure." },
    PROVISIONAL: { description: "A provisional figure, subject to revision." },
    SUPPRESSED: { description: "Suppressed to protect confidentiality (published as `c`); value is null." },
    NOT_APPLICABLE: { description: "Not applicable (published as `z`); value is null." },
    UNAVAILABLE: { description: "Not available (published as `x`, or named by a document without a number); value is null." },
    LOW: { description: "Rounds to zero but is not zero (published as `low`); value is null." },
  },
});

registerEnumType(ReportSectionKind, {
  name: "ReportSectionKind",
  description: "The part of a committee report a section is.",
  valuesConfig: {
    SUMMARY: { description: "Executive summary." },
    RECOMMENDATIONS: { description: "Recommendations to the committee." },
    RATIONALE: { description: "Rationale and evidence for the recommendations." },
    COUNCIL_PLAN_LINK: { description: "Link to the council plan's priorities." },
    CONSULTATION: { description: "Consultation outcomes." },
    ALTERNATIVE_OPTIONS: { description: "Alternative options considered." },
    REASONS: { description: "Reasons for the recommendations." },
    CLIMATE: { description: "Climate and biodiversity implications." },
    LEGAL_AND_GOVERNANCE: { description: "Legal and governance implications." },
    HUMAN_RESOURCES: { description: "Human resources implications." },
    FINANCIAL: { description: "Financial implications." },
    BACKGROUND_DOCUMENTS: { description: "Background documents." },
  },
});

registerEnumType(JointInitiativeKind, {
  name: "JointInitiativeKind",
  description: "What kind of joint work it is.",
  valuesConfig: {
    REGIONAL_ADOPTION_AGENCY: { description: "A Regional Adoption Agency (RAA): adoption services of several councils combined." },
    HOSTED_SERVICES_ARRANGEMENT: { description: "The arrangement under which one council hosts services for its partners." },
    HOSTED_SERVICE: { description: "A service one council hosts for its partners." },
    REGIONAL_PROGRAMME: { description: "A regional programme with councils beyond the partners' own areas." },
    SAFEGUARDING_PARTNERSHIP: { description: "A statutory safeguarding children partnership." },
  },
});

registerEnumType(JointInitiativeStatus, {
  name: "JointInitiativeStatus",
  description: "Where the joint work stands, as its status source says.",
  valuesConfig: {
    IN_DEVELOPMENT: { description: "Committed to and being developed; not yet operating." },
    OPERATING: { description: "Operating now." },
    ENDED: { description: "No longer operating (replaced or closed)." },
  },
});

registerEnumType(IndicatorKind, {
  name: "IndicatorKind",
  description: "Where an indicator comes from.",
  valuesConfig: {
    NATIONAL: { description: "A statutory or national measure, published in national statistics." },
    LOCAL: { description: "A local figure a council's documents give (e.g. the Children's Services Analysis Tool, local context)." },
  },
});

registerEnumType(IndicatorUnit, {
  name: "IndicatorUnit",
  description: "The unit an indicator's values are in.",
  valuesConfig: {
    PERCENT: { description: "Per cent (62 means 62%)." },
    RATE_PER_10000: { description: "Rate per 10,000 of the relevant population." },
    RATE_PER_100_PUPILS: { description: "Rate per 100 pupils." },
    COUNT: { description: "A number of people or things." },
    DAYS: { description: "Days." },
    SQUARE_KM: { description: "Square kilometres." },
    PEOPLE_PER_SQUARE_KM: { description: "People per square kilometre." },
  },
});

registerEnumType(Polarity, {
  name: "Polarity",
  description: "Which direction is better, as published for the indicator.",
  valuesConfig: {
    HIGHER_IS_BETTER: { description: "Higher values are better." },
    LOWER_IS_BETTER: { description: "Lower values are better." },
    CONTEXTUAL: { description: "Neither direction is better in itself; read in context." },
  },
});

registerEnumType(PeriodKind, {
  name: "PeriodKind",
  description: "The reporting period of an indicator's values.",
  valuesConfig: {
    FINANCIAL_YEAR: { description: "April to March." },
    ACADEMIC_YEAR: { description: "September to August." },
    CALENDAR_YEAR: { description: "January to December." },
    SNAPSHOT_31_MARCH: { description: "A snapshot at 31 March." },
    ANNUAL: { description: "Annual (as published; e.g. an average of December to February)." },
    ROLLING_3_YEARS: { description: "A three-year rolling period." },
    POINT_IN_TIME: { description: "A figure as at a date the source gives." },
  },
});

// ThemeCode's values are the shared themes file's codes (lib/vocabulary/themes.ts), read at import.
registerEnumType(ThemeCode, {
  name: "ThemeCode",
  description:
    "A theme of the shared vocabulary (lib/vocabulary/themes.json), for the deprecated `theme`/`code` arguments. Themes are data: use the String arguments `themeCode`, which also take the themes councils add; Query.themes lists them all.",
  valuesConfig: Object.fromEntries(themes.map((theme) => [theme.code, { description: `${theme.name}: ${theme.description}` }])),
});
