import { Column, Entity, PrimaryColumn } from "typeorm";
import { Directive, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ActionStatus } from "../graphql/enums";
import { NodeInterface } from "../graphql/node";
import { connectionType, type Connection } from "../graphql/connection";
import { globalId, GLOBAL_ID_DESCRIPTION } from "../ids/global-id";
import { Actor, actorOf, ProgressUpdateEntity, Rag, REPLAYED_DESCRIPTION, UserError } from "./model";

/**
 * Joint actions: the partnership's own tracked actions, stored by the shared subgraph. Their tables and
 * types are here, beside the progress updates they share with council actions, so that the write logic
 * (./joint-action-writes.ts) needs nothing from a subgraph; the shared subgraph's resolvers add the fields
 * that need its context.
 */

/** A joint initiative's own action, created by partner staff through the graph (never seeded). */
@Entity("joint_action")
@ObjectType("JointAction", { implements: [NodeInterface], description: "An action of a joint initiative, created and tracked by partner staff (internal: needs a signed-in viewer)." })
@Directive('@key(fields: "id")')
export class JointActionEntity {
  static readonly typeName = "JointAction";

  @PrimaryColumn({ type: "varchar" })
  slug: string;

  @Column({ name: "initiative_slug", type: "varchar" })
  initiativeSlug: string;

  @Field(() => ID, { description: GLOBAL_ID_DESCRIPTION })
  get id(): string {
    return globalId(JointActionEntity.typeName, this.slug);
  }

  @Field(() => String, { description: "Title." })
  @Column({ type: "varchar" })
  title: string;

  @Field(() => String, { nullable: true, description: "Description." })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => String, { description: "Who leads it: a role or a named lead." })
  @Column({ type: "varchar" })
  owner: string;

  @Field(() => String, { nullable: true, description: "Due date (ISO 8601)." })
  @Column({ name: "due_date", type: "varchar", nullable: true })
  dueDate: string | null;

  @Field(() => ActionStatus, { description: "Status, as the latest APPROVED update gives it: NOT_REPORTED until one is approved." })
  @Column({ type: "varchar" })
  status: ActionStatus;

  @Field(() => Rag, { nullable: true, description: "RAG rating of the latest APPROVED update." })
  @Column({ type: "varchar", nullable: true })
  rag: Rag | null;

  @Field(() => ActionStatus, { nullable: true, description: "Forecast of the latest approved update: where the action will be by its due date." })
  @Column({ name: "forecast_status", type: "varchar", nullable: true })
  forecastStatus: ActionStatus | null;

  @Field(() => Int, { description: "Version of the tracked state: one more per approved update; drafts name it (expectedVersion)." })
  @Column({ type: "integer" })
  version: number;

  @Field(() => String, { description: "When it was created (ISO 8601, UTC)." })
  @Column({ name: "created_at", type: "varchar" })
  createdAt: string;

  @Column({ name: "created_by_subject", type: "varchar" })
  createdBySubject: string;

  @Column({ name: "created_by_name", type: "varchar" })
  createdByName: string;

  @Field(() => Actor, { description: "Who created it." })
  get createdBy(): Actor {
    return actorOf(this.createdBySubject, this.createdByName, "officer");
  }

  @Field(() => Int, {
    description: "Revision of the action's own details (title, description, owner, due date, milestones, links): 0 at creation, one more per edit or withdrawal. updateJointAction and withdrawJointAction name it (expectedRevision).",
  })
  @Column({ type: "integer", default: 0 })
  revision: number;

  @Field(() => String, { nullable: true, description: "When it was withdrawn (ISO 8601, UTC); null while it stands. A withdrawn action takes no more edits or progress updates." })
  @Column({ name: "withdrawn_at", type: "varchar", nullable: true })
  withdrawnAt: string | null;

  @Column({ name: "withdrawn_by_subject", type: "varchar", nullable: true })
  withdrawnBySubject: string | null;

  @Column({ name: "withdrawn_by_name", type: "varchar", nullable: true })
  withdrawnByName: string | null;

  @Field(() => Actor, { nullable: true, description: "Who withdrew it; null while it stands." })
  get withdrawnBy(): Actor | null {
    return this.withdrawnBySubject === null || this.withdrawnBySubject === undefined ? null : actorOf(this.withdrawnBySubject, this.withdrawnByName ?? this.withdrawnBySubject, "officer");
  }

  @Field(() => String, { nullable: true, description: "Why it was withdrawn; null while it stands." })
  @Column({ name: "withdrawal_reason", type: "text", nullable: true })
  withdrawalReason: string | null;
}

@Entity("joint_action_milestone")
@ObjectType("Milestone", { description: "A milestone of a joint action." })
export class MilestoneEntity {
  @PrimaryColumn({ type: "varchar" })
  slug: string;

  @Column({ name: "joint_action_slug", type: "varchar" })
  jointActionSlug: string;

  @Column({ type: "integer" })
  position: number;

  @Field(() => String, { description: "What is to be reached." })
  @Column({ type: "varchar" })
  title: string;

  @Field(() => String, { nullable: true, description: "By when (ISO 8601)." })
  @Column({ name: "due_date", type: "varchar", nullable: true })
  dueDate: string | null;
}

@Entity("joint_action_link")
export class JointActionLinkRow {
  @PrimaryColumn({ name: "joint_action_slug", type: "varchar" })
  jointActionSlug: string;

  @PrimaryColumn({ name: "council_action_id", type: "varchar" })
  councilActionId: string;

  @Column({ type: "integer" })
  position: number;
}

@InputType("MilestoneInput", { description: "A milestone of a joint action." })
export class MilestoneInput {
  @Field(() => String, { description: "What is to be reached: 1 to 200 characters." }) title: string;
  @Field(() => String, { nullable: true, description: "By when: an ISO 8601 date (YYYY-MM-DD) from 2000 to 2100." }) dueDate?: string | null;
}

@ObjectType("JointActionPayload", { description: "The result of a write to a joint action, or why nothing changed." })
export class JointActionPayload {
  @Field(() => JointActionEntity, { nullable: true, description: "The joint action as it is now; null when refused." }) jointAction: JointActionEntity | null;
  @Field(() => ProgressUpdateEntity, { nullable: true, description: "The update recorded, for a progress write." }) update: ProgressUpdateEntity | null;
  @Field(() => [UserError], { description: "Why the write was refused; empty when it succeeded." }) errors: UserError[];
  @Field(() => Boolean, { description: REPLAYED_DESCRIPTION }) replayed: boolean;
}

export const JointActionConnection = connectionType<JointActionEntity>("JointAction", () => JointActionEntity, "joint actions", "oldest first");
export type JointActionConnection = Connection<JointActionEntity>;
