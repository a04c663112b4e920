/** A channel's address across platforms: "slack:C123", "discord:456", "console:main". */
export type ChannelId = string;

/** The article a channel last briefed, kept so /whosaid can answer about it after a restart. */
export interface CurrentArticle {
  readonly channel: ChannelId;
  readonly text: string;
  readonly title?: string;
  readonly url?: string;
  readonly siteName?: string;
  readonly publishedAt?: string;
  /** Milliseconds since the epoch. */
  readonly briefedAt: number;
}

/**
 * Everything newsbrief persists. Owned by the core; SQLite implements it, and a second
 * implementation (PostgreSQL, for several instances) can follow without touching the core.
 * Methods are async so that a networked store fits the same interface.
 */
export interface Store {
  getCurrentArticle(channel: ChannelId): Promise<CurrentArticle | null>;
  setCurrentArticle(article: CurrentArticle): Promise<void>;
  close(): Promise<void>;
}
