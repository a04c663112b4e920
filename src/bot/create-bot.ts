import type { Analysis } from "../analysis.ts";
import type { Article } from "../article/article.ts";
import { NewsbriefError } from "../errors.ts";
import type { Logger } from "../log.ts";
import { unattributedCount } from "../present/counts.ts";
import { whoSaid } from "../quotes/who-said.ts";
import type { ChannelId, CurrentArticle, Store } from "../store/store.ts";
import { brief } from "../summary/brief.ts";
import type { BriefOptions } from "../summary/briefing.ts";
import { type Analyzer, type Briefed, inThreadAnalyzer } from "../workers/analyzer.ts";
import type { ArticleSource, Bot, DigestCommands, WhoSaidRequest } from "./bot.ts";
import { errorReply } from "./error-reply.ts";
import { helpReply } from "./help.ts";
import { parseBriefInput } from "./input.ts";
import { type Clock, systemClock } from "./ports.ts";
import { renderBriefing } from "./render-briefing.ts";
import { renderWhoSaid } from "./render-who-said.ts";
import type { Reply } from "./reply.ts";
import { rankSpeakers } from "./suggest-speakers.ts";

/** What the bot needs from the rest of the process. */
export interface BotDeps {
  readonly articles: ArticleSource;
  readonly store: Store;
  readonly digests?: DigestCommands;
  readonly logger: Logger;
  readonly clock?: Clock;
  /** Sentences in a briefing's summary (default DEFAULT_SUMMARY_SENTENCES, from summary/brief.ts). */
  readonly summarySentences?: number;
  /** Channels whose analysis is kept in memory for /whosaid and autocomplete (default 1000). */
  readonly maxChannelsInMemory?: number;
  /** Re-analyses a channel's stored article (default: on the calling thread; the process gives its worker pool). */
  readonly analyzer?: Analyzer;
}

interface Remembered {
  readonly briefedAt: number;
  readonly analysis: Analysis;
}

/** Creates the platform-neutral bot that every adapter drives. */
export function createBot(deps: BotDeps): Bot {
  const clock = deps.clock ?? systemClock;
  const memory = new Map<ChannelId, Remembered>();
  const maxChannels = deps.maxChannelsInMemory ?? 1000;

  const remember = (channel: ChannelId, entry: Remembered) => {
    memory.delete(channel);
    memory.set(channel, entry);
    if (memory.size > maxChannels) memory.delete(memory.keys().next().value as ChannelId);
  };

  /** The channel's current article, analysed; from memory while the store agrees, else re-analysed. */
  const currentAnalysis = async (channel: ChannelId): Promise<Analysis | null> => {
    const stored = await deps.store.getCurrentArticle(channel);
    if (stored === null) return null;
    const known = memory.get(channel);
    if (known !== undefined && known.briefedAt === stored.briefedAt) return known.analysis;
    const analysis = await (deps.analyzer ?? inThreadAnalyzer).analyze(articleOf(stored));
    remember(channel, { briefedAt: stored.briefedAt, analysis });
    return analysis;
  };

  return {
    acknowledgeBrief(input) {
      const parsed = parseBriefInput(input);
      if (parsed.kind === "empty") return null;
      if (parsed.kind === "url") return `Reading ${parsed.url}…`;
      return "Reading your text…";
    },

    async brief(context, input) {
      const parsed = parseBriefInput(input);
      if (parsed.kind === "empty") {
        throw new NewsbriefError(
          "INPUT_EMPTY",
          "Give me a link or paste an article: /brief <link>.",
        );
      }
      const { analysis, briefing } = await briefOf(
        deps.articles,
        parsed.kind === "url" ? parsed.url : parsed.text,
        deps.summarySentences === undefined ? {} : { sentences: deps.summarySentences },
      );
      const briefedAt = clock.now();
      // Pasted text has no page title: later answers name the article by the briefing's headline.
      const titled =
        analysis.article.title === undefined
          ? { ...analysis, article: { ...analysis.article, title: briefing.title } }
          : analysis;
      await deps.store.setCurrentArticle(
        currentArticleOf(context.channel, titled.article, briefedAt),
      );
      remember(context.channel, { briefedAt, analysis: titled });
      deps.logger.debug({ channel: context.channel, quotes: analysis.quotes.length }, "briefed");
      return renderBriefing(briefing, {
        requestedBy: context.user.name ?? context.user.id,
        unattributed: unattributedCount(analysis.quotes),
      });
    },

    async whoSaid(context, request) {
      const analysis =
        request.url === undefined
          ? await currentAnalysis(context.channel)
          : await deps.articles.analyze(request.url);
      if (analysis === null) return noCurrentArticle();
      const { query, mode } = queryOf(request);
      return renderWhoSaid(whoSaid(analysis, query, { mode }), analysis);
    },

    async suggestSpeakers(channel, prefix, limit = 25) {
      const analysis = await currentAnalysis(channel);
      return analysis === null ? [] : rankSpeakers(analysis, prefix, limit);
    },

    async digest(context, args) {
      if (deps.digests === undefined) {
        const text = "Digests are not available in this deployment yet.";
        return {
          visibility: "requester",
          blocks: [{ kind: "paragraph", text }],
          fallbackText: text,
        };
      }
      return deps.digests.handle(context, args);
    },

    help: helpReply,
    errorReply,
  };
}

/** The source's own briefing (off the main thread) when it has one, else analysis then briefing. */
async function briefOf(
  articles: ArticleSource,
  input: string,
  options: BriefOptions,
): Promise<Briefed> {
  if (articles.brief !== undefined) return articles.brief(input, options);
  const analysis = await articles.analyze(input);
  return { analysis, briefing: brief(analysis, options) };
}

function queryOf(request: WhoSaidRequest): { query?: string; mode: "auto" | "speaker" | "phrase" } {
  if (request.speaker !== undefined && request.speaker.trim() !== "") {
    return { query: request.speaker, mode: "speaker" };
  }
  if (request.phrase !== undefined && request.phrase.trim() !== "") {
    return { query: request.phrase, mode: "phrase" };
  }
  if (request.query !== undefined && request.query.trim() !== "")
    return { query: request.query, mode: "auto" };
  return { mode: "auto" };
}

function noCurrentArticle(): Reply {
  const text = "No article has been briefed in this channel yet. Start with /brief <link>.";
  return { visibility: "requester", blocks: [{ kind: "paragraph", text }], fallbackText: text };
}

function articleOf(stored: CurrentArticle): Article {
  return { text: stored.text, ...metadataOf(stored) };
}

function currentArticleOf(channel: ChannelId, article: Article, briefedAt: number): CurrentArticle {
  return { channel, briefedAt, text: article.text, ...metadataOf(article) };
}

/** The optional fields an article and a stored current article share, without undefined values. */
function metadataOf(from: Pick<Article, "title" | "url" | "siteName" | "publishedAt">) {
  const { title, url, siteName, publishedAt } = from;
  return {
    ...(title === undefined ? {} : { title }),
    ...(url === undefined ? {} : { url }),
    ...(siteName === undefined ? {} : { siteName }),
    ...(publishedAt === undefined ? {} : { publishedAt }),
  };
}
