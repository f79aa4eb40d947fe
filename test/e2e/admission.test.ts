import { queryLimits } from "../../lib/config/env";
import { startTestGraph, type TestGraph } from "../helpers/graph";

/**
 * The gateway's cost gate through the public surface: costly queries past the budget wait their turn
 * and are all answered; past the queue, the answer is 503 SERVER_BUSY with Retry-After.
 */
const COSTLY = `{ councils { id plans { id actions { id title description status } } } }`;

const post = async (url: string, query: string) => {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> } };
};

describe("admission by cost at the gateway", () => {
  let graph: TestGraph;
  afterEach(() => graph?.close());

  it("answers every costly query when they come together, one after another within the budget", async () => {
    graph = await startTestGraph({ admission: { costBudget: 1, maxQueued: 50 } });
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(graph.gateway.url, COSTLY)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200));
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
  });

  it("refuses requests past the queue with 503 SERVER_BUSY and Retry-After, and serves the rest", async () => {
    graph = await startTestGraph({ admission: { costBudget: 1, maxQueued: 2 }, limits: queryLimits({}) });
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(graph.gateway.url, COSTLY)));
    const busy = answers.filter((answer) => answer.status === 503);
    const served = answers.filter((answer) => answer.status === 200);
    expect(busy.length).toBeGreaterThan(0);
    expect(served.length).toBeGreaterThanOrEqual(3);
    expect(busy.length + served.length).toBe(8);
    for (const answer of busy) {
      expect(answer.retryAfter).toBe("1");
      expect(answer.body.errors?.[0].extensions?.code).toBe("SERVER_BUSY");
    }
    // The gate is empty again: a query afterwards runs at once.
    expect((await post(graph.gateway.url, COSTLY)).status).toBe(200);
  });
});
