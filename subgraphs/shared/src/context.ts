import type DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import type { CouncilConfig } from "../../../lib/config/project";
import { groupLoader, rowLoader } from "../../../lib/loaders";
import { documentLoader, type SourcesContext } from "../../../lib/sources/model";
import { linkedRows } from "../../../lib/db/linked";
import { IndicatorEntity, JointInitiativeEntity, LinkRow, PartnershipEntity, QuotationRow, ThemeEntity } from "./model";

/** Per-request state of the shared subgraph: one loader per relation, one SQL statement each. */
export interface SharedContext extends SourcesContext {
  dataSource: DataSource;
  councils: CouncilConfig[];
  initiative: DataLoader<string, JointInitiativeEntity | null>;
  theme: DataLoader<string, ThemeEntity | null>;
  partnership: DataLoader<string, PartnershipEntity | null>;
  indicator: DataLoader<string, IndicatorEntity | null>;
  linksOf: DataLoader<string, LinkRow[]>;
  quotationsOf: DataLoader<string, QuotationRow[]>;
  partsOf: DataLoader<string, JointInitiativeEntity[]>;
  initiativesWithTheme: DataLoader<string, JointInitiativeEntity[]>;
}

export function createSharedContext(dataSource: DataSource, councils: CouncilConfig[]): SharedContext {
  const manager = dataSource.manager;
  return {
    dataSource,
    councils,
    documents: documentLoader(manager),
    initiative: rowLoader((keys) => manager.find(JointInitiativeEntity, { where: { slug: In([...keys]) } }), (row) => row.slug),
    theme: rowLoader((keys) => manager.find(ThemeEntity, { where: { slug: In([...keys]) } }), (row) => row.slug),
    indicator: rowLoader((keys) => manager.find(IndicatorEntity, { where: { code: In([...keys]) } }), (row) => row.code),
    partnership: rowLoader((keys) => manager.find(PartnershipEntity, { where: { slug: In([...keys]) } }), (row) => row.slug),
    linksOf: groupLoader((keys) => manager.find(LinkRow, { where: { ownerSlug: In([...keys]) }, order: { position: "ASC" } }), (row) => row.ownerSlug),
    quotationsOf: groupLoader((keys) => manager.find(QuotationRow, { where: { ownerSlug: In([...keys]) }, order: { position: "ASC" } }), (row) => row.ownerSlug),
    partsOf: groupLoader(
      (keys) => manager.find(JointInitiativeEntity, { where: { partOf: In([...keys]) }, order: { position: "ASC" } }),
      (row) => row.partOf ?? "",
    ),
    initiativesWithTheme: groupLoader(
      (codes) => linkedRows(manager, JointInitiativeEntity, { table: "link", ownColumn: "owner_slug", keyColumn: "target", condition: "l.kind = 'THEME'" }, codes),
      (row) => row.linkKey,
    ),
  };
}
