import type { DataSource } from "typeorm";
import type { CouncilConfig } from "../../../lib/config/project";
import { checksumOf, loadRows } from "../../../lib/db/load-rows";
import type { DocumentRecord } from "../../../lib/sources/catalogue";
import { documentRows } from "../../../lib/sources/load";
import { themeKey, themes } from "../../../lib/vocabulary/themes";
import { readSharedData, validateSharedData } from "./data-files";
import { JointInitiativeEntity, LinkRow, PartnershipEntity, QuotationRow, ThemeEntity, type LinkKind } from "./model";

export async function loadSharedData(dataSource: DataSource, dataDir: string, councils: CouncilConfig[], catalogue: DocumentRecord[]): Promise<boolean> {
  const data = readSharedData(dataDir);
  const problems = validateSharedData(data, councils, catalogue);
  if (problems.length > 0) throw new Error(`shared data files are invalid:\n- ${problems.join("\n- ")}`);

  const links: LinkRow[] = [];
  const link = (ownerSlug: string, kind: LinkKind, targets: string[]) =>
    targets.forEach((target, position) => links.push(Object.assign(new LinkRow(), { ownerSlug, kind, target, position })));
  const quotations: QuotationRow[] = [];
  const quote = (ownerSlug: string, sources: Array<{ document: string; section: string; quote: string }>) =>
    sources.forEach((source, position) =>
      quotations.push(Object.assign(new QuotationRow(), { slug: `${ownerSlug}.${position + 1}`, ownerSlug, position, documentId: source.document, section: source.section, quote: source.quote })),
    );

  const { partnership, initiatives } = data;
  link(partnership.id, "MEMBER", partnership.councils);
  quote(partnership.id, partnership.sources);
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
  const themeRows = themes.map((theme, position) => Object.assign(new ThemeEntity(), { slug: themeKey(theme.code), position, code: theme.code, name: theme.name, description: theme.description }));

  return loadRows(dataSource, "shared", checksumOf([...data.texts, JSON.stringify(catalogue), JSON.stringify(themes), JSON.stringify(councils.map((c) => c.id))]), [
    documentRows(catalogue),
    { target: ThemeEntity, rows: themeRows },
    { target: PartnershipEntity, rows: [Object.assign(new PartnershipEntity(), { slug: partnership.id, name: partnership.name })] },
    { target: JointInitiativeEntity, rows: initiativeRows },
    { target: LinkRow, rows: links },
    { target: QuotationRow, rows: quotations },
  ]);
}
