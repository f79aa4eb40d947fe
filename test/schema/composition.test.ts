import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { supergraphPath } from "../../lib/config/env";
import { projectRoot } from "../../lib/config/project";
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

describe("npm run compose's arguments", () => {
  // The compiled script (npm test builds first), writing its supergraph to a scratch path: a run that
  // wrote anything would create that file.
  const script = join(projectRoot, "dist", "gateway", "src", "compose.js");
  const run = (arg: string, out: string) => spawnSync(process.execPath, [script, arg], { cwd: projectRoot, encoding: "utf8", env: { ...process.env, SUPERGRAPH_PATH: out } });

  it("--help prints the usage and exits 0 without writing; an unknown option exits 2 with the usage, writing nothing", () => {
    const scratch = mkdtempSync(join(tmpdir(), "compose-args-"));
    try {
      const out = join(scratch, "supergraph.graphql");
      const help = run("--help", out);
      expect(help.status).toBe(0);
      expect(help.stdout).toContain("Usage: npm run compose");
      const wrong = run("--bogus", out);
      expect(wrong.status).toBe(2);
      expect(wrong.stderr).toMatch(/Unknown option '--bogus'[\s\S]*Usage: npm run compose/);
      expect(existsSync(out)).toBe(false);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
