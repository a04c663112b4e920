import { describe, expect, it } from "vitest";
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
    expect(await queue.close(5_000)).toBe(0);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(peak).toBe(2);
  });

  it("refuses work beyond maxWaiting, so a flood is answered with 'busy' at the ack", async () => {
    const queue = createWorkQueue({ ...calm, maxRunning: 1, maxWaiting: 3 });
    const gate = deferred();
    const accepted = Array.from({ length: 5 }, () => queue.offer(() => gate.promise));
    expect(accepted).toEqual([true, true, true, false, false]);
    gate.resolve();
    await sleep(20);
    expect(queue.offer(async () => {})).toBe(true);
  });

  it("paces work while commands keep arriving, then catches up at full speed", async () => {
    const queue = createWorkQueue({ ...calm, burstGapMs: 250, burstPaceMs: 2_000 });
    let started = 0;
    for (let i = 0; i < 20; i++) {
      queue.offer(async () => {
        started++;
      });
      await sleep(5);
    }
    // The first command was alone and started at once; the burst after it waits for its pace.
    expect(started).toBeLessThanOrEqual(2);
    expect(await queue.close(5_000)).toBe(0);
    expect(started).toBe(20);
  });

  it("starts a lone command's job at once", async () => {
    const queue = createWorkQueue({ ...calm, burstGapMs: 50, burstPaceMs: 10_000 });
    const done = deferred();
    const begin = performance.now();
    queue.offer(async () => done.resolve());
    await done.promise;
    expect(performance.now() - begin).toBeLessThan(5_000);
  });

  it("keeps going after a job fails", async () => {
    const queue = createWorkQueue({ ...calm, maxRunning: 1 });
    let ran = false;
    queue.offer(() => Promise.reject(new Error("boom")));
    queue.offer(async () => {
      ran = true;
    });
    await queue.close(5_000);
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
    expect(await queue.close(50)).toBe(2);
    expect(queue.offer(async () => {})).toBe(false);
    gate.resolve();
    await sleep(20);
    expect(lateRan).toBe(false);
  });
});
