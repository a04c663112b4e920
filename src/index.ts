// The public API of the newsbrief core: the only module adapters import.
export type { Analysis } from "./analysis.ts";
export { analyzeArticle } from "./analyze.ts";
export type { BlockedRange } from "./article/address-policy.ts";
export { blockedRange } from "./article/address-policy.ts";
export type { Article } from "./article/article.ts";
export type { ArticleCacheOptions, ArticleSourceOptions } from "./article/article-source.ts";
export { cacheKey, createArticleSource } from "./article/article-source.ts";
export { decodeBody } from "./article/charset.ts";
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
export { detectInputKind } from "./article/input-kind.ts";
export type { LoadOptions } from "./article/load-article.ts";
export {
  articleFromBytes,
  loadArticle,
  loadFile,
  MAX_FILE_BYTES,
} from "./article/load-article.ts";
export { parseFeed } from "./article/parse-feed.ts";
export { readError } from "./article/read-error.ts";
export { validateArticleText } from "./article/validate.ts";
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
export type { BotDeps } from "./bot/create-bot.ts";
export { createBot } from "./bot/create-bot.ts";
export { errorReply, friendlyMessage } from "./bot/error-reply.ts";
export type { BriefInput } from "./bot/input.ts";
export { parseBriefInput, parseWhoSaidText } from "./bot/input.ts";
export type { ChatPort, Clock, PostOptions } from "./bot/ports.ts";
export { systemClock } from "./bot/ports.ts";
export type { Reply, ReplyBlock, ReplyField, ReplyQuote, ReplyVisibility } from "./bot/reply.ts";
export type { CoreConfig, Env } from "./config.ts";
export { loadConfig, parseEnv } from "./config.ts";
export type { ItemBriefer, ItemBrieferDeps } from "./digest/brief-item.ts";
export { createItemBriefer } from "./digest/brief-item.ts";
export type { DigestContent, DigestEntry, FeedProblem } from "./digest/compose.ts";
export { composeDigest } from "./digest/compose.ts";
export { createFeedFetcher } from "./digest/feed-adapter.ts";
export type { FeedEntry, FeedFetcher, FeedFetchResult } from "./digest/feed-source.ts";
export type { DigestWiring } from "./digest/from-config.ts";
export { createDigestServiceFromConfig } from "./digest/from-config.ts";
export { parseId } from "./digest/parse-command.ts";
export type { RunOutcome, RunResult, RunTrigger } from "./digest/run-digest.ts";
export { nextRunAt, parseSchedule, resolveTimeZone } from "./digest/schedule.ts";
export type { DigestService, DigestServiceDeps } from "./digest/service.ts";
export { createDigestService } from "./digest/service.ts";
export { buildSubscription } from "./digest/subscribe.ts";
export type { ErrorCode, ErrorDetails, ErrorReason } from "./errors.ts";
export { isNewsbriefError, isOurFault, NewsbriefError, toNewsbriefError } from "./errors.ts";
export type { Logger, LogLevel } from "./log.ts";
export { createLogger, logFailure, redactSecrets, silentLogger } from "./log.ts";
export type { Entity, EntityKind, Mention } from "./people/entity.ts";
export {
  countOf,
  personWithCount,
  plural,
  quotesFromSpeakers,
  statementCount,
  unattributedCount,
  unattributedNote,
} from "./present/counts.ts";
export {
  displayQuoteText,
  isReportedSpeech,
  markQuote,
  personLabel,
  speakerLabel,
  UNATTRIBUTED,
} from "./present/quotes.ts";
export { stripTerminalControls } from "./present/terminal.ts";
export { ELLIPSIS, fitEscaped, truncateText } from "./present/truncate.ts";
export { wrapLines, wrapText } from "./present/wrap.ts";
export { reportedCount } from "./quotes/counts.ts";
export type { Quote, QuoteType } from "./quotes/quote.ts";
export { quotesJson, whoSaidJson } from "./quotes/to-json.ts";
export type {
  PhraseMatch,
  SpeakerCount,
  WhoSaidAnswer,
  WhoSaidMode,
  WhoSaidOptions,
} from "./quotes/who-said.ts";
export { whoSaid } from "./quotes/who-said.ts";
export type { OpenStoreOptions } from "./store/open-store.ts";
export { openStore } from "./store/open-store.ts";
export type { PgOptions } from "./store/pg-store.ts";
export { openPostgresStore } from "./store/pg-store.ts";
export { openSqliteStore } from "./store/sqlite-store.ts";
export type {
  ChannelId,
  CurrentArticle,
  Delivery,
  DeliveryPlan,
  FeedFetchRecord,
  FeedItemRecord,
  FeedState,
  Lease,
  NewSubscription,
  QueuedItem,
  Store,
  Subscription,
} from "./store/store.ts";
export {
  brief,
  DEFAULT_KEY_POINTS,
  DEFAULT_SUMMARY_SENTENCES,
  DEFAULT_SUMMARY_WORDS,
  MAX_SUMMARY_SENTENCES,
} from "./summary/brief.ts";
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
export type { AnalysisPool, AnalysisPoolOptions } from "./workers/analysis-pool.ts";
export { ANALYSIS_TIMEOUT_MS, createAnalysisPool } from "./workers/analysis-pool.ts";
export type { Analyzer, Briefed } from "./workers/analyzer.ts";
export { inThreadAnalyzer } from "./workers/analyzer.ts";
