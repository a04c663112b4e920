/** One entry of a feed as the digest needs it. */
export interface FeedEntry {
  readonly guid?: string;
  readonly title?: string;
  readonly link?: string;
  /** ISO 8601, when the feed dates its items. */
  readonly publishedAt?: string;
  /** Summary or full content, plain text. */
  readonly text?: string;
  /** True when `text` is the whole article rather than a teaser. */
  readonly fullText?: boolean;
}

/** The answer to a conditional GET of a feed. */
export type FeedFetchResult =
  | { readonly kind: "not-modified" }
  | {
      readonly kind: "ok";
      /** The feed's own URL, after redirects or when a web page pointed to it. */
      readonly url?: string;
      readonly title?: string;
      /** In feed order (usually newest first). */
      readonly entries: readonly FeedEntry[];
      readonly etag?: string;
      readonly lastModified?: string;
    };

/** Validators from the previous fetch, sent as If-None-Match / If-Modified-Since. */
export interface ConditionalHeaders {
  readonly etag?: string;
  readonly lastModified?: string;
}

/** Fetches a feed with a conditional GET; failures throw NewsbriefError (ARTICLE_FETCH_FAILED, FEED_INVALID, URL_NOT_ALLOWED...). */
export type FeedFetcher = (
  url: string,
  conditional: ConditionalHeaders,
) => Promise<FeedFetchResult>;
