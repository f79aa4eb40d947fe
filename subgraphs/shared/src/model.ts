import { Column, Entity, PrimaryColumn } from "typeorm";
import { Directive, Field, ID, InputType, ObjectType } from "type-graphql";
import { globalId, GLOBAL_ID_DESCRIPTION } from "../../../lib/ids/global-id";
import { NodeInterface } from "../../../lib/graphql/node";
import { Source } from "../../../lib/sources/model";
import { Quoted } from "../../../lib/sources/quoted";
import { connectionType, type Connection } from "../../../lib/graphql/connection";
import { THEME_DESCRIPTION, THEME_TYPE_NAME } from "../../../lib/vocabulary/themes";
import { IndicatorKind, IndicatorUnit, JointInitiativeKind, JointInitiativeStatus, PeriodKind, Polarity, ThemeCode } from "../../../lib/graphql/enums";
import { INDICATOR_DESCRIPTION } from "../../../lib/vocabulary/enums";

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

  @Field(() => String, { description: "The theme's code (UPPER_SNAKE), as used in ActionFilter.themeCode and Query.theme(themeCode:)." })
  @Column({ type: "varchar" })
  code: string;

  /** The council whose own vocabulary adds the theme; null for the shared vocabulary's. */
  @Column({ name: "council_id", type: "varchar", nullable: true })
  councilId: string | null;

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

  @Field(() => String, { description: 'Stable short key, e.g. "regional-adoption-agency" (also accepted by Query.jointInitiative).' })
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
  @Field(() => String, { nullable: true, description: "Only initiatives tagged with this theme: a code of Query.themes. A code no vocabulary has is BAD_USER_INPUT naming the known codes." })
  themeCode?: string | null;

  @Field(() => ThemeCode, { nullable: true, deprecationReason: "Use themeCode: themes are data, and councils add their own.", description: "Only initiatives tagged with this theme of the shared vocabulary. Not with themeCode." })
  theme?: string | null;

  @Field(() => JointInitiativeStatus, { nullable: true, description: "Only initiatives with this status." })
  status?: JointInitiativeStatus | null;

  @Field(() => JointInitiativeKind, { nullable: true, description: "Only initiatives of this kind." })
  kind?: JointInitiativeKind | null;
}

@Entity("indicator")
@ObjectType("Indicator", { implements: [NodeInterface], description: INDICATOR_DESCRIPTION })
@Directive('@key(fields: "id")')
export class IndicatorEntity {
  static readonly typeName = "Indicator";

  @Field(() => String, { description: 'The indicator\'s code, e.g. "child-protection-plan-rate" (as in Council.indicator(code:) and statistics CSV columns).' })
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

  @Field(() => String, { nullable: true, description: 'The published dataset that carries it (e.g. "SSDA903"), where known; else null.' })
  @Column({ type: "varchar", nullable: true })
  dataset: string | null;

  /** The council whose own vocabulary adds the indicator; null for the national catalogue's. */
  @Column({ name: "council_id", type: "varchar", nullable: true })
  councilId: string | null;
}

export const JointInitiativeConnection = connectionType<JointInitiativeEntity>("JointInitiative", () => JointInitiativeEntity, "joint initiatives", "in a stable order");
export type JointInitiativeConnection = Connection<JointInitiativeEntity>;
