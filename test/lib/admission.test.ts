import { AdmissionAbandoned, AdmissionQueueFull, CostGate } from "../../lib/server/admission";

const settled = async <T>(promise: Promise<T>): Promise<"pending" | "done"> => {
  const marker = Symbol();
  const winner = await Promise.race([promise.then(() => "done" as const), new Promise<symbol>((resolve) => setImmediate(() => resolve(marker)))]);
  return winner === marker ? "pending" : "done";
};

describe("the gateway's cost gate", () => {
  it("runs requests together while their cost fits the budget, and the next when one finishes", async () => {
    const gate = new CostGate(100, 10);
    const a = await gate.admit(60);
    const b = gate.admit(30);
    expect(await settled(b)).toBe("done");
    const c = gate.admit(20);
    expect(await settled(c)).toBe("pending");
    expect(gate.state).toEqual({ running: 90, queued: 1 });
    a();
    expect(await settled(c)).toBe("done");
    expect(gate.state).toEqual({ running: 50, queued: 0 });
    (await b)();
    (await c)();
    expect(gate.state).toEqual({ running: 0, queued: 0 });
  });

  it("counts the requests it let in, those that waited their turn and how long they waited (for /metrics)", async () => {
    const gate = new CostGate(100, 10);
    const a = await gate.admit(80);
    const b = gate.admit(50);
    expect(gate.totals).toEqual({ admitted: 1, waited: 0, waitSeconds: 0 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    a();
    (await b)();
    expect(gate.totals.admitted).toBe(2);
    expect(gate.totals.waited).toBe(1);
    expect(gate.totals.waitSeconds).toBeGreaterThan(0.01);
  });

  it("runs a query of the whole budget (or more) alone, never refusing it for its size", async () => {
    const gate = new CostGate(100, 10);
    const big = await gate.admit(500);
    const small = gate.admit(1);
    expect(await settled(small)).toBe("pending");
    big();
    big(); // a second release changes nothing
    expect(await settled(small)).toBe("done");
    expect(gate.state.running).toBe(1);
  });

  it("serves the queue in order: a cheap request does not overtake a costly one waiting before it", async () => {
    const gate = new CostGate(100, 10);
    const first = await gate.admit(90);
    const order: string[] = [];
    const costly = gate.admit(80).then((release) => (order.push("costly"), release));
    const cheap = gate.admit(5).then((release) => (order.push("cheap"), release));
    expect(await settled(cheap)).toBe("pending");
    first();
    await Promise.all([costly, cheap]);
    expect(order).toEqual(["costly", "cheap"]);
  });

  it("refuses when the queue is full, and forgets a request abandoned at its deadline", async () => {
    const gate = new CostGate(100, 1);
    const running = await gate.admit(100);
    const controller = new AbortController();
    const waiting = gate.admit(50, controller.signal);
    await expect(gate.admit(10)).rejects.toBeInstanceOf(AdmissionQueueFull);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(AdmissionAbandoned);
    expect(gate.state).toEqual({ running: 100, queued: 0 });
    running();
    expect(gate.state).toEqual({ running: 0, queued: 0 });
  });
});
