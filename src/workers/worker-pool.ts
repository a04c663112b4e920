import { Worker } from "node:worker_threads";
import { type ErrorCode, type ErrorDetails, NewsbriefError } from "../errors.ts";
import { assembleLists, type ListPart } from "./chunked.ts";

/** A job sent to a worker thread. */
export interface JobMessage<J> {
  readonly id: number;
  readonly job: J;
}

/** What a worker thread answers: that it is ready, a job's result, or the error to rethrow. */
export type WorkerMessage<R> =
  | { readonly ready: true }
  | { readonly id: number; readonly result: R; readonly parts?: readonly ListPart[] }
  | {
      readonly id: number;
      readonly error: { code: ErrorCode; message: string; details?: ErrorDetails };
    };

/** How a pool starts its workers and what it says when a job fails. */
export interface WorkerPoolOptions<J> {
  /** The worker's entry module. */
  readonly entry: URL;
  /** Workers running at once (default 1). */
  readonly size?: number;
  /** The error for a job that ran past its time limit. */
  tooSlow(job: J, timeLimitMs: number): NewsbriefError;
  /** The error for a job whose worker died (out of memory, a crash). */
  lost(job: J, cause: unknown): NewsbriefError;
}

interface Pending<J, R> {
  readonly id: number;
  readonly job: J;
  readonly timeLimitMs: number;
  resolve(result: R): void;
  reject(error: NewsbriefError): void;
}

interface Slot<J, R> {
  readonly worker: Worker;
  ready: boolean;
  current: (Pending<J, R> & { timer: NodeJS.Timeout }) | undefined;
}

/**
 * A few worker threads, each running one job at a time from a shared queue. Workers start on first
 * use and, idle, do not keep the process alive. A job's time limit counts from when a ready worker
 * takes it (not the worker's start-up); past it the job fails and its worker is replaced, as is a
 * worker that dies.
 */
export class WorkerPool<J, R> {
  private readonly slots: Array<Slot<J, R>> = [];
  private readonly queue: Array<Pending<J, R>> = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions<J>) {}

  /** Runs a job in a worker; rejects with the pool's errors when it is too slow or its worker dies. */
  run(job: J, timeLimitMs: number): Promise<R> {
    if (this.closed) return Promise.reject(this.options.lost(job, new Error("the pool is closed")));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: ++this.nextId, job, timeLimitMs, resolve, reject });
      this.pump();
    });
  }

  /** Stops every worker; jobs still queued or running fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) {
      pending.reject(this.options.lost(pending.job, new Error("the pool is closed")));
    }
    await Promise.all([...this.slots].map((slot) => this.retire(slot, new Error("closed"))));
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) break;
      if (slot.ready && slot.current === undefined) this.dispatch(slot);
    }
    const starting = this.slots.filter((slot) => !slot.ready).length;
    const room = (this.options.size ?? 1) - this.slots.length;
    for (let i = 0; i < Math.min(room, this.queue.length - starting); i++) this.start();
    for (const slot of this.slots) {
      if (slot.current === undefined && slot.ready) slot.worker.unref();
    }
  }

  private dispatch(slot: Slot<J, R>): void {
    const next = this.queue.shift() as Pending<J, R>;
    const timer = setTimeout(() => {
      this.settle(slot, next.id, this.options.tooSlow(next.job, next.timeLimitMs));
      void this.retire(slot, new Error("over time"));
      this.pump();
    }, next.timeLimitMs);
    slot.current = { ...next, timer };
    slot.worker.ref();
    slot.worker.postMessage({ id: next.id, job: next.job } satisfies JobMessage<J>);
  }

  private start(): void {
    const worker = new Worker(this.options.entry);
    const slot: Slot<J, R> = { worker, ready: false, current: undefined };
    this.slots.push(slot);
    worker.on("message", (message: WorkerMessage<R>) => this.receive(slot, message));
    worker.on("error", (error) => this.fail(slot, error));
    worker.on("exit", (code) => this.fail(slot, new Error(`the worker stopped (${code})`)));
  }

  private receive(slot: Slot<J, R>, message: WorkerMessage<R>): void {
    if ("ready" in message) {
      slot.ready = true;
    } else if ("result" in message) {
      this.settle(slot, message.id, undefined, message.result, message.parts);
    } else {
      const { code, message: text, details } = message.error;
      this.settle(slot, message.id, new NewsbriefError(code, text, { details: details ?? {} }));
    }
    this.pump();
  }

  private settle(
    slot: Slot<J, R>,
    id: number,
    error?: NewsbriefError,
    result?: R,
    parts: readonly ListPart[] = [],
  ): void {
    const current = slot.current;
    if (current === undefined || current.id !== id) return;
    clearTimeout(current.timer);
    slot.current = undefined;
    if (error !== undefined) current.reject(error);
    else if (parts.length === 0) current.resolve(result as R);
    else
      assembleLists(result, parts).then(
        () => current.resolve(result as R),
        (cause: unknown) => current.reject(this.options.lost(current.job, cause)),
      );
  }

  /** A worker died: its job fails; one that never started fails the oldest waiting job instead. */
  private fail(slot: Slot<J, R>, cause: unknown): void {
    if (!this.slots.includes(slot)) return;
    const current = slot.current;
    if (current !== undefined) this.settle(slot, current.id, this.options.lost(current.job, cause));
    else if (!slot.ready) {
      const waiting = this.queue.shift();
      waiting?.reject(this.options.lost(waiting.job, cause));
    }
    void this.retire(slot, cause);
    if (!this.closed) this.pump();
  }

  private async retire(slot: Slot<J, R>, cause: unknown): Promise<void> {
    const at = this.slots.indexOf(slot);
    if (at === -1) return;
    this.slots.splice(at, 1);
    const current = slot.current;
    if (current !== undefined) this.settle(slot, current.id, this.options.lost(current.job, cause));
    await slot.worker.terminate();
  }
}
