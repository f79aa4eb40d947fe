/**
 * One write transaction at a time per database: SQLite allows one writer, and TypeORM's SQLite
 * driver shares one connection, so concurrent transactions must queue rather than interleave.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

const queues = new WeakMap<object, WriteQueue>();

/** The write queue of a database (one per data source). */
export function writeQueueFor(dataSource: object): WriteQueue {
  let queue = queues.get(dataSource);
  if (!queue) {
    queue = new WriteQueue();
    queues.set(dataSource, queue);
  }
  return queue;
}
