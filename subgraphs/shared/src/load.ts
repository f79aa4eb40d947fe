import type { DataSource } from "typeorm";
import type { CouncilConfig } from "../../../lib/config/project";
import { checkSharedLinks, readSharedData, readVocabulary } from "../../../lib/data/project-data";
import { DataProblems, type Problem } from "../../../lib/data/problems";
import { checksumOf, loadRows, syncRows, type LoadCounts, type TableRows } from "../../../lib/db/load-rows";
import { globalId } from "../../../lib/ids/global-id";
import { recordDataLoad } from "../../../lib/tracking/write";
import { documentRows } from "../../../lib/sources/load";
import { themeKey } from "../../../lib/vocabulary/themes";
import { AgencyValueEntity } from "./comparisons-model";
import { comparisonTables } from "./comparisons-load";
import { IndicatorEntity, JointInitiativeEntity, LinkRow, PartnershipEntity, QuotationRow, ThemeEntity, type LinkKind } from "./model";

type Quotable = { document: string; section: string; quote: string };

/**
 * What a shared data load is recorded against in the change feed: the first partnership, as before
 * several could exist; with none, the shared subgraph itself ("Partnership:shared" is no record).
 */
const dataLoadEntityOf = (partnerships: Array<{ id: string }>): string => globalId(PartnershipEntity.typeName, partnerships[0]?.id ?? "shared");

/** The shared data files (and the vocabulary it serves) as table rows, with a checksum. */
export function sharedTables(root: string, councils: CouncilConfig[]): { tables: TableRows[]; checksum: string; dataLoadEntity: string } {
  const problems: Problem[] = [];
  const vocabulary = readVocabulary(
    root,
    problems,
    councils.map((council) => council.id),
  );
  const data = readSharedData(root, problems);
  // Whether each linked council action exists is checked by `npm run data:check`, which sees every
  // council's files; a shared subgraph deployed alone checks what it can.
  checkSharedLinks(data, councils, vocabulary, problems);
  if (problems.length > 0) throw new DataProblems(problems);

  const links: LinkRow[] = [];
  const link = (ownerSlug: string, kind: LinkKind, targets: string[]) => targets.forEach((target, position) => links.push(Object.assign(new LinkRow(), { ownerSlug, kind, target, position })));
  const quotations: QuotationRow[] = [];
  const quote = (ownerSlug: string, sources: Quotable[]) =>
    sources.forEach((source, position) => quotations.push(Object.assign(new QuotationRow(), { slug: `${ownerSlug}.${position + 1}`, ownerSlug, position, documentId: source.document, section: source.section, quote: source.quote })));

  const { partnerships, initiatives } = data;
  for (const partnership of partnerships) {
    link(partnership.id, "MEMBER", partnership.councils);
    quote(partnership.id, partnership.sources);
  }
  const initiativeRows = initiatives.map((initiative, position) => {
    link(initiative.id, "PARTNER", initiative.partners);
    link(initiative.id, "RESTS_ON", initiative.restsOn);
    link(initiative.id, "THEME", initiative.themes);
    link(initiative.id, "COUNCIL_ACTION", initiative.councilActions);
    quote(initiative.id, initiative.sources);
    return Object.assign(new JointInitiativeEntity(), {
      slug: initiative.id,
      position,
      name: initiative.name,
      kind: initiative.kind,
      status: initiative.status,
      summary: initiative.summary,
      hostedBy: initiative.hostedBy,
      partOf: initiative.partOf,
      statusDocumentId: initiative.statusSource.document,
      statusSection: initiative.statusSource.section,
      statusQuote: initiative.statusSource.quote,
    });
  });
  const indicatorRows = vocabulary.indicators.map((indicator, position) => {
    quote(`indicator.${indicator.code}`, indicator.sources);
    return Object.assign(new IndicatorEntity(), {
      code: indicator.code,
      position,
      title: indicator.title,
      kind: indicator.kind,
      definition: indicator.definition,
      unit: indicator.unit,
      polarity: indicator.polarity,
      periodKind: indicator.periodKind,
      dataset: indicator.dataset,
      councilId: indicator.origin.council,
    });
  });
  const comparisons = comparisonTables(root, vocabulary.catalogue, new Set(vocabulary.indicators.map((indicator) => indicator.code)), problems, vocabulary.texts);
  if (problems.length > 0) throw new DataProblems(problems);
  const agencyValues = data.agencyValues.map((entry, position) =>
    Object.assign(new AgencyValueEntity(), {
      id: entry.id,
      initiativeSlug: entry.initiative,
      position,
      indicator: entry.indicator,
      timePeriod: entry.timePeriod,
      timeIdentifier: entry.timeIdentifier,
      value: entry.value,
      status: entry.status,
      documentId: entry.source.document,
      section: entry.source.section,
      quote: entry.source.quote,
    }),
  );
  const themeRows = vocabulary.themes.map((theme, position) => Object.assign(new ThemeEntity(), { slug: themeKey(theme.code), position, code: theme.code, name: theme.name, description: theme.description, councilId: theme.origin.council }));

  return {
    dataLoadEntity: dataLoadEntityOf(partnerships),
    checksum: checksumOf([...vocabulary.texts, ...data.texts, JSON.stringify(councils.map((council) => council.id))]),
    tables: [
      documentRows(vocabulary.catalogue),
      { target: ThemeEntity, rows: themeRows },
      { target: IndicatorEntity, rows: indicatorRows },
      { target: PartnershipEntity, rows: partnerships.map((partnership) => Object.assign(new PartnershipEntity(), { slug: partnership.id, name: partnership.name })) },
      { target: JointInitiativeEntity, rows: initiativeRows },
      ...comparisons,
      { target: AgencyValueEntity, rows: agencyValues },
      { target: LinkRow, rows: links },
      { target: QuotationRow, rows: quotations },
    ],
  };
}

export async function loadSharedData(dataSource: DataSource, root: string, councils: CouncilConfig[]): Promise<LoadCounts | null> {
  const { tables, checksum, dataLoadEntity } = sharedTables(root, councils);
  return loadRows(dataSource, "shared", checksum, tables, recordDataLoad(dataLoadEntity));
}

export async function syncSharedData(dataSource: DataSource, root: string, councils: CouncilConfig[]): Promise<LoadCounts> {
  const { tables, checksum, dataLoadEntity } = sharedTables(root, councils);
  return syncRows(dataSource, "shared", checksum, tables, recordDataLoad(dataLoadEntity));
}
