import { spawnSync } from "node:child_process";
import { pdfText, withReportCommand } from "../helpers/report-command";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Role } from "../../lib/auth/identity";
import { chromiumPath } from "../../lib/reports/pdf";
import { startTestGraph, type TestGraph } from "../helpers/graph";
import { write } from "../helpers/sign-off";
import { roleTokens, token } from "../helpers/tokens";
import { graphql } from "../../generated/test";

/**
 * Board progress reports, from the gateway at a stable URL and from `npm run report`: approved data
 * only, exactly the approved updates of the period, each action's status, forecast and RAG at the
 * period's end, comments on every RED, the plan's indicators, a chart of status counts, the board's
 * next meeting. The PDF is read back as text and as an image with Debian's poppler-utils.
 */
const BOARD = "WestmorlandAndFurnessBoard:cypf-overview-and-scrutiny-committee";
const PLAN_ACTION = (n: number): string => `WestmorlandAndFurnessAction:ambition-for-every-child.a${String(n).padStart(2, "0")}`;
const havePdfTools = chromiumPath() !== null && spawnSync("pdftotext", ["-v"]).status === 0 && spawnSync("pdftoppm", ["-v"]).status === 0;
if (!havePdfTools) process.stdout.write("reports.test: Chromium or poppler-utils (pdftotext, pdftoppm) missing: the PDF checks are skipped (bash .ci/run installs both)\n");
const pdfIt = havePdfTools ? it : it.skip;

let graph: TestGraph;
let tokens: Record<string, string | null>;
const dir = mkdtempSync(join(tmpdir(), "reports-"));
const expected: { inPeriod: string[]; notInPeriod: string[] } = { inPeriod: [], notInPeriod: [] };

/** Moves an update's recorded date (tests only: there is no way to backdate through the graph). */
async function backdate(updateId: string, recordedAt: string, decidedAt?: string): Promise<void> {
  const database = graph.subgraphs["westmorland-furness"].database.dataSource;
  await database
    .createQueryBuilder()
    .update("progress_update")
    .set({ recordedAt, ...(decidedAt ? { decidedAt } : {}) })
    .where("id = :id", { id: updateId })
    .execute();
}

async function signedOff(action: string, input: Record<string, unknown>, steps: Array<"approve" | "return">, recordedAt: string, decidedAt?: string): Promise<string> {
  const current = await graph.queryAs(null, graphql(`query ReportsActionVersion($id: ID!) { node(id: $id) { ... on Action { version } } }`), { id: action });
  const drafted = await write(graph, tokens.westmorlandFurnessEditor, "WestmorlandAndFurness", "record", { actionId: action, expectedVersion: current.body.data!.node.version, submit: steps.length > 0, ...input });
  const update = drafted.payload!.update!;
  for (const step of steps) {
    const done = await write(graph, tokens.westmorlandFurnessApprover, "WestmorlandAndFurness", step, { updateId: update.id, expectedRevision: 0, comment: step === "return" ? "Not yet" : undefined });
    expect(done.payload!.errors).toEqual([]);
  }
  await backdate(update.id, recordedAt, decidedAt ?? (steps.length > 0 ? recordedAt : undefined));
  return update.id;
}

beforeAll(async () => {
  graph = await startTestGraph();
  tokens = await roleTokens();
  // The period under test is 2024-Q1 (January to March 2024); the committee met on 18 April 2024.
  expected.notInPeriod.push(await signedOff(PLAN_ACTION(1), { status: "ON_TRACK", rag: "GREEN", forecastStatus: "COMPLETE", note: "Before the period: the board was set up" }, ["approve"], "2023-12-01T10:00:00.000Z"));
  expected.inPeriod.push(
    await signedOff(
      PLAN_ACTION(2),
      { status: "ON_TRACK", rag: "GREEN", forecastStatus: "COMPLETE", note: "In the period: the first family hub opened in Barrow", evidenceUrl: "https://www.westmorlandandfurness.gov.uk/board/family-hubs.pdf?a=1&b=2" },
      ["approve"],
      "2024-02-10T10:00:00.000Z",
    ),
  );
  expected.inPeriod.push(
    await signedOff(
      PLAN_ACTION(3),
      { status: "OFF_TRACK", rag: "RED", forecastStatus: "AT_RISK", note: "In the period: the transport contract failed", explanation: "The only bidder withdrew in March" },
      ["approve"],
      "2024-03-20T10:00:00.000Z",
    ),
  );
  expected.notInPeriod.push(await signedOff(PLAN_ACTION(3), { status: "ON_TRACK", rag: "AMBER", note: "After the period: a new contract was let" }, ["approve"], "2024-05-01T10:00:00.000Z"));
  expected.notInPeriod.push(await signedOff(PLAN_ACTION(4), { status: "AT_RISK", note: "A draft in the period, never submitted" }, [], "2024-02-11T10:00:00.000Z"));
  expected.notInPeriod.push(await signedOff(PLAN_ACTION(5), { status: "AT_RISK", note: "Returned in the period" }, ["return"], "2024-02-12T10:00:00.000Z"));
  // Recorded in the period, approved after it: listed with the period's updates, but the status at the period's end does not rest on it.
  expected.inPeriod.push(await signedOff(PLAN_ACTION(6), { status: "COMPLETE", rag: "BLUE", note: "Recorded in March, approved in April" }, ["approve"], "2024-03-25T10:00:00.000Z", "2024-04-05T10:00:00.000Z"));
});
afterAll(async () => {
  await graph?.close();
  rmSync(dir, { recursive: true, force: true });
});

const reportUrl = (id: string, period: string, format: "html" | "pdf"): string => `${graph.gateway.url.replace(/\/graphql$/, "")}/reports/${encodeURIComponent(id)}/${period}.${format}`;
const get = (url: string, who: string | null) => fetch(url, { headers: who ? { authorization: `Bearer ${who}` } : {} });

describe("the gateway's report route", () => {
  it("holds exactly the approved updates of its period, with status at the period's end, the RED comment, the meeting, the chart and the indicators", async () => {
    const response = await get(reportUrl(BOARD, "2024-Q1", "html"), tokens.viewer);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    writeFileSync(join(dir, "report.html"), html);
    const ids = [...html.matchAll(/data-update-id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.sort()).toEqual([...expected.inPeriod].sort());
    for (const id of expected.notInPeriod) expect(html).not.toContain(id);
    for (const text of ["A draft in the period", "Returned in the period", "After the period"]) expect(html).not.toContain(text);

    expect(html).toContain("<h1>Progress report to Children, Young People and Families - Overview and Scrutiny Committee</h1>");
    expect(html).toContain("January to March 2024 (2024-Q1)");
    expect(html).toContain("For the meeting of 18 April 2024.");
    // A value with no statistics period (here as at the ChAT's date) is listed beside the trend, never dropped.
    expect(html).toContain(`<th scope="row">Cared for children living in the same placement for 2 or more years</th><td>2024-02-27: 70</td>`);
    // Action 3: OFF_TRACK and RED at the period's end (the later AMBER update is after it), with its comment.
    const action3 = html.slice(html.indexOf(`data-action-id="${PLAN_ACTION(3)}"`), html.indexOf(`data-action-id="${PLAN_ACTION(4)}"`));
    expect(action3).toContain("Status: <strong>Off track</strong>; forecast: <strong>At risk</strong>");
    expect(action3).toContain("Why red:</strong> The only bidder withdrew in March");
    // The heading the action hangs under, named as the document prints it (kind and title).
    expect(action3).toContain("; under: Theme: Improving the life chances of children and young people</p>");
    // Action 6: its update (approved after the period) is listed, but the status at the period's end is not its.
    const action6 = html.slice(html.indexOf(`data-action-id="${PLAN_ACTION(6)}"`), html.indexOf(`data-action-id="${PLAN_ACTION(7)}"`));
    expect(action6).toContain("Status: <strong>Not reported</strong>");
    expect(action6).toContain("Recorded in March, approved in April");
    // Action 2: its update's evidence link, under the note.
    expect(html).toContain(`<p>In the period: the first family hub opened in Barrow</p><p class="evidence">Evidence: <a href="https://www.westmorlandandfurness.gov.uk/board/family-hubs.pdf?a=1&amp;b=2" rel="noopener noreferrer">`);
    // Action 1: no update in the period, status as approved before it.
    const action1 = html.slice(html.indexOf(`data-action-id="${PLAN_ACTION(1)}"`), html.indexOf(`data-action-id="${PLAN_ACTION(2)}"`));
    expect(action1).toContain("Status: <strong>On track</strong>; forecast: <strong>Complete</strong>");
    expect(action1).toContain("No approved update in this period. Status as approved on 1 December 2023.");
    // The chart counts every action of the plan at the period's end.
    const plan = await graph.query(graphql(`query ReportsPlanActionIds { node(id: "WestmorlandAndFurnessPlan:ambition-for-every-child") { ... on Plan { actions { id } } } }`));
    const total = plan.data!.node.actions.length;
    expect(html).toContain(`<svg role="img"`);
    expect(html).toContain(`(${total} in all): Not reported ${total - 3}, On track 2, Off track 1.`);
    expect(html).toContain("Rated red at the end of the period</h3>\n<ul><li>");
    expect(html).toContain("Indicators linked to this plan");
    expect(html).not.toMatch(/<script/i);
  });

  it("is for signed-in partner staff only, and answers bad requests with a code", async () => {
    const cases: Array<[string, string | null, number, string]> = [
      [reportUrl(BOARD, "2024-Q1", "html"), null, 401, "UNAUTHENTICATED"],
      [reportUrl(BOARD, "2024-Q1", "pdf"), null, 401, "UNAUTHENTICATED"],
      [reportUrl(BOARD, "2024-Q1", "html"), await token({ roles: [] }), 403, "FORBIDDEN"],
      [reportUrl(BOARD, "2024-Q1", "html"), "not-a-token", 401, "UNAUTHENTICATED"],
      [reportUrl(BOARD, "2024-Q5", "html"), tokens.viewer, 400, "BAD_USER_INPUT"],
      [reportUrl(BOARD, "last-week", "html"), tokens.viewer, 400, "BAD_USER_INPUT"],
      [reportUrl("WestmorlandAndFurnessBoard:no-such-board", "2024-Q1", "html"), tokens.viewer, 404, "NOT_FOUND"],
      [reportUrl("<script>alert(1)</script>", "2024-Q1", "html"), tokens.viewer, 404, "NOT_FOUND"],
      [`${graph.gateway.url.replace(/\/graphql$/, "")}/reports/${encodeURIComponent(BOARD)}`, tokens.viewer, 404, "NOT_FOUND"],
    ];
    for (const [url, who, status, code] of cases) {
      const response = await get(url, who);
      const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect([url, response.status, body.errors[0].extensions.code]).toEqual([url, status, code]);
      // Errors are JSON, never a page a browser would render.
      expect([url, response.headers.get("content-type"), response.headers.get("x-content-type-options")]).toEqual([url, "application/json; charset=utf-8", "nosniff"]);
    }
  });

  it("reports on a plan as well as on a board", async () => {
    const response = await get(reportUrl("WestmorlandAndFurnessPlan:ambition-for-every-child", "2024-25", "html"), await token({ roles: [Role.VIEWER] }));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Progress report: Ambition for Every Child");
    expect(html).toContain("Financial year 2024-25 (1 April 2024 to 31 March 2025)");
    // In 2024-25: only the update recorded on 1 May 2024.
    expect([...html.matchAll(/data-update-id="([^"]+)"/g)].map((match) => match[1])).toEqual([expected.notInPeriod[1]]);
  });

  pdfIt(
    "prints a PDF whose text and first page hold the report",
    async () => {
      const response = await get(reportUrl(BOARD, "2024-Q1", "pdf"), tokens.viewer);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      const pdf = Buffer.from(await response.arrayBuffer());
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      const file = join(dir, "report.pdf");
      writeFileSync(file, pdf);
      const text = spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).stdout.replace(/\s+/g, " ");
      for (const phrase of [
        "Progress report to",
        "January to March 2024 (2024-Q1)",
        "For the meeting of 18 April 2024.",
        "In the period: the first family hub opened in Barrow",
        "Why red: The only bidder withdrew in March",
        "Rated red at the end of the period",
      ]) {
        expect([phrase, text.includes(phrase)]).toEqual([phrase, true]);
      }
      for (const absent of ["A draft in the period", "Returned in the period", "After the period"]) expect(text).not.toContain(absent);
      // The first page as an image: a real page with ink on it, not a blank one.
      const prefix = join(dir, "page");
      expect(spawnSync("pdftoppm", ["-gray", "-r", "50", "-f", "1", "-l", "1", file, prefix]).status).toBe(0);
      const image = readdirSync(dir).find((name) => name.startsWith("page") && name.endsWith(".pgm"))!;
      // A binary PGM: "P5", width, height, maximum value, then one byte per pixel.
      const pgm = readFileSync(join(dir, image));
      const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 50).toString("latin1"))!;
      const pixels = pgm.subarray(header[0].length);
      expect(pixels.length).toBe(Number(header[1]) * Number(header[2]));
      const ink = pixels.filter((value) => value < 128).length / pixels.length;
      expect(ink).toBeGreaterThan(0.01);
      expect(ink).toBeLessThan(0.5);
    },
    60_000,
  );
});

describe("npm run report", () => {
  pdfIt(
    "writes the HTML and PDF report from the configured databases",
    async () => {
      const out = join(dir, "command");
      await withReportCommand(dir, (report) => {
        const run = report(["--board", "CumberlandBoard:children-and-young-peoples-partnership-boards", "--period", "2026-Q4", "--out", out]);
        expect([run.status, run.stderr]).toEqual([0, ""]);
        const html = join(out, "CumberlandBoard-children-and-young-peoples-partnership-boards-2026-Q4.html");
        const pdf = join(out, "CumberlandBoard-children-and-young-peoples-partnership-boards-2026-Q4.pdf");
        expect(run.stdout).toBe(`wrote ${html}\nwrote ${pdf}\n`);
        expect(existsSync(html) && existsSync(pdf)).toBe(true);
        const text = pdfText(pdf);
        expect(text).toContain("Progress report to Children and Young People's Partnership boards");
        expect(text).toContain("Children and Family Wellbeing Strategic Plan");
        const bad = report(["--board", "x"]);
        expect(bad.status).toBe(1);
        expect(bad.stderr).toMatch(/^usage: npm run report/);
      });
    },
    60_000,
  );
});
