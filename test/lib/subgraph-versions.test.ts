import { createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { Duplex } from "node:stream";
import { Agent } from "undici";
import { SubgraphVersions, type VersionReadWay } from "../../gateway/src/subgraph-versions";
import { versionStreamUpgrade } from "../../lib/server/version-stream";

/**
 * The response cache's version reads against stand-in subgraphs: over the version stream when it is
 * live, GET /version otherwise, and never a version older than the last write finished before the read.
 */
interface FakeSubgraph {
  server: Server;
  url: string;
  /** The data version; a test "writes" by changing it. */
  version: string | null;
  /** GET /version requests served. */
  gets: number;
  /** Server ends of the open version streams. */
  streams: Set<Duplex>;
  /** When set, asks over the stream are never answered (a hung subgraph). */
  mute: boolean;
}

const started: FakeSubgraph[] = [];
const readers: SubgraphVersions[] = [];

async function fakeSubgraph(options: { stream: boolean; port?: number }): Promise<FakeSubgraph> {
  const fake = { version: "v1", gets: 0, streams: new Set<Duplex>(), mute: false } as FakeSubgraph;
  started.push(fake);
  // A muted subgraph never finishes reading its version (a hung database).
  const upgrade = versionStreamUpgrade(() => (fake.mute ? new Promise<never>(() => undefined) : Promise.resolve(fake.version)));
  fake.server = createServer((request, response) => {
    // A subgraph without the stream answers the gateway's upgrade request as a plain one: not a read.
    if (request.headers.upgrade === undefined) fake.gets += 1;
    response.writeHead(fake.version === null ? 503 : 200).end(fake.version ?? "");
  });
  if (options.stream) {
    fake.server.on("upgrade", (request: IncomingMessage, socket: Duplex) => {
      fake.streams.add(socket);
      socket.once("close", () => fake.streams.delete(socket));
      upgrade(request, socket);
    });
  }
  await new Promise<void>((resolve) => fake.server.listen(options.port ?? 0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}/graphql`;
  return fake;
}

async function stop(fake: FakeSubgraph): Promise<void> {
  for (const socket of fake.streams) socket.destroy();
  fake.server.closeAllConnections();
  await new Promise<void>((resolve) => fake.server.close(() => resolve()));
}

const agent = new Agent();
afterAll(async () => {
  for (const versions of readers) versions.close();
  for (const fake of started) if (fake.server.listening) await stop(fake);
  await agent.close();
});

function versionsOf(fakes: FakeSubgraph[], timeoutMs = 2_000) {
  const ways: VersionReadWay[] = [];
  const versions = new SubgraphVersions(
    fakes.map((fake, index) => ({ name: `s${index}`, url: fake.url })),
    agent,
    { timeoutMs, counted: (_subgraph, via) => ways.push(via) },
  );
  readers.push(versions);
  return { versions, ways };
}

/** Reads until one comes over the stream (the first reads go over HTTP while it connects). */
async function untilStreamed(versions: SubgraphVersions, ways: VersionReadWay[]): Promise<void> {
  for (;;) {
    ways.length = 0;
    await versions.read();
    if (ways.every((way) => way === "stream")) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it("reads over the stream once it is live, and every read sees a write finished before it", async () => {
  const fakes = [await fakeSubgraph({ stream: true }), await fakeSubgraph({ stream: true })];
  const { versions, ways } = versionsOf(fakes);
  expect(await versions.read()).toBe("s0=v1;s1=v1");
  await untilStreamed(versions, ways);
  const gets = fakes.map((fake) => fake.gets);
  for (let write = 2; write < 50; write += 1) {
    fakes[write % 2].version = `v${write}`;
    const stamp = await versions.read();
    expect(stamp).toContain(`s${write % 2}=v${write}`);
  }
  // Many reads at once share rounds, and each still starts after its caller asked.
  fakes[0].version = "v-last";
  const together = await Promise.all(Array.from({ length: 20 }, () => versions.read()));
  expect(new Set(together)).toEqual(new Set(["s0=v-last;s1=v49"]));
  expect(fakes.map((fake) => fake.gets)).toEqual(gets);
  expect(new Set(ways)).toEqual(new Set(["stream"]));
});

it("a subgraph that has no version over its stream makes the stamp null, as GET /version's 503 does", async () => {
  const fake = await fakeSubgraph({ stream: true });
  const { versions, ways } = versionsOf([fake]);
  await untilStreamed(versions, ways);
  fake.version = null;
  expect(await versions.read()).toBeNull();
  expect(ways.at(-1)).toBe("stream");
});

it("falls back to GET /version where there is no stream, and when the stream drops, with the current version", async () => {
  const plain = await fakeSubgraph({ stream: false });
  const streaming = await fakeSubgraph({ stream: true });
  const { versions, ways } = versionsOf([plain, streaming]);
  expect(await versions.read()).toBe("s0=v1;s1=v1");
  expect(await versions.read()).toBe("s0=v1;s1=v1");
  expect(plain.gets).toBe(2);

  // Wait for the second subgraph's stream, then drop it from the subgraph's side, and write.
  for (;;) {
    ways.length = 0;
    await versions.read();
    if (ways.includes("stream")) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  for (const socket of streaming.streams) socket.destroy();
  streaming.version = "v2";
  const gets = streaming.gets;
  ways.length = 0;
  expect(await versions.read()).toBe("s0=v1;s1=v2");
  expect(streaming.gets).toBe(gets + 1);
  expect(ways).toEqual(["http", "http"]);
});

it("a stream that stops answering is dropped after the timeout, and the read falls back to GET /version", async () => {
  const fake = await fakeSubgraph({ stream: true });
  const { versions, ways } = versionsOf([fake], 300);
  await untilStreamed(versions, ways);
  fake.mute = true;
  fake.version = "v2";
  ways.length = 0;
  expect(await versions.read()).toBe("s0=v2");
  expect(ways).toEqual(["http"]);
});

it("a restarted subgraph (a new process on the same port) is read again, over a new stream", async () => {
  const first = await fakeSubgraph({ stream: true });
  const { versions, ways } = versionsOf([first]);
  await untilStreamed(versions, ways);
  const port = (first.server.address() as AddressInfo).port;
  await stop(first);
  // While it is down there is no version: nothing may be cached or served.
  expect(await versions.read()).toBeNull();
  const second = await fakeSubgraph({ stream: true, port });
  second.version = "epoch2.v1";
  expect(await versions.read()).toBe("s0=epoch2.v1");
  await untilStreamed(versions, ways);
  second.version = "epoch2.v2";
  expect(await versions.read()).toBe("s0=epoch2.v2");
});

it("the subgraph's stream answers asks in order, one line each, and closes on anything else", async () => {
  const fake = await fakeSubgraph({ stream: true });
  const socket = await new Promise<Socket>((resolve, reject) => {
    const request = httpRequest(fake.url.replace(/graphql$/, "version"), { headers: { connection: "Upgrade", upgrade: "data-version" } });
    request.on("upgrade", (_response: IncomingMessage, upgraded: Socket) => resolve(upgraded));
    request.on("error", reject);
    request.end();
  });
  socket.setEncoding("utf8");
  let received = "";
  socket.on("data", (text: string) => (received += text));
  socket.write("???");
  while (received.split("\n").length < 4) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(received).toBe("v1\nv1\nv1\n");
  const closed = new Promise((resolve) => socket.once("close", resolve));
  socket.write("GET / HTTP/1.1\r\n\r\n");
  await closed;
});
