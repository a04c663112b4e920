import {
  BE_FORMS,
  FRAGMENT_CONJUNCTIONS,
  LABEL_PARTICIPLES,
  NAMING_WORDS,
  POSSESSIVE_DETERMINERS,
  RUN_AUXILIARIES,
  TITLE_PREPOSITIONS,
  TITLE_SMALL_WORDS,
} from "../people/lexicon.ts";
import type { Lexeme } from "../text/lexer.ts";
import { isSpeechVerbLexeme, NOUN_LIKE_SPEECH_LEMMAS, speechLemma } from "../text/speech-verbs.ts";
import type { Cue, QuoteWindow } from "./cues.ts";
import type { QuotedSpan } from "./extract.ts";
import { characterisedFragment, coordinatedWith } from "./fragment-evidence.ts";

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

/**
 * The fewest words of a fragment that reported speech makes its speaker's: one quoted word in
 * reported speech is as often a term ("outsourcing") as the speaker's word.
 */
const REPORTED_FRAGMENT_WORDS = 2;

/** How many words make a quotation long enough to be speech without a cue of its own. */
const SHORT_WORDS = 3;

/** Decides whether quoted words are speech; returns why not, or null when they are. */
export function notSpeech(facts: SpanFacts, lexemes: readonly Lexeme[]): NotSpeech {
  if (facts.inHeadline) return "headline";
  if (bracketed(lexemes, facts.window)) return "title";
  if (isNamed(lexemes, facts.window) && !characterisedFragment(lexemes, facts.window.open))
    return "named";
  const adjacent = facts.left?.adjacent === true || facts.right?.adjacent === true;
  if (isTitleLike(facts.words) && (!adjacent || titleAfterPreposition(lexemes, facts.window)))
    return "title";
  if (!facts.span.primary && !adjacent) return "secondary-style";
  const short = facts.words.length <= SHORT_WORDS;
  // Short quoted words inside a clause need a verb of saying; a short sentence of its own does not.
  const ownSentence = !embedded(lexemes, facts.window.open) && endsSentence(lexemes, facts.window);
  if (
    short &&
    !ownSentence &&
    facts.left === undefined &&
    !adjacentRight(facts) &&
    !reportingClauseAfter(facts, lexemes) &&
    !someonesFragment(lexemes, facts.window)
  ) {
    return "scare-quote";
  }
  if (
    facts.words.length <= EMBEDDED_SCARE_WORDS &&
    embedded(lexemes, facts.window.open) &&
    facts.left === undefined &&
    facts.right === undefined &&
    !facts.cuedNeighbour &&
    !someonesFragment(lexemes, facts.window)
  ) {
    return "scare-quote";
  }
  return null;
}

/**
 * A verb of saying right before the opening mark, whoever its subject: "21 percent said "not too
 * likely"", "concluded by saying "thanks for having me"".
 */
function afterSpeechVerb(lexemes: readonly Lexeme[], open: number): boolean {
  let k = open - 1;
  if (lexemes[k]?.text === "," || lexemes[k]?.text === ":") k--;
  const verb = lexemes[k];
  if (verb === undefined || !isSpeechVerbLexeme(verb)) return false;
  // The plain form of a verb that is a noun as often, after "to" or a modal, is another verb:
  // "would counter "so-called" groups" (but "a sign that read "..."" is a writing).
  const lemma = speechLemma(verb.lower) ?? "";
  if (verb.lower !== lemma || !NOUN_LIKE_SPEECH_LEMMAS.has(lemma)) return true;
  const before = lexemes[k - 1]?.lower ?? "";
  return before !== "to" && !RUN_AUXILIARIES.has(before);
}

/**
 * Quoted words the verb before them gives to someone though no cue names who: a verb of saying
 * right before them, an object's
 * characterisation ("called the plan "a costly mistake""), or a passive label with its agent
 * after, also for a second fragment coordinated with the first ("described as "reckless" and
 * "shameful" by the union").
 */
function someonesFragment(lexemes: readonly Lexeme[], w: QuoteWindow): boolean {
  if (afterSpeechVerb(lexemes, w.open) || characterisedFragment(lexemes, w.open)) return true;
  const first = coordinatedWith(lexemes, w.open) ?? w.open;
  return labelBefore(lexemes, first) === "passive" && agentAfter(lexemes, w);
}

/**
 * The sentence is reported speech whose attribution closes it after a comma: "... means "few
 * bargains" are left, he said." The quoted words are the reported speaker's.
 */
function reportingClauseAfter(facts: SpanFacts, lexemes: readonly Lexeme[]): boolean {
  const cue = facts.right;
  return (
    cue !== undefined &&
    facts.words.length >= REPORTED_FRAGMENT_WORDS &&
    cue.rule === "verb-after" &&
    !cue.adjacent &&
    lexemes[cue.first - 1]?.text === ","
  );
}

/** A complete utterance followed by its attribution: "Long live Zarif," crowds chanted. */
function adjacentRight(facts: SpanFacts): boolean {
  const last = facts.words[facts.words.length - 1];
  return facts.right?.adjacent === true && last !== undefined;
}

/**
 * A preposition or a possessive right before the opening mark: "an interview on "Morning Talk,"",
 * "the network's "Early Show"". Capitalised words there are a title whatever cue follows them,
 * unless they exclaim or ask.
 */
function titleAfterPreposition(lexemes: readonly Lexeme[], w: QuoteWindow): boolean {
  const prev = lexemes[w.open - 1];
  if (prev === undefined || !prev.word) return false;
  if (!prev.possessive && !TITLE_PREPOSITIONS.has(prev.lower)) return false;
  // An exclamation is chanted, not titled: "to chants of "Marco! Marco!,"".
  for (let k = w.open + 1; k < w.after && k - w.open <= MAX_TITLE_WORDS * 2; k++) {
    const text = (lexemes[k] as Lexeme).text;
    if (text === "!" || text === "?") return false;
  }
  return true;
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
function isNamed(lexemes: readonly Lexeme[], w: QuoteWindow): boolean {
  const label = labelBefore(lexemes, w.open);
  return label === "named" || (label === "passive" && !agentAfter(lexemes, w));
}

/**
 * How the words before an opening mark present what follows: as a name ("titled", "the word",
 * "known as"), as a passive label ("could be described as", speech only with its agent after), or
 * not at all. "In her words," quotes: a possessive before "words" makes them someone's.
 */
function labelBefore(lexemes: readonly Lexeme[], open: number): "named" | "passive" | undefined {
  let k = open - 1;
  while (k >= 0 && !(lexemes[k] as Lexeme).word && /^[,:]$/.test((lexemes[k] as Lexeme).text)) k--;
  const prev = lexemes[k];
  if (prev === undefined || !prev.word) return undefined;
  if (NAMING_WORDS.has(prev.lower) || (prev.possessive && prev.cap))
    return ownWords(lexemes, k) || toldTheShow(lexemes, k, open) ? undefined : "named";
  if (prev.lower === "so-called" || (prev.lower === "called" && lexemes[k - 1]?.lower === "so"))
    return "named";
  if (prev.lower === "for" && lexemes[k - 1]?.lower === "search") return "named";
  const participle = prev.lower === "as" ? lexemes[k - 1] : prev;
  if (participle === undefined || !LABEL_PARTICIPLES.has(participle.lower)) return undefined;
  if (participle.lower === "known" && prev.lower === "as") return "named";
  for (let j = lexemes.indexOf(participle, Math.max(0, k - 2)) - 1; j >= 0 && j >= k - 5; j--) {
    const lex = lexemes[j] as Lexeme;
    if (!lex.word) return undefined;
    if (BE_FORMS.has(lex.lower)) return "passive";
  }
  return undefined;
}

/** How far before a programme's name "told" may stand, in lexemes: "told BBC Radio 4's Today". */
const MAX_TOLD_SHOW_LEXEMES = 8;

/**
 * "He told BBC Radio 4's Today programme: "..."": a colon after a show the speaker told (or spoke
 * on) introduces speech, not the show's name (stop 28). Only words between "told" and the show.
 */
function toldTheShow(lexemes: readonly Lexeme[], k: number, open: number): boolean {
  if (lexemes[open - 1]?.text !== ":" || open - 1 !== k + 1) return false;
  for (let j = k - 1; j >= 0 && k - j <= MAX_TOLD_SHOW_LEXEMES; j--) {
    const lex = lexemes[j] as Lexeme;
    if (!lex.word) return false;
    if (lex.lower === "told" || lex.lower === "tells" || lex.lower === "telling") return true;
  }
  return false;
}

/** "her words", "in Forbes' words", "his own words": someone's words, not the word "...". */
function ownWords(lexemes: readonly Lexeme[], k: number): boolean {
  if (lexemes[k]?.lower !== "words") return false;
  let j = lexemes[k - 1]?.lower === "own" ? k - 2 : k - 1;
  // "Forbes’ words": the apostrophe of a plain possessive is a lexeme of its own.
  if (lexemes[j]?.text === "’" || lexemes[j]?.text === "'") j--;
  const before = lexemes[j];
  if (before === undefined || !before.word) return false;
  return before.possessive || POSSESSIVE_DETERMINERS.has(before.lower);
}

/** How far past a passive label's quoted words its agent is looked for, in lexemes. */
const MAX_AGENT_GAP = 8;

/**
 * A passive label with its agent is someone's words: "was described as "reckless" (and "shameful")
 * by the union". The agent may follow a second fragment joined by "and" or "or".
 */
function agentAfter(lexemes: readonly Lexeme[], w: QuoteWindow): boolean {
  const sentence = lexemes[w.open]?.sentence;
  for (let k = w.after; k < lexemes.length && k - w.after <= MAX_AGENT_GAP; k++) {
    const lex = lexemes[k] as Lexeme;
    if (lex.sentence !== sentence) return false;
    if (lex.lower === "by" && lex.quote < 0) return true;
    if (lex.quote < 0 && !lex.word && lex.text !== "," && lex.text !== "'" && lex.text !== "’")
      return false;
    if (lex.quote < 0 && lex.word && !FRAGMENT_CONJUNCTIONS.has(lex.lower)) return false;
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
