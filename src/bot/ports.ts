import type { Reply } from "./reply.ts";

/** A chat platform as the core sees it: where to post, and what the platform can take. */
export interface ChatPort {
  /** Channel prefix this port delivers to: "slack", "discord", "console". */
  readonly platform: string;
  /** Longest message the platform accepts, in characters. */
  readonly maxMessageChars: number;
  /** True when the platform renders rich blocks or embeds, not only text. */
  readonly supportsBlocks: boolean;
  /**
   * Posts a reply to a channel (the id without the platform prefix). May throw NewsbriefError
   * RATE_LIMITED with details.retryAfterMs; the digest waits and posts again.
   */
  post(channelId: string, reply: Reply, options?: PostOptions): Promise<void>;
}

/** How a digest part is posted. */
export interface PostOptions {
  /**
   * The same for every attempt to post the same digest part (a retry after a crash included).
   * Ports that can deduplicate use it (Discord's enforced nonce, Slack message metadata).
   */
  readonly idempotencyKey?: string;
  /**
   * Set when an earlier attempt at this part may have reached the channel without being recorded
   * (the process stopped, or the post failed, after it began): the time of that first attempt, in
   * ms since the epoch. Ports that can look (Slack) check the channel since then before posting.
   */
  readonly maybePostedSince?: number;
}

/** Time, injected so the scheduler can be driven by a fake clock in tests. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `fn` after `ms`; returns a function that cancels it. */
  setTimer(fn: () => void, ms: number): () => void;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(fn, ms) {
    const timer = setTimeout(fn, ms);
    timer.unref?.();
    return () => clearTimeout(timer);
  },
};
