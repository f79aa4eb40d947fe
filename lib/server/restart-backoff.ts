/** The first restart of a crashed service waits this long; each further one twice as long as the last. */
export const RESTART_FIRST_DELAY_MS = 500;
/** No wait between restarts is longer than this: a service that keeps failing is retried every 30 s. */
export const RESTART_MAX_DELAY_MS = 30_000;
/** A service that stayed up this long after (re)starting counts as healthy: its next crash waits the first delay again. */
export const RESTART_STABLE_MS = 60_000;

/**
 * When to restart one crashed service: exponential backoff, so a service that fails on every start
 * (a broken database, a port taken by something else) is not restarted in a tight loop, while a
 * one-off crash is repaired within half a second. Times are passed in, so the policy is testable.
 */
export class RestartBackoff {
  private restarts = 0;
  private upSince: number | null = null;

  /** The service answered (first start or a restart) at `now`. */
  up(now: number): void {
    this.upSince = now;
  }

  /** The service exited at `now`: the number of this restart and how long to wait before it. */
  next(now: number): { restart: number; delayMs: number } {
    if (this.upSince !== null && now - this.upSince >= RESTART_STABLE_MS) this.restarts = 0;
    this.upSince = null;
    this.restarts += 1;
    const delayMs = Math.min(RESTART_FIRST_DELAY_MS * 2 ** Math.min(this.restarts - 1, 30), RESTART_MAX_DELAY_MS);
    return { restart: this.restarts, delayMs };
  }
}

/** "0.5 s", "1 s", "30 s": a delay as the launcher prints it. */
export function formatDelay(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
