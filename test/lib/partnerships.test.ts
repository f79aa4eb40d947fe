import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkPartnerships, PARTNERSHIPS_FILE, readPartnerships } from "../../lib/data/partnerships";
import { formatProblem, type Problem } from "../../lib/data/problems";
import type { PartnershipFile } from "../../lib/data/schemas";

const source = { document: "plan", section: "Introduction", quote: "Together." };
const links = { councilIds: new Set(["north", "south"]), documentIds: new Set(["plan"]), initiativeIds: new Set(["adoption"]) };
const check = (partnerships: PartnershipFile[]): string[] => {
  const problems: Problem[] = [];
  checkPartnerships(partnerships, links, problems);
  return problems.map(formatProblem);
};

describe("the partnerships check (data:check)", () => {
  it("accepts none, and several whose councils overlap or are empty", () => {
    expect(check([])).toEqual([]);
    expect(
      check([
        { id: "a", name: "A", councils: ["north", "south"], sources: [source] },
        { id: "b", name: "B", councils: ["north"], sources: [] },
        { id: "c", name: "C", councils: [], sources: [] },
      ]),
    ).toEqual([]);
  });

  it("names file, record and field of each problem, and says how to fix it", () => {
    expect(
      check([
        { id: "a", name: "A", councils: ["north", "east", "north"], sources: [{ ...source, document: "gone" }] },
        { id: "a", name: "Again", councils: [], sources: [] },
        { id: "adoption", name: "Clash", councils: [], sources: [] },
      ]),
    ).toEqual([
      `${PARTNERSHIPS_FILE}: a: councils[1]: unknown council "east" (no subgraphs/east/council.json). How to fix: add the council first, or remove it from the list.`,
      `${PARTNERSHIPS_FILE}: a: councils[2]: council "north" is listed twice. How to fix: remove one.`,
      `${PARTNERSHIPS_FILE}: a: sources[0].document: unknown document "gone". How to fix: add it to sources/documents.json or correct the id.`,
      `${PARTNERSHIPS_FILE}: a: id: partnership id "a" is used twice. How to fix: give each partnership its own id.`,
      `${PARTNERSHIPS_FILE}: adoption: id: is also a joint initiative id. How to fix: give the partnership another id.`,
    ]);
  });
});

describe("reading the partnerships", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "partnerships-read-"));
    mkdirSync(join(root, "subgraphs", "shared", "data"), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("reads none from a project without the file", () => {
    const problems: Problem[] = [];
    expect(readPartnerships(root, problems, [])).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("refuses the single-partnership file of earlier releases instead of ignoring it", () => {
    writeFileSync(join(root, "subgraphs", "shared", "data", "partnership.json"), JSON.stringify({ id: "a", name: "A", councils: [], sources: [] }));
    const problems: Problem[] = [];
    readPartnerships(root, problems, []);
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^subgraphs\/shared\/data\/partnership\.json: is no longer read\. Move its partnership into the array in subgraphs\/shared\/data\/partnerships\.json/)]);
  });
});
