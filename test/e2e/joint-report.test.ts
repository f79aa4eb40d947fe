import { spawnSync } from "node:child_process";
import { pdfText, withReportCommand } from "../helpers/report-command";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startDevProvider, type RunningDevProvider } from "../../lib/auth/dev-provider";
import { oidcSettings } from "../../lib/config/env";
import { freePort } from "../../lib/server/free-port";
import { SIGN_IN_NEEDED } from "../../lib/reports/joint-html";
import { chromiumPath } from "../../lib/reports/pdf";
import { startTestGraph, type TestGraph } from "../helpers/graph";
import { signInOverHttp } from "../helpers/http-sign-in";
import { recordApproved, write } from "../helpers/sign-off";
import { roleTokens, token } from "../helpers/tokens";
import { graphql } from "../../generated/test";

/**
 * The joint initiative's progress report (the Regional Adoption Agency), from the gateway: the
 * initiative and its sources, each joint action with the updates approved in the quarter, its status
 * at the quarter's end and the council actions it advances, and the council actions the initiative
 * rests on. Anyone gets the public parts (and is told joint actions need sign-in); a bearer token or
 * the sign-in session's cookie gets the joint actions. The PDF is read back with pdftotext.
 */
const INITIATIVE = "JointInitiative:regional-adoption-agency";
const ADVANCES = ["WestmorlandAndFurnessAction:ambition-for-every-child.a26", "CumberlandAction:children-and-family-wellbeing-plan.a35"];
const CREATE = graphql(`mutation JointReportCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id version } errors { code field message } } }`);
const havePdfTools = chromiumPath() !== null && spawnSync("pdftotext", ["-v"]).status === 0;
if (!havePdfTools) process.stdout.write("joint-report.test: Chromium or pdftotext missing: the PDF checks are skipped (bash .ci/run installs both)\n");
const pdfIt = havePdfTools ? it : it.skip;

/** The calendar quarter a date falls in, and the quarters `offset` away from it (2026-Q4 +1 = 2027-Q1). */
function quarterOf(iso: string, offset = 0): string {
  const index = Number(iso.slice(0, 4)) * 4 + Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + offset;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

let provider: RunningDevProvider;
let graph: TestGraph;
let origin: string;
let tokens: Record<string, string | null>;
const dir = mkdtempSync(join(tmpdir(), "joint-report-"));
const made = { actionId: "", updateId: "", recordedAt: "", draftNote: "A draft, never submitted" };
const TITLE = "Recruit adopters for brothers and sisters together";

beforeAll(async () => {
  // The redirect URI is registered before the gateway listens: pick its port first.
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  provider = await startDevProvider({ host: "127.0.0.1", port: 0, redirectUris: [`${origin}/auth/callback`], postLogoutRedirectUris: [`${origin}/auth/signed-out`] });
  graph = await startTestGraph({ gatewayPort: port, oidc: oidcSettings({ OIDC_DEV_PORT: new URL(provider.issuer).port }, port)! });
  tokens = await roleTokens();

  const created = await graph.queryAs(tokens.partnershipEditor, CREATE, {
    input: {
      initiativeId: "regional-adoption-agency",
      title: TITLE,
      description: "A campaign across the Cumbria footprint for adopters of sibling groups.",
      owner: "Head of Cumbria Adoption",
      dueDate: "2027-06-30",
      milestones: [
        { title: "Campaign launched", dueDate: "2027-01-31" },
        { title: "First panel approvals", dueDate: "2027-05-31" },
      ],
      advances: ADVANCES,
    },
  });
  expect(created.body.data!.createJointAction.errors).toEqual([]);
  made.actionId = created.body.data!.createJointAction.jointAction!.id;
  // Recorded, submitted and approved: RED, with the explanation a RED needs.
  const approved = await recordApproved(graph, "Joint", tokens.partnershipEditor!, tokens.partnershipApprover!, {
    actionId: made.actionId,
    expectedVersion: 0,
    status: "OFF_TRACK",
    forecastStatus: "AT_RISK",
    rag: "RED",
    note: "Two of the four information evenings were cancelled",
    explanation: "The venue contract fell through in both councils",
  });
  made.updateId = approved.update.id;
  // A later draft, never submitted: never in a report.
  const draft = await write(graph, tokens.partnershipEditor, "Joint", "record", { actionId: made.actionId, expectedVersion: 1, status: "ON_TRACK", note: made.draftNote });
  expect(draft.payload!.errors).toEqual([]);
  const updates = await graph.queryAs(tokens.viewer, graphql(`query JointReportApprovedUpdates($id: ID!) { node(id: $id) { ... on JointAction { updates(states: [APPROVED]) { nodes { id recordedAt } } } } }`), { id: made.actionId });
  made.recordedAt = updates.body.data!.node.updates.nodes.find((update) => update.id === made.updateId)!.recordedAt;
}, 60_000);
afterAll(async () => {
  await graph?.close();
  await provider?.close();
  rmSync(dir, { recursive: true, force: true });
});

const reportUrl = (id: string, period: string, format: "html" | "pdf"): string => `${origin}/reports/${encodeURIComponent(id)}/${period}.${format}`;
const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers });
const bearer = (token: string | null): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});
const updateIds = (html: string): string[] => [...html.matchAll(/data-update-id="([^"]+)"/g)].map((match) => match[1]);

async function restsOn(): Promise<string[]> {
  const answer = await graph.queryAs(null, graphql(`query JointReportCouncilActionIds { jointInitiative(id: "regional-adoption-agency") { councilActions { id } } }`));
  return answer.body.data!.jointInitiative.councilActions.map((action) => action.id);
}

describe("the joint initiative's report, with a bearer token", () => {
  it("holds the initiative, the joint action with the update approved in its quarter (and its RED explanation), the council actions it advances and those the initiative rests on", async () => {
    const quarter = quarterOf(made.recordedAt);
    const response = await get(reportUrl(INITIATIVE, quarter, "html"), bearer(tokens.viewer));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    // No script, no frame around it, no <base> or form: nothing the page's text could turn into one.
    const csp = (response.headers.get("content-security-policy") ?? "").split(/;\s*/);
    expect(csp).toEqual(expect.arrayContaining(["default-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'"]));
    expect(csp.join(";")).not.toMatch(/script-src/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const html = await response.text();
    writeFileSync(join(dir, "report.html"), html);
    expect(html).toContain("<h1>Progress report: Regional Adoption Agency");
    expect(html).toContain(`(${quarter})`);
    expect(html).toMatch(/Status: <strong>(Operating|In development|Ended)<\/strong>/);
    expect(html).toContain("<h3>Sources</h3>");
    expect(html).not.toContain(SIGN_IN_NEEDED);
    expect(html).not.toMatch(/<script/i);

    // Exactly the approved update of the quarter: not the later draft.
    expect(updateIds(html)).toEqual([made.updateId]);
    expect(html).not.toContain(made.draftNote);
    const action = html.slice(html.indexOf(`data-joint-action-id="${made.actionId}"`), html.indexOf("Council actions the initiative rests on"));
    expect(action).toContain(`<h3>${TITLE}</h3>`);
    expect(action).toContain("Owner: <strong>Head of Cumbria Adoption</strong>; due: <strong>30 June 2027</strong>");
    expect(action).toContain('Status: <strong>Off track</strong>; forecast: <strong>At risk</strong>; <span class="rag rag-red">Red</span>');
    expect(action).toContain("<li>Campaign launched, by 31 January 2027</li><li>First panel approvals, by 31 May 2027</li>");
    expect(action).toContain("Two of the four information evenings were cancelled");
    expect(action).toContain("by Adoption agency lead, approved by Partnership approver");
    expect(action).toContain("Why red:</strong> The venue contract fell through in both councils");
    // The council actions it advances, each with its council and standing.
    for (const id of ADVANCES) expect(action).toContain(`data-council-action-id="${id}"`);
    expect(action).toContain("<td>Westmorland and Furness Council</td>");
    expect(action).toContain("<td>Cumberland Council</td>");
    expect(html).toContain("Rated red at the end of the period:</p><ul><li>Recruit adopters for brothers and sisters together: The venue contract fell through in both councils</li></ul>");

    // The council actions the initiative rests on, with their sources.
    const foundation = html.slice(html.indexOf("Council actions the initiative rests on"));
    const ids = await restsOn();
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(foundation).toContain(`data-council-action-id="${id}"`);
    expect(foundation).toContain("section “");
  });

  it("is the same report by the initiative's key, and the update is in its own quarter only", async () => {
    const quarter = quarterOf(made.recordedAt);
    const byKey = await (await get(reportUrl("regional-adoption-agency", quarter, "html"), bearer(tokens.viewer))).text();
    expect(updateIds(byKey)).toEqual([made.updateId]);

    // The next quarter: the action still stands as approved, with no update of its own.
    const next = await get(reportUrl(INITIATIVE, quarterOf(made.recordedAt, 1), "html"), bearer(tokens.viewer));
    expect(next.status).toBe(200);
    const nextHtml = await next.text();
    expect(updateIds(nextHtml)).toEqual([]);
    expect(nextHtml).not.toContain("Two of the four information evenings were cancelled");
    const action = nextHtml.slice(nextHtml.indexOf(`data-joint-action-id="${made.actionId}"`));
    expect(action).toContain("Status: <strong>Off track</strong>");
    expect(action).toMatch(/No approved update in this period\. Status as approved on \d{1,2} \w+ \d{4}\./);

    // The quarter before: the action did not exist yet.
    const before = await (await get(reportUrl(INITIATIVE, quarterOf(made.recordedAt, -1), "html"), bearer(tokens.viewer))).text();
    expect(updateIds(before)).toEqual([]);
    expect(before).not.toContain(made.actionId);
    expect(before).toContain("1 joint action was created after this period and is not in this report.");
  });

  it("answers bad requests with a code, and a bad bearer token still with 401", async () => {
    const cases: Array<[string, Record<string, string>, number, string]> = [
      [reportUrl(INITIATIVE, "2026-Q5", "html"), bearer(tokens.viewer), 400, "BAD_USER_INPUT"],
      [reportUrl("JointInitiative:no-such-initiative", "2026-Q4", "html"), bearer(tokens.viewer), 404, "NOT_FOUND"],
      [reportUrl("no-such-initiative", "2026-Q4", "html"), {}, 404, "NOT_FOUND"],
      [reportUrl(INITIATIVE, "2026-Q4", "html"), bearer("not-a-token"), 401, "UNAUTHENTICATED"],
    ];
    for (const [url, headers, status, code] of cases) {
      const response = await get(url, headers);
      const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect([url, response.status, body.errors[0].extensions.code]).toEqual([url, status, code]);
    }
  });

  pdfIt(
    "prints a PDF holding the joint action and its update",
    async () => {
      const response = await get(reportUrl(INITIATIVE, quarterOf(made.recordedAt), "pdf"), bearer(tokens.viewer));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      const file = join(dir, "report.pdf");
      writeFileSync(file, Buffer.from(await response.arrayBuffer()));
      const text = spawnSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).stdout.replace(/\s+/g, " ");
      for (const phrase of [
        "Progress report: Regional Adoption Agency",
        TITLE,
        "Two of the four information evenings were cancelled",
        "Why red: The venue contract fell through in both councils",
        "Council actions the initiative rests on",
      ]) {
        expect([phrase, text.includes(phrase)]).toEqual([phrase, true]);
      }
    },
    60_000,
  );
});

describe("without a credential", () => {
  it("answers with the public parts and says plainly that joint actions need sign-in", async () => {
    for (const format of ["html", "pdf"] as const) {
      if (format === "pdf" && !havePdfTools) continue;
      const response = await get(reportUrl(INITIATIVE, quarterOf(made.recordedAt), format));
      expect([format, response.status]).toEqual([format, 200]);
      if (format === "pdf") {
        const file = join(dir, "anonymous.pdf");
        writeFileSync(file, Buffer.from(await response.arrayBuffer()));
        const text = pdfText(file);
        expect(text).toContain("Joint actions are for signed-in partner staff");
        expect(text).not.toContain(TITLE);
        continue;
      }
      const html = await response.text();
      expect(html).toContain(SIGN_IN_NEEDED);
      expect(html).toContain("<h1>Progress report: Regional Adoption Agency");
      expect(html).not.toContain(TITLE);
      expect(html).not.toContain(made.actionId);
      for (const id of await restsOn()) expect(html).toContain(`data-council-action-id="${id}"`);
    }
    // A forged session cookie counts for nothing: the same public report.
    const forged = await get(reportUrl(INITIATIVE, quarterOf(made.recordedAt), "html"), { cookie: "graph_session=forged.value" });
    expect(forged.status).toBe(200);
    expect(await forged.text()).toContain(SIGN_IN_NEEDED);
    // Board reports stay for signed-in staff only.
    const board = await get(reportUrl("CumberlandBoard:children-and-young-peoples-partnership-boards", "2026-Q4", "html"), { cookie: "graph_session=forged.value" });
    expect(board.status).toBe(401);
  });
});

describe("signed in without a role", () => {
  it("gets the public parts, as anyone does (not 403), and no joint action; a board report stays 403", async () => {
    const roleless = bearer(await token({ roles: [] }));
    const response = await get(reportUrl(INITIATIVE, quarterOf(made.recordedAt), "html"), roleless);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(SIGN_IN_NEEDED);
    expect(html).not.toContain(TITLE);
    expect(html).not.toContain(made.actionId);
    const board = await get(reportUrl("CumberlandBoard:children-and-young-peoples-partnership-boards", "2026-Q4", "html"), roleless);
    expect(board.status).toBe(403);
  });
});

describe("with the sign-in session's cookie (a report link opened in the browser)", () => {
  it("a signed-in person opens the joint report and a board report with the cookie alone: no bearer token, no CSRF header", async () => {
    const browser = await signInOverHttp(origin, "raa.lead");
    const response = await browser.request(reportUrl(INITIATIVE, quarterOf(made.recordedAt), "html"));
    expect(response.status).toBe(200);
    // A person's report: never kept by a shared cache.
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).not.toContain(SIGN_IN_NEEDED);
    expect(html).toContain(`<h3>${TITLE}</h3>`);
    expect(updateIds(html)).toEqual([made.updateId]);
    // Signed-in staff see who did what.
    expect(html).toContain("by Adoption agency lead, approved by Partnership approver");

    const board = await browser.request(reportUrl("CumberlandBoard:children-and-young-peoples-partnership-boards", "2026-Q4", "html"));
    expect(board.status).toBe(200);
    expect(await board.text()).toContain("<h1>Progress report to Children and Young People&#39;s Partnership boards</h1>");

    // After signing out the cookie is gone and the report is the public one again.
    const session = (await (await browser.request(`${origin}/auth/session`)).json()) as { csrfToken: string };
    await browser.request(`${origin}/auth/logout`, { method: "POST", form: { csrfToken: session.csrfToken } });
    const after = await browser.request(reportUrl(INITIATIVE, quarterOf(made.recordedAt), "html"));
    expect(after.status).toBe(200);
    expect(await after.text()).toContain(SIGN_IN_NEEDED);
  });
});

describe("a joint action withdrawn in the period, with hostile text", () => {
  it("stays in the period's report, marked withdrawn with its reason, out of the count at the period's end; out of the next period's; its text comes out as text", async () => {
    const title = "<img src=x onerror=alert(1)> Withdrawn in the quarter";
    const created = await graph.queryAs(tokens.partnershipEditor, CREATE, {
      input: { initiativeId: "regional-adoption-agency", title, owner: `"><script>alert(2)</script>`, milestones: [{ title: "<b onmouseover=alert(3)>bold</b>" }] },
    });
    expect(created.body.data!.createJointAction.errors).toEqual([]);
    const id = created.body.data!.createJointAction.jointAction!.id;
    const approved = await recordApproved(graph, "Joint", tokens.partnershipEditor!, tokens.partnershipApprover!, {
      actionId: id,
      expectedVersion: 0,
      status: "ON_TRACK",
      rag: "GREEN",
      note: "<iframe src=https://example.org></iframe> Going well",
      evidenceUrl: `https://example.org/report?q="><script>alert(5)</script>`,
    });
    const withdrawn = await graph.queryAs(tokens.partnershipEditor, graphql(`mutation JointReportWithdraw($input: WithdrawJointActionInput!) { withdrawJointAction(input: $input) { errors { code } } }`), {
      input: { jointActionId: id, expectedRevision: 0, reason: "<script>alert(4)</script> Merged into the recruitment campaign" },
    });
    expect(withdrawn.body.data!.withdrawJointAction.errors).toEqual([]);

    const quarter = quarterOf(new Date().toISOString());
    const html = await (await get(reportUrl(INITIATIVE, quarter, "html"), bearer(tokens.viewer))).text();
    const block = html.slice(html.indexOf(`data-joint-action-id="${id}"`));
    expect(block).toContain("<h3>&lt;img src=x onerror=alert(1)&gt; Withdrawn in the quarter</h3>");
    expect(block).toMatch(/<strong>Withdrawn on \d{1,2} \w+ \d{4}<\/strong>: &lt;script&gt;alert\(4\)&lt;\/script&gt; Merged into the recruitment campaign/);
    expect(block).toContain("Owner: <strong>&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;</strong>");
    expect(block).toContain("<li>&lt;b onmouseover=alert(3)&gt;bold&lt;/b&gt;</li>");
    expect(block).toContain("&lt;iframe src=https://example.org&gt;&lt;/iframe&gt; Going well");
    expect(updateIds(block)).toContain(approved.update.id);
    expect(block).toContain(`<a href="https://example.org/report?q=&quot;&gt;&lt;script&gt;alert(5)&lt;/script&gt;" rel="noopener noreferrer">`);
    expect(html).toMatch(/joint actions? at the period's end: [^<]*\. 1 was withdrawn in the period\./);
    expect(html).not.toMatch(/<(img|script|iframe|b)[\s>]/i);

    // The next period began after the withdrawal: the action is not in it.
    const next = await (await get(reportUrl(INITIATIVE, quarterOf(new Date().toISOString(), 1), "html"), bearer(tokens.viewer))).text();
    expect(next).not.toContain(id);
    expect(next).not.toContain("withdrawn in the period");
  });
});

describe("npm run report -- --initiative", () => {
  pdfIt(
    "writes the joint initiative's HTML and PDF report",
    async () => {
      const out = join(dir, "command");
      await withReportCommand(dir, (report) => {
        const run = report(["--initiative", "regional-adoption-agency", "--period", "2026-Q4", "--out", out]);
        expect([run.status, run.stderr]).toEqual([0, ""]);
        const html = join(out, "regional-adoption-agency-2026-Q4.html");
        const pdf = join(out, "regional-adoption-agency-2026-Q4.pdf");
        expect(run.stdout).toBe(`wrote ${html}\nwrote ${pdf}\n`);
        const text = pdfText(pdf);
        expect(text).toContain("Progress report: Regional Adoption Agency");
        expect(text).toContain("Council actions the initiative rests on");
        // The command reads as a signed-in viewer: the joint actions part is there, not the sign-in notice.
        expect(text).not.toContain("Joint actions are for signed-in partner staff");
      });
    },
    60_000,
  );
});
