import type { Clock } from "../../../src/bot/ports.ts";

/** A clock whose time moves only when a test says so; timers fire in time order as it moves. */
export class FakeClock implements Clock {
  private current: number;
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private nextId = 0;

  constructor(start: number | string) {
    this.current = typeof start === "string" ? Date.parse(start) : start;
  }

  now(): number {
    return this.current;
  }

  setTimer(fn: () => void, ms: number): () => void {
    const id = this.nextId++;
    this.timers.push({ at: this.current + Math.max(0, ms), fn, id });
    return () => {
      this.timers = this.timers.filter((t) => t.id !== id);
    };
  }

  /** Pending timers, for assertions about what is scheduled. */
  get pending(): number {
    return this.timers.length;
  }

  /**
   * Moves time to `target`, firing every timer due on the way at its own time, and lets the work
   * each timer starts finish (`settle`) before moving on.
   */
  async advanceTo(target: number | string, settle: () => Promise<void> = flush): Promise<void> {
    const end = typeof target === "string" ? Date.parse(target) : target;
    for (;;) {
      await settle();
      const due = this.timers
        .filter((t) => t.at <= end)
        .sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (due === undefined) break;
      this.timers = this.timers.filter((t) => t.id !== due.id);
      this.current = Math.max(this.current, due.at);
      due.fn();
    }
    this.current = Math.max(this.current, end);
  }

  async advanceBy(ms: number, settle?: () => Promise<void>): Promise<void> {
    await this.advanceTo(this.current + ms, settle);
  }
}

async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}
