/**
 * Admission by cost: the gateway runs at once only as much query cost as one of the costliest
 * allowed queries (the budget); the rest wait their turn, first come first served. A flood of costly
 * queries then runs one after another instead of all at once, so the event loop (and /health, and
 * cheap requests) never waits behind ten of them together; a single query of any allowed cost still
 * runs (alone). The queue is bounded: past it, the request is refused as busy, with a retry hint.
 */
export class AdmissionQueueFull extends Error {
  constructor(readonly queued: number) {
    super(`The gateway is busy: ${queued} requests are waiting`);
  }
}

export class AdmissionAbandoned extends Error {
  constructor() {
    super("The request was abandoned while waiting its turn");
  }
}

interface Waiter {
  cost: number;
  admit: () => void;
}

/** Since the gate was made: requests let in, how many of them waited their turn, and for how long in all. */
export interface AdmissionTotals {
  admitted: number;
  waited: number;
  waitSeconds: number;
}

export class CostGate {
  private running = 0;
  private readonly waiting: Waiter[] = [];
  /** For metrics: a queue that is often non-empty is the gate, not the work, setting the pace. */
  readonly totals: AdmissionTotals = { admitted: 0, waited: 0, waitSeconds: 0 };

  constructor(
    readonly budget: number,
    readonly maxQueued: number,
  ) {}

  /** Cost now running, and requests waiting (for metrics and tests). */
  get state(): { running: number; queued: number } {
    return { running: this.running, queued: this.waiting.length };
  }

  /**
   * Waits until `cost` fits in the budget (and everyone before it has gone in); resolves to the
   * release function, which must be called once the request is done. Rejects with
   * AdmissionQueueFull when the queue is full, AdmissionAbandoned when `signal` fires first.
   */
  admit(cost: number, signal?: AbortSignal): Promise<() => void> {
    const charge = Math.max(0, Math.min(cost, this.budget));
    if (this.waiting.length === 0 && this.fits(charge)) return Promise.resolve(this.enter(charge));
    if (this.waiting.length >= this.maxQueued) return Promise.reject(new AdmissionQueueFull(this.waiting.length));
    if (signal?.aborted) return Promise.reject(new AdmissionAbandoned());
    const queuedAt = performance.now();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        cost: charge,
        admit: () => {
          signal?.removeEventListener("abort", onAbort);
          this.totals.waited += 1;
          this.totals.waitSeconds += (performance.now() - queuedAt) / 1000;
          resolve(this.enter(charge));
        },
      };
      const onAbort = (): void => {
        const index = this.waiting.indexOf(waiter);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(new AdmissionAbandoned());
        // The head may fit now that a larger request before it has gone.
        this.wake();
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.waiting.push(waiter);
    });
  }

  /** Nothing running always fits: a query of the whole budget runs alone. */
  private fits(cost: number): boolean {
    return this.running === 0 || this.running + cost <= this.budget;
  }

  private enter(cost: number): () => void {
    this.running += cost;
    this.totals.admitted += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= cost;
      this.wake();
    };
  }

  private wake(): void {
    while (this.waiting.length > 0 && this.fits(this.waiting[0].cost)) this.waiting.shift()!.admit();
  }
}
