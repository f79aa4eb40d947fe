import { describeInWorkspace, open, signInToWorkspace } from "../helpers/workspace";

/**
 * Record progress by keyboard alone (issue 18: everything works by keyboard): Tab moves through the
 * form in order, arrow keys choose a status and a RAG rating (radios), the forecast is chosen from
 * its list with the keyboard, the note is typed, and Enter on "Save as draft" saves it. No mouse, no
 * programmatic filling.
 */
const ACTION = "WestmorlandAndFurnessAction:ambition-for-every-child.a07";

describeInWorkspace("the workspace by keyboard alone", (rig) => {
  it("records a draft with Tab, arrow keys, typing and Enter", async () => {
    const officer = await signInToWorkspace(rig, "wf.officer");
    const page = officer.page;
    await open(page, `#/record/${encodeURIComponent(ACTION)}`);
    await page.locator("#record-form").waitFor();
    const focused = (): Promise<string> => page.evaluate<string>("document.activeElement ? document.activeElement.id || document.activeElement.tagName : ''");
    // Tab from the top of the page to the given control; the order is the page's own.
    const tabTo = async (id: string): Promise<string[]> => {
      const path: string[] = [];
      for (let step = 0; step < 80; step += 1) {
        await page.keyboard.press("Tab");
        const now = await focused();
        path.push(now);
        if (now === id) return path;
      }
      throw new Error(`Tab never reached #${id}: ${path.join(" > ")}`);
    };
    await page.evaluate("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");

    // Status: Tab reaches the first radio; Down arrow picks the next one.
    await tabTo("status");
    await page.keyboard.press("ArrowDown");
    const status = await page.evaluate<string>("document.querySelector('input[name=status]:checked')?.value ?? ''");
    expect(status).not.toBe("");
    // Forecast: a select, changed with the arrow keys.
    const order = await tabTo("forecastStatus");
    expect(order).not.toContain("note"); // the forecast comes before the note
    await page.keyboard.press("ArrowDown");
    const forecast = await page.locator("#forecastStatus").inputValue();
    expect(forecast).not.toBe("");
    // RAG: Tab reaches the rating's first radio; Down picks amber.
    await tabTo("rag");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate<string>("document.querySelector('input[name=rag]:checked')?.value ?? ''")).toBe("AMBER");
    await tabTo("note");
    await page.keyboard.type("Typed from the keyboard alone.");
    await tabTo("save-draft");
    await page.keyboard.press("Enter");
    await page.locator(".govuk-notification-banner--success", { hasText: "saved as a draft" }).waitFor();
    expect(await page.locator("#own-updates").innerText()).toContain("Typed from the keyboard alone.");
    expect(officer.problems).toEqual([]);
    await officer.context.close();
  }, 90_000);
});
