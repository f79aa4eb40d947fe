import { join } from "node:path";
import { axeProblems, describeInWorkspace, open, settled, signInToWorkspace, WORKSPACE_SCREENSHOTS } from "../helpers/workspace";

/**
 * Joint actions in the workspace beyond creating one, in Chromium: linking a council action that
 * does not exist shows the graph's error; two tabs edit one joint action and the second keeps its
 * text through the conflict; a withdrawal needs a reason and leaves the action read-only; an
 * administrator's history of it lists its audit entries.
 */
describeInWorkspace("the workspace: editing and withdrawing joint actions, in Chromium", (rig) => {
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
    await page
      .locator("#chosen-advances")
      .getByRole("button", { name: /Remove/ })
      .press("Enter");
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
    await page
      .locator(".govuk-summary-card", { hasText: "Shared adopter assessment" })
      .getByRole("link", { name: /^Withdraw/ })
      .press("Enter");
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
});
