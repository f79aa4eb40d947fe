import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { projectRoot } from "../../lib/config/project";
import { Role } from "../../lib/auth/identity";
import { boardKindText, longDate } from "../../dashboard/src/status-words";
import { headingLabel } from "../../lib/council/heading-label";
import { projectWithComparisonFixture } from "../helpers/comparison-fixture";
import { freePort } from "../../lib/server/free-port";
import { startTestGraph, type TestGraph } from "../helpers/graph";
import { recordApproved } from "../helpers/sign-off";
import { token } from "../helpers/tokens";
import { graphql } from "../../generated/test";

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

const PANELS = ["plans", "adoption", "indicator", "theme"];

/** Every panel has loaded (or said why not). */
async function panelsLoaded(page: Page): Promise<void> {
  for (const panel of PANELS) await page.locator(`#${panel}-content[aria-busy=false]`).waitFor();
  await page.locator("#theme-status", { hasText: "council action" }).waitFor();
}

const serious = (result: AxeResult): string[] =>
  result.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${violation.impact}: ${violation.id} (${violation.nodes.length}) ${violation.help}`);

interface Focused {
  id: string;
  tag: string;
  text: string;
  /** A focus indicator is drawn: an outline that is not transparent, or the Design System's box-shadow. */
  ring: boolean;
  /** It has a size on screen (not a hidden element). */
  shown: boolean;
  inMain: boolean;
  region: boolean;
}

/** What has the keyboard focus, and whether you can see where it is. */
const focused = (page: Page): Promise<Focused> =>
  page.evaluate<Focused>(`(() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const outline = style.outlineStyle !== "none" && style.outlineWidth !== "0px" && style.outlineColor !== "transparent" && !/rgba\\(.*, 0\\)$/.test(style.outlineColor);
    return {
      id: element.id,
      tag: element.tagName.toLowerCase(),
      text: (element.innerText || "").trim().replace(/\\s+/g, " ").slice(0, 80),
      ring: outline || style.boxShadow !== "none",
      shown: box.width > 0 && box.height > 0,
      inMain: element.closest("main") !== null,
      region: element.getAttribute("role") === "region",
    };
  })()`);

/** The page scrolls sideways: wider than the window. */
const scrollsSideways = (page: Page): Promise<boolean> => page.evaluate<boolean>("document.documentElement.scrollWidth > document.documentElement.clientWidth");

/** What sticks out past the window's right edge, for a failure message. */
const wideElements = (page: Page): Promise<string[]> =>
  page.evaluate<string[]>(
    `[...document.querySelectorAll("body *")].filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth && !element.parentElement.closest(".app-table-scroll")).slice(0, 10).map((element) => element.tagName + "." + element.className + " " + Math.round(element.getBoundingClientRect().right))`,
  );

/**
 * A temporary copy of the project's data whose catalogue gives one document an address and a
 * publication date: made-up, TEST-ONLY values (the real catalogue records none for that document).
 */
const TEST_ADDRESS = "https://example.org/test-only/children-and-family-wellbeing-plan";
const TEST_PUBLISHED = "2024-09-02";
function projectWithDocumentAddress(): string {
  const root = mkdtempSync(join(tmpdir(), "documents-"));
  for (const dir of ["subgraphs", "sources", join("lib", "vocabulary")]) cpSync(join(projectRoot, dir), join(root, dir), { recursive: true });
  const path = join(root, "sources", "documents.json");
  const documents = JSON.parse(readFileSync(path, "utf8")) as Array<{ id: string; url: string | null; published: string | null }>;
  const document = documents.find((candidate) => candidate.id === "cumberland-children-family-wellbeing-plan")!;
  document.url = TEST_ADDRESS;
  document.published = TEST_PUBLISHED;
  writeFileSync(path, JSON.stringify(documents, null, 2));
  return root;
}

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
    const agency = await graph.query(graphql(`query DashboardJointInitiativeCouncilActions { jointInitiative(id: "regional-adoption-agency") { councilActions { id __typename title } } }`));
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
    // Status and RAG as GOV.UK tags, in words as well as colour.
    expect(adoption).toContain("On track (green)");
    expect(adoption).toContain("Not reported");
    expect(await page.locator("#adoption-content .govuk-tag", { hasText: "On track (green)" }).getAttribute("class")).toContain("govuk-tag--green");
    expect(adoption).toContain("signed-in viewers");

    // (4) A source opens from the keyboard and shows the document, the section and the quote.
    const plan = await graph.query(graphql(`query DashboardPlanSources { councils { plans { title source { section quote document { title } } } } }`));
    const ambition = plan.data!.councils.flatMap((council) => council.plans).find((candidate) => candidate.title === "Ambition for Every Child")!;
    const disclosure = page.locator("#plans-content article.app-plan > details.app-source").first();
    expect(await disclosure.locator(".source-quote").isVisible()).toBe(false);
    await disclosure.locator("summary").focus();
    await page.keyboard.press("Enter");
    expect(await disclosure.getAttribute("open")).not.toBeNull();
    expect(await disclosure.locator(".source-document").innerText()).toContain(ambition.source.document.title);
    expect(await disclosure.locator(".source-section").innerText()).toBe(ambition.source.section);
    expect(await disclosure.locator(".source-quote").innerText()).toBe(ambition.source.quote);

    // (3) An indicator, then another: the chart's description and the table change.
    await page.locator("#indicator-content[aria-busy=false]").waitFor();
    await page.locator("#indicator-status", { hasText: "Showing Cared for children (number)." }).waitFor();
    expect(await text(page, "#indicator-details")).toContain("250 Cared For Children");
    expect(await page.locator("#indicator-chart").getAttribute("aria-label")).toContain("Westmorland and Furness Council 250");
    await page.selectOption("#indicator-picker", "population");
    await page.locator("#indicator-status", { hasText: "Showing Population (number)." }).waitFor();
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
    const transport = await graph.query(graphql(`query DashboardTransportActions { councils { actions(filter: { theme: HOME_TO_SCHOOL_TRANSPORT }, first: 100) { nodes { title } } } }`));
    const transportTitles = transport.data!.councils.flatMap((council) => council.actions.nodes.map((action) => action.title));
    expect(transportTitles.length).toBeGreaterThan(0);
    await page.selectOption("#theme-picker", "HOME_TO_SCHOOL_TRANSPORT");
    await page.locator("#theme-status", { hasText: "Home to school transport" }).waitFor();
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

  it("axe finds nothing serious on the page as loaded, before the panels fill", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = await watch(page);
    // Hold the graph's answers back, so axe sees the page exactly as its HTML arrives.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/graphql", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${origin}/dashboard/`);
    expect(await page.locator("#plans-content").getAttribute("aria-busy")).toBe("true");
    const result = await axe(page);
    console.log(`axe on /dashboard/ as loaded: ${result.passes.length} rules pass, ${result.violations.length} violated`);
    expect(serious(result)).toEqual([]);
    release();
    await panelsLoaded(page);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it("from the keyboard: Tab from the top reaches the skip link, the panels' links, then every control of the panels in order, each with a focus you can see", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = await watch(page);
    await page.goto(`${origin}/dashboard/`);
    await panelsLoaded(page);
    await page.keyboard.press("Tab");
    const skip = await focused(page);
    expect(skip).toMatchObject({ text: "Skip to the dashboard", ring: true, shown: true });
    // The skip link shows on focus at the top left of the window.
    expect(await page.locator(".govuk-skip-link").boundingBox()).toMatchObject({ y: 0 });
    const links: string[] = [];
    for (let index = 0; index < 4; index += 1) {
      await page.keyboard.press("Tab");
      const link = await focused(page);
      expect(link).toMatchObject({ tag: "a", ring: true, shown: true, inMain: false });
      links.push(link.text);
    }
    expect(links).toEqual(["Plans and how they are structured", "Regional Adoption Agency", "Indicators", "What the councils do on a theme"]);
    // Then into the page: every stop visible and ringed, the panels' controls in the panels' order.
    const stops: Focused[] = [];
    for (let presses = 0; presses < 1_000; presses += 1) {
      await page.keyboard.press("Tab");
      const stop = await focused(page);
      stops.push(stop);
      if (stop.id === "theme-picker") break;
    }
    const unseen = stops.filter((stop) => !stop.ring || !stop.shown || !stop.inMain);
    expect(unseen).toEqual([]);
    const ids = stops.map((stop) => stop.id);
    expect(stops[0]!.text).toMatch(/^Source of /);
    expect(ids.indexOf("indicator-picker")).toBeGreaterThan(0);
    expect(ids.indexOf("benchmark-download")).toBeGreaterThan(ids.indexOf("indicator-picker"));
    expect(ids.indexOf("theme-picker")).toBeGreaterThan(ids.indexOf("benchmark-download"));
    // Wide tables are scroll regions a keyboard can reach.
    expect(stops.filter((stop) => stop.region).length).toBeGreaterThan(0);
    console.log(`keyboard: ${stops.length + 5} Tab stops from the top to the theme picker, every one with a visible focus`);
    // The skip link moves the focus to the main content.
    await page.goto(`${origin}/dashboard/`);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await page.evaluate<string>("document.activeElement.id")).toBe("main-content");
    expect(problems).toEqual([]);
    await page.close();
  }, 90_000);

  it("shows who oversees each plan, each board with its kind and its source, and the documents' publication dates and addresses as the catalogue has them", async () => {
    const answer = await graph.query(
      graphql(`query DashboardPlanAndBoardSources { councils { plans { id title source { section quote document { title published url } } boards { name kind source { section quote document { title published url } } } } } }`),
    );
    const plans = answer.data!.councils.flatMap((council) => council.plans);
    // The two real councils (the first by port) have three plans between them; any other council's are checked too.
    expect(answer.data!.councils.slice(0, 2).flatMap((council) => council.plans).length).toBe(3);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = await watch(page);
    await page.goto(`${origin}/dashboard/`);
    await panelsLoaded(page);
    const dates: string[] = [];
    for (const plan of plans) {
      const article = page.locator(`article.app-plan[data-plan="${plan.id}"]`);
      expect(plan.boards.length).toBeGreaterThan(0);
      const oversees = await article.locator(".plan-boards").innerText();
      for (const board of plan.boards) {
        expect(oversees).toContain(board.name);
        const item = article.locator(".plan-boards li.app-board", { hasText: board.name });
        expect(await item.locator(".board-kind").innerText()).toBe(boardKindText(board.kind));
        // The board's source: document, section and quote, and the document's date where the catalogue has one.
        const disclosure = item.locator("details.app-source");
        await disclosure.locator("summary").click();
        expect(await disclosure.locator(".source-document").innerText()).toContain(board.source.document.title);
        expect(await disclosure.locator(".source-section").innerText()).toBe(board.source.section);
        expect(await disclosure.locator(".source-quote").innerText()).toBe(board.source.quote);
        const published = await disclosure.locator(".source-published").innerText();
        if (board.source.document.published) {
          expect(published).toBe(longDate(board.source.document.published));
          dates.push(published);
        } else {
          expect(published).toBe("Not stated in the document");
        }
      }
      // The plan's own document: publisher, date and address, as the catalogue has them.
      expect(await article.locator(".plan-published").innerText()).toBe(plan.source.document.published ? longDate(plan.source.document.published) : "Not stated in the document");
      if (!plan.source.document.url) expect(await article.locator(".plan-address").innerText()).toBe("No public address recorded");
    }
    // The scrutiny report that took "Ambition for Every Child" to committee gives its meeting date.
    expect(dates).toContain("18 April 2024");
    const result = await axe(page);
    expect(serious(result)).toEqual([]);
    await page.locator("#plans").screenshot({ path: join(SCREENSHOTS, "dashboard-who-oversees.png") });
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it("shows each plan's headings as its document structures them: kind name, number as printed, title, nested subheadings", async () => {
    interface HeadingInfo {
      kindName: string;
      number: string | null;
      title: string;
      subheadings: HeadingInfo[];
    }
    const answer = await graph.query(
      graphql(`query DashboardPlanHeadingTree { councils { plans { id headings { kindName number title subheadings { kindName number title subheadings { kindName number title subheadings { kindName } } } } } } }`),
    );
    const plans = answer.data!.councils.flatMap((council) => council.plans);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = await watch(page);
    await page.goto(`${origin}/dashboard/`);
    await panelsLoaded(page);
    const labels = (headings: HeadingInfo[]): unknown[] => headings.map((heading) => (heading.subheadings.length > 0 ? [headingLabel(heading), labels(heading.subheadings)] : headingLabel(heading)));
    // The nested lists as shown: each item's label, with its own nested list where it has one.
    const shown = (selector: string): Promise<unknown[]> =>
      page.evaluate<unknown[]>(
        `(() => { const walk = (list) => list ? Array.from(list.children).map((item) => { const label = item.querySelector(":scope > .heading-label").textContent; const nested = item.querySelector(":scope > ul"); return nested ? [label, walk(nested)] : label; }) : []; return walk(document.querySelector(${JSON.stringify(selector)})); })()`,
      );
    for (const plan of plans) expect(await shown(`article.app-plan[data-plan="${plan.id}"] ul.plan-headings`)).toEqual(labels(plan.headings));
    // Ambition for Every Child is built on themes with nested headings; the Cumberland plan prints its priorities numbered "1)".
    const text = await page.locator("#plans-content").innerText();
    expect(text).toContain("Theme: Improving the life chances of children and young people");
    expect(text).toContain("Priority 1) A stable workforce");
    expect(text).not.toMatch(/both councils/);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it.each([390, 375])(
    "fits a %i px screen: no sideways scroll of the page, wide tables scroll in their own labelled region, axe finds nothing serious",
    async (width) => {
      const page = await browser.newPage({ viewport: { width, height: 844 } });
      const problems = await watch(page);
      await page.goto(`${origin}/dashboard/`);
      await panelsLoaded(page);
      if (width === 390) await page.screenshot({ path: join(SCREENSHOTS, "dashboard-390.png"), fullPage: true });
      // With sources open too (their content is the widest text).
      for (const summary of await page.locator("#plans-content article.app-plan > details.app-source > summary").all()) await summary.click();
      expect({ sideways: await scrollsSideways(page), sticksOut: await wideElements(page) }).toEqual({ sideways: false, sticksOut: [] });
      const tables = await page.locator("table.govuk-table").count();
      expect(tables).toBeGreaterThan(0);
      expect(await page.locator(".app-table-scroll[role=region][tabindex='0'][aria-label] > table.govuk-table").count()).toBe(tables);
      // The service navigation collapses into a menu button on a phone; it opens from the keyboard.
      const menu = page.locator(".govuk-service-navigation__toggle");
      expect(await menu.isVisible()).toBe(true);
      await menu.focus();
      await page.keyboard.press("Enter");
      expect(await page.locator("#panels-navigation").isVisible()).toBe(true);
      expect(await scrollsSideways(page)).toBe(false);
      const result = await axe(page);
      expect(serious(result)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    },
    60_000,
  );

  it("links a source document's address and shows its publication date where the catalogue has them", async () => {
    const root = projectWithDocumentAddress();
    const addressGraph = await startTestGraph({ root });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems = await watch(page);
      await page.goto(`${new URL(addressGraph.gateway.url).origin}/dashboard/`);
      await page.locator("#plans-content[aria-busy=false]").waitFor();
      const article = page.locator("article.app-plan", { hasText: "Children and Family Wellbeing Strategic Plan" });
      const link = article.locator(".plan-address a");
      expect(await link.getAttribute("href")).toBe(TEST_ADDRESS);
      expect(await link.innerText()).toBe(TEST_ADDRESS);
      expect(await article.locator(".plan-published").innerText()).toBe("2 September 2024");
      expect(await article.locator(".plan-published time").getAttribute("datetime")).toBe(TEST_PUBLISHED);
      // The same in every source that cites the document.
      const disclosure = article.locator("> details.app-source");
      await disclosure.locator("summary").click();
      expect(await disclosure.locator(".source-address a").getAttribute("href")).toBe(TEST_ADDRESS);
      expect(await disclosure.locator(".source-published").innerText()).toBe("2 September 2024");
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      await addressGraph.close();
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);

  it("says in a notification banner when one council is unavailable, and shows the other council's plans", async () => {
    const down = await startTestGraph({ subgraphUrls: { cumberland: `http://127.0.0.1:${await freePort()}/graphql` } });
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const problems = await watch(page);
      await page.goto(`${new URL(down.gateway.url).origin}/dashboard/`);
      await page.locator("#plans-content[aria-busy=false]").waitFor();
      const banner = page.locator("#notices.govuk-notification-banner");
      await banner.waitFor();
      expect(await banner.getAttribute("role")).toBe("region");
      expect(await banner.innerText()).toContain("SUBGRAPH_UNAVAILABLE");
      const plans = await text(page, "#plans-content");
      expect(plans).toContain("Westmorland and Furness Council");
      expect(plans).toContain("One council's data is unavailable just now.");
      expect(plans).not.toContain("Children and Family Wellbeing Strategic Plan");
      await panelsLoaded(page);
      expect(await scrollsSideways(page)).toBe(false);
      expect(serious(await axe(page))).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      await down.close();
    }
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

  it("benchmarks the looked-after rate on the real DfE statistics: both councils side by side with the North West, England, neighbours' mean and band, Cumbria as the predecessor, the source and licence, and CSV downloads of what is shown", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = await watch(page);
    await page.goto(`${origin}/dashboard/`);
    await page.locator("#indicator-content[aria-busy=false]").waitFor();
    // The adoption scorecard is in none of the DfE files: panel 2 says so.
    expect(await text(page, "#adoption-content .app-scorecard-note")).toContain("Not in the published DfE statistics the graph ships");
    await page.selectOption("#indicator-picker", "children-looked-after-rate");
    // The panel of the indicator shown before may still be there: wait for this measure's own (LAIT's LAC).
    await page.locator("#indicator-benchmark", { hasText: "(LAC;" }).waitFor();
    await page.locator("#benchmark-chart").waitFor();
    const benchmark = await text(page, "#indicator-benchmark");
    // Side by side, latest year (2025): value, North West, England, neighbours' mean over the 2025 set (all 10 with a value), band.
    expect(benchmark).toMatch(/Westmorland and Furness Council\s+2025\s+67\s+90\s+67\s+72\.2 \(10 of 10\)\s+none/);
    expect(benchmark).toMatch(/Cumberland Council\s+2025\s+87\s+90\s+67\s+73\.4 \(10 of 10\)\s+none/);
    expect(benchmark).toContain("Cumbria (909, E10000006) ended on 31 March 2023. Its values up to 2023 are shown as its own series, marked \"predecessor\", never as either council's. The councils' own values begin in 2024.");
    expect(benchmark).toContain("Statistical neighbours: dfe-statistical-neighbours-2025 (2025-05).");
    // Ten years: the councils from 2024, Cumbria to 2023, beside the region and England.
    expect(benchmark).toMatch(/Cumberland Council\s+(no value\s+){8}93\s+87/);
    expect(benchmark).toMatch(/Cumbria \(predecessor council, to 2023\)\s+71\s+68\s+72\s+75\s+79\s+81\s+81\s+82\s+no value\s+no value/);
    expect(benchmark).toMatch(/North West\s+82\s+86\s+91\s+95\s+97\s+98\s+97\s+96\s+94\s+90/);
    expect(benchmark).toMatch(/England\s+60\s+62\s+64\s+66\s+68\s+69\s+70\s+70\s+69\s+67/);
    expect(benchmark).toMatch(/Cumbria: neighbours' mean \(its 2021-04 set\)/);
    expect(await text(page, "#benchmark-source")).toContain(
      'Source: Department for Education, the Local Authority Interactive Tool (LAIT) dataset, measure "Children looked after rate per 10,000" (LAC; Rate per 10,000; neither higher nor lower is better). The publication. Contains public sector information licensed under the Open Government Licence v3.0.',
    );
    // The comparison in the published files' columns (with Cumbria's rows), and the table as shown.
    const href = await page.locator("#benchmark-download").getAttribute("href");
    const csv = await page.evaluate<string>(`fetch(${JSON.stringify(href)}).then((response) => response.text())`);
    expect(csv).toContain("2023,,Local authority,E92000001,England,E12000002,North West,E10000006,909,Cumbria,82");
    const shown = decodeURIComponent((await page.locator("#benchmark-download-shown").getAttribute("href"))!.replace(/^data:text\/csv;charset=utf-8,/, ""));
    const rows = shown.trim().split("\n");
    expect(rows[0]).toBe("series,2016,2017,2018,2019,2020,2021,2022,2023,2024,2025");
    expect(rows).toContain("Cumberland Council,,,,,,,,,93,87");
    expect(rows).toContain('"Cumbria (predecessor council, to 2023)",71,68,72,75,79,81,81,82,,');
    expect(rows).toContain("Cumbria: neighbours' mean (its 2021-04 set),51.3333,53.1111,55.8889,59.6667,60.8889,65,67.7,71.6,,");
    expect(rows).toContain("England,60,62,64,66,68,69,70,70,69,67");
    expect(rows.length).toBe((await page.locator("#indicator-benchmark table").last().locator("tbody tr").count()) + 1);
    expect(serious(await axe(page))).toEqual([]);
    await page.locator("#indicator-benchmark").screenshot({ path: join(SCREENSHOTS, "dashboard-benchmark.png") });
    // The adoption scorecard's indicators say where their values are not.
    await page.selectOption("#indicator-picker", "adoption-a1");
    await page.locator("#benchmark-scorecard").waitFor();
    expect(await text(page, "#benchmark-scorecard")).toContain("The adoption scorecard (A1, A2 and A10 by council) is not in the published DfE statistics the graph ships");
    expect(problems).toEqual([]);
    await page.close();
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
