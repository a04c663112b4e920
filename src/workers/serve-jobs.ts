import { parentPort } from "node:worker_threads";
import { isNewsbriefError } from "../errors.ts";
import { type ListPath, serializeLists } from "./chunked.ts";
import type { JobMessage, WorkerMessage } from "./worker-pool.ts";

/** A result with its long lists taken out (left empty), to be sent apart in chunks. */
export interface SplitResult<R> {
  readonly result: R;
  readonly lists: ReadonlyArray<{ path: ListPath; items: unknown[] }>;
}

/**
 * The loop of a worker thread: tells the pool it is ready, then answers each job in turn. `split`
 * takes a result's long lists out, so that the pool reads them back a chunk at a time.
 */
export function serveJobs<J, R>(
  handle: (job: J) => R,
  split?: (result: R) => SplitResult<R>,
): void {
  const port = parentPort;
  if (port === null) throw new Error("serveJobs runs in a worker thread");
  port.on("message", ({ id, job }: JobMessage<J>) => {
    let answer: WorkerMessage<R>;
    try {
      const value = handle(job);
      if (split !== undefined) {
        const { result, lists } = split(value);
        const { parts, transfer } = serializeLists(lists);
        port.postMessage({ id, result, parts } satisfies WorkerMessage<R>, transfer);
        return;
      }
      answer = { id, result: value };
    } catch (error) {
      answer = isNewsbriefError(error)
        ? { id, error: { code: error.code, message: error.message, details: error.details } }
        : { id, error: { code: "INTERNAL", message: String((error as Error)?.message) } };
    }
    port.postMessage(answer);
  });
  port.postMessage({ ready: true } satisfies WorkerMessage<R>);
}
