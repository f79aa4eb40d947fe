import { formatDelay, RestartBackoff, RESTART_FIRST_DELAY_MS, RESTART_MAX_DELAY_MS, RESTART_STABLE_MS } from "../../lib/server/restart-backoff";

/** How long `npm start` waits before restarting a crashed service. */
describe("restart backoff", () => {
  it("starts at half a second and doubles on each crash, up to the cap", () => {
    const backoff = new RestartBackoff();
    backoff.up(0);
    const delays = Array.from({ length: 10 }, (_, index) => backoff.next(index).delayMs);
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000, 30000]);
    expect(RESTART_FIRST_DELAY_MS).toBe(500);
    expect(RESTART_MAX_DELAY_MS).toBe(30_000);
  });

  it("counts restarts, including ones that crash again before answering", () => {
    const backoff = new RestartBackoff();
    backoff.up(0);
    expect(backoff.next(1_000)).toEqual({ restart: 1, delayMs: 500 });
    // Restarted, but it exited again before it answered: no reset.
    expect(backoff.next(2_000)).toEqual({ restart: 2, delayMs: 1000 });
    backoff.up(3_000);
    expect(backoff.next(4_000)).toEqual({ restart: 3, delayMs: 2000 });
  });

  it("starts again from the first delay once the service has stayed up a while", () => {
    const backoff = new RestartBackoff();
    backoff.up(0);
    backoff.next(10);
    backoff.next(20);
    backoff.up(1_000);
    expect(backoff.next(1_000 + RESTART_STABLE_MS - 1)).toEqual({ restart: 3, delayMs: 2000 });
    backoff.up(100_000);
    expect(backoff.next(100_000 + RESTART_STABLE_MS)).toEqual({ restart: 1, delayMs: 500 });
  });

  it("prints delays in seconds", () => {
    expect([500, 1000, 2000, 30000].map(formatDelay)).toEqual(["0.5 s", "1 s", "2 s", "30 s"]);
  });
});
