import type { Agent } from "undici";

export interface VersionTarget {
  name: string;
  /** The subgraph's GraphQL URL; its data version is at /version beside it. */
  url: string;
}

/**
 * Reads every subgraph's data version (GET /version, in parallel over the gateway's keep-alive
 * pool) as one stamp, or null when any subgraph does not answer one (the cache then stands aside).
 *
 * Requests arriving in the same event-loop turn share one round of reads, which starts after they
 * all arrived (setImmediate): so a stamp never predates the request it is used for, and a burst of
 * cache hits costs one round per turn, not one per request.
 */
export class SubgraphVersions {
  private readonly targets: Array<{ name: string; origin: string; path: string }>;
  private next: Promise<string | null> | null = null;

  constructor(
    targets: VersionTarget[],
    private readonly agent: Agent,
    private readonly timeoutMs = 2_000,
  ) {
    this.targets = [...targets]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(({ name, url }) => {
        const parsed = new URL(url);
        return { name, origin: parsed.origin, path: parsed.pathname.replace(/\/graphql$/, "") + "/version" };
      });
  }

  read(): Promise<string | null> {
    if (!this.next) {
      this.next = new Promise((resolve) => {
        setImmediate(() => {
          this.next = null;
          resolve(this.readAll());
        });
      });
    }
    return this.next;
  }

  private async readAll(): Promise<string | null> {
    const versions = await Promise.all(this.targets.map((target) => this.readOne(target)));
    if (versions.some((version) => version === null)) return null;
    return this.targets.map((target, index) => `${target.name}=${versions[index]}`).join(";");
  }

  private async readOne(target: { origin: string; path: string }): Promise<string | null> {
    try {
      const response = await this.agent.request({ origin: target.origin, path: target.path, method: "GET", signal: AbortSignal.timeout(this.timeoutMs) });
      const text = await response.body.text();
      return response.statusCode === 200 && text.length > 0 ? text : null;
    } catch {
      return null;
    }
  }
}
