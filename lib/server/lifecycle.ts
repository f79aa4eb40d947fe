import { PortInUseError } from "./http";

/** How long a service may take to finish in-flight requests and close its database on stop. */
export const STOP_DEADLINE_MS = 10_000;

interface Closable {
  url: string;
  close(): Promise<void>;
}

/**
 * Runs a service until SIGINT or SIGTERM (or its parent launcher goes away), then closes it
 * cleanly: stop accepting, finish in-flight requests, close the database. Prints where it listens.
 */
export function runUntilSignal(name: string, start: () => Promise<Closable>): void {
  start().then(
    (service) => {
      process.stdout.write(`${name} listening at ${service.url}\n`);
      let stopping = false;
      const stop = () => {
        if (stopping) {
          // A second signal means "now": do not wait for a close that may hang.
          process.exit(1);
        }
        stopping = true;
        const deadline = setTimeout(() => {
          process.stderr.write(`${name}: did not stop within ${STOP_DEADLINE_MS} ms; exiting.\n`);
          process.exit(1);
        }, STOP_DEADLINE_MS);
        deadline.unref();
        service.close().then(
          () => process.exit(0),
          (error: unknown) => {
            process.stderr.write(`${name}: error while stopping: ${String(error)}\n`);
            process.exit(1);
          },
        );
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
      // Started by the launcher with an IPC channel: if the launcher dies, do not linger as an orphan.
      process.on("disconnect", stop);
      if (process.send) process.send({ ready: name, url: service.url });
    },
    (error: unknown) => {
      const message = error instanceof PortInUseError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`${name}: ${message}\n`);
      process.exit(error instanceof PortInUseError ? 2 : 1);
    },
  );
}
