import { jointReportHtml } from "../../lib/reports/joint-html";
import type { JointReport, ReportCouncilAction, ReportSource } from "../../lib/reports/joint-report";
import type { ReportUpdate } from "../../lib/reports/board-report";

/**
 * Every text of a joint initiative's report comes from the graph, and joint actions, milestones and
 * progress notes are typed in by staff: each must come out as text, never as markup. The report is
 * printed in headless Chromium too, where no CSP header applies, so escaping is the only guard there.
 */
const HOSTILE = `<img src=x onerror=alert(1)>"'><script>alert(2)</script>&`;
const hostile = (label: string): string => `${label} ${HOSTILE}`;
const ESCAPED = "&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&gt;&lt;script&gt;alert(2)&lt;/script&gt;&amp;";

const source = (label: string, url: string | null): ReportSource => ({
  document: { title: hostile(`${label} title`), publisher: hostile(`${label} publisher`), published: "2024-09-01", url },
  section: hostile(`${label} section`),
  quote: hostile(`${label} quote`),
});
const person = (label: string) => ({ name: hostile(label), team: hostile(`${label} team`) });
const update = (label: string, evidenceUrl: string | null): ReportUpdate => ({
  id: hostile(`${label} id`),
  status: "OFF_TRACK",
  forecastStatus: "AT_RISK",
  rag: "RED",
  note: hostile(`${label} note`),
  explanation: hostile(`${label} explanation`),
  evidenceUrl,
  recordedAt: "2026-11-02T10:00:00.000Z",
  decidedAt: "2026-11-03T10:00:00.000Z",
  recordedBy: person(`${label} recorder`),
  decidedBy: person(`${label} approver`),
});
const councilAction = (label: string): ReportCouncilAction => ({
  id: hostile(`${label} id`),
  found: { title: hostile(`${label} title`), council: hostile(`${label} council`), plan: hostile(`${label} plan`), source: source(`${label} source`, `https://example.org/"><script>alert(3)</script>`) },
  status: "ON_TRACK",
  forecastStatus: null,
  rag: "AMBER",
});

const report: JointReport = {
  initiative: {
    id: hostile("initiative id"),
    name: hostile("initiative name"),
    kind: "REGIONAL_ADOPTION_AGENCY",
    status: "OPERATING",
    summary: hostile("summary"),
    partners: [hostile("partner one"), hostile("partner two")],
    hostedBy: hostile("host"),
    sources: [source("initiative source", "javascript:alert(4)")],
    statusSource: source("status source", null),
  },
  period: { key: "2026-Q4", label: "October to December 2026 (2026-Q4)", start: "2026-10-01", end: "2026-12-31" },
  generatedAt: "2026-12-06T03:00:00.000Z",
  jointActions: [
    {
      id: hostile("joint action id"),
      title: hostile("joint action title"),
      description: hostile("description"),
      owner: hostile("owner"),
      dueDate: "2027-06-30",
      createdAt: "2026-10-05T09:00:00.000Z",
      createdBy: person("creator"),
      milestones: [{ title: hostile("milestone"), dueDate: "2027-01-31" }],
      status: "OFF_TRACK",
      forecastStatus: "AT_RISK",
      rag: "RED",
      updates: [update("update", `https://example.org/evidence?q=${HOSTILE}`), update("second update", "javascript:alert(5)")],
      basis: update("basis", null),
      advances: [councilAction("advanced"), { id: hostile("missing id"), found: null, status: "NOT_REPORTED", forecastStatus: null, rag: null }],
      withdrawn: { on: "2026-12-01", reason: hostile("withdrawal reason") },
    },
  ],
  createdLater: 1,
  councilActions: [councilAction("rests on")],
};

const html = jointReportHtml(report);
/** The elements the report is made of: anything else came from the data. */
const ELEMENTS = new Set(["html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "h4", "p", "strong", "span", "ul", "ol", "li", "q", "a", "section", "table", "thead", "tbody", "tr", "th", "td", "br", "footer"]);

describe("jointReportHtml with hostile text in every field", () => {
  it("makes no element, attribute or script of it", () => {
    const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((match) => match[1].toLowerCase());
    expect(tags.filter((tag) => !ELEMENTS.has(tag))).toEqual([]);
    // Attribute values are quoted and escape their quotes: outside them, no event handler.
    const unquoted = html.replace(/="[^"]*"/g, '=""');
    expect(unquoted).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/href="(?!https?:\/\/)/);
  });

  it("shows each text, escaped", () => {
    for (const label of [
      "initiative name",
      "summary",
      "partner one",
      "partner two",
      "host",
      "initiative source title",
      "initiative source publisher",
      "initiative source section",
      "initiative source quote",
      "status source title",
      "joint action title",
      "joint action id",
      "description",
      "owner",
      "creator",
      "milestone",
      "update note",
      "update explanation",
      "update recorder",
      "update approver",
      "update id",
      "advanced title",
      "advanced council",
      "advanced plan",
      "advanced id",
      "missing id",
      "advanced source title",
      "rests on title",
      "rests on id",
      "initiative id",
      "withdrawal reason",
    ]) {
      expect(html).toContain(`${label} ${ESCAPED}`);
    }
  });

  it("links an update's http(s) evidence, escaped, and makes no link of another scheme", () => {
    const evidence = `https://example.org/evidence?q=${ESCAPED}`;
    expect(html).toContain(`<p class="evidence">Evidence: <a href="${evidence}" rel="noopener noreferrer">${evidence}</a></p>`);
    expect(html).not.toContain("javascript:alert(5)");
  });
});
