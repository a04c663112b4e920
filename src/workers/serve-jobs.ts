import { parentPort } from "node:worker_threads";
import { isNewsbriefError } from "../errors.ts";
import type { JobMessage, WorkerMessage } from "./worker-pool.ts";

/** The loop of a worker thread: tells the pool it is ready, then answers each job in turn. */
export function serveJobs<J, R>(handle: (job: J) => R): void {
  const port = parentPort;
  if (port === null) throw new Error("serveJobs runs in a worker thread");
  port.on("message", ({ id, job }: JobMessage<J>) => {
    let answer: WorkerMessage<R>;
    try {
      answer = { id, result: handle(job) };
    } catch (error) {
      answer = isNewsbriefError(error)
        ? { id, error: { code: error.code, message: error.message, details: error.details } }
        : { id, error: { code: "INTERNAL", message: String((error as Error)?.message) } };
    }
    port.postMessage(answer);
  });
  port.postMessage({ ready: true } satisfies WorkerMessage<R>);
}
