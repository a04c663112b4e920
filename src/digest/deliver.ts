import type { ChatPort, Clock } from "../bot/ports.ts";
import { isNewsbriefError, NewsbriefError } from "../errors.ts";
import type { Logger } from "../log.ts";
import type { ChannelId, Delivery, Store } from "../store/store.ts";

/** Where a channel's messages go: its platform's port and the id without the prefix. */
export interface ChatTarget {
  readonly port: ChatPort;
  readonly channelId: string;
}

/** Finds the port for a channel ("slack:C1" → the Slack port, "C1"), or null when that platform is not running. */
export type ChatDirectory = (channel: ChannelId) => ChatTarget | null;

/** Builds a directory from the running ports, keyed by their platform prefix. */
export function chatDirectory(ports: readonly ChatPort[]): ChatDirectory {
  const byPlatform = new Map(ports.map((port) => [port.platform, port]));
  return (channel) => {
    const colon = channel.indexOf(":");
    if (colon <= 0) return null;
    const port = byPlatform.get(channel.slice(0, colon));
    return port === undefined ? null : { port, channelId: channel.slice(colon + 1) };
  };
}

export interface DeliverDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly chats: ChatDirectory;
  /** Aborted at shutdown: the delivery stops between parts and resumes at the next start. */
  readonly signal?: AbortSignal;
  /** Longest Retry-After the digest waits for in place (default 5 minutes); longer ones leave it pending. */
  readonly maxRetryWaitMs?: number;
}

export type DeliveryOutcome = "delivered" | "pending";

const MAX_RATE_LIMIT_RETRIES = 5;

/**
 * Posts the parts of a recorded delivery that have not reached the channel yet, marking each one
 * after it is posted, then the delivery. A crash in between resumes from the last part marked;
 * `resumed` says an earlier attempt may have posted that part unrecorded, so the port can check.
 */
export async function deliver(
  deps: DeliverDeps,
  delivery: Delivery,
  resumed = false,
): Promise<DeliveryOutcome> {
  const target = deps.chats(delivery.channel);
  if (target === null) return "pending";
  for (let part = delivery.partsSent; part < delivery.parts.length; part++) {
    if (deps.signal?.aborted) return "pending";
    const reply = delivery.parts[part];
    if (reply === undefined) break;
    const idempotencyKey = `${delivery.idempotencyKey}#${part}`;
    const options =
      resumed && part === delivery.partsSent
        ? { idempotencyKey, maybePostedSince: delivery.createdAt }
        : { idempotencyKey };
    const posted = await postWithRetry(deps, target, () =>
      target.port.post(target.channelId, reply, options),
    );
    if (!posted) return "pending";
    // The last part is recorded by completing the delivery: one write less per digest.
    if (part + 1 < delivery.parts.length) await deps.store.markPartsSent(delivery.id, part + 1);
  }
  await deps.store.completeDelivery(delivery.id, deps.clock.now());
  deps.logger.info(
    { channel: delivery.channel, delivery: delivery.id, parts: delivery.parts.length },
    "digest delivered",
  );
  return "delivered";
}

/** Posts, waiting out rate limits (Retry-After); false when shutdown interrupted the wait. */
async function postWithRetry(
  deps: DeliverDeps,
  target: ChatTarget,
  post: () => Promise<void>,
): Promise<boolean> {
  const maxWaitMs = deps.maxRetryWaitMs ?? 5 * 60_000;
  for (let attempt = 1; ; attempt++) {
    try {
      await post();
      return true;
    } catch (error) {
      if (
        !isNewsbriefError(error) ||
        error.code !== "RATE_LIMITED" ||
        attempt > MAX_RATE_LIMIT_RETRIES
      )
        throw error;
      const waitMs = Math.max(1_000, error.details.retryAfterMs ?? 1_000);
      if (waitMs > maxWaitMs) {
        throw new NewsbriefError(
          "RATE_LIMITED",
          `${target.port.platform} asks to wait ${Math.ceil(waitMs / 1000)} s; the digest will be posted later.`,
          {
            details: { retryAfterMs: waitMs },
            cause: error,
          },
        );
      }
      deps.logger.warn(
        { platform: target.port.platform, waitMs, attempt },
        "rate limited, waiting",
      );
      if (!(await sleep(deps.clock, waitMs, deps.signal))) return false;
    }
  }
}

/** Waits on the injected clock; resolves false when the signal aborts the wait. */
export function sleep(clock: Clock, ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const onAbort = () => {
      cancel();
      resolve(false);
    };
    const cancel = clock.setTimer(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
