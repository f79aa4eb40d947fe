import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { projectRoot } from "../../lib/config/project";
import { Role } from "../../lib/auth/identity";
import { projectWithComparisonFixture } from "../helpers/comparison-fixture";
import { startTestGraph, type TestGraph } from "../helpers/graph";
import { recordApproved } from "../helpers/sign-off";
import { token } from "../helpers/tokens";

/**
 * The dashboard and the explorer in a real browser (Debian's Chromium through playwright-core):
 * what a person sees, that sources open from the keyboard, that the pickers change the content, that
 * axe finds nothing serious, and that the strict CSP blocks nothing the pages need.
 */
const CHROMIUM = "/usr/bin/chromium";
const run = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM)) console.warn(`Skipping the browser tests: ${CHROMIUM} is missing (apt-get install -y chromium).`);

const SCREENSHOTS = join(projectRoot, "var", "screenshots");

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: unknown[] }>;
  passes: unknown[];
}

/** Problems the page reports: script errors and Content-Security-Policy violations. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  await page.exposeFunction("reportCspViolation", (text: string) => problems.push(`CSP: ${text}`));
  // Page scripts as text: this file is type-checked for Node, without the DOM's types.
  await page.addInitScript(`document.addEventListener("securitypolicyviolation", (event) => window.reportCspViolation(event.violatedDirective + " blocked " + event.blockedURI));`);
  return problems;
}

/**
 * axe-core run in the page. page.addScriptTag would add an inline <script>, which the page's CSP
 * (script-src 'self') rightly refuses; evaluating the same file through the DevTools protocol is not
 * subject to the page's CSP, so the policy stays on while axe runs.
 */
async function axe(page: Page): Promise<AxeResult> {
  await page.evaluate(readFileSync(join(projectRoot, "node_modules", "axe-core", "axe.min.js"), "utf8"));
  return page.evaluate<AxeResult>("axe.run()");
}

const text = (page: Page, selector: string): Promise<string> => page.locator(selector).innerText();

run("the reference dashboard and the explorer in Chromium", () => {
  let graph: TestGraph;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    graph = await startTestGraph();
    origin = new URL(graph.gateway.url).origin;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await graph?.close();
  });

  it("shows both councils, the adoption agency with recorded status, sources, an indicator and a theme; axe finds nothing serious", async () => {
    // A status recorded by a Cumberland editor and approved by a Cumberland approver, so the agency's table has a latest status to show.
    const agency = await graph.query<{ jointInitiative: { councilActions: Array<{ id: string; __typename: string; title: string }> } }>(
      `{ jointInitiative(id: "regional-adoption-agency") { councilActions { id __typename title } } }`,
    );
    const cumberlandAction = agency.data!.jointInitiative.councilActions.find((action) => action.__typename === "CumberlandAction")!;
    const editor = await token({ roles: [Role.COUNCIL_EDITOR], council: "cumberland" });
    const approver = await token({ roles: [Role.COUNCIL_APPROVER], council: "cumberland" });
    const recorded = await recordApproved(graph, "Cumberland", editor, approver, { actionId: cumberlandAction.id, expectedVersion: 0, status: "ON_TRACK", rag: "GREEN", note: "Options appraisal" });
    expect(recorded.action).toMatchObject({ status: "ON_TRACK", rag: "GREEN", version: 1 });

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = await watch(page);
    await page.goto(`${origin}/dashboard/`);
    // Keyboard: the first Tab reaches the skip link.
    await page.keyboard.press("Tab");
    expect(await page.evaluate<string>("document.activeElement.textContent")).toBe("Skip to the dashboard");

    // (1) Plans side by side.
    await page.locator("#plans-content[aria-busy=false]").waitFor();
    const plans = await text(page, "#plans-content");
    expect(plans).toContain("Westmorland and Furness Council");
    expect(plans).toContain("Cumberland Council");
    expect(plans).toContain("Ambition for Every Child");
    expect(plans).toContain("Children and Family Wellbeing Strategic Plan");

    // (2) The Regional Adoption Agency: council actions with their latest status; joint actions are for signed-in staff.
    await page.locator("#adoption-content[aria-busy=false]").waitFor();
    const adoption = await text(page, "#adoption-content");
    expect(adoption).toContain("establishing a Regional Adoption Agency with Cumberland Council");
    expect(adoption).toContain("on track (green)");
    expect(adoption).toContain("not reported");
    expect(adoption).toContain("signed-in viewers");

    // (4) A source opens from the keyboard and shows the document, the section and the quote.
    const plan = await graph.query<{ councils: Array<{ plans: Array<{ title: string; source: { section: string; quote: string; document: { title: string } } }> }> }>(
      `{ councils { plans { title source { section quote document { title } } } } }`,
    );
    const ambition = plan.data!.councils.flatMap((council) => council.plans).find((candidate) => candidate.title === "Ambition for Every Child")!;
    const disclosure = page.locator("#plans-content details.source").first();
    expect(await disclosure.locator(".source-quote").isVisible()).toBe(false);
    await disclosure.locator("summary").focus();
    await page.keyboard.press("Enter");
    expect(await disclosure.getAttribute("open")).not.toBeNull();
    expect(await disclosure.locator(".source-document").innerText()).toContain(ambition.source.document.title);
    expect(await disclosure.locator(".source-section").innerText()).toBe(ambition.source.section);
    expect(await disclosure.locator(".source-quote").innerText()).toBe(ambition.source.quote);

    // (3) An indicator, then another: the chart's description and the table change.
    await page.locator("#indicator-content[aria-busy=false]").waitFor();
    await page.locator("#indicator-content .status", { hasText: "Showing Cared for children (number)." }).waitFor();
    expect(await text(page, "#indicator-details")).toContain("250 Cared For Children");
    expect(await page.locator("#indicator-chart").getAttribute("aria-label")).toContain("Westmorland and Furness Council 250");
    await page.selectOption("#indicator-picker", "population");
    await page.locator("#indicator-content .status", { hasText: "Showing Population (number)." }).waitFor();
    const population = await text(page, "#indicator-details");
    expect(population).not.toContain("250 Cared For Children");
    expect(population).toMatch(/Cumberland Council\s+\S+/);
    expect(await page.locator("#indicator-chart").getAttribute("aria-label")).toContain("Westmorland and Furness Council has no value");
    // The repository loads no statistics files: the benchmark says so, and still offers its CSV.
    expect(await text(page, "#indicator-benchmark")).toContain("No published statistics are loaded for this indicator");
    expect(await page.locator("#benchmark-download").getAttribute("href")).toBe("/comparisons/population.csv");

    // (5) A theme, then another: each council's actions on it and the joint work.
    await page.locator("#theme-content[aria-busy=false]").waitFor();
    const adoptionTheme = await text(page, "#theme-results");
    expect(adoptionTheme).toContain("Regional Adoption Agency");
    const transport = await graph.query<{ councils: Array<{ actions: { nodes: Array<{ title: string }> } }> }>(`{ councils { actions(filter: { theme: HOME_TO_SCHOOL_TRANSPORT }, first: 100) { nodes { title } } } }`);
    const transportTitles = transport.data!.councils.flatMap((council) => council.actions.nodes.map((action) => action.title));
    expect(transportTitles.length).toBeGreaterThan(0);
    await page.selectOption("#theme-picker", "HOME_TO_SCHOOL_TRANSPORT");
    await page.locator("#theme-content .status", { hasText: "Home to school transport" }).waitFor();
    const transportTheme = await text(page, "#theme-results");
    for (const title of transportTitles) expect(transportTheme).toContain(title);
    expect(transportTheme).not.toEqual(adoptionTheme);

    const result = await axe(page);
    const summary = result.violations.map((violation) => `${violation.impact}: ${violation.id} (${violation.nodes.length}) ${violation.help}`);
    console.log(`axe on /dashboard/: ${result.passes.length} rules pass, ${result.violations.length} violated${summary.length ? `\n${summary.join("\n")}` : ""}`);
    expect(result.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical")).toEqual([]);

    await page.screenshot({ path: join(SCREENSHOTS, "dashboard.png"), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it("benchmarks an indicator LAIT-style on synthetic statistics: a line chart, the bands, the values and the CSV download", async () => {
    const root = projectWithComparisonFixture();
    const fixtureGraph = await startTestGraph({ root });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems = await watch(page);
      await page.goto(`${new URL(fixtureGraph.gateway.url).origin}/dashboard/`);
      await page.locator("#indicator-content[aria-busy=false]").waitFor();
      await page.selectOption("#indicator-picker", "re-referrals-12-months");
      await page.locator("#benchmark-chart").waitFor();
      const benchmark = await text(page, "#indicator-benchmark");
      expect(benchmark).toContain("SYNTHETIC set for testing");
      // The bands worked out by hand in test/e2e/comparison.test.ts.
      expect(benchmark).toMatch(/Cumberland Council\s+B\s+2024-25\s+7/);
      expect(benchmark).toMatch(/Westmorland and Furness Council\s+B\s+2023-24\s+10/);
      expect(benchmark).toMatch(/England\s+21\s+21\.4\s+21\.5\s+22/);
      const href = await page.locator("#benchmark-download").getAttribute("href");
      expect(href).toBe("/comparisons/re-referrals-12-months.csv");
      const csv = await page.evaluate<string>(`fetch(${JSON.stringify(href)}).then((response) => response.text())`);
      expect(csv.split("\n")[0]).toContain(",re_referrals_12_months");
      const result = await axe(page);
      expect(result.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical")).toEqual([]);
      await page.locator("#indicator-content").screenshot({ path: join(SCREENSHOTS, "benchmark.png") });
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      await fixtureGraph.close();
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);

  it("opens the explorer with the example operations as tabs, runs one, and needs nothing the CSP blocks", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems = await watch(page);
    await page.goto(`${origin}/explorer`);
    await page.locator(".graphiql-container").waitFor();
    const tabs = await page.locator(".graphiql-tab").allInnerTexts();
    expect(tabs.join(" ")).toContain("CrossFootprintOverview");
    expect(tabs.join(" ")).toContain("RegionalAdoptionAgency");
    expect(await page.locator(".graphiql-query-editor").innerText()).toContain("query CrossFootprintOverview");
    await page.locator(".graphiql-execute-button").click();
    // The response editor renders only the lines in view: the first council is.
    await page.locator(".graphiql-response", { hasText: "Westmorland and Furness Council" }).waitFor();
    // The documentation explorer works too (introspection is on in development).
    await page.locator("button[aria-label='Show Documentation Explorer']").click();
    await page.locator(".graphiql-doc-explorer", { hasText: "Query" }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, "explorer.png") });
    expect(problems).toEqual([]);
    // GraphiQL's own markup is not ours to fix: report what axe finds, without failing on it.
    const result = await axe(page);
    console.log(`axe on /explorer (GraphiQL): ${result.passes.length} rules pass; violated: ${result.violations.map((violation) => `${violation.impact} ${violation.id} (${violation.nodes.length})`).join(", ") || "none"}`);
    await page.close();
  }, 60_000);
});
