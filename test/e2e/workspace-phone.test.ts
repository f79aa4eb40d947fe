import { axeProblems, describeInWorkspace, open, scrollsSideways, signInToWorkspace } from "../helpers/workspace";

/**
 * Every screen of the workspace at 390 px (issue 18: usable at 390 px wide, no horizontal scroll),
 * each with axe finding nothing serious: as a partnership editor (My work, joint actions and the
 * new joint action form, History, What has changed, Reports), an approver (Approvals) and an
 * administrator (History with audit entries).
 */
const COUNCIL_ACTION = "CumberlandAction:children-and-family-wellbeing-plan.a35";

describeInWorkspace("the workspace on a 390 px screen, every screen", (rig) => {
  const screens: Array<[string, string, string]> = [
    ["raa.lead", "#/", "My work"],
    ["raa.lead", "#/joint", "Joint actions"],
    ["raa.lead", "#/joint/new", "joint action"],
    ["raa.lead", `#/history/${encodeURIComponent(COUNCIL_ACTION)}`, "History"],
    ["raa.lead", "#/changes", "changed"],
    ["raa.lead", "#/reports", "Reports"],
    ["raa.approver", "#/inbox", "Approvals"],
    ["admin", `#/history/${encodeURIComponent(COUNCIL_ACTION)}`, "History"],
  ];

  it("fits every screen without sideways scrolling, and axe finds nothing serious", async () => {
    const seen: string[] = [];
    for (const username of [...new Set(screens.map(([who]) => who))]) {
      const person = await signInToWorkspace(rig, username, { width: 390 });
      for (const [, route, heading] of screens.filter(([who]) => who === username)) {
        await open(person.page, route);
        // The screen drew what it is for (not an error page that happens to fit).
        expect(await person.page.locator("h1").first().innerText()).toMatch(new RegExp(heading, "i"));
        expect({ route, sideways: await scrollsSideways(person.page) }).toEqual({ route, sideways: false });
        expect({ route, axe: await axeProblems(person.page) }).toEqual({ route, axe: [] });
        seen.push(`${username} ${route}`);
      }
      expect(person.problems).toEqual([]);
      await person.context.close();
    }
    expect(seen).toHaveLength(screens.length);
  }, 180_000);
});
