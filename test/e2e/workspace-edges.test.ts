import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../lib/config/project";
import { haveChromium } from "../helpers/browser";
import { axeProblems, open, settled, signInToWorkspace, startWorkspaceRig, WORKSPACE_SCREENSHOTS, type WorkspaceRig } from "../helpers/workspace";

/**
 * The workspace where things go wrong, in Chromium: a stale edit in two tabs keeps the second
 * person's text and says what happened (progress, and a joint action's details); an approver who is
 * also an editor cannot approve their own update and is told so; linking a council action that does
 * not exist shows the graph's error; a withdrawn joint action takes no more progress; an
 * administrator sees a record's audit entries. wf.approver is made an editor too (a role mapping
 * file of the test's own), so one person can both submit and approve.
 */
const run = haveChromium ? describe : describe.skip;

const WF_ACTION = "WestmorlandAndFurnessAction:ambition-for-every-child.a02";
const record = (id: string): string => `#/record/${encodeURIComponent(id)}`;

run("the workspace when things go wrong, in Chromium", () => {
  let rig: WorkspaceRig;
  let folder: string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "workspace-roles-"));
    const mapping = JSON.parse(readFileSync(join(projectRoot, "config", "role-mapping.development.json"), "utf8")) as { rules: Array<{ value: string; roles: string[] }> };
    for (const rule of mapping.rules) if (rule.value === "WestmorlandFurness.Approver") rule.roles = ["COUNCIL_EDITOR", "COUNCIL_APPROVER"];
    writeFileSync(join(folder, "roles.json"), JSON.stringify(mapping));
    rig = await startWorkspaceRig({ roleMappingFile: join(folder, "roles.json") });
  }, 60_000);
  afterAll(async () => {
    await rig?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("keeps the second tab's text through a stale version, says what happened, and saves it after a reload", async () => {
    const officer = await signInToWorkspace(rig, "wf.officer");
    const first = officer.page;
    const second = await officer.context.newPage();
    await open(first, record(WF_ACTION));
    await second.goto(`${rig.origin}/workspace/${record(WF_ACTION)}`);
    await settled(second);
    // The second tab starts typing while the first submits, and the update is approved.
    await second.locator("#status-at_risk").check();
    await second.locator("#note").fill("Second tab: the strategy's consultation slipped to February.");
    await first.locator("#status-on_track").check();
    await first.locator("#note").fill("First tab: strategy drafted.");
    await first.locator("#submit-update").press("Enter");
    await first.locator(".govuk-notification-banner--success").waitFor();
    const approver = await signInToWorkspace(rig, "wf.approver", { hash: "#/inbox" });
    await open(approver.page, "#/inbox");
    const waiting = approver.page.locator(".govuk-summary-card", { hasText: "First tab: strategy drafted." });
    await waiting.getByRole("button", { name: "Approve" }).press("Enter");
    await approver.page.locator(".govuk-notification-banner--success").waitFor();

    await second.locator("#submit-update").press("Enter");
    await second.locator(".govuk-error-summary").waitFor();
    const summary = await second.locator(".govuk-error-summary").innerText();
    expect(summary).toContain("Someone else's update on this action was approved after you opened it");
    expect(await second.locator("#note").inputValue()).toBe("Second tab: the strategy's consultation slipped to February.");
    expect(await second.evaluate<string>(`Object.keys(sessionStorage).map((key) => sessionStorage.getItem(key)).join(" ")`)).toContain("consultation slipped to February");
    expect(await axeProblems(second)).toEqual([]);
    await second.screenshot({ path: join(WORKSPACE_SCREENSHOTS, "workspace-record-conflict.png"), fullPage: true });
    await second.locator("#reload-keep").press("Enter");
    await second.locator("#reloaded").waitFor();
    expect(await second.locator("#reloaded").innerText()).toContain("the action is now On track");
    expect(await second.locator("#note").inputValue()).toBe("Second tab: the strategy's consultation slipped to February.");
    expect(await second.locator("#status-at_risk").isChecked()).toBe(true);
    await second.locator("#submit-update").press("Enter");
    await second.locator(".govuk-notification-banner--success", { hasText: "submitted for approval" }).waitFor();
    expect(await second.evaluate<string>(`Object.keys(sessionStorage).join(" ")`)).not.toContain("workspace:record");

    // Typing survives a reload of the page too (sessionStorage), and says so.
    await first.locator("#status-complete").check();
    await first.locator("#note").fill("Typed, then the page was reloaded.");
    await first.reload();
    await settled(first);
    expect(await first.locator("#note").inputValue()).toBe("Typed, then the page was reloaded.");
    expect(await first.locator("#screen").innerText()).toContain("Your unsaved text on this action was kept");
    expect(officer.problems).toEqual([]);
    await officer.context.close();
    await approver.context.close();
  }, 120_000);

  it("sends a write again with the same idempotency key when its answer was lost, and it is kept once", async () => {
    const officer = await signInToWorkspace(rig, "wf.officer");
    const page = officer.page;
    const action = "WestmorlandAndFurnessAction:ambition-for-every-child.a04";
    const keys: string[] = [];
    let dropped = false;
    // The first answer to Record progress is lost on the way back: the graph has written it, the page hears nothing.
    await page.route("**/graphql", async (route) => {
      const body = route.request().postData() ?? "";
      if (!body.includes("WorkspaceRecordWestmorlandAndFurness")) return route.continue();
      keys.push((JSON.parse(body) as { variables: { input: { idempotencyKey: string } } }).variables.input.idempotencyKey);
      if (dropped) return route.continue();
      dropped = true;
      await route.fetch();
      return route.abort("connectionreset");
    });
    await open(page, record(action));
    await page.locator("#status").check(); // Not started, the first status
    await page.locator("#note").fill("Waiting for the new commissioning lead.");
    await page.locator("#save-draft").press("Enter");
    await page.locator(".govuk-error-summary").waitFor();
    expect(await page.locator(".govuk-error-summary").innerText()).toContain("it will not be saved twice");
    expect(await page.locator("#note").inputValue()).toBe("Waiting for the new commissioning lead.");
    await page.locator("#save-draft").press("Enter");
    await page.locator(".govuk-notification-banner--success", { hasText: "saved as a draft" }).waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    await open(page, `#/history/${encodeURIComponent(action)}`);
    expect(await page.locator("#timeline .moj-timeline__item").count()).toBe(1);
    // A new press after a definite answer is a new write, with a new key.
    await open(page, record(action));
    await page.locator("#status").check(); // Not started, the first status
    await page.locator("#note").fill("A second draft.");
    await page.locator("#save-draft").press("Enter");
    await page.locator(".govuk-notification-banner--success").waitFor();
    expect(keys).toHaveLength(3);
    expect(keys[2]).not.toBe(keys[0]);
    // The lost answer is the one error the browser logs.
    expect(officer.problems.filter((problem) => !problem.includes("ERR_CONNECTION_RESET"))).toEqual([]);
    await officer.context.close();
  }, 60_000);

  it("never offers an approver their own update: a sentence instead of the buttons", async () => {
    const person = await signInToWorkspace(rig, "wf.approver");
    const page = person.page;
    await open(page, record("WestmorlandAndFurnessAction:ambition-for-every-child.a03"));
    await page.locator("#status-on_track").check();
    await page.locator("#note").fill("Recorded and submitted by an approver who edits too.");
    await page.locator("#submit-update").press("Enter");
    await page.locator(".govuk-notification-banner--success").waitFor();
    await open(page, "#/inbox");
    const own = page.locator(".govuk-summary-card", { hasText: "Recorded and submitted by an approver who edits too." });
    expect(await own.locator(".own-update").innerText()).toBe("You submitted this update, so you cannot approve or return it: another approver must decide on it.");
    expect(await own.getByRole("button").count()).toBe(0);
    expect(await axeProblems(page)).toEqual([]);
    expect(person.problems).toEqual([]);
    await person.context.close();
  }, 60_000);

  it("shows the graph's error for a council action that does not exist, edits in two tabs without losing the second's text, and withdraws", async () => {
    const lead = await signInToWorkspace(rig, "raa.lead");
    const page = lead.page;
    await open(page, "#/joint/new");
    await page.locator("#joint-title").fill("Shared adopter assessment");
    await page.locator("#joint-owner").fill("Adoption team managers");
    // The council action was in the list when the page loaded, and is gone by the time it is saved.
    await page.evaluate(`document.querySelectorAll("#joint-advances option")[1].value = "CumberlandAction:children-and-family-wellbeing-plan.a999"`);
    await page.locator("#joint-advances").selectOption("CumberlandAction:children-and-family-wellbeing-plan.a999");
    await page.locator("#add-advance").press("Enter");
    await page.locator("#save-joint-action").press("Enter");
    await page.locator(".govuk-error-summary").waitFor();
    expect(await page.locator(".govuk-error-summary").innerText()).toContain("a999");
    expect(await page.locator("#joint-advances-error").innerText()).toContain("a999");
    expect(await page.locator("#joint-title").inputValue()).toBe("Shared adopter assessment");
    await page.locator("#chosen-advances").getByRole("button", { name: /Remove/ }).press("Enter");
    await page.locator("#save-joint-action").press("Enter");
    await page.locator(".govuk-notification-banner--success").waitFor();
    const edit = await page.locator(".govuk-summary-card", { hasText: "Shared adopter assessment" }).getByRole("link", { name: /^Edit/ }).getAttribute("href");

    // Two tabs edit it; the second to save is told, keeps its text, reloads and saves.
    const other = await lead.context.newPage();
    await other.goto(`${rig.origin}/workspace/${edit}`);
    await settled(other);
    await open(page, edit!);
    await page.locator("#joint-owner").fill("Head of Cumbria Adoption");
    await page.locator("#save-joint-action").press("Enter");
    await page.locator(".govuk-notification-banner--success").waitFor();
    await other.locator("#joint-description").fill("One assessment both councils accept.");
    await other.locator("#save-joint-action").press("Enter");
    await other.locator(".govuk-error-summary").waitFor();
    expect(await other.locator(".govuk-error-summary").innerText()).toContain("Someone else changed this joint action");
    expect(await axeProblems(other)).toEqual([]);
    expect(await other.locator("#joint-description").inputValue()).toBe("One assessment both councils accept.");
    await other.locator("#reload-keep").press("Enter");
    await other.locator("#reloaded").waitFor();
    expect(await other.locator("#joint-description").inputValue()).toBe("One assessment both councils accept.");
    await other.locator("#save-joint-action").press("Enter");
    await other.locator(".govuk-notification-banner--success").waitFor();
    expect(await other.locator(".govuk-summary-card", { hasText: "Shared adopter assessment" }).innerText()).toContain("One assessment both councils accept.");

    // Withdraw: a reason is needed; then it is marked withdrawn and takes no more progress.
    await open(page, "#/joint");
    await page.locator(".govuk-summary-card", { hasText: "Shared adopter assessment" }).getByRole("link", { name: /^Withdraw/ }).press("Enter");
    await page.locator("#withdraw-form").waitFor();
    await page.locator("#confirm-withdraw").press("Enter");
    await page.locator(".govuk-error-summary").waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await page.locator("#withdraw-reason").fill("Merged into the regional assessment framework.");
    await page.locator("#confirm-withdraw").press("Enter");
    await page.locator(".govuk-notification-banner--success", { hasText: "was withdrawn" }).waitFor();
    const withdrawn = page.locator(".govuk-summary-card", { hasText: "Shared adopter assessment" });
    expect(await withdrawn.innerText()).toContain("Merged into the regional assessment framework.");
    expect(await withdrawn.getByRole("link", { name: /Record progress|Edit|Withdraw/ }).count()).toBe(0);
    const history = await withdrawn.getByRole("link", { name: /History/ }).getAttribute("href");
    expect(lead.problems).toEqual([]);
    await lead.context.close();

    // An administrator's history of it shows its audit entries.
    const admin = await signInToWorkspace(rig, "admin", { hash: history! });
    await open(admin.page, history!);
    await admin.page.locator("#audit").waitFor();
    const audit = await admin.page.locator("#audit").innerText();
    expect(audit).toContain("createJointAction");
    expect(audit).toContain("withdrawJointAction");
    expect(await admin.page.locator("#timeline").innerText()).toContain("Joint action withdrawn");
    expect(await axeProblems(admin.page)).toEqual([]);
    await admin.page.screenshot({ path: join(WORKSPACE_SCREENSHOTS, "workspace-history-admin.png"), fullPage: true });
    expect(admin.problems).toEqual([]);
    await admin.context.close();
  }, 120_000);

  it("links any board's or plan's report, and the joint initiative's, for a chosen quarter", async () => {
    const person = await signInToWorkspace(rig, "cumberland.approver", { hash: "#/reports" });
    const page = person.page;
    await open(page, "#/reports");
    await page.locator("#board-report-subject").selectOption("CumberlandBoard:children-and-young-peoples-partnership-boards");
    await page.locator("#board-report-period").selectOption({ index: 1 });
    const period = await page.locator("#board-report-period").inputValue();
    await page.locator("#board-report button").press("Enter");
    const html = await page.locator("#board-report-links a[data-report=html]").getAttribute("href");
    expect(html).toBe(`/reports/CumberlandBoard:children-and-young-peoples-partnership-boards/${period}.html`);
    expect(await page.locator("#board-report-links a[data-report=pdf]").getAttribute("href")).toBe(`/reports/CumberlandBoard:children-and-young-peoples-partnership-boards/${period}.pdf`);
    await page.locator("#joint-report button").press("Enter");
    expect(await page.locator("#joint-report-links a[data-report=html]").getAttribute("href")).toMatch(/^\/reports\/JointInitiative:regional-adoption-agency\/\d{4}-Q[1-4]\.html$/);
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: join(WORKSPACE_SCREENSHOTS, "workspace-reports.png"), fullPage: true });
    expect(person.problems).toEqual([]);
    await person.context.close();
  }, 60_000);
});
