import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../lib/config/project";

const codegenBin = join(projectRoot, "node_modules", "@graphql-codegen", "cli", "esm", "bin.js");

describe("generated operation types (generated/graphql.ts)", () => {
  it("are what `npm run codegen` makes from the committed schema and operations today", () => {
    // --check regenerates in memory and exits 1 naming each stale file; it writes nothing.
    const run = spawnSync(process.execPath, [codegenBin, "--config", "codegen.ts", "--check"], { cwd: projectRoot, encoding: "utf8" });
    expect(`${run.stdout}${run.stderr}`).not.toContain("stale");
    expect(run.status).toBe(0);
  }, 60_000);

  it("type every example operation", () => {
    const generated = readFileSync(join(projectRoot, "generated", "graphql.ts"), "utf8");
    for (const name of ["CrossFootprintOverview", "RegionalAdoptionAgency", "IndicatorComparison", "WhatBothCouncilsDoOn"]) {
      expect(generated).toContain(`export type ${name}Query = `);
      expect(generated).toContain(`export const ${name}Document = `);
    }
  });
});
