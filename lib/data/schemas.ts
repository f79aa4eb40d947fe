import { z } from "zod";

/**
 * The declared schema of every data file (docs/DATA.md), from which the loaders' types are inferred.
 * `npm run data:check` validates every file against these, then checks the links between records.
 */
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be a lower-case slug (a-z, 0-9, -)");
const text = z.string().trim().min(1, "must not be empty");
/** ISO 8601 at the document's precision: 2024, 2024-09 or 2024-09-01, with a real month and day. */
const isoDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "must be an ISO 8601 date (2024, 2024-09 or 2024-09-01)");
const gssCode = z.string().regex(/^[EWSNK]\d{8}$/, "must be a GSS code such as E92000001");

export const sourceRef = z.strictObject({ document: slug.optional(), section: text, quote: text });
export const documentedSourceRef = z.strictObject({ document: slug, section: text, quote: text });
export type SourceRef = z.infer<typeof sourceRef>;

export const statementFile = z.strictObject({ id: slug, text, source: sourceRef });
export type StatementFile = z.infer<typeof statementFile>;

/** An upper-case vocabulary code (heading kinds, statement kinds): which codes exist is data. */
export const KIND_CODE = /^[A-Z][A-Z0-9_]*$/;
const kindCode = z.string().regex(KIND_CODE, "must be an upper-case code such as PRIORITY");
/** A number or label as the document prints it: "1", "2.3", "a)", "Outcome 1". */
const printedNumber = z.string().trim().min(1, "must not be empty (use null where the document prints none)");

/** A node of a plan's tree of headings: a priority, theme, outcome ... as the document names it. */
export interface HeadingFile {
  id: string;
  kind: string;
  number: string | null;
  title: string;
  description: string | null;
  source: SourceRef;
  children: HeadingFile[];
  successMeasures?: StatementFile[];
}
export const headingFile: z.ZodType<HeadingFile> = z.lazy(() =>
  z.strictObject({
    id: slug,
    kind: kindCode,
    number: printedNumber.nullable(),
    title: text,
    description: text.nullable(),
    source: sourceRef,
    children: z.array(headingFile),
    successMeasures: z.array(statementFile).optional(),
  }),
);

export const THEME_CODE = /^[A-Z][A-Z_]*$/;
export const actionFile = z.strictObject({
  id: slug,
  title: text,
  description: text.nullable(),
  heading: text.nullable(),
  parent: slug.nullable(),
  themes: z.array(z.string().regex(THEME_CODE, "must be a theme code such as ADOPTION")),
  source: sourceRef,
});
export type ActionFile = z.infer<typeof actionFile>;

export const measureFile = z.strictObject({ id: slug, indicator: slug, text, parent: slug.nullable(), group: slug.optional(), source: sourceRef });
/** A group of measures the document prints under one heading (e.g. "Closing the gap:" over five). */
export const measureGroupFile = z.strictObject({ id: slug, title: text, parent: slug.nullable(), source: sourceRef });
/** The statement kinds of the GraphQL enum StatementKind (before kinds became data); others are codes only. */
export const STATEMENT_KINDS = ["PROMISE", "PRINCIPLE", "CORPORATE_PARENTING_PRINCIPLE", "VISION", "POLICY", "ACHIEVEMENT", "TRANSFORMATION", "SUPPORT_OFFER"] as const;
export const statementWithKindFile = z.strictObject({
  id: slug,
  kind: kindCode,
  label: text.nullable().optional(),
  number: printedNumber.nullable().optional(),
  title: text.nullable().optional(),
  parent: slug.nullable().optional(),
  text,
  source: sourceRef,
});
export const VOICE_KINDS = ["PRIORITY", "WORRY", "WISH", "QUOTE", "MESSAGE"] as const;
export const SPEAKERS = ["CHILDREN_AND_YOUNG_PEOPLE", "YOUNG_PERSON", "PARENT", "PROMISE_AMBASSADOR", "CARE_EXPERIENCED_AMBASSADOR", "FOSTER_CARERS"] as const;
export const voiceFile = z.strictObject({ id: slug, kind: z.enum(VOICE_KINDS), speaker: z.enum(SPEAKERS), text, source: sourceRef });
export const signatoryFile = z.strictObject({ id: slug, name: text, role: text, source: sourceRef });

export const PLAN_KINDS = ["PLAN", "STRATEGY"] as const;
export const planFile = z.strictObject({
  $schema: z.string().optional(),
  id: slug,
  title: text,
  kind: z.enum(PLAN_KINDS),
  document: slug,
  period: z.strictObject({ start: isoDate.nullable(), end: isoDate.nullable(), text, source: sourceRef }),
  source: sourceRef,
  headings: z.array(headingFile),
  actions: z.array(actionFile),
  outcomes: z.array(statementFile).optional(),
  measureGroups: z.array(measureGroupFile).optional(),
  measures: z.array(measureFile).optional(),
  statements: z.array(statementWithKindFile).optional(),
  voices: z.array(voiceFile).optional(),
  signatories: z.array(signatoryFile).optional(),
});
export type PlanFile = z.infer<typeof planFile>;

export const BOARD_KINDS = ["PROGRAMME_BOARD", "PARTNERSHIP_BOARD", "CORPORATE_PARENTING_BOARD", "IMPROVEMENT_BOARD", "SCRUTINY_COMMITTEE", "SAFEGUARDING_PARTNERSHIP", "CHILDREN_AND_YOUNG_PEOPLES_FORUM", "OTHER"] as const;
export const boardFile = z.strictObject({
  id: slug,
  name: text,
  kind: z.enum(BOARD_KINDS),
  chair: text.nullable(),
  oversees: z.array(slug),
  source: documentedSourceRef,
});
export const boardsFile = z.array(boardFile);
export type BoardFile = z.infer<typeof boardFile>;

export const VALUE_STATUSES = ["PUBLISHED", "PROVISIONAL", "SUPPRESSED", "NOT_APPLICABLE", "UNAVAILABLE", "LOW"] as const;
/** A comparison a document states beside a figure: "REGION", "ENGLAND" or an area's GSS code; value null where it gives only words ("above the national average"). */
export const FIGURE_COMPARATOR_AREAS = ["REGION", "ENGLAND"] as const;
export const figureComparator = z.strictObject({
  area: z.string().refine((area) => (FIGURE_COMPARATOR_AREAS as readonly string[]).includes(area) || /^[EWSNK]\d{8}$/.test(area), "must be REGION, ENGLAND or a GSS code such as E12000002"),
  value: z.number().finite().nullable(),
  text,
  source: documentedSourceRef,
});
export type FigureComparatorFile = z.infer<typeof figureComparator>;
export const figureFile = z
  .strictObject({
    id: slug,
    indicator: slug,
    geography: gssCode.nullable(),
    value: z.number().finite().nullable(),
    numerator: z.number().finite().nullable().optional(),
    denominator: z.number().finite().nullable().optional(),
    status: z.enum(VALUE_STATUSES),
    timePeriod: z
      .string()
      .regex(/^\d{4}(\d{2})?$/, "must be YYYY or YYYYZZ, e.g. 202324")
      .nullable(),
    timeIdentifier: text.nullable(),
    asAt: isoDate.nullable(),
    /** Why the figure has neither asAt nor timePeriod: the document gives it undated (data:check requires one of the three). */
    undatedReason: text.optional(),
    /** The comparisons the document states beside the figure (region, England, another area), as it words them. */
    comparators: z.array(figureComparator).optional(),
    text,
    source: documentedSourceRef,
  })
  .refine((figure) => (figure.status === "PUBLISHED" || figure.status === "PROVISIONAL") === (figure.value !== null), {
    message: "value must be a number when status is PUBLISHED or PROVISIONAL, and null otherwise",
    path: ["value"],
  });
export const figuresFile = z.array(figureFile);
export type FigureFile = z.infer<typeof figureFile>;

export const REPORT_SECTION_KINDS = [
  "SUMMARY",
  "RECOMMENDATIONS",
  "RATIONALE",
  "COUNCIL_PLAN_LINK",
  "CONSULTATION",
  "ALTERNATIVE_OPTIONS",
  "REASONS",
  "CLIMATE",
  "LEGAL_AND_GOVERNANCE",
  "HUMAN_RESOURCES",
  "FINANCIAL",
  "BACKGROUND_DOCUMENTS",
] as const;
export const reportFile = z.strictObject({
  id: slug,
  title: text,
  presents: slug.nullable(),
  author: text.nullable(),
  leadCabinetMember: text.nullable(),
  wardsAffected: text.nullable(),
  publicStatus: text.nullable(),
  appendices: text.nullable(),
  sections: z.array(
    z.strictObject({
      id: slug,
      number: z.string().nullable(),
      heading: text,
      kind: z.enum(REPORT_SECTION_KINDS),
      paragraphs: z.array(z.strictObject({ number: z.string().nullable(), text })),
      source: sourceRef,
    }),
  ),
});
export const meetingFile = z.strictObject({ id: slug, board: slug, date: isoDate, source: documentedSourceRef, reports: z.array(reportFile) });
export const meetingsFile = z.array(meetingFile);
export type MeetingFile = z.infer<typeof meetingFile>;
export type ReportFile = z.infer<typeof reportFile>;

export const councilConfigFile = z.strictObject({
  name: text,
  typePrefix: z.string().regex(/^[A-Z][A-Za-z0-9]*$/, "must be a GraphQL type-name prefix such as Cumberland"),
  gssCode,
  laCode: z.string().regex(/^\d{3}$/, "must be the 3-digit DfE code"),
  formed: isoDate,
  /** GSS code of the council's region (statistics files' regional rows are its comparators). */
  region: gssCode.optional(),
  port: z.number().int().min(1).max(65535),
  /** Made by `npm run data:synthetic -- --councils N` for benchmarks: read only from a synthetic data root. */
  synthetic: z.literal(true).optional(),
});

export const documentsFile = z.array(z.strictObject({ id: slug, file: text, title: text, publisher: text, published: isoDate.nullable(), url: z.string().url().nullable() }));

export const themesFile = z.array(z.strictObject({ code: z.string().regex(THEME_CODE), name: text, description: text }));

export const INDICATOR_UNITS = ["PERCENT", "RATE_PER_10000", "RATE_PER_100_PUPILS", "COUNT", "DAYS", "SQUARE_KM", "PEOPLE_PER_SQUARE_KM"] as const;
export const POLARITIES = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER", "CONTEXTUAL"] as const;
export const PERIOD_KINDS = ["FINANCIAL_YEAR", "ACADEMIC_YEAR", "CALENDAR_YEAR", "SNAPSHOT_31_MARCH", "ANNUAL", "ROLLING_3_YEARS", "POINT_IN_TIME"] as const;
export const INDICATOR_KINDS = ["NATIONAL", "LOCAL"] as const;
export const indicatorFile = z.strictObject({
  code: slug,
  title: text,
  kind: z.enum(INDICATOR_KINDS),
  definition: text.nullable(),
  unit: z.enum(INDICATOR_UNITS).nullable(),
  polarity: z.enum(POLARITIES).nullable(),
  periodKind: z.enum(PERIOD_KINDS).nullable(),
  dataset: text.nullable(),
  sources: z.array(documentedSourceRef),
});
export const indicatorsFile = z.array(indicatorFile);
export type IndicatorFile = z.infer<typeof indicatorFile>;

export const partnershipFile = z.strictObject({ id: slug, name: text, councils: z.array(slug), sources: z.array(documentedSourceRef) });
/** subgraphs/shared/data/partnerships.json: any number of partnerships (none is fine); a council may be in none. */
export const partnershipsFile = z.array(partnershipFile);
export const JOINT_INITIATIVE_KINDS = ["REGIONAL_ADOPTION_AGENCY", "HOSTED_SERVICES_ARRANGEMENT", "HOSTED_SERVICE", "REGIONAL_PROGRAMME", "SAFEGUARDING_PARTNERSHIP"] as const;
export const JOINT_INITIATIVE_STATUSES = ["IN_DEVELOPMENT", "OPERATING", "ENDED"] as const;
export const jointInitiativeFile = z.strictObject({
  id: slug,
  name: text,
  kind: z.enum(JOINT_INITIATIVE_KINDS),
  status: z.enum(JOINT_INITIATIVE_STATUSES),
  summary: text,
  partners: z.array(slug),
  hostedBy: slug.nullable(),
  partOf: slug.nullable(),
  restsOn: z.array(slug),
  themes: z.array(z.string().regex(THEME_CODE)),
  councilActions: z.array(z.string()),
  statusSource: documentedSourceRef,
  sources: z.array(documentedSourceRef),
});
export const jointInitiativesFile = z.array(jointInitiativeFile);
export type PartnershipFile = z.infer<typeof partnershipFile>;
export type JointInitiativeFile = z.infer<typeof jointInitiativeFile>;

export const GEOGRAPHY_LEVELS = ["NATIONAL", "REGIONAL", "LOCAL_AUTHORITY", "COMBINED_LOCAL_AUTHORITIES"] as const;
/** lib/vocabulary/geographies.json: the areas the comparisons name, each with its source. */
export const geographiesFile = z.array(
  z.strictObject({
    code: z.string().regex(/^[EWSNK]\d{8}( \/ [EWSNK]\d{8})*$/, 'must be a GSS code, or codes joined by " / " for a combined row'),
    name: text,
    level: z.enum(GEOGRAPHY_LEVELS),
    laCode: z
      .string()
      .regex(/^\d{3}$/)
      .nullable(),
    validFrom: isoDate.nullable(),
    validTo: isoDate.nullable(),
    sources: z.array(documentedSourceRef).min(1),
  }),
);

/**
 * sources/statistical-neighbours/*.json: one versioned set of statistical neighbours (as a DfE release
 * names them), each council's neighbours by GSS code, in the release's order. Membership is data: the
 * graph never works it out. A synthetic set (tests) must say so.
 */
export const neighbourSetFile = z.strictObject({
  name: slug,
  release: text,
  description: text,
  synthetic: z.boolean(),
  members: z.record(gssCode, z.array(gssCode).min(1).max(20)),
});
export type NeighbourSetFile = z.infer<typeof neighbourSetFile>;

/**
 * subgraphs/shared/data/agency-values.json (optional): indicator values a joint initiative reports
 * as itself (the Regional Adoption Agency's adoption scorecard, quarterly and 3-year rolling, as the
 * ASGLB data gives them), each with its source. Never computed from the councils' values.
 */
export const agencyValuesFile = z.array(
  z
    .strictObject({
      id: slug,
      initiative: slug,
      indicator: slug,
      timePeriod: z.string().regex(/^\d{4}(\d{2})?$/, "must be YYYY or YYYYZZ, e.g. 202324"),
      timeIdentifier: text,
      value: z.number().finite().nullable(),
      status: z.enum(VALUE_STATUSES),
      source: documentedSourceRef,
    })
    .refine((entry) => (entry.status === "PUBLISHED" || entry.status === "PROVISIONAL") === (entry.value !== null), { message: "value must be a number when status is PUBLISHED or PROVISIONAL, and null otherwise" }),
);
export type AgencyValuesFile = z.infer<typeof agencyValuesFile>;
