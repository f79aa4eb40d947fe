import { Column, Entity, PrimaryColumn } from "typeorm";
import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { globalId, GLOBAL_ID_DESCRIPTION } from "../../../lib/ids/global-id";
import { NodeInterface } from "../../../lib/graphql/node";
import { Source } from "../../../lib/sources/model";
import { Quoted } from "../../../lib/sources/quoted";
import { enumOf } from "../../../lib/graphql/enum-of";
import { connectionType, type Connection } from "../../../lib/graphql/connection";
import { THEME_DESCRIPTION, ThemeCode, THEME_TYPE_NAME } from "../../../lib/vocabulary/themes";
import { INDICATOR_UNITS, PERIOD_KINDS, POLARITIES } from "../../../lib/data/schemas";
import { INDICATOR_DESCRIPTION } from "../../../lib/council/record-enums";

export enum JointInitiativeKind {
  REGIONAL_ADOPTION_AGENCY = "REGIONAL_ADOPTION_AGENCY",
  HOSTED_SERVICES_ARRANGEMENT = "HOSTED_SERVICES_ARRANGEMENT",
  HOSTED_SERVICE = "HOSTED_SERVICE",
  REGIONAL_PROGRAMME = "REGIONAL_PROGRAMME",
  SAFEGUARDING_PARTNERSHIP = "SAFEGUARDING_PARTNERSHIP",
}
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

export enum JointInitiativeStatus {
  IN_DEVELOPMENT = "IN_DEVELOPMENT",
  OPERATING = "OPERATING",
  ENDED = "ENDED",
}
registerEnumType(JointInitiativeStatus, {
  name: "JointInitiativeStatus",
  description: "Where the joint work stands, as its status source says.",
  valuesConfig: {
    IN_DEVELOPMENT: { description: "Committed to and being developed; not yet operating." },
    OPERATING: { description: "Operating now." },
    ENDED: { description: "No longer operating (replaced or closed)." },
  },
});

/** A quoted source of a shared record (a record may have several). */
@Entity("quotation")
export class QuotationRow extends Quoted {
  @PrimaryColumn({ type: "varchar" })
  slug: string;

  @Column({ name: "owner_slug", type: "varchar" })
  ownerSlug: string;

  @Column({ type: "integer" })
  position: number;
}

export type LinkKind = "PARTNER" | "COUNCIL_ACTION" | "RESTS_ON" | "THEME" | "MEMBER";

/** Links from a shared record to a council, a council's action, another initiative or a theme. */
@Entity("link")
export class LinkRow {
  @PrimaryColumn({ name: "owner_slug", type: "varchar" })
  ownerSlug: string;

  @PrimaryColumn({ type: "varchar" })
  kind: LinkKind;

  @PrimaryColumn({ type: "varchar" })
  target: string;

  @Column({ type: "integer" })
  position: number;
}

@Entity("theme")
@ObjectType("Theme", { implements: [NodeInterface], description: THEME_DESCRIPTION })
@Directive('@key(fields: "id")')
export class ThemeEntity {
  static readonly typeName = THEME_TYPE_NAME;

  @PrimaryColumn({ type: "varchar" })
  slug: string;

  @Column({ type: "integer" })
  position: number;

  @Field(() => ThemeCode, { description: "The theme's code, as used in ActionFilter.theme." })
  @Column({ type: "varchar" })
  code: string;

  @Field(() => String, { description: "Name of the theme." })
  @Column({ type: "varchar" })
  name: string;

  @Field(() => String, { description: "What the theme covers (this project's vocabulary)." })
  @Column({ type: "text" })
  description: string;

  @Field(() => ID, { description: GLOBAL_ID_DESCRIPTION })
  get id(): string {
    return globalId(THEME_TYPE_NAME, this.slug);
  }
}

@Entity("partnership")
@ObjectType("Partnership", { implements: [NodeInterface], description: "A partnership of councils for children's services (e.g. across a former county's footprint), with its member councils and their joint work." })
@Directive('@key(fields: "id")')
export class PartnershipEntity {
  static readonly typeName = "Partnership";

  @PrimaryColumn({ type: "varchar" })
  slug: string;

  @Field(() => String, { description: "A name for the partnership (this project's label; the documents name no formal body)." })
  @Column({ type: "varchar" })
  name: string;

  @Field(() => ID, { description: GLOBAL_ID_DESCRIPTION })
  get id(): string {
    return globalId(PartnershipEntity.typeName, this.slug);
  }
}

@Entity("joint_initiative")
@ObjectType("JointInitiative", { implements: [NodeInterface], description: "Work councils do together, such as a regional adoption agency; its partners may be any councils." })
@Directive('@key(fields: "id")')
export class JointInitiativeEntity {
  static readonly typeName = "JointInitiative";

  @PrimaryColumn({ type: "varchar" })
  slug: string;

  @Column({ type: "integer" })
  position: number;

  @Field(() => ID, { description: GLOBAL_ID_DESCRIPTION })
  get id(): string {
    return globalId(JointInitiativeEntity.typeName, this.slug);
  }

  @Field(() => String, { description: "Stable short key, e.g. \"regional-adoption-agency\" (also accepted by Query.jointInitiative)." })
  get key(): string {
    return this.slug;
  }

  @Field(() => String, { description: "Name of the joint work." })
  @Column({ type: "varchar" })
  name: string;

  @Field(() => JointInitiativeKind, { description: "What kind of joint work it is." })
  @Column({ type: "varchar" })
  kind: JointInitiativeKind;

  @Field(() => JointInitiativeStatus, { description: "Where it stands; statusSource gives the evidence." })
  @Column({ type: "varchar" })
  status: JointInitiativeStatus;

  @Field(() => String, { description: "This project's one-paragraph summary of the sources below (not a quotation)." })
  @Column({ type: "text" })
  summary: string;

  @Column({ name: "hosted_by", type: "varchar", nullable: true })
  hostedBy: string | null;

  @Column({ name: "part_of", type: "varchar", nullable: true })
  partOf: string | null;

  @Column({ name: "status_document_id", type: "varchar" })
  statusDocumentId: string;

  @Column({ name: "status_section", type: "varchar" })
  statusSection: string;

  @Column({ name: "status_quote", type: "text" })
  statusQuote: string;

  @Field(() => Source, { description: "The source the status is taken from." })
  get statusSource(): Source {
    return new Source(this.statusDocumentId, this.statusSection, this.statusQuote);
  }
}

@InputType("JointInitiativeFilter", { description: "Narrows the list of joint initiatives. All given conditions must hold." })
export class JointInitiativeFilter {
  @Field(() => ThemeCode, { nullable: true, description: "Only initiatives tagged with this theme." })
  theme?: string | null;

  @Field(() => JointInitiativeStatus, { nullable: true, description: "Only initiatives with this status." })
  status?: JointInitiativeStatus | null;

  @Field(() => JointInitiativeKind, { nullable: true, description: "Only initiatives of this kind." })
  kind?: JointInitiativeKind | null;
}

export enum IndicatorKind {
  NATIONAL = "NATIONAL",
  LOCAL = "LOCAL",
}
registerEnumType(IndicatorKind, {
  name: "IndicatorKind",
  description: "Where an indicator comes from.",
  valuesConfig: {
    NATIONAL: { description: "A statutory or national measure, published in national statistics." },
    LOCAL: { description: "A local figure a council's documents give (e.g. the Children's Services Analysis Tool, local context)." },
  },
});

export const IndicatorUnit = enumOf(INDICATOR_UNITS);
export type IndicatorUnit = keyof typeof IndicatorUnit;
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
export const Polarity = enumOf(POLARITIES);
export type Polarity = keyof typeof Polarity;
registerEnumType(Polarity, {
  name: "Polarity",
  description: "Which direction is better, as published for the indicator.",
  valuesConfig: {
    HIGHER_IS_BETTER: { description: "Higher values are better." },
    LOWER_IS_BETTER: { description: "Lower values are better." },
    CONTEXTUAL: { description: "Neither direction is better in itself; read in context." },
  },
});
export const PeriodKind = enumOf(PERIOD_KINDS);
export type PeriodKind = keyof typeof PeriodKind;
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

@Entity("indicator")
@ObjectType("Indicator", { implements: [NodeInterface], description: INDICATOR_DESCRIPTION })
@Directive('@key(fields: "id")')
export class IndicatorEntity {
  static readonly typeName = "Indicator";

  @Field(() => String, { description: "The indicator's code, e.g. \"child-protection-plan-rate\" (as in Council.indicator(code:) and statistics CSV columns)." })
  @PrimaryColumn({ type: "varchar" })
  code: string;

  @Column({ type: "integer" })
  position: number;

  @Field(() => ID, { description: GLOBAL_ID_DESCRIPTION })
  get id(): string {
    return globalId(IndicatorEntity.typeName, this.code);
  }

  @Field(() => String, { description: "Title." })
  @Column({ type: "varchar" })
  title: string;

  @Field(() => IndicatorKind, { description: "National (published statistics) or local (a council's own figures)." })
  @Column({ type: "varchar" })
  kind: IndicatorKind;

  @Field(() => String, { nullable: true, description: "Definition, where known; else null." })
  @Column({ type: "text", nullable: true })
  definition: string | null;

  @Field(() => IndicatorUnit, { nullable: true, description: "Unit of its values, where known; else null." })
  @Column({ type: "varchar", nullable: true })
  unit: IndicatorUnit | null;

  @Field(() => Polarity, { nullable: true, description: "Which direction is better, where published; else null." })
  @Column({ type: "varchar", nullable: true })
  polarity: Polarity | null;

  @Field(() => PeriodKind, { nullable: true, description: "Reporting period, where known; else null." })
  @Column({ name: "period_kind", type: "varchar", nullable: true })
  periodKind: PeriodKind | null;

  @Field(() => String, { nullable: true, description: "The published dataset that carries it (e.g. \"SSDA903\"), where known; else null." })
  @Column({ type: "varchar", nullable: true })
  dataset: string | null;
}

export const JointInitiativeConnection = connectionType<JointInitiativeEntity>("JointInitiative", () => JointInitiativeEntity, "joint initiatives", "in a stable order");
export type JointInitiativeConnection = Connection<JointInitiativeEntity>;
