import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadCouncils, projectRoot, type CouncilConfig } from "../../lib/config/project";

/**
 * The council set, as the project has it: tests derive from it whatever is general, so that the
 * suite passes with councils added (CI runs it again with the fixture councils: .ci/fixture-copy).
 * The repository's two real councils' own facts are tested by id.
 */
export const projectCouncils = (): CouncilConfig[] => loadCouncils(projectRoot);

/** Council names in the graph's order (`Query.councils`: by their subgraphs' ports). */
export const councilNames = (): string[] => projectCouncils().map((council) => council.name);

/** Every subgraph's name: the councils' ids in port order, then the shared subgraph. */
export const subgraphNames = (): string[] => [...projectCouncils().map((council) => council.id), "shared"];

function editJson<T>(path: string, change: (json: T) => void): void {
  const json = JSON.parse(readFileSync(path, "utf8")) as T;
  change(json);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}

/**
 * A copy of the project's configuration and data files into `to` (the code stays where it is),
 * without one fixture council where the project has it already (a CI copy has the fixture councils
 * added): its folder, its documents (files and catalogue entries) and its memberships.
 */
export function copyProjectDataWithout(to: string, councilId: string, documents: Array<{ id: string; file: string }>): void {
  const skip = new Set([join(projectRoot, "subgraphs", councilId), ...documents.map((document) => join(projectRoot, "sources", document.file))]);
  for (const dir of ["subgraphs", "sources", join("lib", "vocabulary")]) cpSync(join(projectRoot, dir), join(to, dir), { recursive: true, filter: (path) => !skip.has(path) });
  const ids = new Set(documents.map((document) => document.id));
  editJson<Array<{ id: string }>>(join(to, "sources", "documents.json"), (catalogue) => catalogue.splice(0, catalogue.length, ...catalogue.filter((document) => !ids.has(document.id))));
  editJson<Array<{ councils: string[] }>>(join(to, "subgraphs", "shared", "data", "partnerships.json"), (partnerships) =>
    partnerships.forEach((partnership) => (partnership.councils = partnership.councils.filter((id) => id !== councilId))),
  );
  editJson<Array<{ partners: string[] }>>(join(to, "subgraphs", "shared", "data", "joint-initiatives.json"), (initiatives) =>
    initiatives.forEach((initiative) => (initiative.partners = initiative.partners.filter((id) => id !== councilId))),
  );
}

/** The fictional Exampleshire of test/fixtures/third-council. */
export const THIRD_COUNCIL = { id: "exampleshire", documents: [{ id: "exampleshire-children-plan", file: "exampleshire-children-plan.txt" }] };
