import { join } from "node:path";
import { readFileSync } from "node:fs";
import type { CouncilConfig } from "../../../lib/config/project";
import { councilTypeName } from "../../../lib/council/entities";
import { decodeGlobalId } from "../../../lib/ids/global-id";
import type { DocumentRecord } from "../../../lib/sources/catalogue";
import type { SourceRef } from "../../../lib/council/data-files";
import { themes } from "../../../lib/vocabulary/themes";
import { JointInitiativeKind, JointInitiativeStatus } from "./model";

/** The shape of subgraphs/shared/data/*.json (docs/DATA.md). */
export interface PartnershipFile {
  id: string;
  name: string;
  councils: string[];
  sources: Array<SourceRef & { document: string }>;
}
export interface JointInitiativeFile {
  id: string;
  name: string;
  kind: JointInitiativeKind;
  status: JointInitiativeStatus;
  summary: string;
  partners: string[];
  hostedBy: string | null;
  partOf: string | null;
  restsOn: string[];
  themes: string[];
  councilActions: string[];
  statusSource: SourceRef & { document: string };
  sources: Array<SourceRef & { document: string }>;
}
export interface SharedData {
  partnership: PartnershipFile;
  initiatives: JointInitiativeFile[];
  texts: string[];
}

export function readSharedData(dataDir: string): SharedData {
  const texts: string[] = [];
  const read = <T>(file: string): T => {
    const text = readFileSync(join(dataDir, file), "utf8");
    texts.push(text);
    return JSON.parse(text) as T;
  };
  return { partnership: read<PartnershipFile>("partnership.json"), initiatives: read<JointInitiativeFile[]>("joint-initiatives.json"), texts };
}

/**
 * Every problem in the shared data files (empty when valid). Council actions are checked for shape
 * and owning council here; that each exists in its council's data is checked by the test suite,
 * since subgraphs are deployed separately.
 */
export function validateSharedData(data: SharedData, councils: CouncilConfig[], catalogue: DocumentRecord[]): string[] {
  const problems: string[] = [];
  const documents = new Set(catalogue.map((document) => document.id));
  const councilIds = new Set(councils.map((council) => council.id));
  const actionTypes = new Set(councils.map((council) => councilTypeName(council, "Action")));
  const themeCodes = new Set(themes.map((theme) => theme.code));
  const initiativeIds = new Set(data.initiatives.map((initiative) => initiative.id));
  const checkSource = (where: string, source: SourceRef | undefined) => {
    if (!source?.section || !source.quote) problems.push(`${where}: source needs a section and a quote`);
    if (!source?.document || !documents.has(source.document)) problems.push(`${where}: unknown document "${source?.document}"`);
  };
  const checkCouncil = (where: string, id: string | null) => {
    if (id !== null && !councilIds.has(id)) problems.push(`${where}: unknown council "${id}"`);
  };
  data.partnership.councils.forEach((id) => checkCouncil("partnership", id));
  data.partnership.sources.forEach((source, i) => checkSource(`partnership source ${i + 1}`, source));
  if (initiativeIds.has(data.partnership.id)) problems.push(`partnership id "${data.partnership.id}" is also a joint initiative id`);
  if (initiativeIds.size !== data.initiatives.length) problems.push("joint initiative ids are not unique");
  for (const initiative of data.initiatives) {
    const where = `joint initiative ${initiative.id}`;
    if (!Object.values(JointInitiativeKind).includes(initiative.kind)) problems.push(`${where}: unknown kind "${initiative.kind}"`);
    if (!Object.values(JointInitiativeStatus).includes(initiative.status)) problems.push(`${where}: unknown status "${initiative.status}"`);
    initiative.partners.forEach((id) => checkCouncil(where, id));
    checkCouncil(`${where} hostedBy`, initiative.hostedBy);
    for (const other of [...initiative.restsOn, ...(initiative.partOf ? [initiative.partOf] : [])]) {
      if (!initiativeIds.has(other)) problems.push(`${where}: unknown joint initiative "${other}"`);
    }
    for (const theme of initiative.themes) if (!themeCodes.has(theme)) problems.push(`${where}: unknown theme "${theme}"`);
    for (const action of initiative.councilActions) {
      const decoded = decodeGlobalId(action);
      if (!decoded || !actionTypes.has(decoded.typeName)) problems.push(`${where}: "${action}" is not the global id of a council action`);
    }
    checkSource(`${where} statusSource`, initiative.statusSource);
    initiative.sources.forEach((source, i) => checkSource(`${where} source ${i + 1}`, source));
  }
  return problems;
}
