import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../lib/config/project";
import { startTestGraph, type TestGraph } from "../helpers/graph";
import { projectCouncils } from "../helpers/councils";
import { graphql } from "../../generated/test";

/**
 * Several partnerships, or none (subgraphs/shared/data/partnerships.json): the graph serves each by
 * id, lists them all, refuses to guess which one `partnership` without an id means, and councils
 * still answer when no partnership exists. The data are copies of the project's with the file changed.
 */
type PartnershipRecord = { id: string; name: string; councils: string[]; sources: unknown[] };
const partnershipsOf = (root: string): PartnershipRecord[] => JSON.parse(readFileSync(join(root, "subgraphs", "shared", "data", "partnerships.json"), "utf8")) as PartnershipRecord[];
const cumbria = partnershipsOf(projectRoot).find((partnership) => partnership.id === "cumbria")!;

function dataWith(partnerships: PartnershipRecord[]): string {
  const root = mkdtempSync(join(tmpdir(), "partnerships-"));
  for (const dir of ["subgraphs", "sources", join("lib", "vocabulary")]) cpSync(join(projectRoot, dir), join(root, dir), { recursive: true });
  writeFileSync(join(root, "subgraphs", "shared", "data", "partnerships.json"), `${JSON.stringify(partnerships, null, 2)}\n`);
  return root;
}

/** The graph over a copy of the data with these partnerships: started before the enclosing block's tests, stopped and removed after. */
function graphWith(partnerships: PartnershipRecord[]): { graph: TestGraph } {
  const dataRoot = dataWith(partnerships);
  const running = {} as { graph: TestGraph };
  beforeAll(async () => {
    running.graph = await startTestGraph({ dataRoot });
  });
  afterAll(async () => {
    await running.graph?.close();
    rmSync(dataRoot, { recursive: true, force: true });
  });
  return running;
}

describe("with two partnerships, one of them with no council", () => {
  const running = graphWith([{ ...cumbria }, { id: "a-later-one", name: "A partnership with no member yet", councils: [], sources: cumbria.sources.slice(0, 1) }]);

  it("lists both by id, each with its own councils and the joint work its councils are partners in", async () => {
    const answer = await running.graph.query(graphql(`query PartnershipsList { partnerships { id name councils { gssCode } jointInitiatives { totalCount } } }`));
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.partnerships.map((partnership) => partnership.id)).toEqual(["Partnership:a-later-one", "Partnership:cumbria"]);
    const [later, both] = answer.data!.partnerships;
    expect(later).toEqual({ id: "Partnership:a-later-one", name: "A partnership with no member yet", councils: [], jointInitiatives: { totalCount: 0 } });
    expect(both.councils.map((council) => council.gssCode)).toEqual(cumbria.councils.map((id) => projectCouncils().find((council) => council.id === id)!.gssCode));
    expect(both.councils.map((council) => council.gssCode).slice(0, 2)).toEqual(["E06000064", "E06000063"]);
    expect(both.jointInitiatives.totalCount).toBeGreaterThan(0);
  });

  it("gives one by key or global id, and null for an unknown one", async () => {
    const answer = await running.graph.query(
      graphql(
        `query PartnershipsByIdOrKey { byKey: partnership(id: "cumbria") { name } byId: partnership(id: "Partnership:a-later-one") { name } unknown: partnership(id: "nowhere") { name } malformed: partnership(id: "Not a key!") { name } }`,
      ),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ byKey: { name: cumbria.name }, byId: { name: "A partnership with no member yet" }, unknown: null, malformed: null });
  });

  it("refuses to guess which one `partnership` without an id means: BAD_USER_INPUT naming the ids", async () => {
    const answer = await running.graph.query(graphql(`query PartnershipsWithoutId { partnership { name } }`));
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(answer.errors![0].message).toContain('"a-later-one", "cumbria"');
    expect(answer.data?.partnership ?? null).toBeNull();
  });
});

describe("with no partnership", () => {
  const running = graphWith([]);

  it("lists none, gives null without an id, and the councils and their joint work still answer", async () => {
    const answer = await running.graph.query(graphql(`query PartnershipsAcrossTheGraph { partnerships { name } partnership { name } councils { name } jointInitiative(id: "regional-adoption-agency") { partners { name } } }`));
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.partnerships).toEqual([]);
    expect(answer.data!.partnership).toBeNull();
    expect(answer.data!.councils.map((council) => council.name)).toEqual(expect.arrayContaining(["Westmorland and Furness Council", "Cumberland Council"]));
    expect(answer.data!.jointInitiative.partners.map((partner) => partner.name)).toEqual(["Westmorland and Furness Council", "Cumberland Council"]);
  });
});
