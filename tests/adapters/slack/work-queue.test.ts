import { describe, expect, it } from "vitest";
import { createWorkQueue } from "../../../adapters/slack/work-queue.ts";

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe("the after-ack work queue", () => {
  it("never starts a job in the same turn as the ack that queued it", () => {
    const queue = createWorkQueue({ maxRunning: 4, maxWaiting: 10 });
    let started = false;
    queue.offer(async () => {
      started = true;
    });
    expect(started).toBe(false);
    expect(queue.pending).toBe(1);
  });

  it("runs jobs in arrival order, never more than maxRunning at once", async () => {
    const queue = createWorkQueue({ maxRunning: 2, maxWaiting: 100 });
    const order: number[] = [];
    let running = 0;
    let peak = 0;
    for (let i = 0; i < 10; i++) {
      queue.offer(async () => {
        running++;
        peak = Math.max(peak, running);
        order.push(i);
        await new Promise((resolve) => setTimeout(resolve, 2));
        running--;
      });
    }
    expect(await queue.drain(5_000)).toBe(0);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(peak).toBe(2);
  });

  it("refuses work beyond maxWaiting, so a flood is answered with 'busy' at the ack", async () => {
    const queue = createWorkQueue({ maxRunning: 1, maxWaiting: 3 });
    const gate = deferred();
    const accepted = Array.from({ length: 5 }, () => queue.offer(() => gate.promise));
    expect(accepted).toEqual([true, true, true, false, false]);
    gate.resolve();
    expect(await queue.drain(5_000)).toBe(0);
    expect(queue.offer(async () => {})).toBe(true);
  });

  it("keeps going after a job fails", async () => {
    const queue = createWorkQueue({ maxRunning: 1, maxWaiting: 10 });
    let ran = false;
    queue.offer(() => Promise.reject(new Error("boom")));
    queue.offer(async () => {
      ran = true;
    });
    await queue.drain(5_000);
    expect(ran).toBe(true);
  });

  it("reports the jobs left when draining times out", async () => {
    const queue = createWorkQueue({ maxRunning: 1, maxWaiting: 10 });
    const gate = deferred();
    queue.offer(() => gate.promise);
    queue.offer(async () => {});
    expect(await queue.drain(50)).toBe(2);
    gate.resolve();
    expect(await queue.drain(5_000)).toBe(0);
  });
});
