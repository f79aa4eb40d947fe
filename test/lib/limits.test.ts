import { checkRequest, resolvedCacheBytes } from "../../gateway/src/request-checks";
import { RateLimiter } from "../../lib/server/rate-limit";
import { QueueFull, RenderQueue } from "../../lib/reports/render-queue";

it("the request-checks cache holds hashes, not documents: bounded in bytes whatever their size", () => {
  // 1,000 distinct documents of about 90 kB each (the body limit is 100 kB): 90 MB if kept as keys.
  const padding = "a".repeat(90_000);
  for (let i = 0; i < 1_000; i++) expect(checkRequest(`query Q${i} { councils { id } } # ${padding}`, `Q${i}`, 3_000)).toBeNull();
  expect(resolvedCacheBytes()).toBeGreaterThan(0);
  expect(resolvedCacheBytes()).toBeLessThanOrEqual(1_000 * 64);
});

it("a token bucket lets a burst through, then asks to wait, refills, and remembers a bounded number of clients", () => {
  let now = 0;
  const limiter = new RateLimiter(3, () => now);
  const shape = { perSecond: 2, burst: 3 };
  expect([1, 2, 3].map(() => limiter.take("a", shape))).toEqual([0, 0, 0]);
  expect(limiter.take("a", shape)).toBe(1);
  now += 500; // one token back
  expect(limiter.take("a", shape)).toBe(0);
  expect(limiter.take("a", shape)).toBe(1);
  for (const key of ["b", "c", "d", "e"]) limiter.take(key, shape);
  expect(limiter.size).toBe(3);
});

it("the render queue runs `concurrency` jobs, queues `queueLength`, refuses the rest, and hands places on", async () => {
  const queue = new RenderQueue(1, 1);
  const gates: Array<() => void> = [];
  const job = () => new Promise<string>((resolve) => gates.push(() => resolve("done")));
  const first = queue.run(job);
  const second = queue.run(job);
  await expect(queue.run(job)).rejects.toBeInstanceOf(QueueFull);
  expect(queue.load).toEqual({ running: 1, waiting: 1 });
  gates.shift()!();
  await expect(first).resolves.toBe("done");
  await new Promise((resolve) => setImmediate(resolve));
  gates.shift()!();
  await expect(second).resolves.toBe("done");
  expect(queue.load).toEqual({ running: 0, waiting: 0 });
});
