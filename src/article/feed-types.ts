/** The feed formats newsbrief reads. */
export type FeedFormat = "rss" | "rdf" | "atom" | "json";

/** One entry of a feed. */
export interface FeedItem {
  /** Stable across fetches: the guid or id, else the link, else a hash of title and date. */
  readonly id: string;
  readonly title: string;
  /** Absolute link to the article. */
  readonly link?: string;
  /** ISO 8601 timestamp, when the feed gives one that can be read. */
  readonly publishedAt?: string;
  /** The feed's date as written, when it gives one that cannot be read as a date. */
  readonly publishedText?: string;
  /** Plain-text summary (HTML removed), at most about 600 characters. */
  readonly summary?: string;
  /** Plain-text full content when the feed carries it (content:encoded, Atom content, content_html). */
  readonly content?: string;
}

/** A parsed feed: its own title and link, and its items in feed order, without duplicate ids. */
export interface Feed {
  readonly format: FeedFormat;
  readonly title: string;
  readonly link?: string;
  readonly description?: string;
  readonly items: readonly FeedItem[];
}

/** The answer of a feed fetch: new content, or "not modified" for a conditional GET. */
export type FeedResult =
  | {
      readonly status: "ok";
      /** The feed's final URL (after redirects, or the feed a web page links to). */
      readonly url: string;
      readonly feed: Feed;
      /** Validators to send next time. */
      readonly etag?: string;
      readonly lastModified?: string;
    }
  | {
      readonly status: "not-modified";
      readonly url: string;
      readonly etag?: string;
      readonly lastModified?: string;
    };
