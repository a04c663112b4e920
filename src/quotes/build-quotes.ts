import type { Lexeme } from "../text/lexer.ts";
import type { Sentence, Span } from "../text/span.ts";
import type { AttributedReport, SpokenQuote } from "./attribute.ts";
import type { BlockQuote } from "./block.ts";
import type { Cue } from "./cues.ts";
import type { LayoutQuote } from "./layout.ts";
import type { Quote, QuoteType } from "./quote.ts";
import type { SpeakerChoice } from "./speaker-model.ts";
import { NOBODY } from "./subject.ts";

/** What the quotation builder needs to name speakers and place quotations. */
export interface QuoteContext {
  readonly text: string;
  readonly lexemes: readonly Lexeme[];
  readonly sentences: readonly Sentence[];
  readonly names: ReadonlyMap<number, string>;
}

function sentenceAt(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = sentences[mid] as Sentence;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return sentences[Math.max(0, Math.min(lo, sentences.length - 1))];
}

/** Who a quotation's speaker is, how sure the model is, and the cue that says so. */
interface Said {
  readonly entity: number;
  readonly cue?: Pick<Cue, "first" | "last" | "rule"> | undefined;
  readonly choice: SpeakerChoice;
}

function make(ctx: QuoteContext, span: Span, type: QuoteType, said: Said): Quote {
  const { entity, cue, choice } = said;
  const name = entity === NOBODY ? undefined : ctx.names.get(entity);
  const sentence = sentenceAt(ctx.sentences, span.start);
  const withheld =
    choice.withheld === undefined ? undefined : ctx.names.get(choice.withheld.entity);
  const quote: Quote = {
    start: span.start,
    end: span.end,
    text: ctx.text.slice(span.start, span.end),
    type,
    speaker: name ?? null,
    speakerId: name === undefined ? null : entity,
    confidence: choice.confidence,
    why: {
      rule: cue?.rule ?? "none",
      reasons: choice.reasons,
      ...(withheld === undefined || choice.withheld === undefined
        ? {}
        : { withheld: { speaker: withheld, confidence: choice.withheld.probability } }),
    },
    sentence: sentence?.index ?? 0,
    paragraph: sentence?.paragraph ?? 0,
  };
  if (cue === undefined) return quote;
  const first = ctx.lexemes[cue.first] as Lexeme;
  const last = ctx.lexemes[cue.last] as Lexeme;
  const cueSpan = { start: first.start, end: last.end };
  return { ...quote, cue: { ...cueSpan, text: ctx.text.slice(cueSpan.start, cueSpan.end) } };
}

/** A block quotation's speaker is its introduction's: "Per Vox's Dara Lind:" leaves no doubt. */
const CUE_CHOICE: SpeakerChoice = { entity: NOBODY, confidence: 1, reasons: [] };

/** How much of a span quoted words already cover, 0 to 1. */
function coveredShare(span: Span, quoted: readonly Span[]): number {
  let covered = 0;
  for (const q of quoted)
    covered += Math.max(0, Math.min(q.end, span.end) - Math.max(q.start, span.start));
  return covered / Math.max(1, span.end - span.start);
}

/**
 * Whether reported speech repeats a quotation a reader already gets: quoted words inside it said by
 * the same speaker. A quote is listed once, and the quotation wins. Quoted words of another speaker
 * are a different claim, and quoted words given to nobody (withheld, or no cue of their own) would
 * leave the report's speaker without the statement, so in both cases the report stays.
 */
function repeatsQuotation(entity: number, span: Span, near: readonly Quote[]): boolean {
  for (const q of near) {
    if (q.start >= span.end || q.end <= span.start) continue;
    if (q.speakerId === entity) return true;
  }
  return false;
}

/**
 * Turns spoken quotations, block quotations, interview layouts and reported speech into the
 * analysis's quotes, in article order. Reported speech that its own quoted words mostly cover, or
 * that contains a quotation of the same speaker, is left to the quotation.
 */
export function buildQuotes(
  ctx: QuoteContext,
  spoken: readonly SpokenQuote[],
  blocks: readonly BlockQuote[],
  reported: readonly AttributedReport[],
  blockParagraphs: ReadonlySet<number>,
  layouts: readonly LayoutQuote[] = [],
): Quote[] {
  const quotes: Quote[] = [];
  for (const s of spoken) {
    quotes.push(make(ctx, s.span, s.partial ? "partial" : "direct", s));
  }
  for (const b of blocks)
    quotes.push(make(ctx, b.paragraph, "block", { ...b, choice: CUE_CHOICE }));
  // An interview's layout says who talks as plainly as an introduction: the words are direct speech.
  for (const l of layouts) quotes.push(make(ctx, l.span, "direct", { ...l, choice: CUE_CHOICE }));
  const quoted = [...quotes].sort((a, b) => a.start - b.start);
  // Reported speech comes in text order, so one pointer sweeps the quotations once.
  let from = 0;
  for (const r of reported) {
    // Reported speech is only worth showing with its speaker.
    if (blockParagraphs.has(r.paragraph) || r.entity === NOBODY) continue;
    const span = {
      start: (ctx.lexemes[r.first] as Lexeme).start,
      end: (ctx.lexemes[r.last] as Lexeme).end,
    };
    while (from < quoted.length && (quoted[from] as Quote).end <= span.start) from++;
    const near: Quote[] = [];
    for (let i = from; i < quoted.length && (quoted[i] as Quote).start < span.end; i++) {
      near.push(quoted[i] as Quote);
    }
    if (coveredShare(span, near) >= 0.5 || repeatsQuotation(r.entity, span, near)) continue;
    const cue = { first: r.cueFirst, last: r.cueLast, rule: "reported" as const };
    quotes.push(make(ctx, span, "indirect", { entity: r.entity, cue, choice: r.choice }));
  }
  return quotes.sort((a, b) => a.start - b.start || a.end - b.end);
}
