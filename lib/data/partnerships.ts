import { existsSync } from "node:fs";
import { join } from "node:path";
import { readDataFile, type Problem } from "./problems";
import { partnershipsFile, type PartnershipFile } from "./schemas";

/** Where the partnerships are registered, relative to the project root. */
export const PARTNERSHIPS_FILE = "subgraphs/shared/data/partnerships.json";
/** The single-partnership file of earlier releases: refused, so that it is not silently ignored. */
const OLD_PARTNERSHIP_FILE = "subgraphs/shared/data/partnership.json";

/**
 * The partnerships under `root`, in file order. A missing file means none: a council needs no
 * partnership, and a project may have none at all.
 */
export function readPartnerships(root: string, problems: Problem[], texts: string[]): PartnershipFile[] {
  if (existsSync(join(root, OLD_PARTNERSHIP_FILE))) {
    problems.push({
      file: OLD_PARTNERSHIP_FILE,
      message: `is no longer read. Move its partnership into the array in ${PARTNERSHIPS_FILE} ([ { "id", "name", "councils", "sources" } ]) and delete it`,
    });
  }
  const path = join(root, PARTNERSHIPS_FILE);
  return existsSync(path) ? (readDataFile(path, partnershipsFile, problems, texts) ?? []) : [];
}

/** What a partnership may point to: the councils, documents and joint initiatives that exist. */
export interface PartnershipLinks {
  councilIds: Set<string>;
  documentIds: Set<string>;
  initiativeIds: Set<string>;
}

/** Each partnership's id is its own, its councils exist (once each), and its sources' documents are catalogued. */
export function checkPartnerships(partnerships: PartnershipFile[], links: PartnershipLinks, problems: Problem[]): void {
  const seen = new Set<string>();
  for (const partnership of partnerships) {
    const record = partnership.id;
    if (seen.has(partnership.id)) problems.push({ file: PARTNERSHIPS_FILE, record, field: "id", message: `partnership id "${partnership.id}" is used twice`, fix: "give each partnership its own id" });
    seen.add(partnership.id);
    if (links.initiativeIds.has(partnership.id)) problems.push({ file: PARTNERSHIPS_FILE, record, field: "id", message: "is also a joint initiative id", fix: "give the partnership another id" });
    const members = new Set<string>();
    partnership.councils.forEach((id, index) => {
      const field = `councils[${index}]`;
      if (!links.councilIds.has(id)) problems.push({ file: PARTNERSHIPS_FILE, record, field, message: `unknown council "${id}" (no subgraphs/${id}/council.json)`, fix: "add the council first, or remove it from the list" });
      else if (members.has(id)) problems.push({ file: PARTNERSHIPS_FILE, record, field, message: `council "${id}" is listed twice`, fix: "remove one" });
      members.add(id);
    });
    partnership.sources.forEach((source, index) => {
      if (!links.documentIds.has(source.document)) {
        problems.push({ file: PARTNERSHIPS_FILE, record, field: `sources[${index}].document`, message: `unknown document "${source.document}"`, fix: "add it to sources/documents.json or correct the id" });
      }
    });
  }
}
