import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Agent } from "undici";
import type { GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { UndiciDataSource, type GatewayContext } from "../../gateway/src/undici-data-source";

/**
 * In-flight sharing, against a stand-in subgraph that counts requests and answers reads slowly: reads
 * alike share one request; a read sent after a write has completed never joins a read sent before it.
 */
let server: Server;
let agent: Agent;
let requests: Array<{ query: string; at: number }>;
let source: UndiciDataSource;

beforeAll(async () => {
  requests = [];
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const { query } = JSON.parse(body) as { query: string };
      requests.push({ query, at: Date.now() });
      const answer = JSON.stringify({ data: { seen: requests.length } });
      // Reads take 150 ms, writes answer at once.
      setTimeout(() => response.writeHead(200, { "content-type": "application/json" }).end(answer), query.startsWith("mutation") ? 0 : 150);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  agent = new Agent();
  source = new UndiciDataSource({ name: "stand-in", url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, agent, timeoutMs: 5_000 });
});
afterAll(async () => {
  await agent.close();
  await new Promise((resolve) => server.close(resolve));
});

const send = (query: string) => source.process({ request: { query }, context: { identity: null, requestId: "test", fetches: 0 } } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>);

it("shares one request among identical reads in flight, each caller getting its own copy", async () => {
  requests.length = 0;
  const answers = await Promise.all([send("{ a }"), send("{ a }"), send("{ a }")]);
  expect(requests).toHaveLength(1);
  expect(answers[0]).toEqual(answers[1]);
  expect(answers[0]).not.toBe(answers[1]);
});

it("sends a read made after a write completed on its own, even while an identical older read is in flight", async () => {
  requests.length = 0;
  const before = send("{ a }");
  await new Promise((resolve) => setTimeout(resolve, 20));
  await send("mutation { change }");
  const after = send("{ a }");
  const [old, fresh] = await Promise.all([before, after]);
  expect(requests.map((request) => request.query)).toEqual(["{ a }", "mutation { change }", "{ a }"]);
  expect(old).not.toEqual(fresh);
});

it("never shares writes", async () => {
  requests.length = 0;
  await Promise.all([send("mutation { change }"), send("mutation { change }")]);
  expect(requests).toHaveLength(2);
});

it("never joins an older fetch for a request whose answer the response cache will store", async () => {
  requests.length = 0;
  const older = send("{ a }");
  await new Promise((resolve) => setTimeout(resolve, 20));
  const fresh = source.process({ request: { query: "{ a }" }, context: { identity: null, requestId: "test", fetches: 0, freshFetches: true } } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>);
  await Promise.all([older, fresh]);
  expect(requests.map((request) => request.query)).toEqual(["{ a }", "{ a }"]);
});
