import type { IncomingMessage, ServerResponse } from "node:http";
import { comparisonCsv, type CsvCouncil } from "../../lib/comparison/csv";
import { httpClient, RouteError } from "../../lib/server/gateway-client";
import { sendCodedError } from "../../lib/server/http";

export const COMPARISONS_PREFIX = "/comparisons/";
const PATH = /^\/comparisons\/([a-z0-9][a-z0-9-]{0,99})\.csv$/;

export const COMPARISON_CSV_QUERY = `query ComparisonCsv($code: String!, $set: String) {
  indicatorComparison(code: $code, neighbourSet: $set) {
    councils {
      geography { code name laCode }
      region { code name laCode }
      series { timePeriod timeIdentifier council { value status } region { value status } england { value status } }
      predecessor { gssCode name laCode series { timePeriod timeIdentifier council { value status } region { value status } england { value status } } }
    }
  }
}`;

/**
 * GET /comparisons/<indicator code>.csv[?neighbourSet=<name>]: the indicator comparison
 * (Query.indicatorComparison) as CSV in the published files' columns, for anyone (the comparison is
 * public data). Read through this gateway's own /graphql.
 */
export function comparisonRoute(options: { graphqlUrl: () => string; internalHeaders?: Record<string, string> }) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    const match = PATH.exec(url.pathname);
    if (!match) return sendCodedError(response, 404, "NOT_FOUND", "Comparisons are at /comparisons/<indicator code>.csv");
    const set = url.searchParams.get("neighbourSet");
    try {
      const data = await httpClient(options.graphqlUrl(), request.headers.authorization, options.internalHeaders)<{ indicatorComparison: { councils: CsvCouncil[] } | null }>(COMPARISON_CSV_QUERY, { code: match[1], set });
      if (!data.indicatorComparison) return sendCodedError(response, 404, "NOT_FOUND", `There is no indicator ${match[1]}`);
      response.writeHead(200, {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${match[1]}-comparison.csv"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      });
      response.end(comparisonCsv(match[1], data.indicatorComparison.councils));
    } catch (error) {
      if (error instanceof RouteError) return sendCodedError(response, error.status, error.code, error.message);
      return sendCodedError(response, 500, "INTERNAL_SERVER_ERROR", "The comparison could not be made");
    }
  };
}
