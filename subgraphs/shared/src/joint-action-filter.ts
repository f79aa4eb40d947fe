import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { Field, InputType } from "type-graphql";
import type { Identity } from "../../../lib/auth/identity";
import { ActionStatus } from "../../../lib/graphql/enums";
import { badUserInput } from "../../../lib/graphql/errors";
import { UpdateState } from "../../../lib/tracking/model";
import { requireReadableStates } from "../../../lib/tracking/read";
import { whereUpdates } from "../../../lib/tracking/update-conditions";
import { validDate } from "../../../lib/tracking/validate";
import { JointActionEntity } from "../../../lib/tracking/joint-action-model";

@InputType("JointActionFilter", { description: "Narrows a list of joint actions. All given conditions must hold." })
export class JointActionFilter {
  @Field(() => ActionStatus, { nullable: true, description: "Only joint actions with this status." })
  status?: ActionStatus | null;

  @Field(() => String, { nullable: true, description: "Only joint actions with no APPROVED progress update recorded on or after this date (YYYY-MM-DD, UTC), or none ever. Not a date: BAD_USER_INPUT." })
  notUpdatedSince?: string | null;

  @Field(() => [UpdateState], { nullable: true, description: "Only joint actions with at least one progress update in one of these states (e.g. [SUBMITTED]: the approval inbox). An empty list sets no condition." })
  updateStates?: UpdateState[] | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Include withdrawn joint actions (default: they are left out)." })
  includeWithdrawn?: boolean | null;
}

/** A filter's conditions, checked and in a fixed order: equal filters give equal loader keys. */
interface NormalJointFilter {
  status: string | null;
  notUpdatedSince: string | null;
  updateStates: UpdateState[] | null;
  includeWithdrawn: boolean;
}

/** The loader key of one initiative's joint actions under a filter; checks the filter (BAD_USER_INPUT) and that the caller may read the states asked. */
export function jointActionsKey(initiativeSlug: string, filter: JointActionFilter | null | undefined, identity: Identity | null): string {
  const since = filter?.notUpdatedSince ?? null;
  if (since !== null && !validDate(since)) throw badUserInput("filter.notUpdatedSince must be a date (YYYY-MM-DD) from 2000 to 2100", { field: "filter.notUpdatedSince" });
  const states = filter?.updateStates && filter.updateStates.length > 0 ? [...new Set(requireReadableStates(identity, filter.updateStates))].sort() : null;
  const normal: NormalJointFilter = { status: filter?.status ?? null, notUpdatedSince: since, updateStates: states, includeWithdrawn: filter?.includeWithdrawn === true };
  return JSON.stringify([initiativeSlug, normal]);
}

/**
 * Joint actions of initiatives, oldest first, by `jointActionsKey`: one SQL statement per distinct
 * filter in a batch (the usual query asks one filter of many initiatives: one statement per level).
 */
export function filteredJointActionsLoader(dataSource: DataSource): DataLoader<string, JointActionEntity[]> {
  return new DataLoader(async (keys) => {
    const byFilter = new Map<string, string[]>();
    for (const key of keys) {
      const [initiative, filter] = JSON.parse(key) as [string, NormalJointFilter];
      const filterKey = JSON.stringify(filter);
      byFilter.set(filterKey, [...(byFilter.get(filterKey) ?? []), initiative]);
    }
    const found = new Map<string, JointActionEntity[]>();
    for (const [filterKey, initiatives] of byFilter) {
      const filter = JSON.parse(filterKey) as NormalJointFilter;
      const rows = await filteredQuery(dataSource, initiatives, filter).getMany();
      for (const initiative of initiatives)
        found.set(
          JSON.stringify([initiative, filter]),
          rows.filter((row) => row.initiativeSlug === initiative),
        );
    }
    return keys.map((key) => found.get(key) ?? []);
  });
}

function filteredQuery(dataSource: DataSource, initiatives: string[], filter: NormalJointFilter) {
  const query = dataSource.manager.createQueryBuilder(JointActionEntity, "j").where("j.initiative_slug IN (:...initiatives)", { initiatives }).orderBy("j.createdAt", "ASC").addOrderBy("j.slug", "ASC");
  if (!filter.includeWithdrawn) query.andWhere("j.withdrawn_at IS NULL");
  if (filter.status) query.andWhere("j.status = :status", { status: filter.status });
  whereUpdates(query, "j", filter);
  return query;
}
