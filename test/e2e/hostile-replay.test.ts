import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { GatewayProofSigner, GATEWAY_PROOF_HEADER, PROOF_VALIDITY_MS } from "../../lib/auth/gateway-proof";
import { GATEWAY_IDENTITY_HEADER } from "../../lib/auth/internal-token";
import { Role } from "../../lib/auth/identity";
import { startTestGraph, type TestGraph } from "../helpers/graph";
import { token } from "../helpers/tokens";
import { graphql } from "../../generated/test";

/**
 * Someone who can read the gateway's traffic to a subgraph (a log, a proxy, a capture) copies a
 * request's headers. Replayed with another query, or as it was, or later, the subgraph refuses it:
 * the gateway's identity header is valid for half a minute, but each request's proof is bound to its
 * body and accepted once.
 */
interface Captured {
  headers: IncomingHttpHeaders;
  body: string;
}

let graph: TestGraph;
let proxy: Server;
const captured: Captured[] = [];
let subgraphUrl: string;

beforeAll(async () => {
  // A recording proxy in front of the cumberland subgraph: it sees what an eavesdropper would.
  let target = "";
  proxy = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      captured.push({ headers: request.headers, body });
      const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => ["content-type", GATEWAY_IDENTITY_HEADER, GATEWAY_PROOF_HEADER].includes(name))) as Record<string, string>;
      fetch(target, { method: "POST", headers, body }).then(
        async (answer) => {
          response.writeHead(answer.status, { "content-type": "application/json" });
          response.end(await answer.text());
        },
        () => {
          response.writeHead(502);
          response.end();
        },
      );
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
  graph = await startTestGraph({ production: true, subgraphUrls: { cumberland: proxyUrl } });
  subgraphUrl = graph.subgraphs["cumberland"].url;
  target = subgraphUrl;
});
afterAll(async () => {
  await graph?.close();
  await new Promise((resolve) => proxy?.close(resolve));
});

/** Sends a copied request straight to the subgraph, with the given headers and body. */
async function replay(headers: IncomingHttpHeaders, body: string): Promise<{ status: number; body: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } }> {
  const sent: Record<string, string> = { "content-type": "application/json" };
  for (const name of [GATEWAY_IDENTITY_HEADER, GATEWAY_PROOF_HEADER]) if (typeof headers[name] === "string") sent[name] = headers[name] as string;
  const response = await fetch(subgraphUrl, { method: "POST", headers: sent, body });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}

const AUDIT_BODY = JSON.stringify({ query: "{ cumberland { auditLog { totalCount } } }" });

/** An admin's request through the gateway, captured on its way to the subgraph. */
async function captureAdminRequest(): Promise<Captured> {
  captured.length = 0;
  const admin = await token({ roles: [Role.ADMIN], name: "Ada Admin" });
  const response = await graph.queryAs(admin, graphql(`query HostileReplayCouncilNames { councils { name } }`));
  // The normal path through the gateway works, with the proof.
  expect(response.status).toBe(200);
  expect(response.body.data!.councils.map((council) => council.name)).toContain("Cumberland Council");
  expect(captured).toHaveLength(1);
  return captured[0];
}

it("the gateway sends each subgraph request with a one-time proof", async () => {
  const { headers } = await captureAdminRequest();
  expect(headers[GATEWAY_PROOF_HEADER]).toMatch(/^\d+\.[\w-]+\.[\w-]{43}$/);
});

it("a captured header replayed with another body (an admin's audit-log read) is refused 401 UNAUTHENTICATED", async () => {
  const { headers } = await captureAdminRequest();
  const answer = await replay(headers, AUDIT_BODY);
  expect(answer.status).toBe(401);
  expect(answer.body.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
  expect(answer.body.errors![0].message).toMatch(/does not match/);
  expect(answer.body.data).toBeUndefined();
});

it("the same header and body replayed are refused: a proof is accepted once", async () => {
  const { headers, body } = await captureAdminRequest();
  const answer = await replay(headers, body);
  expect(answer.status).toBe(401);
  expect(answer.body.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
  expect(answer.body.errors![0].message).toMatch(/already used/);
});

it("the identity header without a proof is refused", async () => {
  const { headers, body } = await captureAdminRequest();
  const answer = await replay({ [GATEWAY_IDENTITY_HEADER]: headers[GATEWAY_IDENTITY_HEADER] }, body);
  expect(answer.status).toBe(401);
  expect(answer.body.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
});

it("an expired proof is refused, and a fresh one made with the secret for the new body is accepted (so the refusals above are the proof's)", async () => {
  const { headers } = await captureAdminRequest();
  const identity = headers[GATEWAY_IDENTITY_HEADER] as string;
  const signer = new GatewayProofSigner(graph.secret);
  const expired = await replay({ [GATEWAY_IDENTITY_HEADER]: identity, [GATEWAY_PROOF_HEADER]: signer.prove("cumberland", identity, AUDIT_BODY, Date.now() - PROOF_VALIDITY_MS - 5_000) }, AUDIT_BODY);
  expect(expired.status).toBe(401);
  expect(expired.body.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
  expect(expired.body.errors![0].message).toMatch(/expired/);
  const forOtherSubgraph = await replay({ [GATEWAY_IDENTITY_HEADER]: identity, [GATEWAY_PROOF_HEADER]: signer.prove("shared", identity, AUDIT_BODY) }, AUDIT_BODY);
  expect(forOtherSubgraph.status).toBe(401);
  const fresh = await replay({ [GATEWAY_IDENTITY_HEADER]: identity, [GATEWAY_PROOF_HEADER]: signer.prove("cumberland", identity, AUDIT_BODY) }, AUDIT_BODY);
  expect(fresh.status).toBe(200);
  expect(fresh.body.data).toEqual({ cumberland: { auditLog: { totalCount: expect.any(Number) } } });
});
