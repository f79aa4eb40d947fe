import type DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import type { CouncilConfig } from "../../../lib/config/project";
import { groupLoader, rowLoader } from "../../../lib/loaders";
import { documentLoader, type SourcesContext } from "../../../lib/sources/model";
import { linkedRows } from "../../../lib/db/linked";
import type { Identity } from "../../../lib/auth/identity";
import { ProgressUpdateEntity } from "../../../lib/tracking/model";
import { AgencyValueEntity, areaValueKey, AreaValueEntity, GeographyEntity } from "./comparisons-model";
import { JointActionEntity, JointActionLinkRow, MilestoneEntity } from "../../../lib/tracking/joint-action-model";
import { filteredJointActionsLoader } from "./joint-action-filter";
import { IndicatorEntity, JointInitiativeEntity, LinkRow, PartnershipEntity, QuotationRow, ThemeEntity } from "./model";

/** Per-request state of the shared subgraph: one loader per relation, one SQL statement each. */
export interface SharedContext extends SourcesContext {
  dataSource: DataSource;
  /** Who is asking, as the gateway vouched; null for anonymous requests. */
  identity: Identity | null;
  /** Whom the partnership's staff act for (Actor.team). */
  actorTeam: string;
  jointAction: DataLoader<string, JointActionEntity | null>;
  /** An initiative's joint actions under a filter, by `jointActionsKey` (./joint-action-filter.ts). */
  jointActionsOf: DataLoader<string, JointActionEntity[]>;
  milestonesOf: DataLoader<string, MilestoneEntity[]>;
  advancesOf: DataLoader<string, JointActionLinkRow[]>;
  updatesOf: DataLoader<string, ProgressUpdateEntity[]>;
  councils: CouncilConfig[];
  initiative: DataLoader<string, JointInitiativeEntity | null>;
  theme: DataLoader<string, ThemeEntity | null>;
  partnership: DataLoader<string, PartnershipEntity | null>;
  indicator: DataLoader<string, IndicatorEntity | null>;
  linksOf: DataLoader<string, LinkRow[]>;
  quotationsOf: DataLoader<string, QuotationRow[]>;
  partsOf: DataLoader<string, JointInitiativeEntity[]>;
  initiativesWithTheme: DataLoader<string, JointInitiativeEntity[]>;
  geography: DataLoader<string, GeographyEntity | null>;
  /** An area's values of an indicator, oldest first, by `areaValueKey(geography, indicator)`. */
  areaValuesOf: DataLoader<string, AreaValueEntity[]>;
  /** Values a joint initiative reports as itself, in the data files' order, by initiative key. */
  reportedValuesOf: DataLoader<string, AgencyValueEntity[]>;
}

export function createSharedContext(dataSource: DataSource, councils: CouncilConfig[], identity: Identity | null): SharedContext {
  const manager = dataSource.manager;
  return {
    dataSource,
    identity,
    actorTeam: "Partnership",
    jointAction: rowLoader(
      (keys) => manager.find(JointActionEntity, { where: { slug: In([...keys]) } }),
      (row) => row.slug,
    ),
    jointActionsOf: filteredJointActionsLoader(dataSource),
    milestonesOf: groupLoader(
      (keys) => manager.find(MilestoneEntity, { where: { jointActionSlug: In([...keys]) }, order: { position: "ASC" } }),
      (row) => row.jointActionSlug,
    ),
    advancesOf: groupLoader(
      (keys) => manager.find(JointActionLinkRow, { where: { jointActionSlug: In([...keys]) }, order: { position: "ASC" } }),
      (row) => row.jointActionSlug,
    ),
    updatesOf: groupLoader(
      (keys) => manager.find(ProgressUpdateEntity, { where: { actionKey: In([...keys]) }, order: { seq: "DESC" } }),
      (row) => row.actionKey,
    ),
    councils,
    documents: documentLoader(manager),
    initiative: rowLoader(
      (keys) => manager.find(JointInitiativeEntity, { where: { slug: In([...keys]) } }),
      (row) => row.slug,
    ),
    theme: rowLoader(
      (keys) => manager.find(ThemeEntity, { where: { slug: In([...keys]) } }),
      (row) => row.slug,
    ),
    indicator: rowLoader(
      (keys) => manager.find(IndicatorEntity, { where: { code: In([...keys]) } }),
      (row) => row.code,
    ),
    partnership: rowLoader(
      (keys) => manager.find(PartnershipEntity, { where: { slug: In([...keys]) } }),
      (row) => row.slug,
    ),
    linksOf: groupLoader(
      (keys) => manager.find(LinkRow, { where: { ownerSlug: In([...keys]) }, order: { position: "ASC" } }),
      (row) => row.ownerSlug,
    ),
    quotationsOf: groupLoader(
      (keys) => manager.find(QuotationRow, { where: { ownerSlug: In([...keys]) }, order: { position: "ASC" } }),
      (row) => row.ownerSlug,
    ),
    partsOf: groupLoader(
      (keys) => manager.find(JointInitiativeEntity, { where: { partOf: In([...keys]) }, order: { position: "ASC" } }),
      (row) => row.partOf ?? "",
    ),
    geography: rowLoader(
      (keys) => manager.find(GeographyEntity, { where: { code: In([...keys]) } }),
      (row) => row.code,
    ),
    areaValuesOf: groupLoader(
      (keys) => {
        const pairs = keys.map((key) => key.split("\u0000"));
        return manager.find(AreaValueEntity, { where: { geography: In(pairs.map(([geography]) => geography)), indicator: In(pairs.map(([, indicator]) => indicator)) }, order: { timePeriod: "ASC" } });
      },
      (row) => areaValueKey(row.geography, row.indicator),
    ),
    reportedValuesOf: groupLoader(
      (keys) => manager.find(AgencyValueEntity, { where: { initiativeSlug: In([...keys]) }, order: { position: "ASC" } }),
      (row) => row.initiativeSlug,
    ),
    initiativesWithTheme: groupLoader(
      (codes) => linkedRows(manager, JointInitiativeEntity, { table: "link", ownColumn: "owner_slug", keyColumn: "target", condition: "l.kind = 'THEME'" }, codes),
      (row) => row.linkKey,
    ),
  };
}
