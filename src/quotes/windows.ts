import type { Lexeme } from "../text/lexer.ts";
import { speechLemma } from "../text/speech-verbs.ts";
import type { QuoteWindow } from "./cues.ts";
import type { QuotedSpan } from "./extract.ts";

/**
 * How far back from a quotation's opening mark (or a cue word) its sentence is read, in lexemes:
 * bounds the walk to the sentence start so a run-on sentence without full stops stays linear.
 */
export const MAX_SENTENCE_BACK_LEXEMES = 80;

/**
 * How far past a quotation's closing mark its sentence is read, in lexemes: a cue ("..., she said")
 * follows the quotation closely, so the window after it is shorter than the one before it.
 */
export const MAX_SENTENCE_AHEAD_LEXEMES = 40;

/** Index of the first lexeme that starts at or after `pos` (binary search). */
export function lexemeAt(lexemes: readonly Lexeme[], pos: number): number {
  let lo = 0;
  let hi = lexemes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((lexemes[mid] as Lexeme).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The lexeme windows around every quoted span: from its sentence's start (or the previous span)
 * to its opening mark, and from its closing mark to its sentence's end (or the next span).
 */
export function quoteWindows(
  lexemes: readonly Lexeme[],
  spans: readonly QuotedSpan[],
): QuoteWindow[] {
  const windows: QuoteWindow[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as QuotedSpan;
    const open = lexemeAt(lexemes, span.open);
    const after = lexemeAt(lexemes, span.outerEnd);
    const prevAfter = i > 0 ? lexemeAt(lexemes, (spans[i - 1] as QuotedSpan).outerEnd) : 0;
    const nextOpen =
      i + 1 < spans.length ? lexemeAt(lexemes, (spans[i + 1] as QuotedSpan).open) : lexemes.length;
    windows.push({
      floor: sentenceFloor(lexemes, open, prevAfter),
      open,
      after,
      ceiling: ceilingOf(lexemes, open, after, nextOpen),
    });
  }
  return windows;
}

function sentenceFloor(lexemes: readonly Lexeme[], open: number, limit: number): number {
  const sentence = lexemes[open]?.sentence;
  let k = open;
  while (
    k - 1 >= limit &&
    k - open > -MAX_SENTENCE_BACK_LEXEMES &&
    lexemes[k - 1]?.sentence === sentence
  )
    k--;
  return k;
}

/**
 * The right window's end. A quotation ending in "?" or "!" ends its sentence for the splitter, but
 * its attribution follows: “How many times?” Clinton said. So a few words of the next sentence count.
 * After a full stop only a next sentence that is no more than the attribution counts: “... are missing.” Trump
 * said. (“...” Trump said the talks ... is a sentence of its own.)
 */
function ceilingOf(lexemes: readonly Lexeme[], open: number, after: number, limit: number): number {
  const close = Math.max(open, after - 1);
  const next = lexemes[after];
  const mark = lexemes[after - 2];
  if (
    next === undefined ||
    next.sentence === lexemes[close]?.sentence ||
    next.paragraph !== lexemes[close]?.paragraph ||
    mark === undefined
  ) {
    return sentenceCeiling(lexemes, close, limit);
  }
  const sentenceEnd = sentenceCeiling(lexemes, after, limit);
  const short = Math.min(sentenceEnd, after + SHORT_AHEAD, limit - 1);
  if (/^[?!]$/.test(mark.text)) return longAttribution(lexemes, short, sentenceEnd, limit) ?? short;
  if (endsInInnerQuestion(lexemes, open, after) && namedAttribution(lexemes, after, short))
    return short;
  if (mark.text === "." && isBareAttribution(lexemes, after, limit)) return short;
  return sentenceCeiling(lexemes, close, limit);
}

/** Quotation marks that may close a quotation inside the quotation: “... ‘what can we do?’” */
const INNER_CLOSE = new Set(["’", "'", "”", '"', "»", "›"]);

/**
 * Whether the quotation ends in a quoted question or exclamation: “... ‘what can we do to help?’”
 * ends its sentence at the "?" as much as “How many times?” does (stop 28).
 */
function endsInInnerQuestion(lexemes: readonly Lexeme[], open: number, after: number): boolean {
  let k = after - 2;
  while (k > open && k > after - 4 && INNER_CLOSE.has((lexemes[k] as Lexeme).text)) k--;
  return k < after - 2 && /^[?!]$/.test((lexemes[k] as Lexeme).text);
}

/**
 * Whether the next sentence opens with an attribution: capitalised words, then a verb of saying
 * that reports no clause of its own and introduces no quotation ("Renteria told reporters during";
 * not "Chief executive, John Crowther, added: ..." nor "She said that ..."). Stricter than after a
 * plain "?": reading any 7 lexemes here lost a right answer on the gold validation part.
 */
function namedAttribution(lexemes: readonly Lexeme[], after: number, last: number): boolean {
  let k = after;
  while (k <= last && (lexemes[k] as Lexeme).cap) k++;
  const verb = lexemes[k];
  if (k === after || k > last || verb === undefined || !verb.word) return false;
  if (speechLemma(verb.lower) === undefined) return false;
  for (let j = k + 1; j <= last; j++) {
    const lex = lexemes[j] as Lexeme;
    if (lex.text === ":" || lex.lower === "that") return false;
  }
  return true;
}

/** How many lexemes of the next sentence a quotation ending in "?" or "!" reads for its attribution. */
const SHORT_AHEAD = 7;

/** How many it reads when they end in a verb of saying with nothing reported after it. */
const LONG_AHEAD = 12;

/** Words after a verb of saying that report nothing: "said of the swirl", "said on Tuesday". */
const NOTHING_REPORTED = new Set("of on in at during after before when while as".split(" "));

/**
 * “Perpetual motion!” Rep. Glenn Tomkins, R-Pa., said of the day: a name with its party tag is
 * longer than the few words read after a "?" or "!". Past them, up to LONG_AHEAD lexemes, the
 * window still reaches a verb of saying that ends the attribution (punctuation or "of", "on" ...
 * after it); never one that reports a clause of its own ("..., Eleanor Scott, said she was
 * pleased" is the next sentence, not the attribution).
 */
function longAttribution(
  lexemes: readonly Lexeme[],
  short: number,
  end: number,
  limit: number,
): number | undefined {
  for (let k = short; k > short - SHORT_AHEAD; k--) {
    const lex = lexemes[k] as Lexeme;
    if (lex.word && speechLemma(lex.lower) !== undefined) return undefined;
  }
  const last = Math.min(end, short + LONG_AHEAD - SHORT_AHEAD, limit - 1);
  for (let k = short + 1; k <= last; k++) {
    const lex = lexemes[k] as Lexeme;
    if (!lex.word || lex.cap || speechLemma(lex.lower) === undefined) continue;
    const next = lexemes[k + 1];
    const ends = next === undefined || !next.word || NOTHING_REPORTED.has(next.lower);
    return ends ? Math.min(end, k + 1) : undefined;
  }
  return undefined;
}

/** The most lexemes of a next sentence that is only an attribution: "Senator Ann Cole said ." */
const MAX_BARE_ATTRIBUTION = 6;

/**
 * Whether the sentence from `after` is nothing but a name and a verb of saying ending it ("Trump
 * said."): “...” Keeper Tony Bullock echoed McIntyre's sentiments. is a sentence of its own.
 */
function isBareAttribution(lexemes: readonly Lexeme[], after: number, limit: number): boolean {
  const end = sentenceCeiling(lexemes, after, limit);
  const verb = lexemes[end - 1];
  return (
    end - after < MAX_BARE_ATTRIBUTION &&
    lexemes[end]?.text === "." &&
    verb?.word === true &&
    !verb.cap &&
    speechLemma(verb.lower) !== undefined &&
    lexemes[after]?.cap === true
  );
}

function sentenceCeiling(lexemes: readonly Lexeme[], last: number, limit: number): number {
  const sentence = lexemes[last]?.sentence;
  let k = last;
  while (
    k + 1 < limit &&
    k - last < MAX_SENTENCE_AHEAD_LEXEMES &&
    lexemes[k + 1]?.sentence === sentence
  )
    k++;
  return k;
}
