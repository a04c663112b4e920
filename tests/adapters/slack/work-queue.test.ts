import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createWorkQueue, type WorkQueueOptions } from "../../../adapters/slack/work-queue.ts";

const calm: WorkQueueOptions = { maxRunning: 4, maxWaiting: 100, burstGapMs: 0, burstPaceMs: 0 };

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The queue's clock (performance.now), its timers and setImmediate are fake: each test moves time
// itself, so pacing is tested to the millisecond and a loaded machine cannot change the outcome.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setImmediate", "performance"] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Closes the queue, running every timer until it has, and returns how many jobs it dropped. */
async function closeNow(queue: ReturnType<typeof createWorkQueue>, timeoutMs = 5_000) {
  const closing = queue.close(timeoutMs);
  await vi.runAllTimersAsync();
  return closing;
}

describe("the after-ack work queue", () => {
  it("never starts a job in the same turn as the ack that queued it", () => {
    const queue = createWorkQueue(calm);
    let started = false;
    queue.offer(async () => {
      started = true;
    });
    expect(started).toBe(false);
    expect(queue.pending).toBe(1);
  });

  it("runs jobs in arrival order, never more than maxRunning at once", async () => {
    const queue = createWorkQueue({ ...calm, maxRunning: 2 });
    const order: number[] = [];
    let running = 0;
    let peak = 0;
    for (let i = 0; i < 10; i++) {
      queue.offer(async () => {
        running++;
        peak = Math.max(peak, running);
        order.push(i);
        await sleep(2);
        running--;
      });
    }
    expect(await closeNow(queue)).toBe(0);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(peak).toBe(2);
  });

  it("refuses work beyond maxWaiting, so a flood is answered with 'busy' at the ack", async () => {
    const queue = createWorkQueue({ ...calm, maxRunning: 1, maxWaiting: 3 });
    const gate = deferred();
    const accepted = Array.from({ length: 5 }, () => queue.offer(() => gate.promise));
    expect(accepted).toEqual([true, true, true, false, false]);
    gate.resolve();
    await vi.advanceTimersByTimeAsync(1);
    expect(queue.offer(async () => {})).toBe(true);
  });

  it("paces work while commands keep arriving, then catches up at full speed", async () => {
    const queue = createWorkQueue({ ...calm, burstGapMs: 250, burstPaceMs: 2_000 });
    let started = 0;
    for (let i = 0; i < 20; i++) {
      queue.offer(async () => {
        started++;
      });
      await vi.advanceTimersByTimeAsync(5);
    }
    // The first command was alone and started at once; the burst after it waits for its pace.
    expect(started).toBe(1);
    // One pace later the burst is long over, and the backlog runs at full speed.
    await vi.advanceTimersByTimeAsync(2_000);
    expect(started).toBe(20);
    expect(await closeNow(queue)).toBe(0);
  });

  it("starts a lone command's job at once", async () => {
    const queue = createWorkQueue({ ...calm, burstGapMs: 50, burstPaceMs: 10_000 });
    let started = false;
    queue.offer(async () => {
      started = true;
    });
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toBe(true);
  });

  it("keeps going after a job fails", async () => {
    const queue = createWorkQueue({ ...calm, maxRunning: 1 });
    let ran = false;
    queue.offer(() => Promise.reject(new Error("boom")));
    queue.offer(async () => {
      ran = true;
    });
    await closeNow(queue);
    expect(ran).toBe(true);
  });

  it("on close, refuses new work and drops what did not start in time", async () => {
    const queue = createWorkQueue({ ...calm, maxRunning: 1 });
    const gate = deferred();
    let lateRan = false;
    queue.offer(() => gate.promise);
    queue.offer(async () => {
      lateRan = true;
    });
    const closing = queue.close(50);
    expect(queue.offer(async () => {})).toBe(false);
    await vi.advanceTimersByTimeAsync(50);
    expect(await closing).toBe(2);
    gate.resolve();
    await vi.runAllTimersAsync();
    expect(lateRan).toBe(false);
  });
});
