import type { JointInitiativeFile } from "../data/schemas";
import type { Citations } from "./citations";
import { marked, syntheticId } from "./council-data";

/**
 * Copy `copy` of a real joint initiative: the same kind, status, partners and themes; the
 * initiatives it rests on or is part of, and the council actions it links, are the same copy's
 * (synthetic plans keep their actions' ids, so "Type:plan.a26" becomes "Type:synthetic-3-plan.a26").
 */
export function syntheticInitiative(initiative: JointInitiativeFile, copy: number, citations: Citations): JointInitiativeFile {
  const section = `Synthetic joint work ${copy}`;
  const name = marked(copy, initiative.name);
  const summary = marked(copy, initiative.summary);
  return {
    ...initiative,
    id: syntheticId(copy, initiative.id),
    name,
    summary,
    partOf: initiative.partOf === null ? null : syntheticId(copy, initiative.partOf),
    restsOn: initiative.restsOn.map((id) => syntheticId(copy, id)),
    councilActions: initiative.councilActions.map((globalId) => {
      const colon = globalId.indexOf(":");
      return `${globalId.slice(0, colon + 1)}${syntheticId(copy, globalId.slice(colon + 1))}`;
    }),
    statusSource: citations.cite(section, `${name}: ${initiative.status}`),
    sources: [citations.cite(section, summary)],
  };
}
