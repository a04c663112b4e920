/** Settings of the queue of work done after the ack. */
export interface WorkQueueOptions {
  /** Jobs running at once (fetches and analyses in parallel). */
  readonly maxRunning: number;
  /** Jobs waiting; beyond this the command is refused at its ack. */
  readonly maxWaiting: number;
  /** Commands arriving less than this apart mean a burst, during which work is paced. */
  readonly burstGapMs: number;
  /** During a burst, at most one job starts per this many milliseconds. */
  readonly burstPaceMs: number;
}

/** Work that was acknowledged and still has to be done, in arrival order. */
export interface WorkQueue {
  /** Queues a job; false when the queue is full (or closed) and the caller should say so in its ack. */
  offer(job: () => Promise<void>): boolean;
  /** Jobs waiting or running. */
  readonly pending: number;
  /**
   * Refuses new work and waits up to `timeoutMs` for the queued jobs; those not started by then
   * are dropped. Returns how many jobs were dropped or still running.
   */
  close(timeoutMs: number): Promise<number>;
}

/**
 * A queue that lets acks go first. A job starts from setImmediate, after the incoming commands
 * already waiting for the event loop; during a burst (the last two commands arrived closer than
 * `burstGapMs`, the last one that recently) jobs are paced to one per `burstPaceMs`, so the briefings' CPU work cannot
 * slow the acks down. Once the burst is over the backlog runs at full speed.
 */
export function createWorkQueue(options: WorkQueueOptions): WorkQueue {
  const waiting: (() => Promise<void>)[] = [];
  let head = 0;
  let running = 0;
  let scheduled = false;
  let closed = false;
  // Arrival times of the last two commands: two close together, and recent, make a burst.
  let lastOfferAt = Number.NEGATIVE_INFINITY;
  let previousOfferAt = Number.NEGATIVE_INFINITY;
  let timer: NodeJS.Timeout | undefined;
  const idle = new Set<() => void>();
  const waitingCount = () => waiting.length - head;

  const schedule = () => {
    if (scheduled || running >= options.maxRunning || waitingCount() === 0) return;
    scheduled = true;
    const inBurst =
      lastOfferAt - previousOfferAt < options.burstGapMs &&
      performance.now() - lastOfferAt < options.burstGapMs;
    if (inBurst) timer = setTimeout(startOne, options.burstPaceMs);
    else setImmediate(startOne);
  };

  const finished = () => {
    running--;
    if (running === 0 && waitingCount() === 0) for (const wake of [...idle]) wake();
    schedule();
  };

  const startOne = () => {
    scheduled = false;
    timer = undefined;
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
      .finally(finished);
    schedule();
  };

  return {
    offer(job) {
      if (closed || waitingCount() >= options.maxWaiting) return false;
      previousOfferAt = lastOfferAt;
      lastOfferAt = performance.now();
      waiting.push(job);
      schedule();
      return true;
    },
    get pending() {
      return waitingCount() + running;
    },
    async close(timeoutMs) {
      closed = true;
      // Nothing new arrives once closed: the backlog runs at full speed.
      lastOfferAt = Number.NEGATIVE_INFINITY;
      previousOfferAt = Number.NEGATIVE_INFINITY;
      if (timer !== undefined) {
        clearTimeout(timer);
        scheduled = false;
        schedule();
      }
      if (running > 0 || waitingCount() > 0) await whenIdle(idle, timeoutMs);
      const left = waitingCount() + running;
      waiting.length = 0;
      head = 0;
      return left;
    },
  };
}

function whenIdle(idle: Set<() => void>, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const wake = () => {
      idle.delete(wake);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(wake, timeoutMs);
    idle.add(wake);
  });
}

const noop = async () => {};
