import type { IncomingMessage, ServerResponse } from "node:http";
import type { Identity } from "../../lib/auth/identity";
import type { SessionReader } from "./auth-routes";
import { buildBoardReport } from "../../lib/reports/board-report";
import { buildJointReport } from "../../lib/reports/joint-report";
import { jointReportHtml } from "../../lib/reports/joint-html";
import { httpClient, RouteError } from "../../lib/server/gateway-client";
import { sendCodedError } from "../../lib/server/http";
import { reportHtml } from "../../lib/reports/html";
import { htmlToPdf } from "../../lib/reports/pdf";
import { QueueFull, RenderQueue } from "../../lib/reports/render-queue";
import { pdfQueueSettings, type PdfQueueSettings } from "../../lib/config/env";
import { parsePeriod, PERIOD_FORMS } from "../../lib/reports/period";

export const REPORTS_PREFIX = "/reports/";
const PATH = /^\/reports\/([^/]{1,300})\/([^/]{1,20})\.(html|pdf)$/;

/** Seconds a client refused for a full PDF queue is asked to wait: about one report's printing. */
const PDF_RETRY_AFTER_SECONDS = 10;

/** A joint initiative's report: its global id ("JointInitiative:regional-adoption-agency") or its key, as Query.jointInitiative takes them. */
export const isJointInitiativeId = (id: string): boolean => id.startsWith("JointInitiative:") || !id.includes(":");

/**
 * GET /reports/<board or plan id>/<period>.html (or .pdf): a progress report for signed-in partner
 * staff, e.g. /reports/CumberlandBoard:children-and-young-peoples-partnership-boards/2026-Q4.pdf; and
 * GET /reports/<joint initiative id or key>/<period>.html (or .pdf), whose public parts anyone may read
 * (its joint actions need sign-in, and the report says so). The report reads the graph through this
 * gateway's own /graphql as its caller, so it holds exactly what that caller may read, and only
 * approved updates (lib/reports/board-report.ts, joint-report.ts). The caller is a bearer token, else
 * the sign-in session's cookie alone (a report link opened in the browser: see SignIn.readSession for
 * why a read-only GET needs no CSRF token), else anonymous.
 */
export function reportRoute(options: {
  graphqlUrl: () => string;
  verifyBearer: (authorization: string | undefined) => Promise<Identity | null>;
  /** The person a sign-in session cookie names (gateway/src/auth-routes.ts); absent when sign-in is off. */
  readSession?: (request: IncomingMessage) => Promise<SessionReader | null>;
  internalHeaders?: Record<string, string>;
  /** Headless Chromium is heavy: a few print at once, a few wait, the rest are refused 503 (PDF_CONCURRENCY, PDF_QUEUE_LENGTH). */
  pdf?: Partial<PdfQueueSettings> & { render?: (html: string) => Promise<Buffer> };
}) {
  const settings = { ...pdfQueueSettings({}), ...options.pdf };
  const queue = new RenderQueue(settings.concurrency, settings.queueLength);
  const render = options.pdf?.render ?? htmlToPdf;

  /** A bearer token first (unchanged for API clients), else the session cookie, else anonymous; throws for a bad token. */
  async function callerOf(request: IncomingMessage): Promise<{ identity: Identity | null; headers: Record<string, string> }> {
    const authorization = request.headers.authorization;
    if (authorization) return { identity: await options.verifyBearer(authorization), headers: { authorization } };
    return (await options.readSession?.(request)) ?? { identity: null, headers: {} };
  }

  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    const match = PATH.exec(url.pathname);
    if (!match) return sendCodedError(response, 404, "NOT_FOUND", "Reports are at /reports/<board, plan or joint initiative id>/<period>.html or .pdf");
    let caller: { identity: Identity | null; headers: Record<string, string> };
    try {
      caller = await callerOf(request);
    } catch (error) {
      return sendCodedError(response, 401, "UNAUTHENTICATED", (error as Error).message);
    }
    let id: string;
    try {
      id = decodeURIComponent(match[1]);
    } catch {
      return sendCodedError(response, 400, "BAD_USER_INPUT", "The report's id is not valid URL encoding");
    }
    const joint = isJointInitiativeId(id);
    if (!caller.identity && !joint) return sendCodedError(response, 401, "UNAUTHENTICATED", "Progress reports are for signed-in partner staff: sign in, or send a bearer token");
    // A joint report's public parts are anyone's: signed in without a role, one gets what anonymous gets.
    if (caller.identity && caller.identity.roles.length === 0 && !joint) return sendCodedError(response, 403, "FORBIDDEN", "Progress reports need a role (VIEWER at least)");
    const period = parsePeriod(match[2]);
    if (!period) return sendCodedError(response, 400, "BAD_USER_INPUT", `"${match[2]}" is not a reporting period: use ${PERIOD_FORMS}`);
    try {
      const client = httpClient(options.graphqlUrl(), undefined, { ...options.internalHeaders, ...caller.headers });
      const html = joint ? jointReportHtml(await buildJointReport(client, id, period)) : reportHtml(await buildBoardReport(client, id, period));
      const headers = {
        "cache-control": "no-store",
        // The page is static: its own inline style and an inline SVG chart, nothing else (base-uri and
        // form-action are not covered by default-src).
        "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
        "x-content-type-options": "nosniff",
      };
      if (match[3] === "html") {
        response.writeHead(200, { ...headers, "content-type": "text/html; charset=utf-8" });
        return void response.end(html);
      }
      const pdf = await queue.run(() => render(html));
      response.writeHead(200, { ...headers, "content-type": "application/pdf", "content-disposition": `inline; filename="progress-report-${period.key}.pdf"` });
      response.end(pdf);
    } catch (error) {
      if (error instanceof QueueFull) {
        response.setHeader("retry-after", String(PDF_RETRY_AFTER_SECONDS));
        return sendCodedError(response, 503, "PDF_QUEUE_FULL", "Too many reports are being printed: try again shortly");
      }
      if (error instanceof RouteError) return sendCodedError(response, error.status, error.code, error.message);
      return sendCodedError(response, 500, "INTERNAL_SERVER_ERROR", "The report could not be made");
    }
  };
}
