import autocannon from "autocannon";

/** One request body and the answer it must get (the `data` as JSON, or the part a picker selects). */
export interface CheckedRequest {
  body: string;
  expected: string;
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  wrong: number;
  /** The first wrong answer, to show what went wrong. */
  firstWrong?: string;
}

export interface LoadOptions {
  url: string;
  requests: CheckedRequest[];
  /** Run for this many seconds, or (for smoke runs) send `amount` requests in all. */
  seconds?: number;
  amount?: number;
  connections: number;
  /** Extra request headers (the signed gateway identity, when a subgraph is queried directly). */
  headers?: Record<string, string>;
  /** Headers made for each request's body (the one-time gateway proof, when a subgraph is queried directly). */
  headersFor?: (body: string) => Record<string, string>;
  /** Selects the part of `data` that `expected` holds (identity for the gateways). */
  select: (data: Record<string, unknown>) => unknown;
}

interface ConnectionContext {
  expected?: string;
}

/**
 * A bounded autocannon run over the request list, in order, checking every answer: a response with
 * errors, or whose data differs from the expected answer, counts as wrong. Loopback only.
 */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  let next = 0;
  let wrong = 0;
  let firstWrong: string | undefined;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: options.url,
        connections: options.connections,
        ...(options.amount !== undefined ? { amount: options.amount } : { duration: options.seconds ?? 5 }),
        method: "POST",
        headers: { "content-type": "application/json", ...options.headers },
        requests: [
          {
            setupRequest: (request, context: ConnectionContext) => {
              const item = options.requests[next % options.requests.length];
              next += 1;
              context.expected = item.expected;
              return { ...request, body: item.body, headers: { ...request.headers, ...options.headersFor?.(item.body) } };
            },
            onResponse: (_status, body, context: ConnectionContext) => {
              let ok = false;
              try {
                const parsed = JSON.parse(body) as { data?: Record<string, unknown>; errors?: unknown[] };
                ok = parsed.errors === undefined && parsed.data !== undefined && JSON.stringify(options.select(parsed.data)) === context.expected;
              } catch {
                ok = false;
              }
              if (!ok) {
                wrong += 1;
                firstWrong ??= body.slice(0, 500);
              }
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          requests: result.requests.total,
          requestsPerSecond: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
          wrong,
          firstWrong,
        });
      },
    );
  });
}

/**
 * The smoke form of a run: each request once, in order, a few at a time, answers checked the same
 * way. No timing (autocannon's 1-second sampling would make a short round slow, and it is not needed).
 */
export async function checkAnswers(options: Omit<LoadOptions, "seconds" | "amount">): Promise<LoadResult> {
  let wrong = 0;
  let errors = 0;
  let non2xx = 0;
  let firstWrong: string | undefined;
  const started = process.hrtime.bigint();
  for (let i = 0; i < options.requests.length; i += options.connections) {
    await Promise.all(
      options.requests.slice(i, i + options.connections).map(async (item) => {
        try {
          const response = await fetch(options.url, { method: "POST", headers: { "content-type": "application/json", ...options.headers, ...options.headersFor?.(item.body) }, body: item.body });
          const body = await response.text();
          if (response.status >= 300) non2xx += 1;
          const parsed = JSON.parse(body) as { data?: Record<string, unknown>; errors?: unknown[] };
          if (parsed.errors !== undefined || parsed.data === undefined || JSON.stringify(options.select(parsed.data)) !== item.expected) {
            wrong += 1;
            firstWrong ??= body.slice(0, 500);
          }
        } catch (error) {
          errors += 1;
          firstWrong ??= String(error);
        }
      }),
    );
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { requests: options.requests.length, requestsPerSecond: options.requests.length / seconds, p50: Number.NaN, p99: Number.NaN, errors, non2xx, wrong, firstWrong };
}
