import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../lib/config/project";
import { haveChromium } from "../helpers/browser";
import { axeProblems, open, settled, signInToWorkspace, startWorkspaceRig, WORKSPACE_SCREENSHOTS, type WorkspaceRig } from "../helpers/workspace";

/**
 * The workspace where typing could be lost or a write doubled, in Chromium: a stale version in two
 * tabs keeps the second tab's text and says what happened; a write whose answer was lost is sent
 * again with the same idempotency key and kept once; a session that ends before saving keeps the
 * text and gives it back after signing in again; an approver who is also an editor cannot approve
 * their own update and is told so. wf.approver is made an editor too (a role mapping file of the
 * test's own), so one person can both submit and approve.
 */
const run = haveChromium ? describe : describe.skip;

const WF_ACTION = "WestmorlandAndFurnessAction:ambition-for-every-child.a02";
const record = (id: string): string => `#/record/${encodeURIComponent(id)}`;

run("the workspace keeps typing and writes safe, in Chromium", () => {
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

  it("keeps what was typed when the session ends before it is saved, and gives it back after signing in again", async () => {
    const officer = await signInToWorkspace(rig, "wf.officer");
    const page = officer.page;
    const action = "WestmorlandAndFurnessAction:ambition-for-every-child.a05";
    await open(page, record(action));
    await page.locator("#status-at_risk").check();
    await page.locator("#note").fill("Typed before the session ended elsewhere.");
    // Signed out in another tab.
    const other = await officer.context.newPage();
    await other.goto(`${rig.origin}/workspace/`);
    await other.locator("#sign-out").press("Enter");
    await other.waitForURL((url) => url.pathname === "/workspace/");
    await other.close();
    await page.locator("#submit-update").press("Enter");
    await page.locator("#session-ended").waitFor();
    expect(await page.locator("#session-ended").innerText()).toContain("Anything you typed is kept in this tab");
    expect(await page.locator("#record-form").count()).toBe(0);
    // Sign in again (the provider asks again: its session ended too) and come back to the same screen and text.
    await page.locator("#sign-in").press("Enter");
    await page.getByLabel("Username").fill("wf.officer");
    await page.getByLabel("Password").fill("demo");
    await page.getByRole("button", { name: "Sign in" }).press("Enter");
    await page.waitForURL((url) => url.pathname === "/workspace/" && url.hash === record(action));
    await page.locator("#record-form").waitFor();
    expect(await page.locator("#note").inputValue()).toBe("Typed before the session ended elsewhere.");
    expect(await page.locator("#status-at_risk").isChecked()).toBe(true);
    await page.locator("#submit-update").press("Enter");
    await page.locator(".govuk-notification-banner--success", { hasText: "submitted for approval" }).waitFor();
    // The refused anonymous write is the one error the browser logs.
    expect(officer.problems.filter((problem) => !/status of (400|401)/.test(problem))).toEqual([]);
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
});
