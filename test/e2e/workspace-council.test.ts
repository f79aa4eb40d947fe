import { join } from "node:path";
import { axeProblems, describeInWorkspace, open, scrollsSideways, signInToWorkspace, WORKSPACE_SCREENSHOTS } from "../helpers/workspace";

/**
 * The staff workspace in Chromium, a council's story: cumberland.officer finds an action with My
 * work's filters, saves a draft with an evidence link (after the graph refused a bad one, its typed
 * text kept through a reload) and submits it; cumberland.approver approves it from Approvals, where
 * the link shows; the officer sees it approved, and the link in History. At 390 px My work and Record
 * progress fit without sideways scrolling. The commissioner (a viewer) reads but sees no write control
 * anywhere. Reports link any board's or plan's progress report, and the joint initiative's, for a
 * chosen quarter.
 */
const ACTION = "CumberlandAction:children-and-family-wellbeing-plan.a35";
const EVIDENCE = "https://www.cumberland.gov.uk/board-papers/2026-11/options-appraisal.pdf";

describeInWorkspace("the workspace: a council action from draft to approval, and a viewer, in Chromium", (rig) => {
  it("takes a Cumberland action from a draft to its approval", async () => {
    const officer = await signInToWorkspace(rig, "cumberland.officer");
    const page = officer.page;
    expect(await page.locator("#list-heading").innerText()).toBe("Cumberland Council's actions");
    const all = Number((await page.locator("#result-count").innerText()).split(" ")[0]);
    // The plan filter and "no update approved this quarter" (the graph's ActionFilter plan and notUpdatedSince).
    await page.locator("#filter-plan").selectOption({ label: "Children and Family Wellbeing Strategic Plan" });
    await page.locator("#filter-stale").check();
    await page.locator("#apply-filters").press("Enter");
    await page.locator("#work-results[aria-busy=false]").waitFor();
    const stale = Number((await page.locator("#result-count").innerText()).split(" ")[0]);
    expect(stale).toBeGreaterThan(0);
    expect(stale).toBeLessThanOrEqual(all);
    expect(await axeProblems(page)).toEqual([]);

    await open(page, `#/record/${encodeURIComponent(ACTION)}`);
    await page.locator("#status-on_track").check();
    await page.locator("#forecastStatus").selectOption("ON_TRACK");
    await page.locator("#rag").check(); // Green, the first rating
    await page.locator("#note").fill("Options appraisal agreed with the hosting partner.");
    // An evidence link the graph refuses (not a full address): its message in the summary and on the
    // field; the typed text survives a reload of the page.
    await page.locator("#evidenceUrl").fill("board-paper-12.pdf");
    await page.locator("#save-draft").press("Enter");
    await page.locator(".govuk-error-summary").waitFor();
    expect(await page.locator(".govuk-error-summary a[data-field=evidenceUrl]").innerText()).toMatch(/evidence link must be a full web address/);
    expect(await page.locator("#evidenceUrl-error").innerText()).toMatch(/evidence link must be a full web address/);
    expect(await page.locator("#evidenceUrl").getAttribute("type")).toBe("url");
    expect(await page.locator("#evidenceUrl-hint").innerText()).toBe("The address of a board paper, report or page that shows this progress");
    expect(await axeProblems(page)).toEqual([]);
    await page.reload();
    await page.locator("#record-form").waitFor();
    expect(await page.locator("#evidenceUrl").inputValue()).toBe("board-paper-12.pdf");
    expect(await page.locator("#note").inputValue()).toBe("Options appraisal agreed with the hosting partner.");
    await page.locator("#evidenceUrl").fill(EVIDENCE);
    await page.locator("#save-draft").press("Enter");
    await page.locator(".govuk-notification-banner--success", { hasText: "saved as a draft" }).waitFor();
    await page.locator("#submit-draft-0").press("Enter");
    await page.locator(".govuk-notification-banner--success", { hasText: "draft was submitted" }).waitFor();

    const approver = await signInToWorkspace(rig, "cumberland.approver", { hash: "#/inbox" });
    await open(approver.page, "#/inbox");
    const waiting = approver.page.locator(".govuk-summary-card", { hasText: "Chris Moss" });
    expect(await waiting.innerText()).toContain("On track");
    // The evidence link in the update's summary: a link that gives the page it opens neither this window nor its address.
    const evidence = waiting.getByRole("link", { name: EVIDENCE });
    expect(await evidence.getAttribute("href")).toBe(EVIDENCE);
    expect(await evidence.getAttribute("rel")).toBe("noopener noreferrer");
    expect(await evidence.getAttribute("class")).toContain("govuk-link");
    expect(await axeProblems(approver.page)).toEqual([]);
    expect(await approver.page.locator("#account-roles").innerText()).toBe("Cumberland Council approver");
    // An approver records nothing: no Record progress links in their list.
    await waiting.getByLabel(/Comment/).fill("Checked against the appraisal.");
    await waiting.getByRole("button", { name: "Approve" }).press("Enter");
    await approver.page.locator(".govuk-notification-banner--success", { hasText: "Update approved" }).waitFor();
    await open(approver.page, "#/");
    expect(
      await approver.page
        .locator("#work-results")
        .getByRole("link", { name: /Record progress/ })
        .count(),
    ).toBe(0);

    // History shows the approved update's evidence link too.
    await open(page, `#/history/${encodeURIComponent(ACTION)}`);
    const inHistory = page.locator("#timeline").getByRole("link", { name: EVIDENCE });
    expect(await inHistory.getAttribute("href")).toBe(EVIDENCE);
    expect(await inHistory.getAttribute("rel")).toBe("noopener noreferrer");
    expect(await axeProblems(page)).toEqual([]);

    // Approved: the officer's list shows it, and "no update this quarter" no longer lists it.
    await open(page, "#/");
    await page.locator("#filter-text").fill("Development of regional adoption agency");
    await page.locator("#filter-stale").uncheck();
    await page.locator("#apply-filters").press("Enter");
    await page.locator("#work-results[aria-busy=false]").waitFor();
    const card = page.locator(".govuk-summary-card").first();
    expect(await card.innerText()).toContain("On track");
    expect(await card.innerText()).toContain("today");
    await page.locator("#filter-stale").check();
    await page.locator("#apply-filters").press("Enter");
    await page.locator("#work-results[aria-busy=false]").waitFor();
    expect(await page.locator("#result-count").innerText()).toBe("0 actions");

    expect(officer.problems).toEqual([]);
    expect(approver.problems).toEqual([]);
    await officer.context.close();
    await approver.context.close();
  }, 120_000);

  it("fits a 390 px screen: My work and Record progress, with no sideways scrolling", async () => {
    const officer = await signInToWorkspace(rig, "cumberland.officer", { width: 390 });
    const page = officer.page;
    expect(await scrollsSideways(page)).toBe(false);
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: join(WORKSPACE_SCREENSHOTS, "workspace-my-work-390.png") });
    await open(page, `#/record/${encodeURIComponent(ACTION)}`);
    await page.locator("#record-form").waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: join(WORKSPACE_SCREENSHOTS, "workspace-record-390.png"), fullPage: true });
    expect(officer.problems).toEqual([]);
    await officer.context.close();
  }, 60_000);

  it("shows a viewer every list but no write control", async () => {
    const viewer = await signInToWorkspace(rig, "commissioner");
    const page = viewer.page;
    expect(await page.locator("#navigation").innerText()).not.toContain("Approvals");
    expect(await page.locator("#screen").innerText()).toContain("change nothing");
    expect(
      await page
        .locator("#screen")
        .getByRole("link", { name: /Record progress/ })
        .count(),
    ).toBe(0);
    expect(
      await page
        .locator("#screen")
        .getByRole("link", { name: /History/ })
        .count(),
    ).toBeGreaterThan(0);
    await open(page, "#/joint");
    expect(await page.locator("#create-joint-action").count()).toBe(0);
    expect(
      await page
        .locator("#screen")
        .getByRole("link", { name: /Edit|Withdraw|Record progress/ })
        .count(),
    ).toBe(0);
    await open(page, `#/record/${encodeURIComponent(ACTION)}`);
    expect(await page.locator("#record-form").count()).toBe(0);
    expect(await page.locator("#screen").innerText()).toContain("Your role does not record progress");
    await open(page, "#/inbox");
    expect(await page.locator("#screen").innerText()).toContain("Your role does not approve updates");
    expect(await page.locator("form").count()).toBe(1); // Sign out, and nothing else
    // Sign out: a POST with the CSRF token, through the provider (the CSP's form-action allows it), signed out after.
    await page.locator("#sign-out").press("Enter");
    // Back on the workspace, signed out (the provider returns to /auth/signed-out, which comes back here).
    await page.waitForURL((url) => url.origin === rig.origin && url.pathname === "/workspace/");
    await page.locator("#sign-in").waitFor();
    expect(await page.locator("#account").isHidden()).toBe(true);
    expect(viewer.problems).toEqual([]);
    await viewer.context.close();
  }, 60_000);

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
