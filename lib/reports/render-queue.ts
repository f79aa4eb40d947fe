/** The queue is full: the caller should answer 503 with Retry-After. */
export class QueueFull extends Error {}

/**
 * At most `concurrency` jobs run at once and `queueLength` wait their turn; a job beyond that is
 * refused at once (QueueFull) rather than held, so a burst of PDF requests cannot pile up browsers
 * or memory.
 */
export class RenderQueue {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly concurrency: number,
    private readonly queueLength: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.queueLength) throw new QueueFull(`${this.running} reports are printing and ${this.waiting.length} waiting`);
      // The job that finishes hands its place straight to this one (running stays counted).
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  /** Jobs printing and waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}
