import { BE_FORMS, LABEL_PARTICIPLES, NAMING_WORDS, TITLE_SMALL_WORDS } from "../people/lexicon.ts";
import type { Lexeme } from "../text/lexer.ts";
import type { Cue, QuoteWindow } from "./cues.ts";
import type { QuotedSpan } from "./extract.ts";

/** Quoted words inside a clause with no cue on either side are a scare quote up to this many words. */
const EMBEDDED_SCARE_WORDS = 6;

/** The most words a capitalised quoted phrase may have and still read as a title ("Make America Great Again"). */
const MAX_TITLE_WORDS = 9;

/** Why quoted words are not speech, or null when they are. */
export type NotSpeech = "headline" | "title" | "named" | "secondary-style" | "scare-quote" | null;

/** What the filter knows about one quoted span. */
export interface SpanFacts {
  readonly span: QuotedSpan;
  readonly window: QuoteWindow;
  /** Words inside the marks. */
  readonly words: readonly Lexeme[];
  readonly left?: Cue | undefined;
  readonly right?: Cue | undefined;
  /** Another quotation of the same sentence before this one has a cue. */
  readonly cuedNeighbour: boolean;
  readonly inHeadline: boolean;
}

/** How many words make a quotation long enough to be speech without a cue of its own. */
const SHORT_WORDS = 3;

/** Decides whether quoted words are speech; returns why not, or null when they are. */
export function notSpeech(facts: SpanFacts, lexemes: readonly Lexeme[]): NotSpeech {
  if (facts.inHeadline) return "headline";
  if (bracketed(lexemes, facts.window)) return "title";
  if (isNamed(lexemes, facts.window.open)) return "named";
  const adjacent = facts.left?.adjacent === true || facts.right?.adjacent === true;
  if (isTitleLike(facts.words) && !adjacent) return "title";
  if (!facts.span.primary && !adjacent) return "secondary-style";
  const short = facts.words.length <= SHORT_WORDS;
  // Short quoted words inside a clause need a verb of saying; a short sentence of its own does not.
  const ownSentence = !embedded(lexemes, facts.window.open) && endsSentence(lexemes, facts.window);
  if (short && !ownSentence && facts.left === undefined && !adjacentRight(facts)) {
    return "scare-quote";
  }
  if (
    facts.words.length <= EMBEDDED_SCARE_WORDS &&
    embedded(lexemes, facts.window.open) &&
    facts.left === undefined &&
    facts.right === undefined &&
    !facts.cuedNeighbour
  ) {
    return "scare-quote";
  }
  return null;
}

/** A complete utterance followed by its attribution: "Long live Zarif," crowds chanted. */
function adjacentRight(facts: SpanFacts): boolean {
  const last = facts.words[facts.words.length - 1];
  return facts.right?.adjacent === true && last !== undefined;
}

/** Every word capitalised but small function words: a title, a programme, a name. */
export function isTitleLike(words: readonly Lexeme[]): boolean {
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false;
  let capitals = 0;
  for (const w of words) {
    if (w.cap) capitals++;
    else if (!TITLE_SMALL_WORDS.has(w.lower) && !/^\d/.test(w.text)) return false;
  }
  if (capitals === 0) return false;
  return words.length > 1 || !words[0]?.initial;
}

/** The words before the opening mark name what follows: titled "...", the word "...", could be described as "...". */
function isNamed(lexemes: readonly Lexeme[], open: number): boolean {
  let k = open - 1;
  while (k >= 0 && !(lexemes[k] as Lexeme).word && /^[,:]$/.test((lexemes[k] as Lexeme).text)) k--;
  const prev = lexemes[k];
  if (prev === undefined || !prev.word) return false;
  if (NAMING_WORDS.has(prev.lower) || (prev.possessive && prev.cap)) return true;
  if (prev.lower === "so-called" || (prev.lower === "called" && lexemes[k - 1]?.lower === "so"))
    return true;
  if (prev.lower === "for" && lexemes[k - 1]?.lower === "search") return true;
  const participle = prev.lower === "as" ? lexemes[k - 1] : prev;
  if (participle === undefined || !LABEL_PARTICIPLES.has(participle.lower)) return false;
  if (participle.lower === "known" && prev.lower === "as") return true;
  for (let j = lexemes.indexOf(participle, Math.max(0, k - 2)) - 1; j >= 0 && j >= k - 5; j--) {
    const lex = lexemes[j] as Lexeme;
    if (!lex.word) return false;
    if (BE_FORMS.has(lex.lower)) return true;
  }
  return false;
}

/** Quoted words all in brackets are a transcript's stage direction: "(CROSSTALK)". */
function bracketed(lexemes: readonly Lexeme[], w: QuoteWindow): boolean {
  const first = lexemes[w.open + 1];
  if (first === undefined || (first.text !== "(" && first.text !== "[")) return false;
  for (let k = w.after - 1; k > w.open + 1 && w.after - k <= 4; k--) {
    const text = (lexemes[k] as Lexeme).text;
    if (text === ")" || text === "]") return true;
  }
  return false;
}

/** The quoted words end with a sentence's punctuation: "Neither do I." */
function endsSentence(lexemes: readonly Lexeme[], w: QuoteWindow): boolean {
  for (let k = w.after - 1; k > w.open && w.after - k <= 3; k--) {
    const lex = lexemes[k] as Lexeme;
    if (lex.word) return false;
    if (/^[.!?…]$/.test(lex.text)) return true;
  }
  return false;
}

/** The quotation sits inside a clause: a word, not a sentence start or a comma, comes before it. */
function embedded(lexemes: readonly Lexeme[], open: number): boolean {
  const prev = lexemes[open - 1];
  if (prev === undefined || prev.sentence !== (lexemes[open] as Lexeme).sentence) return false;
  return prev.word;
}
