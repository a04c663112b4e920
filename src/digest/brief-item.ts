import type { Analysis } from "../analysis.ts";
import { analyzeArticle } from "../analyze.ts";
import type { ReplyQuote } from "../bot/reply.ts";
import type { Logger } from "../log.ts";
import { displayQuoteText } from "../present/quotes.ts";
import type { QueuedItem } from "../store/store.ts";
import type { Briefing, BriefOptions } from "../summary/briefing.ts";
import type { Span } from "../text/span.ts";
import type { DigestEntry } from "./compose.ts";

/** Turns a queued feed item into a digest entry. */
export type ItemBriefer = (item: QueuedItem) => Promise<DigestEntry>;

export interface ItemBrieferDeps {
  /** Loads and analyses the article behind a link (the bot's ArticleSource, with its cache). */
  readonly analyzeUrl?: (url: string) => Promise<Analysis>;
  /** The briefing; without it the digest uses the article's lead sentences. */
  readonly brief?: (analysis: Analysis, options: BriefOptions) => Briefing;
  readonly logger?: Logger;
  /** Feed text with at least this many words is briefed as is, like a feed's full content, without fetching the page (default 150). */
  readonly fullTextWords?: number;
}

const SUMMARY_OPTIONS: BriefOptions = { sentences: 2, maxWords: 50, keyPoints: 0 };

/** Creates the briefer that gives each digest item its one- or two-sentence summary and top quote. */
export function createItemBriefer(deps: ItemBrieferDeps): ItemBriefer {
  const fullTextWords = deps.fullTextWords ?? 150;
  return async (item) => {
    const analysis = await analysisOf(item, deps, fullTextWords);
    const base = { title: item.title, ...(item.link === undefined ? {} : { link: item.link }) };
    if (analysis === null) return { ...base, summary: "" };
    const { summary, quote } = summarise(analysis, deps.brief);
    return { ...base, summary, ...(quote === undefined ? {} : { quote }) };
  };
}

async function analysisOf(
  item: QueuedItem,
  deps: ItemBrieferDeps,
  fullTextWords: number,
): Promise<Analysis | null> {
  const text = item.text?.trim() ?? "";
  const words = text === "" ? 0 : text.split(/\s+/).length;
  const complete = text !== "" && (item.fullText === true || words >= fullTextWords);
  if (!complete && item.link !== undefined && deps.analyzeUrl) {
    try {
      return await deps.analyzeUrl(item.link);
    } catch (error) {
      // The feed's own summary still makes a useful entry when the page cannot be read.
      deps.logger?.info(
        { link: item.link, err: error },
        "digest item page unreadable, using the feed text",
      );
    }
  }
  if (text === "") return null;
  return analyzeArticle({
    text,
    title: item.title,
    ...(item.link === undefined ? {} : { url: item.link }),
  });
}

function summarise(
  analysis: Analysis,
  brief: ItemBrieferDeps["brief"],
): { summary: string; quote?: ReplyQuote } {
  if (brief === undefined) return leadSummary(analysis);
  const briefing = brief(analysis, SUMMARY_OPTIONS);
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
