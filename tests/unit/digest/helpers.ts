import { createHash } from "node:crypto";
import type { ChatPort, PostOptions } from "../../../src/bot/ports.ts";
import type { Reply } from "../../../src/bot/reply.ts";
import type { FeedEntry, FeedFetcher, FeedFetchResult } from "../../../src/digest/feed-source.ts";
import { NewsbriefError } from "../../../src/errors.ts";

export interface Post {
  readonly channelId: string;
  readonly reply: Reply;
  readonly key?: string;
  /** Set when the core says an earlier attempt may have posted this part. */
  readonly maybePostedSince?: number;
  readonly at: number;
}

/** A chat platform that records what it is given; `failNext` makes the next posts throw. */
export class RecordingPort implements ChatPort {
  readonly posts: Post[] = [];
  readonly failures: NewsbriefError[] = [];
  readonly supportsBlocks = false;

  constructor(
    readonly platform: string,
    readonly maxMessageChars = 4000,
    private readonly now: () => number = Date.now,
  ) {}

  async post(channelId: string, reply: Reply, options?: PostOptions): Promise<void> {
    const failure = this.failures.shift();
    if (failure !== undefined) throw failure;
    this.posts.push({
      channelId,
      reply,
      at: this.now(),
      ...(options?.idempotencyKey === undefined ? {} : { key: options.idempotencyKey }),
      ...(options?.maybePostedSince === undefined
        ? {}
        : { maybePostedSince: options.maybePostedSince }),
    });
  }

  failNext(...errors: NewsbriefError[]): void {
    this.failures.push(...errors);
  }

  /** Every link posted, in order. */
  links(): string[] {
    return this.posts.flatMap((p) =>
      p.reply.blocks.flatMap((b) => (b.kind === "link" ? [b.url] : [])),
    );
  }
}

/** Feeds served from memory, with the behaviour of a server that honours conditional GETs. */
export class MemoryFeeds {
  readonly calls: { url: string; at: number; etag?: string }[] = [];
  private readonly feeds = new Map<
    string,
    { entries: FeedEntry[]; version: number; error?: NewsbriefError }
  >();

  constructor(private readonly now: () => number = Date.now) {}

  set(url: string, entries: FeedEntry[]): void {
    const version = (this.feeds.get(url)?.version ?? 0) + 1;
    this.feeds.set(url, { entries, version });
  }

  fail(url: string, error: NewsbriefError): void {
    const current = this.feeds.get(url) ?? { entries: [], version: 0 };
    this.feeds.set(url, { ...current, error });
  }

  recover(url: string): void {
    const current = this.feeds.get(url);
    if (current !== undefined)
      this.feeds.set(url, { entries: current.entries, version: current.version + 1 });
  }

  private readonly gates = new Map<string, Promise<void>>();

  /** Makes fetches of a feed wait until the returned function is called (a slow server). */
  hold(url: string): () => void {
    let release = () => {};
    this.gates.set(
      url,
      new Promise<void>((resolve) => {
        release = resolve;
      }),
    );
    return () => {
      this.gates.delete(url);
      release();
    };
  }

  readonly fetch: FeedFetcher = async (url, conditional): Promise<FeedFetchResult> => {
    await this.gates.get(url);
    this.calls.push({
      url,
      at: this.now(),
      ...(conditional.etag === undefined ? {} : { etag: conditional.etag }),
    });
    const feed = this.feeds.get(url);
    if (feed === undefined)
      throw new NewsbriefError("ARTICLE_FETCH_FAILED", `${url} answered 404 Not Found.`, {
        details: { status: 404 },
      });
    if (feed.error !== undefined) throw feed.error;
    // Content-based, like a real server's, so two processes serving the same feed agree.
    const etag = `"${createHash("sha1").update(JSON.stringify(feed.entries)).digest("hex").slice(0, 12)}"`;
    if (conditional.etag === etag) return { kind: "not-modified" };
    return { kind: "ok", entries: feed.entries, etag };
  };
}

/** A story entry with a guid, a link, a date and a text long enough to be briefed as is. */
export function story(n: number, overrides: Partial<FeedEntry> = {}): FeedEntry {
  return {
    guid: `urn:story:${n}`,
    title: `Council approves plan number ${n} for the harbour`,
    link: `https://news.example/story/${n}`,
    publishedAt: new Date(Date.UTC(2025, 0, 1) + n * 3_600_000).toISOString(),
    text: `The city council approved plan number ${n} on Tuesday after a long debate. The plan moves the ferry terminal to the north quay. "We waited ten years for this," said Mayor Ana Ruiz.`,
    ...overrides,
  };
}

export const rateLimited = (retryAfterMs: number) =>
  new NewsbriefError("RATE_LIMITED", "Slow down.", { details: { retryAfterMs } });
