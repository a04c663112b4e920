// The public API of the newsbrief core: the only module adapters import.
export type { Analysis } from "./analysis.ts";
export { analyzeArticle } from "./analyze.ts";
export type { BlockedRange } from "./article/address-policy.ts";
export { blockedRange } from "./article/address-policy.ts";
export type { Article } from "./article/article.ts";
export type { ArticleCacheOptions, ArticleSourceOptions } from "./article/article-source.ts";
export { cacheKey, createArticleSource } from "./article/article-source.ts";
export type { HtmlSource } from "./article/extract-html.ts";
export { extractArticle } from "./article/extract-html.ts";
export type { Feed, FeedFormat, FeedItem, FeedResult } from "./article/feed-types.ts";
export type { FeedRequest } from "./article/fetch-feed.ts";
export { discoverFeedLink, fetchFeed } from "./article/fetch-feed.ts";
export type {
  FetchedResource,
  Fetcher,
  FetcherOptions,
  FetchRequest,
} from "./article/fetcher.ts";
export { createFetcher, DEFAULT_USER_AGENT, fetcherOptionsFromConfig } from "./article/fetcher.ts";
export type { DnsLookup, ResolvedAddress } from "./article/guarded-lookup.ts";
export { systemLookup } from "./article/guarded-lookup.ts";
export type { LoadOptions } from "./article/load-article.ts";
export { loadArticle } from "./article/load-article.ts";
export { parseFeed } from "./article/parse-feed.ts";
export type {
  AdapterCore,
  ArticleSource,
  Bot,
  CommandContext,
  DigestCommands,
  Requester,
  RunningAdapter,
  WhoSaidRequest,
} from "./bot/bot.ts";
export type { BriefInput } from "./bot/input.ts";
export { parseBriefInput, parseWhoSaidText } from "./bot/input.ts";
export type { ChatPort, Clock } from "./bot/ports.ts";
export { systemClock } from "./bot/ports.ts";
export type { Reply, ReplyBlock, ReplyField, ReplyQuote, ReplyVisibility } from "./bot/reply.ts";
export type { CoreConfig, Env } from "./config.ts";
export { loadConfig, parseEnv } from "./config.ts";
export type { ErrorCode, ErrorDetails } from "./errors.ts";
export { isNewsbriefError, NewsbriefError, toNewsbriefError } from "./errors.ts";
export type { Logger, LogLevel } from "./log.ts";
export { createLogger, silentLogger } from "./log.ts";
export type { Entity, EntityKind, Mention } from "./people/entity.ts";
export type { Quote, QuoteType } from "./quotes/quote.ts";
export type { PhraseMatch, SpeakerCount, WhoSaidAnswer } from "./quotes/who-said.ts";
export { whoSaid } from "./quotes/who-said.ts";
export type { ChannelId, CurrentArticle, Store } from "./store/store.ts";
export type {
  Briefing,
  BriefOptions,
  BriefPerson,
  BriefQuote,
  BriefSentence,
  BriefStats,
} from "./summary/briefing.ts";
export { segmentText } from "./text/segment.ts";
export type { Paragraph, Sentence, Span, TextModel } from "./text/span.ts";
