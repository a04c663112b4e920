/** Settings of the queue of work done after the ack. */
export interface WorkQueueOptions {
  /** Jobs running at once (fetches and analyses in parallel). */
  readonly maxRunning: number;
  /** Jobs waiting; beyond this the command is refused at its ack. */
  readonly maxWaiting: number;
}

/** Work that was acknowledged and still has to be done, in arrival order. */
export interface WorkQueue {
  /** Queues a job; false when the queue is full and the caller should say so in its ack. */
  offer(job: () => Promise<void>): boolean;
  /** Jobs waiting or running. */
  readonly pending: number;
  /** Resolves when every job has finished or `timeoutMs` has passed; returns the jobs left unfinished. */
  drain(timeoutMs: number): Promise<number>;
}

/**
 * A queue that lets acks go first: a job starts from setImmediate, after the I/O callbacks
 * (incoming commands) already waiting, and at most one starts per event-loop turn. A burst of
 * commands is acknowledged at full speed and briefed as fast as the remaining time allows.
 */
export function createWorkQueue(options: WorkQueueOptions): WorkQueue {
  const waiting: (() => Promise<void>)[] = [];
  let head = 0;
  let running = 0;
  let scheduled = false;
  const idle = new Set<() => void>();

  const schedule = () => {
    if (scheduled || running >= options.maxRunning || head >= waiting.length) return;
    scheduled = true;
    setImmediate(startOne);
  };

  const startOne = () => {
    scheduled = false;
    const job = waiting[head];
    if (job === undefined || running >= options.maxRunning) return;
    waiting[head++] = noop;
    // Reclaim the consumed prefix now and then, so a long-lived queue does not grow.
    if (head > 1024 && head * 2 > waiting.length) {
      waiting.splice(0, head);
      head = 0;
    }
    running++;
    void job()
      .catch(() => undefined)
      .finally(() => {
        running--;
        if (running === 0 && head >= waiting.length) for (const wake of idle) wake();
        schedule();
      });
    schedule();
  };

  return {
    offer(job) {
      if (waiting.length - head >= options.maxWaiting) return false;
      waiting.push(job);
      schedule();
      return true;
    },
    get pending() {
      return waiting.length - head + running;
    },
    async drain(timeoutMs) {
      if (running === 0 && head >= waiting.length) return 0;
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        const wake = () => {
          idle.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        idle.add(wake);
        timer = setTimeout(wake, timeoutMs);
      });
      return waiting.length - head + running;
    },
  };
}

const noop = async () => {};
