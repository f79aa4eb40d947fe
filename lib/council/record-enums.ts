import { registerEnumType } from "type-graphql";
import { enumOf } from "../graphql/enum-of";
import { REPORT_SECTION_KINDS, SPEAKERS, STATEMENT_KINDS, VALUE_STATUSES, VOICE_KINDS } from "../data/schemas";

// Enum objects from the data files' declared values, so the schema and the files cannot drift apart.
const ENUM_STATEMENT_KINDS = [...STATEMENT_KINDS, "OUTCOME", "SUCCESS_MEASURE"] as const;
export const StatementKind = enumOf([...ENUM_STATEMENT_KINDS, "OTHER"] as const);
export type StatementKind = keyof typeof StatementKind;
/** Whether a statement-kind code is one the enum lists by name (kinds became data: others read as OTHER). */
export const isStatementKind = (code: string): code is (typeof ENUM_STATEMENT_KINDS)[number] => (ENUM_STATEMENT_KINDS as readonly string[]).includes(code);
registerEnumType(StatementKind, {
  name: "StatementKind",
  description: "What a sourced statement of a plan is. Statement kinds are data (the statement-kinds vocabulary, which a council can extend): this enum names the kinds it had before, and OTHER for any other; `Statement.kindCode` names every kind.",
  valuesConfig: {
    PROMISE: { description: "A commitment of a promise the plan makes (e.g. the Cared for Children strategy's \"Our Promise\")." },
    PRINCIPLE: { description: "A guiding principle or approach; `title` holds its name where the document gives one." },
    CORPORATE_PARENTING_PRINCIPLE: { description: "One of the corporate parenting principles of the Children and Social Work Act 2017, as the document prints them." },
    VISION: { description: "The plan's vision or ambition." },
    POLICY: { description: "A stated policy or commitment outside the priorities (e.g. on kinship care, or how often the plan is revised); `title` holds the heading it is under, where there is one." },
    ACHIEVEMENT: { description: "Work already done (e.g. Cumberland's \"Our journey so far\")." },
    TRANSFORMATION: { description: "An item of a transformation programme." },
    SUPPORT_OFFER: { description: "Part of what a service offers (e.g. the support package for foster carers)." },
    OUTCOME: { description: "An outcome the plan measures success by." },
    SUCCESS_MEASURE: { description: "How the plan says success on a priority will be known." },
    OTHER: { description: "A kind this enum does not list (e.g. ASPIRATION, PLEDGE): `Statement.kindCode` and `kindName` say which." },
  },
});

export const VoiceKind = enumOf(VOICE_KINDS);
export type VoiceKind = keyof typeof VoiceKind;
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

export const Speaker = enumOf(SPEAKERS);
export type Speaker = keyof typeof Speaker;
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

export const ValueStatus = enumOf(VALUE_STATUSES);
export type ValueStatus = keyof typeof ValueStatus;
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

export const ReportSectionKind = enumOf(REPORT_SECTION_KINDS);
export type ReportSectionKind = keyof typeof ReportSectionKind;
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

/** One description for the Indicator type in every subgraph that declares it. */
export const INDICATOR_DESCRIPTION =
  "An indicator of the national catalogue (owned by the shared subgraph): what it measures, its unit and polarity, and the published dataset that carries it. Unknown properties are null, never guessed.";
