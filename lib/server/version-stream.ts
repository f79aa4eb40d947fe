import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";

/** The `Upgrade` protocol name of a subgraph's data-version stream (GET /version with `Upgrade: data-version`). */
export const VERSION_STREAM_PROTOCOL = "data-version";

/** The byte a client sends to ask for the data version once. */
export const VERSION_ASK = 0x3f; // "?"

/** Streams a subgraph serves at once; more are refused (503), and their gateways read GET /version instead. */
const MAX_STREAMS = 64;

/** A stream nobody asked on for this long is closed (a gateway opens a new one when it next needs it). */
const IDLE_MS = 60_000;

/**
 * The data version over one long-lived connection: the gateway's response cache asks for it before
 * every cache hit (gateway/src/subgraph-versions.ts), and an HTTP request per ask was a quarter of the
 * cached gateway's CPU. Each "?" byte is answered by one line, the version read AFTER the byte arrived
 * (an empty line when there is none), in the order asked; the asks arriving together share one read.
 * Any other byte closes the stream. Public like GET /version: the stamp reveals no data.
 */
export function versionStreamUpgrade(current: () => Promise<string | null>): (request: IncomingMessage, socket: Duplex) => void {
  let open = 0;
  return (request, socket) => {
    if (request.method !== "GET" || request.headers.upgrade?.toLowerCase() !== VERSION_STREAM_PROTOCOL || open >= MAX_STREAMS) {
      socket.end("HTTP/1.1 503 Service Unavailable\r\nconnection: close\r\ncontent-length: 0\r\n\r\n");
      return;
    }
    open += 1;
    socket.once("close", () => (open -= 1));
    socket.on("error", () => socket.destroy());
    // node:http hands over a net.Socket, typed as any Duplex.
    if ("setTimeout" in socket && typeof socket.setTimeout === "function") socket.setTimeout(IDLE_MS, () => socket.destroy());
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nconnection: Upgrade\r\nupgrade: ${VERSION_STREAM_PROTOCOL}\r\n\r\n`);
    // Replies in the order asked: each read starts after the one before it was written.
    let replies = Promise.resolve();
    socket.on("data", (chunk: Buffer) => {
      const asks = chunk.length;
      if (chunk.some((byte) => byte !== VERSION_ASK)) {
        socket.destroy();
        return;
      }
      replies = replies.then(async () => {
        const version = await current().catch(() => null);
        if (!socket.destroyed) socket.write(`${version ?? ""}\n`.repeat(asks));
      });
    });
  };
}
