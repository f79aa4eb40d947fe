import { join } from "node:path";
import { axeProblems, describeInWorkspace, open, settled, signInToWorkspace, WORKSPACE_SCREENSHOTS } from "../helpers/workspace";

/**
 * The staff workspace in Chromium, the partnership's story: raa.lead creates a joint action and
 * records progress on it (red, submitted); raa.approver finds it in Approvals, cannot approve a red
 * update without a comment, approves with one; the lead sees it approved, in its history and in
 * "What has changed", and in the Regional Adoption Agency's report for the quarter. axe finds nothing
 * serious on any screen; a screenshot of each goes to var/screenshots (copies in docs/screenshots).
 */
describeInWorkspace("the workspace: a joint action from creation to approval, in Chromium", (rig) => {
  it("shows nothing but Sign in to someone not signed in", async () => {
    const context = await rig.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${rig.origin}/workspace/`);
    await settled(page);
    expect((await page.locator("#main-content").innerText()).trim()).toBe("Sign in");
    expect(await page.locator("#sign-in").getAttribute("class")).toContain("govuk-button");
    expect(await page.locator("#sign-in").getAttribute("href")).toBe("/auth/login?returnTo=%2Fworkspace%2F");
    expect(await page.locator("#menu").isHidden()).toBe(true);
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: join(WORKSPACE_SCREENSHOTS, "workspace-sign-in.png") });
    await context.close();
  }, 30_000);

  it("takes a joint action from creation through a red update to its approval", async () => {
    const lead = await signInToWorkspace(rig, "raa.lead");
    const page = lead.page;
    expect(await page.locator("#account-roles").innerText()).toBe("Partnership editor");
    expect(await page.locator("#navigation").innerText()).not.toContain("Approvals");

    // Create, from the keyboard where it matters: the button is a link styled as one.
    await open(page, "#/joint");
    await page.locator("#create-joint-action").focus();
    await page.keyboard.press("Enter");
    await page.locator("#joint-form").waitFor();
    await page.locator("#joint-title").fill("Grow the matching panel's capacity");
    await page.locator("#joint-owner").fill("Head of Cumbria Adoption");
    await page.locator("#joint-description").fill("Two more panel days a month across the footprint.");
    await page.locator("#joint-dueDate").fill("2027-03-31");
    await page.locator("#milestone-0-title").fill("Recruit two panel members");
    await page.locator("#milestone-0-due").fill("2027-01-31");
    await page.locator("#joint-advances").selectOption("CumberlandAction:children-and-family-wellbeing-plan.a02");
    await page.locator("#add-advance").press("Enter");
    await page.locator("#chosen-advances li").first().waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: join(WORKSPACE_SCREENSHOTS, "workspace-joint-create.png"), fullPage: true });
    await page.locator("#save-joint-action").press("Enter");
    await page.locator(".govuk-notification-banner--success").waitFor();
    await settled(page);
    const created = page.locator(".govuk-summary-card", { hasText: "Grow the matching panel's capacity" });
    expect(await created.innerText()).toContain("Recruit two panel members");
    expect(await created.innerText()).toContain("Not reported");
    expect(await created.innerText()).toContain("Launch our workforce recruitment and retention");
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: join(WORKSPACE_SCREENSHOTS, "workspace-joint-actions.png"), fullPage: true });

    // Record progress: an empty note is refused by the graph, shown in the error summary and on the field.
    await created.getByRole("link", { name: /Record progress/ }).press("Enter");
    await page.locator("#record-form").waitFor();
    await page.locator("#status-off_track").check();
    await page.locator("#rag-red").check();
    await page.locator("#forecastStatus").selectOption("AT_RISK");
    await page.locator("#submit-update").press("Enter");
    await page.locator(".govuk-error-summary").waitFor();
    expect(await page.locator(".govuk-error-summary").innerText()).toContain("A note is required");
    expect(await page.locator("#note-error").innerText()).toContain("A note is required");
    expect(await page.evaluate<boolean>("document.activeElement.classList.contains('govuk-error-summary')")).toBe(true);
    // The summary's link moves focus to the field.
    await page.locator(".govuk-error-summary a").first().press("Enter");
    expect(await page.evaluate<string>("document.activeElement.id")).toBe("note");
    await page.keyboard.type("Panel recruitment paused while the hosting agreement is renewed.");
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: join(WORKSPACE_SCREENSHOTS, "workspace-record.png"), fullPage: true });
    await page.locator("#submit-update").press("Enter");
    await page.locator(".govuk-notification-banner--success", { hasText: "submitted for approval" }).waitFor();
    expect(await page.locator("#own-updates").innerText()).toContain("waiting for approval");

    // The approver: oldest first, the change it would make, who submitted it.
    const approver = await signInToWorkspace(rig, "raa.approver", { hash: "#/inbox" });
    const inbox = approver.page;
    await open(inbox, "#/inbox");
    const waiting = inbox.locator(".govuk-summary-card", { hasText: "Grow the matching panel's capacity" });
    const text = await waiting.innerText();
    expect(text).toMatch(/Not reported\s*→?\s*would become\s*Off track|Not reported → Off track/);
    expect(text).toContain("Rowan Adair");
    expect(await axeProblems(inbox)).toEqual([]);
    await inbox.screenshot({ path: join(WORKSPACE_SCREENSHOTS, "workspace-inbox.png"), fullPage: true });
    // Red with no explanation: approval needs a comment; the graph says so.
    await waiting.getByRole("button", { name: "Approve" }).press("Enter");
    await waiting.locator(".govuk-error-summary").waitFor();
    expect(await waiting.locator(".govuk-error-summary").innerText()).toMatch(/RED|explanat/i);
    await waiting.getByLabel(/Comment/).fill("Agreed at the joint committee: recruitment resumes in January.");
    await waiting.getByRole("button", { name: "Approve" }).press("Enter");
    await inbox.locator(".govuk-notification-banner--success", { hasText: "Update approved" }).waitFor();
    expect(await inbox.locator("#screen").innerText()).not.toContain("Grow the matching panel's capacity");

    // The lead sees it approved: in My work, in its history, and in what has changed.
    await open(page, "#/");
    const mine = page.locator(".govuk-summary-card", { hasText: "Grow the matching panel's capacity" });
    expect(await mine.innerText()).toContain("Off track");
    expect(await mine.innerText()).toContain("Red");
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: join(WORKSPACE_SCREENSHOTS, "workspace-my-work.png"), fullPage: true });
    await mine.getByRole("link", { name: /History/ }).press("Enter");
    await page.locator("#timeline").waitFor();
    const timeline = await page.locator("#timeline").innerText();
    expect(timeline).toContain("Approved");
    expect(timeline).toContain("Alex Price");
    expect(timeline).toContain("Submitted for approval");
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: join(WORKSPACE_SCREENSHOTS, "workspace-history.png"), fullPage: true });
    await open(page, "#/changes");
    expect(await page.locator("#screen").innerText()).toContain('A progress update on "Grow the matching panel\'s capacity" was approved');
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: join(WORKSPACE_SCREENSHOTS, "workspace-changes.png"), fullPage: true });
    // Seen: the next visit shows only what changes after this one.
    await page.reload();
    await settled(page);
    expect(await page.locator("#screen").innerText()).toContain("Nothing has changed since your last visit");

    // The Regional Adoption Agency's report for this quarter (the workspace's own sign-in session opens it) shows the approved update.
    await open(page, "#/reports");
    await page.locator("#joint-report-subject").selectOption({ label: "Regional Adoption Agency" });
    await page.locator("#joint-report button").press("Enter");
    const report = page.locator("#joint-report-links a[data-report=html]");
    const href = await report.getAttribute("href");
    expect(href).toMatch(/^\/reports\/JointInitiative:regional-adoption-agency\/\d{4}-Q[1-4]\.html$/);
    await report.press("Enter");
    await page.waitForURL(`${rig.origin}${href}`);
    const reportText = await page.locator("body").innerText();
    expect(reportText).toContain("Grow the matching panel's capacity");
    expect(reportText).toContain("Panel recruitment paused while the hosting agreement is renewed.");

    expect(lead.problems).toEqual([]);
    expect(approver.problems).toEqual([]);
    await lead.context.close();
    await approver.context.close();
  }, 120_000);
});
