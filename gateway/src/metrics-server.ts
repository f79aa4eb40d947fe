import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { urlHost, type MetricsListen } from "../../lib/config/env";
import { PortInUseError, sendCodedError } from "../../lib/server/http";
import type { GatewayMetrics } from "./observability";

export interface RunningMetricsServer {
  /** e.g. http://127.0.0.1:9090/metrics */
  url: string;
  close(): Promise<void>;
}

/**
 * `/metrics` on a listener of its own (METRICS_PORT, METRICS_HOST): operation names, subgraph names
 * and error rates are for the operators' Prometheus, not for the public port. GET /metrics only;
 * anything else is a coded 404.
 */
export async function serveMetrics(metrics: GatewayMetrics, listen: MetricsListen): Promise<RunningMetricsServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (request.method !== "GET" || path !== "/metrics") return sendCodedError(response, 404, "NOT_FOUND", "Not found: metrics are served at GET /metrics");
    metrics.registry
      .metrics()
      .then((body) => {
        response.writeHead(200, { "content-type": metrics.registry.contentType });
        response.end(body);
      })
      .catch(() => sendCodedError(response, 500, "INTERNAL_SERVER_ERROR", "Internal server error"));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(error.code === "EADDRINUSE" ? new PortInUseError(`Port ${listen.port} on ${listen.host} is already in use: set METRICS_PORT to a free port.`) : error);
    });
    server.listen(listen.port, listen.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${urlHost(listen.host)}:${port}/metrics`,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
