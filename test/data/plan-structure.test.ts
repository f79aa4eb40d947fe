import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../lib/config/project";
import { planFile } from "../../lib/data/schemas";
import { readPlanKinds, servedPlanKinds } from "../../lib/vocabulary/plan-kinds";
import { checkData, copyProjectData, editJson, expectProblems, type Json } from "../helpers/data-copy";

/**
 * The plan structure's data checks (issue 20): heading and statement kinds are codes of their
 * vocabularies (shared plus the council's own), every `parent` is a heading of the plan, every
 * measure's `group` a group of the plan; each problem names file, record and field and says how to fix.
 */

const CUMBERLAND_PLAN = "subgraphs/cumberland/data/plans/children-and-family-wellbeing-plan.json";
const WF_PLAN = "subgraphs/westmorland-furness/data/plans/ambition-for-every-child.json";
const PLAN_FILE = "subgraphs/cumberland/data/plans/children-and-family-wellbeing-plan.json";

describe("plan files: the format", () => {
  it("takes headings (not priorities) with a kind code and a printed number", () => {
    const plan = JSON.parse(readFileSync(join(projectRoot, PLAN_FILE), "utf8")) as Json;
    expect(planFile.safeParse(plan).success).toBe(true);
    const { headings, ...rest } = plan;
    const refused = planFile.safeParse({ ...rest, priorities: headings });
    expect(refused.success).toBe(false);
    const lowerCaseKind = { ...plan, headings: [{ ...plan.headings[0], kind: "priority" }] };
    expect(planFile.safeParse(lowerCaseKind).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)).toEqual(["headings.0.kind: must be an upper-case code such as PRIORITY"]);
    const noNumber = { ...plan, headings: [{ ...plan.headings[0], number: undefined }] };
    expect(planFile.safeParse(noNumber).success).toBe(false);
  });
});

describe("npm run data:check: plan structure", () => {
  it("refuses an unknown heading kind and an unknown statement kind, naming the known codes", () => {
    const root = copyProjectData("graph-structure-");
    editJson(root, CUMBERLAND_PLAN, (plan) => {
      plan.headings[0].kind = "CHAPTER";
      plan.statements[0].kind = "MANIFESTO";
    });
    const problems = checkData(root);
    expect(problems).toEqual([
      expect.stringMatching(
        /children-and-family-wellbeing-plan\.json: headings\[0\] \(stable-workforce\): kind: unknown heading kind "CHAPTER"\. How to fix: use one of PRIORITY, THEME, OUTCOME, .*, or add it to the council's data\/vocabulary\/heading-kinds\.json\.$/,
      ),
      expect.stringMatching(
        /children-and-family-wellbeing-plan\.json: statements\[0\] \(vision\): kind: unknown statement kind "MANIFESTO"\. How to fix: use one of PROMISE, PRINCIPLE, .*ASPIRATION.*, or add it to the council's data\/vocabulary\/statement-kinds\.json\.$/,
      ),
    ]);
  });

  it("accepts a kind the council adds in its own vocabulary folder, and refuses one defined twice, naming both files", () => {
    const root = copyProjectData("graph-structure-");
    editJson(root, CUMBERLAND_PLAN, (plan) => (plan.headings[0].kind = "PILLAR_OF_PRACTICE"));
    const own = join(root, "subgraphs/cumberland/data/vocabulary");
    mkdirSync(own, { recursive: true });
    writeFileSync(join(own, "heading-kinds.json"), JSON.stringify([{ code: "PILLAR_OF_PRACTICE", name: "Pillar of practice", description: "Cumberland's own (a test)." }]));
    expect(checkData(root)).toEqual([]);

    writeFileSync(
      join(own, "heading-kinds.json"),
      JSON.stringify([
        { code: "PILLAR_OF_PRACTICE", name: "Pillar of practice", description: "Cumberland's own (a test)." },
        { code: "OUTCOME", name: "Outcome", description: "Defined again." },
      ]),
    );
    expect(checkData(root)).toEqual([
      expect.stringMatching(
        /^subgraphs\/cumberland\/data\/vocabulary\/heading-kinds\.json: \[1\] \(OUTCOME\): code: heading-kinds code "OUTCOME" is defined in lib\/vocabulary\/heading-kinds\.json and in subgraphs\/cumberland\/data\/vocabulary\/heading-kinds\.json\. How to fix: keep one definition: remove this one, or give it another code\.$/,
      ),
    ]);
  });

  it("refuses a parent that is no heading of the plan, a heading id used twice, and a measure group that does not exist", () => {
    const root = copyProjectData("graph-structure-");
    editJson(root, WF_PLAN, (plan) => {
      plan.headings[1].children[0].id = plan.headings[0].children[0].id;
      plan.measureGroups = [
        { id: "g1", title: "Caring for and keeping children and young people safe", parent: "no-such-theme", source: { section: "Governance and Accountability", quote: "Caring for and keeping children and young people safe" } },
      ];
      plan.measures[0].group = "g1";
      plan.measures[1].group = "g2";
      plan.statements[0].parent = "theme-safe";
      plan.statements[1].parent = "no-such-heading";
    });
    expectProblems(root, [
      'headings[1] (theme-safe).children[0] (voice-of-the-child): id: heading id "voice-of-the-child" is used twice',
      'measureGroups[0] (g1): parent: unknown heading "no-such-theme"',
      'measures[1] (m02): group: unknown measure group "g2". How to fix: use the id of one of this plan\'s measureGroups, or leave group out',
      'statements[1] (principle-2): parent: unknown heading "no-such-heading"',
    ]);
  });
});

describe("the kinds vocabularies", () => {
  it("hold today's statement kinds and the new ones, each with a name and description", () => {
    const kinds = readPlanKinds("statement-kinds", projectRoot, []);
    expect(kinds.map((kind) => kind.code)).toEqual(
      expect.arrayContaining([
        "PROMISE",
        "PRINCIPLE",
        "CORPORATE_PARENTING_PRINCIPLE",
        "VISION",
        "POLICY",
        "ACHIEVEMENT",
        "TRANSFORMATION",
        "SUPPORT_OFFER",
        "OUTCOME",
        "SUCCESS_MEASURE",
        "ASPIRATION",
        "AMBITION",
        "VALUE",
        "BEHAVIOUR",
        "PLEDGE",
      ]),
    );
    expect(readPlanKinds("heading-kinds", projectRoot, []).map((kind) => kind.code)).toEqual(expect.arrayContaining(["PRIORITY", "OUTCOME", "THEME", "OBJECTIVE", "PILLAR", "AMBITION", "ASPIRATION", "AREA_OF_FOCUS"]));
  });

  it("a subgraph serves the shared kinds, its own, then other councils' (a fan-out may name another council's kind)", () => {
    const root = copyProjectData("graph-structure-");
    const write = (council: string, codes: string[]) => {
      mkdirSync(join(root, "subgraphs", council, "data/vocabulary"), { recursive: true });
      const kinds = codes.map((code) => ({ code, name: `${council} ${code}`, description: "A test kind." }));
      writeFileSync(join(root, "subgraphs", council, "data/vocabulary/heading-kinds.json"), JSON.stringify(kinds));
    };
    write("cumberland", ["STRAND"]);
    write("westmorland-furness", ["STRAND", "WORKSTREAM"]);
    const served = servedPlanKinds("heading-kinds", root, join(root, "subgraphs/cumberland/data"));
    expect(served[0].code).toBe("PRIORITY");
    expect(served.filter((kind) => kind.code === "STRAND")).toEqual([{ code: "STRAND", name: "cumberland STRAND", description: "A test kind." }]);
    expect(served.map((kind) => kind.code)).toContain("WORKSTREAM");
  });
});
