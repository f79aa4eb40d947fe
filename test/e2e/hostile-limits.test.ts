import { createServer, type IncomingMessage, type Server } from "node:http";
import { connect, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { GATEWAY_PROOF_HEADER } from "../../lib/auth/gateway-proof";
import { GATEWAY_IDENTITY_HEADER, InternalTokenSigner } from "../../lib/auth/internal-token";
import { Role } from "../../lib/auth/identity";
import { queryLimits, type RateLimitSettings } from "../../lib/config/env";
import { startTestGraph, type Settled, type TestGraph, codeOf } from "../helpers/graph";
import { graphql } from "../../generated/test";
import type { TypedDocumentString } from "../../generated/test/graphql";
import { token } from "../helpers/tokens";
import { CYCLE_QUERY } from "../helpers/hostile-queries";
import { councilNames } from "../helpers/councils";

/**
 * No single request or client can starve the others (issue 16, section 3): each limit through the
 * public surface, against real servers on loopback.
 */

interface Answer<T> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}
/** A typed operation's answer is typed from the schema; a plain string's (the hostile and oversized queries) is not. */
async function post<T, V>(url: string, body: { query: TypedDocumentString<T, V> }, headers?: Record<string, string>, signal?: AbortSignal): Promise<Answer<Settled<T>>>;
async function post(url: string, body: unknown, headers?: Record<string, string>, signal?: AbortSignal): Promise<Answer<unknown>>;
async function post(url: string, body: unknown, headers: Record<string, string> = {}, signal?: AbortSignal): Promise<Answer<unknown>> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body), signal });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer<unknown>["body"] };
}
/** A few fields of every plan's actions: about 30 kB of answer on the repository's data (council-overview's size). */
const BIG_QUERY = `{ councils { plans { actions { id title description heading status } } } }`;
const SMALL_QUERY = graphql(`query HostileLimitsCouncilNames { councils { id name } }`);

describe("query cost and response size at the gateway", () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ limits: { ...queryLimits({}), maxResponseBytes: 20_000 } });
  });
  afterAll(() => graph.close());

  it("refuses the plans-actions cycle (cost ~787,000 allowed before) with a coded error, before running it", async () => {
    const { status, body } = await post(graph.gateway.url, { query: CYCLE_QUERY });
    expect(status).toBe(400);
    expect(codeOf(body)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(body.errors?.[0].message).toMatch(new RegExp(`cost \\d+ exceeds the limit of ${queryLimits({}).maxCost}`));
    expect(body.data).toBeUndefined();
  });

  it("replaces an answer over MAX_RESPONSE_BYTES by RESPONSE_TOO_LARGE, and still answers small ones", async () => {
    const big = await post(graph.gateway.url, { query: BIG_QUERY });
    expect(big.status).toBe(400);
    expect(codeOf(big.body)).toBe("RESPONSE_TOO_LARGE");
    expect(big.body.data).toBeUndefined();
    const small = await post(graph.gateway.url, { query: SMALL_QUERY });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data!.councils).toHaveLength(councilNames().length);
  });
});

describe("the request deadline", () => {
  let graph: TestGraph;
  let stub: Server;
  const received: IncomingMessage[] = [];
  let closed = 0;
  beforeAll(async () => {
    // A subgraph that takes every request and never answers.
    stub = createServer((request) => {
      received.push(request);
      request.socket.on("close", () => (closed += 1));
    });
    await new Promise<void>((resolve) => stub.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(stub.address() as AddressInfo).port}/graphql`;
    graph = await startTestGraph({ subgraphUrls: { shared: url }, subgraphTimeoutMs: 60_000, limits: { ...queryLimits({}), requestDeadlineMs: 1_000 } });
  });
  afterAll(async () => {
    stub.closeAllConnections();
    await new Promise((resolve) => stub.close(resolve));
    await graph.close();
  });

  it("answers 504 GATEWAY_TIMEOUT once the deadline passes, and abandons the subgraph fetch", async () => {
    // Without a deadline this waits for the 60 s subgraph timeout: give up well before.
    const { status, body } = await post(graph.gateway.url, { query: SMALL_QUERY }, {}, AbortSignal.timeout(10_000));
    expect(status).toBe(504);
    expect(codeOf(body)).toBe("GATEWAY_TIMEOUT");
    expect(received.length).toBeGreaterThan(0);
    // The gateway hung up on the subgraph rather than leave the fetch running.
    for (let i = 0; i < 50 && closed < received.length; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toBe(received.length);
    // The gateway itself still answers.
    const health = await fetch(graph.gateway.url.replace(/\/graphql$/, "/health"));
    expect(health.status).toBe(200);
  });
});

describe("per-client rate limits", () => {
  let graph: TestGraph;
  const rateLimit: RateLimitSettings = { enabled: true, anonymous: { perSecond: 0.1, burst: 3 }, signedIn: { perSecond: 0.1, burst: 5 }, maxClients: 100 };
  beforeAll(async () => {
    graph = await startTestGraph({ rateLimit });
  });
  afterAll(() => graph.close());

  it("refuses an anonymous address past its burst with 429 RATE_LIMITED and Retry-After; signed-in users count by subject; /health and /ready are exempt", async () => {
    for (let i = 0; i < 3; i++) expect((await post(graph.gateway.url, { query: SMALL_QUERY })).status).toBe(200);
    const limited = await post(graph.gateway.url, { query: SMALL_QUERY });
    expect(limited.status).toBe(429);
    expect(codeOf(limited.body)).toBe("RATE_LIMITED");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    const origin = graph.gateway.url.replace(/\/graphql$/, "");
    for (let i = 0; i < 5; i++) {
      expect((await fetch(`${origin}/health`)).status).toBe(200);
      expect((await fetch(`${origin}/ready`)).status).toBe(200);
    }
    // The same address, signed in: its own bucket, by subject.
    const alice = { authorization: `Bearer ${await token({ roles: [Role.VIEWER], subject: "alice" })}` };
    const bob = { authorization: `Bearer ${await token({ roles: [Role.VIEWER], subject: "bob" })}` };
    for (let i = 0; i < 5; i++) expect((await post(graph.gateway.url, { query: SMALL_QUERY }, alice)).status).toBe(200);
    const aliceLimited = await post(graph.gateway.url, { query: SMALL_QUERY }, alice);
    expect(aliceLimited.status).toBe(429);
    expect(codeOf(aliceLimited.body)).toBe("RATE_LIMITED");
    expect((await post(graph.gateway.url, { query: SMALL_QUERY }, bob)).status).toBe(200);
    // Side routes count too (by address: anonymous is spent).
    const csv = await fetch(`${origin}/comparisons/cared-for-children.csv`);
    expect(csv.status).toBe(429);
  });
});

describe("subgraphs enforce the query limits themselves", () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(() => graph.close());

  const direct = async (query: string) => {
    const subgraph = graph.subgraphs["westmorland-furness"];
    // A valid gateway header and proof for this very body: what a leaked header would give at best.
    const signer = new InternalTokenSigner(graph.secret);
    const header = await signer.sign(null, "westmorland-furness");
    return post(subgraph.url, { query }, { [GATEWAY_IDENTITY_HEADER]: header, [GATEWAY_PROOF_HEADER]: signer.prove("westmorland-furness", header, JSON.stringify({ query })) });
  };

  it("answers a valid gateway header with a modest query", async () => {
    const { status, body } = await direct(`{ westmorlandAndFurness { id } }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it("refuses a hostile query sent with a valid gateway header: cost, depth and aliases, each with a code", async () => {
    const cycle = `{ westmorlandAndFurness { plans { actions { plan { actions { plan { actions { plan { actions { id title description heading } } } } } } } } } }`;
    const costly = await direct(cycle);
    expect(costly.status).toBe(400);
    expect(codeOf(costly.body)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(costly.body.errors?.[0].message).toMatch(/cost/);
    const deep = await direct(`{ westmorlandAndFurness { ${"plans { council { ".repeat(10)} id ${"} } ".repeat(10)} } }`);
    expect(deep.status).toBe(400);
    expect(codeOf(deep.body)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(deep.body.errors?.[0].message).toMatch(/depth/i);
    const aliases = await direct(`{ ${Array.from({ length: 40 }, (_, i) => `a${i}: westmorlandAndFurness { id }`).join(" ")} }`);
    expect(aliases.status).toBe(400);
    expect(codeOf(aliases.body)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(aliases.body.errors?.[0].message).toMatch(/alias/i);
  });
});

describe("server timeouts against slow clients", () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ timeouts: { headersTimeoutMs: 500, requestTimeoutMs: 1_000, keepAliveTimeoutMs: 1_000 } });
  });
  afterAll(() => graph.close());

  /** Opens a socket and sends `head` a byte at a time, then `rest` a byte at a time, every 100 ms; resolves when the server closes it. */
  function slowClient(port: number, head: string, rest = ""): { closedWithin(ms: number): Promise<boolean> } {
    const socket: Socket = connect(port, "127.0.0.1");
    socket.on("error", () => undefined);
    const bytes = [...head, ...rest];
    const timer = setInterval(() => {
      const next = bytes.shift();
      if (next !== undefined && !socket.destroyed) socket.write(next);
    }, 100);
    const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
    return {
      closedWithin: async (ms) => {
        const outcome = await Promise.race([closed.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);
        clearInterval(timer);
        socket.destroy();
        return outcome;
      },
    };
  }

  const portOf = (url: string): number => Number(new URL(url).port);
  // 300 bytes at 10 a second take 30 s to send: far longer than any timeout allowed here.
  const slowHead = `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n${"x-slow: ".padEnd(300, "a")}\r\n\r\n`;

  it("cuts off the gateway's client that sends its headers byte by byte", async () => {
    expect(await slowClient(portOf(graph.gateway.url), slowHead).closedWithin(6_000)).toBe(true);
  });

  it("cuts off the gateway's client that never finishes its body", async () => {
    const head = `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n`;
    const socket: Socket = connect(portOf(graph.gateway.url), "127.0.0.1");
    socket.on("error", () => undefined);
    socket.write(head);
    // 1000 bytes at 10 a second: 100 s.
    const trickle = setInterval(() => !socket.destroyed && socket.write("{"), 100);
    const closed = await Promise.race([new Promise<boolean>((resolve) => socket.on("close", () => resolve(true))), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 6_000))]);
    clearInterval(trickle);
    socket.destroy();
    expect(closed).toBe(true);
  });

  it("cuts off a subgraph's slow client too", async () => {
    expect(await slowClient(portOf(graph.subgraphs["cumberland"].url), slowHead).closedWithin(6_000)).toBe(true);
  });
});

describe("PDF rendering is bounded", () => {
  let graph: TestGraph;
  const releases: Array<() => void> = [];
  let started = 0;
  beforeAll(async () => {
    // A stand-in printer that holds each job until the test lets it go.
    const render = () =>
      new Promise<Buffer>((resolve) => {
        started += 1;
        releases.push(() => resolve(Buffer.from("%PDF-stub")));
      });
    graph = await startTestGraph({ pdf: { concurrency: 1, queueLength: 1, render } });
  });
  afterAll(() => graph.close());

  it("prints one, queues one, and refuses the next with 503 PDF_QUEUE_FULL and Retry-After", async () => {
    const origin = graph.gateway.url.replace(/\/graphql$/, "");
    const headers = { authorization: `Bearer ${await token({ roles: [Role.VIEWER] })}` };
    const url = `${origin}/reports/WestmorlandAndFurnessPlan%3Aambition-for-every-child/2024-25.pdf`;
    const first = fetch(url, { headers });
    for (let i = 0; i < 100 && started < 1; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(started).toBe(1);
    // Of two more, one waits in the queue (length 1) and the other is refused at once.
    const second = fetch(url, { headers });
    const third = fetch(url, { headers });
    const refused = await Promise.race([second, third]);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("10");
    expect(((await refused.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe("PDF_QUEUE_FULL");
    const queued = (await Promise.race([second.then(() => "second"), third.then(() => "third")])) === "second" ? third : second;
    // Let the printer go: the first and the queued one are printed.
    for (let i = 0; i < 100 && started < 2; i++) {
      releases.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    releases.shift()?.();
    expect((await queued).status).toBe(200);
    expect((await first).status).toBe(200);
  });
});
