import type { Analysis } from "../analysis.ts";
import { analyzeArticle } from "../analyze.ts";
import type { ReplyQuote } from "../bot/reply.ts";
import type { Logger } from "../log.ts";
import { displayQuoteText } from "../present/quotes.ts";
import type { QueuedItem } from "../store/store.ts";
import type { Briefing, BriefOptions } from "../summary/briefing.ts";
import type { Span } from "../text/span.ts";
import { type Analyzer, type Briefed, inThreadAnalyzer } from "../workers/analyzer.ts";
import type { DigestEntry } from "./compose.ts";

/** Turns a queued feed item into a digest entry. */
export type ItemBriefer = (item: QueuedItem) => Promise<DigestEntry>;

export interface ItemBrieferDeps {
  /** Loads and analyses the article behind a link (the bot's ArticleSource, with its cache). */
  readonly analyzeUrl?: (url: string) => Promise<Analysis>;
  /** Loads, analyses and briefs a link in one step (the bot's ArticleSource, in its worker pool). */
  readonly briefUrl?: (url: string, options: BriefOptions) => Promise<Briefed>;
  /** The briefing; without it the digest uses the article's lead sentences. */
  readonly brief?: (analysis: Analysis, options: BriefOptions) => Briefing;
  /** Where feed text is analysed and briefed (default: on the calling thread). */
  readonly analyzer?: Analyzer;
  readonly logger?: Logger;
  /** Feed text with at least this many words is briefed as is, like a feed's full content, without fetching the page (default 150). */
  readonly fullTextWords?: number;
}

const SUMMARY_OPTIONS: BriefOptions = { sentences: 2, maxWords: 50, keyPoints: 0 };

/** Creates the briefer that gives each digest item its one- or two-sentence summary and top quote. */
export function createItemBriefer(deps: ItemBrieferDeps): ItemBriefer {
  const fullTextWords = deps.fullTextWords ?? 150;
  return async (item) => {
    const briefed = await briefedOf(item, deps, fullTextWords);
    const base = { title: item.title, ...(item.link === undefined ? {} : { link: item.link }) };
    if (briefed === null) return { ...base, summary: "" };
    const { summary, quote } =
      briefed.briefing === undefined ? leadSummary(briefed.analysis) : summarise(briefed.briefing);
    return { ...base, summary, ...(quote === undefined ? {} : { quote }) };
  };
}

/** An item's analysis, and its briefing when the digest has one. */
interface ItemBriefing {
  readonly analysis: Analysis;
  readonly briefing?: Briefing;
}

async function briefedOf(
  item: QueuedItem,
  deps: ItemBrieferDeps,
  fullTextWords: number,
): Promise<ItemBriefing | null> {
  const text = item.text?.trim() ?? "";
  const words = text === "" ? 0 : text.split(/\s+/).length;
  const complete = text !== "" && (item.fullText === true || words >= fullTextWords);
  if (!complete && item.link !== undefined && (deps.analyzeUrl || deps.briefUrl)) {
    try {
      return await briefUrl(item.link, deps);
    } catch (error) {
      // The feed's own summary still makes a useful entry when the page cannot be read.
      deps.logger?.info(
        { link: item.link, err: error },
        "digest item page unreadable, using the feed text",
      );
    }
  }
  if (text === "") return null;
  const article = {
    text,
    title: item.title,
    ...(item.link === undefined ? {} : { url: item.link }),
  };
  if (deps.brief === undefined) return { analysis: await analyzerOf(deps).analyze(article) };
  if (deps.analyzer !== undefined) return deps.analyzer.brief(article, SUMMARY_OPTIONS);
  const analysis = analyzeArticle(article);
  return { analysis, briefing: deps.brief(analysis, SUMMARY_OPTIONS) };
}

async function briefUrl(url: string, deps: ItemBrieferDeps): Promise<ItemBriefing> {
  if (deps.brief !== undefined && deps.briefUrl !== undefined) {
    return deps.briefUrl(url, SUMMARY_OPTIONS);
  }
  const analysis = await (deps.analyzeUrl ?? (() => Promise.reject(new Error("no loader"))))(url);
  return deps.brief === undefined
    ? { analysis }
    : { analysis, briefing: deps.brief(analysis, SUMMARY_OPTIONS) };
}

function analyzerOf(deps: ItemBrieferDeps): Analyzer {
  return deps.analyzer ?? inThreadAnalyzer;
}

function summarise(briefing: Briefing): { summary: string; quote?: ReplyQuote } {
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  const ranked = [
    ...briefing.quotes.filter((q) => q.type !== "indirect"),
    ...briefing.quotes.filter((q) => q.type === "indirect"),
  ];
  // Prefer a quotation the summary does not already show; else show it once, as the quote.
  const top = ranked.find((q) => !briefing.summary.some((s) => overlaps(s, q))) ?? ranked[0];
  let sentences = briefing.summary;
  if (top !== undefined && sentences.some((s) => !overlaps(s, top))) {
    sentences = sentences.filter((s) => !overlaps(s, top));
  }
  const summary = sentences.map((s) => s.text).join(" ");
  if (top === undefined || sentences.some((s) => overlaps(s, top))) {
    return { summary };
  }
  const quote: ReplyQuote = {
    text: displayQuoteText(top.text),
    speaker: top.speaker,
    ...(top.role === undefined ? {} : { role: top.role }),
    ...(top.type === "indirect" ? { indirect: true } : {}),
  };
  return { summary, quote };
}

/** The first two substantial sentences and the first attributed direct quotation. */
function leadSummary(analysis: Analysis): { summary: string; quote?: ReplyQuote } {
  const { text, sentences } = analysis.text;
  const lead = sentences
    .map((s) => text.slice(s.start, s.end))
    .filter((s) => s.split(/\s+/).length >= 6)
    .slice(0, 2);
  const top = analysis.quotes.find((q) => q.speaker !== null && q.type !== "indirect");
  const summary = lead.join(" ");
  if (top === undefined) return { summary };
  return { summary, quote: { text: displayQuoteText(top.text), speaker: top.speaker } };
}
