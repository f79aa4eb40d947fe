import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCouncils, projectRoot, readCouncils } from "../../lib/config/project";
import type { Problem } from "../../lib/data/problems";
import { checkAll } from "../../lib/data/project-data";
import { generateSynthetic, MANIFEST_FILE } from "../../lib/synthetic/generate";

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "graph-synthetic-councils-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("synthetic councils (npm run data:synthetic -- --councils N)", () => {
  const out = tempDir();
  const manifest = generateSynthetic({ scale: 1, out, councils: 5 });

  it("writes a council folder for each council past the real ones, marked synthetic, with ports and codes of their own", () => {
    expect(manifest.syntheticCouncils).toEqual(["synthetic-03", "synthetic-04", "synthetic-05"]);
    const config = JSON.parse(readFileSync(join(out, "subgraphs", "synthetic-04", "council.json"), "utf8")) as Record<string, unknown>;
    expect(config).toEqual({ name: "Synthetic Council 04", typePrefix: "Synthetic04", gssCode: "E06900004", laCode: "004", formed: "2023-04-01", port: 4104, synthetic: true });
    const councils = loadCouncils(projectRoot, out);
    expect(councils.map((council) => council.id)).toEqual(["westmorland-furness", "cumberland", "synthetic-03", "synthetic-04", "synthetic-05"]);
    const ports = [...councils.map((council) => council.port), 4000, 4003, 9090];
    expect(new Set(ports).size).toBe(ports.length);
    // The repository's own configuration is untouched: two councils, none synthetic.
    expect(loadCouncils().map((council) => council.id)).toEqual(["westmorland-furness", "cumberland"]);
    expect(existsSync(join(projectRoot, "subgraphs", "synthetic-03"))).toBe(false);
  });

  it("is valid data: data:check's checks find no problem in any council, real or synthetic", () => {
    const problems: Problem[] = [];
    const councils = readCouncils(projectRoot, problems, out);
    expect(problems).toEqual([]);
    expect(councils).toHaveLength(5);
    expect(checkAll(out, councils)).toEqual([]);
    // A synthetic council holds a real council's volume: the same plans and actions, marked synthetic.
    expect(manifest.total["synthetic-05"].actions).toBeGreaterThan(0);
    expect(manifest.total["synthetic-05"].plans).toBe(manifest.total["synthetic-03"].plans);
  });

  it("refuses a synthetic council outside a synthetic data root: in the project's subgraphs/, or in a data root without synthetic.json", () => {
    // A copy of the project with a synthetic council folder among its real ones.
    const project = tempDir();
    mkdirSync(join(project, "subgraphs"));
    for (const id of ["cumberland", "synthetic-03"]) cpSync(join(id === "cumberland" ? projectRoot : out, "subgraphs", id), join(project, "subgraphs", id), { recursive: true });
    const inProject: Problem[] = [];
    expect(readCouncils(project, inProject).map((council) => council.id)).toEqual(["cumberland", "synthetic-03"]);
    expect(inProject).toEqual([expect.objectContaining({ record: "synthetic-03", field: "synthetic", message: "a synthetic council outside a synthetic data root" })]);
    expect(() => loadCouncils(project)).toThrow(/a synthetic council outside a synthetic data root/);

    // The synthetic root without its manifest is a plain data root: its councils are refused, not served.
    const plain = tempDir();
    cpSync(out, plain, { recursive: true });
    rmSync(join(plain, MANIFEST_FILE));
    const inPlainRoot: Problem[] = [];
    expect(readCouncils(projectRoot, inPlainRoot, plain).map((council) => council.id)).toEqual(["westmorland-furness", "cumberland"]);
    expect(inPlainRoot.map((problem) => [problem.record, problem.message])).toEqual([
      ["synthetic-03", "a synthetic council outside a synthetic data root"],
      ["synthetic-04", "a synthetic council outside a synthetic data root"],
      ["synthetic-05", "a synthetic council outside a synthetic data root"],
    ]);
  });

  it("refuses a council folder in a synthetic data root that is not marked synthetic (real councils are configured in the repository)", () => {
    const root = tempDir();
    cpSync(out, root, { recursive: true });
    const path = join(root, "subgraphs", "synthetic-03", "council.json");
    const { synthetic: _synthetic, ...unmarked } = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    writeFileSync(path, JSON.stringify(unmarked));
    const problems: Problem[] = [];
    expect(readCouncils(projectRoot, problems, root).map((council) => council.id)).not.toContain("synthetic-03");
    expect(problems).toEqual([expect.objectContaining({ record: "synthetic-03", message: "a council in a data root must be marked synthetic" })]);
  });

  it("refuses a number of councils below the real ones or past the ports set aside", () => {
    expect(() => generateSynthetic({ scale: 1, out: tempDir(), councils: 1 })).toThrow("councils 1 must be a whole number from 2 (the real councils) to 99");
    expect(() => generateSynthetic({ scale: 1, out: tempDir(), councils: 100 })).toThrow(/councils 100 must be/);
  });
});
