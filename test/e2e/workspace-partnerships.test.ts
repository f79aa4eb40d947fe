import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../lib/config/project";
import { describeInWorkspace, open, signInToWorkspace } from "../helpers/workspace";

/**
 * The workspace's "What has changed" reads the joint-work feed through a partnership by id, so it
 * works with several partnerships (where `partnership` without an id is an error) and with none
 * (no joint work: an empty feed, not one that failed). Data: copies of the project's with
 * subgraphs/shared/data/partnerships.json changed.
 */
type PartnershipRecord = { id: string; name: string; councils: string[]; sources: unknown[] };
const partnershipsFile = (root: string): string => join(root, "subgraphs", "shared", "data", "partnerships.json");
const cumbria = (JSON.parse(readFileSync(partnershipsFile(projectRoot), "utf8")) as PartnershipRecord[]).find((partnership) => partnership.id === "cumbria")!;

function dataWith(partnerships: PartnershipRecord[]): string {
  const root = mkdtempSync(join(tmpdir(), "workspace-partnerships-"));
  for (const dir of ["subgraphs", "sources", join("lib", "vocabulary")]) cpSync(join(projectRoot, dir), join(root, dir), { recursive: true });
  writeFileSync(partnershipsFile(root), `${JSON.stringify(partnerships, null, 2)}\n`);
  return root;
}

const LATER = { id: "a-later-one", name: "A partnership with no member yet", councils: [], sources: cumbria.sources.slice(0, 1) };
const several = dataWith([{ ...cumbria }, LATER]);
const none = dataWith([]);
afterAll(() => {
  for (const root of [several, none]) rmSync(root, { recursive: true, force: true });
});

async function changesScreen(origin: Parameters<typeof signInToWorkspace>[0]): Promise<{ text: string; problems: string[] }> {
  const lead = await signInToWorkspace(origin, "raa.lead");
  await open(lead.page, "#/changes");
  const text = await lead.page.locator("#screen").innerText();
  await lead.context.close();
  return { text, problems: lead.problems };
}

describeInWorkspace(
  "the workspace with two partnerships",
  (rig) => {
    it("shows the joint-work feed under both partnerships' names", async () => {
      const { text, problems } = await changesScreen(rig);
      expect(text).toContain(`${LATER.name}; ${cumbria.name}`);
      expect(text).not.toContain("could not be loaded");
      expect(problems).toEqual([]);
    }, 60_000);
  },
  { dataRoot: several },
);

describeInWorkspace(
  "the workspace with no partnership",
  (rig) => {
    it("shows an empty joint-work feed, not a failure", async () => {
      const { text, problems } = await changesScreen(rig);
      expect(text).toContain("Joint work");
      expect(text).not.toContain("could not be loaded");
      expect(problems).toEqual([]);
    }, 60_000);
  },
  { dataRoot: none },
);
