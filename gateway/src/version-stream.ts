import { request as httpRequest, type ClientRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { Socket } from "node:net";
import { VERSION_ASK, VERSION_STREAM_PROTOCOL } from "../../lib/server/version-stream";

/** After a failed connect or a dropped stream, reads go over HTTP for this long before the next try. */
const RECONNECT_AFTER_MS = 1_000;

/** A stream that broke before answering: the caller reads the version over HTTP instead. */
export const DROPPED = Symbol("version stream dropped");

const ASK = Buffer.from([VERSION_ASK]);

/**
 * One subgraph's data version over a long-lived connection (lib/server/version-stream.ts): an ask
 * is one byte out and one line back, where GET /version was a whole HTTP exchange on both sides.
 * Each answer is read by the subgraph after the ask arrived, so it is as exact as GET /version.
 * Not live (connecting, refused, dropped, stalled past the timeout): `read` gives null or DROPPED
 * and the caller falls back to GET /version; a new connection is tried a second later.
 */
export class VersionStream {
  private socket: Socket | null = null;
  private connecting: ClientRequest | null = null;
  private retryAt = 0;
  /** The asks sent and not yet answered, oldest first: the subgraph answers in order. */
  private readonly pending: Array<(version: string | null | typeof DROPPED) => void> = [];
  private partial = "";
  private stall: NodeJS.Timeout | null = null;
  private closed = false;

  /** `url`: the subgraph's /version URL. */
  constructor(
    private readonly url: URL,
    private readonly timeoutMs: number,
  ) {}

  /** The version (null: the subgraph has none), DROPPED if the stream broke first; null when not live. */
  read(): Promise<string | null | typeof DROPPED> | null {
    const socket = this.socket;
    if (socket === null) {
      this.connect();
      return null;
    }
    return new Promise((resolve) => {
      this.pending.push(resolve);
      if (this.stall === null) this.stall = setTimeout(() => this.drop(), this.timeoutMs).unref();
      socket.write(ASK);
    });
  }

  close(): void {
    this.closed = true;
    this.connecting?.destroy();
    this.connecting = null;
    this.drop();
  }

  private connect(): void {
    if (this.connecting !== null || this.closed || Date.now() < this.retryAt) return;
    const request = (this.url.protocol === "https:" ? httpsRequest : httpRequest)(this.url, {
      agent: false,
      headers: { connection: "Upgrade", upgrade: VERSION_STREAM_PROTOCOL },
      timeout: this.timeoutMs,
    });
    this.connecting = request;
    const failed = (): void => {
      if (this.connecting === request) this.connecting = null;
      this.retryAt = Date.now() + RECONNECT_AFTER_MS;
      request.destroy();
    };
    request.on("upgrade", (response: IncomingMessage, socket: Socket, head: Buffer) => {
      this.connecting = null;
      if (this.closed || response.headers.upgrade !== VERSION_STREAM_PROTOCOL) {
        socket.destroy();
        failed();
        return;
      }
      this.attach(socket, head);
    });
    // A subgraph without the stream (or refusing it) answers an ordinary response.
    request.on("response", (response: IncomingMessage) => {
      response.resume();
      failed();
    });
    request.on("timeout", failed);
    request.on("error", failed);
    request.end();
  }

  private attach(socket: Socket, head: Buffer): void {
    this.socket = socket;
    socket.setTimeout(0);
    socket.setNoDelay(true);
    // Never what keeps a process alive: the gateway's close() ends it anyway.
    socket.unref();
    socket.setEncoding("utf8");
    socket.on("data", (text: string) => this.received(text));
    socket.on("close", () => this.drop());
    socket.on("error", () => this.drop());
    if (head.length > 0) this.received(head.toString("utf8"));
  }

  private received(text: string): void {
    const lines = (this.partial + text).split("\n");
    this.partial = lines.pop() ?? "";
    for (const line of lines) {
      const resolve = this.pending.shift();
      // An answer nobody asked for: the stream is out of step, so nothing on it can be trusted.
      if (!resolve) return this.drop();
      resolve(line === "" ? null : line);
    }
    if (this.stall !== null) {
      if (this.pending.length > 0) this.stall.refresh();
      else {
        clearTimeout(this.stall);
        this.stall = null;
      }
    }
  }

  private drop(): void {
    if (this.stall !== null) clearTimeout(this.stall);
    this.stall = null;
    if (this.socket !== null) {
      this.socket.destroy();
      this.socket = null;
      this.retryAt = Date.now() + RECONNECT_AFTER_MS;
    }
    this.partial = "";
    for (const resolve of this.pending.splice(0)) resolve(DROPPED);
  }
}
