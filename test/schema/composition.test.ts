import { readFileSync } from "node:fs";
import { supergraphPath } from "../../lib/config/env";
import { apiSchemaPath, composeSupergraph, printApiSchema } from "../../gateway/src/compose";

describe("supergraph composition", () => {
  const { supergraphSdl, hints } = composeSupergraph();

  it("composes the three subgraphs with no errors", () => {
    expect(supergraphSdl).toContain("join__graph");
    for (const name of ["WESTMORLAND_FURNESS", "CUMBERLAND", "SHARED"]) expect(supergraphSdl).toContain(`${name} @join__graph`);
  });

  it("gives only the expected hints: interface fields declared only where the data lives", () => {
    const codes = new Set(hints.map((hint) => hint.split(":")[0]));
    expect([...codes]).toEqual(["INCONSISTENT_INTERFACE_VALUE_TYPE_FIELD"]);
  });

  it("matches the committed gateway/supergraph.graphql (run `npm run compose` after changing a schema)", () => {
    expect(readFileSync(supergraphPath({}), "utf8")).toBe(supergraphSdl);
  });

  it("matches the committed public schema gateway/schema.graphql (run `npm run compose`)", () => {
    expect(readFileSync(apiSchemaPath, "utf8")).toBe(printApiSchema(supergraphSdl));
  });

  it("keeps the arguments of interface fields (composition drops inconsistent ones silently)", () => {
    const council = /interface Council\b[\s\S]*?\n}/.exec(supergraphSdl)![0];
    const actions = /\n  actions\(([\s\S]*?)\): ActionConnection!/.exec(council)![1];
    for (const argument of ["filter: ActionFilter", "first: Int", "after: String"]) expect(actions).toContain(argument);
  });
});
