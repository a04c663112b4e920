// The public API of the newsbrief core: the only module adapters import.
export type { Analysis } from "./analysis.ts";
export { analyzeArticle } from "./analyze.ts";
export type { Article } from "./article/article.ts";
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
export type { BriefInput } from "./bot/input.ts";
export { parseBriefInput, parseWhoSaidText } from "./bot/input.ts";
