import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { LoadRunBounds } from "../lib/config/env";
import { projectRoot } from "../lib/config/project";
import { runLoad, type LoadResult } from "./load";

/**
 * One example operation (examples/<name>.graphql) under bounded load against a running graph, for
 * `npm run load` and `npm run bench:cache`. The first answer, which must have no errors, is the
 * expected one: every answer under load is checked against it (a wrong one counts in `wrong`).
 */
export async function loadExample(url: string, example: string, bounds: LoadRunBounds): Promise<LoadResult> {
  const body = JSON.stringify({ query: readFileSync(join(projectRoot, "examples", `${example}.graphql`), "utf8") });
  const first = await (await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body })).text();
  const parsed = JSON.parse(first) as { data?: unknown; errors?: unknown };
  if (parsed.errors !== undefined || parsed.data === undefined) throw new Error(`${example} answers with errors: ${first.slice(0, 300)}`);
  const result = await runLoad({ url, requests: [{ body, expected: JSON.stringify(parsed.data) }], seconds: bounds.seconds, connections: bounds.connections, select: (data) => data });
  return { ...result, requestsPerSecond: Math.round(result.requestsPerSecond) };
}
