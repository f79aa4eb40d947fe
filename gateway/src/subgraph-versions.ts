import type { Agent } from "undici";
import { DROPPED, VersionStream } from "./version-stream";

/** How a version was read: over the subgraph's version stream, or GET /version while it is not live. */
export type VersionReadWay = "stream" | "http";

const DEFAULT_TIMEOUT_MS = 2_000;

export interface VersionReadOptions {
  /** Bound on each read; a stream that stalls this long is dropped. */
  timeoutMs?: number;
  /** Told of each subgraph's read (the gateway's metrics). */
  counted?: (subgraph: string, via: VersionReadWay) => void;
}

export interface VersionTarget {
  name: string;
  /** The subgraph's GraphQL URL; its data version is at /version beside it. */
  url: string;
}

/**
 * Reads every subgraph's data version as one stamp, in parallel: over the stream each subgraph
 * serves at /version (gateway/src/version-stream.ts), or GET /version on the gateway's keep-alive
 * pool while that stream is not live; null when any subgraph does not answer one (the cache then
 * stands aside).
 *
 * Requests arriving in the same event-loop turn share one round of reads, which starts after they
 * all arrived (setImmediate): so a stamp never predates the request it is used for, and a burst of
 * cache hits costs one round per turn, not one per request.
 */
export class SubgraphVersions {
  private readonly targets: Array<{ name: string; origin: string; path: string; stream: VersionStream }>;
  /** The round in flight, if any: it may have started before a new caller arrived, so it is never joined. */
  private inFlight: Promise<string | null> | null = null;
  /** The round that starts when the one in flight ends, shared by every caller that arrives until then. */
  private queued: Promise<string | null> | null = null;

  constructor(
    targets: VersionTarget[],
    private readonly agent: Agent,
    private readonly options: VersionReadOptions = {},
  ) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.targets = [...targets]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(({ name, url }) => {
        const parsed = new URL(url);
        const path = parsed.pathname.replace(/\/graphql$/, "") + "/version";
        return { name, origin: parsed.origin, path, stream: new VersionStream(new URL(path, parsed.origin), timeoutMs) };
      });
  }

  read(): Promise<string | null> {
    if (this.queued) return this.queued;
    // Started at setImmediate, so the callers arriving in this event-loop turn share the round too.
    const previous = this.inFlight ?? new Promise<void>((resolve) => setImmediate(resolve));
    const round: Promise<string | null> = previous.then(
      () => this.start(round),
      () => this.start(round),
    );
    this.queued = round;
    return round;
  }

  /** Opens a round: from here on, new callers queue for the next one. */
  private start(round: Promise<string | null>): Promise<string | null> {
    this.queued = null;
    this.inFlight = round;
    return this.readAll().finally(() => {
      if (this.inFlight === round) this.inFlight = null;
    });
  }

  private async readAll(): Promise<string | null> {
    const versions = await Promise.all(this.targets.map((target) => this.readOne(target)));
    if (versions.some((version) => version === null)) return null;
    return this.targets.map((target, index) => `${target.name}=${versions[index]}`).join(";");
  }

  /** Ends the streams (the gateway is closing). */
  close(): void {
    for (const target of this.targets) target.stream.close();
  }

  private async readOne(target: { name: string; origin: string; path: string; stream: VersionStream }): Promise<string | null> {
    const streamed = target.stream.read();
    if (streamed !== null) {
      const version = await streamed;
      if (version !== DROPPED) {
        this.options.counted?.(target.name, "stream");
        return version;
      }
    }
    this.options.counted?.(target.name, "http");
    try {
      const response = await this.agent.request({ origin: target.origin, path: target.path, method: "GET", signal: AbortSignal.timeout(this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS) });
      const text = await response.body.text();
      return response.statusCode === 200 && text.length > 0 ? text : null;
    } catch {
      return null;
    }
  }
}
