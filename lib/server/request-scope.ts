/**
 * One request's bounds while it runs: an abort signal fired at its deadline (subgraph fetches listen
 * to it, so a request past its deadline stops fetching), and a budget of response bytes that every
 * subgraph answer is charged to (so a request that would build an over-large answer stops early,
 * before the gateway holds it all).
 */
export class RequestScope {
  private readonly controller = new AbortController();
  private bytes = 0;
  /** Set once the answers charged went over the budget. */
  tooLarge = false;

  constructor(readonly maxResponseBytes: number = Number.POSITIVE_INFINITY) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The deadline passed (or the client went away): abandon the work. */
  abort(): void {
    this.controller.abort();
  }

  /** Bytes of answer the request may still receive. */
  get remaining(): number {
    return Math.max(0, this.maxResponseBytes - this.bytes);
  }

  /** The answer being read would go over the budget. */
  exceed(): void {
    this.tooLarge = true;
  }

  /** Counts `bytes` of subgraph answer towards the budget; false (and tooLarge) once over it. */
  charge(bytes: number): boolean {
    this.bytes += bytes;
    if (this.bytes > this.maxResponseBytes) this.tooLarge = true;
    return !this.tooLarge;
  }
}
