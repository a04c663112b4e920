import { noName } from "../no-name.ts";
import type { People } from "../people/descriptions.ts";
import { AUDIENCE_DETERMINERS, FUNCTION_WORDS } from "../people/lexicon.ts";
import { type Lexeme, NOT_QUOTED } from "../text/lexer.ts";
import { hasSpeechVerbFlag, isDirectSpeechVerb, isReportingVerb } from "../text/speech-verbs.ts";
import { afterTimePhrase, complementStart, isTimeWord } from "./complement.ts";
import { coordinatedSubject, speechVerbAt } from "./cues.ts";
import type { SpeechEvent } from "./inherit.ts";
import { cueDescriptions, NOBODY, type Subject } from "./subject.ts";
import { subjectAfter } from "./subject-after.ts";
import { subjectBefore } from "./subject-before.ts";

/**
 * How far back within its sentence a reported-speech verb looks for its subject, in lexemes: keeps
 * the scan linear in long sentences while reaching past a clause or an apposition.
 */
const REPORT_BACK_LEXEMES = 60;

/** Reported speech without quotation marks: "Kelly said that...", "..., he said." */
export interface ReportedSpeech {
  readonly entity: number;
  /** Lexeme range of what was said, and of the cue that says who. */
  readonly first: number;
  readonly last: number;
  readonly cueFirst: number;
  readonly cueLast: number;
  /** The reporting verb, and the words that name the speaker. */
  readonly verb: number;
  readonly subject: { readonly first: number; readonly last: number };
  readonly sentence: number;
  readonly paragraph: number;
}

const MIN_WORDS = 3;

/**
 * Finds reported speech outside quotation marks, one linear pass over the lexemes: a reporting verb
 * with a subject, and the clause it reports (after it, or before it: "..., he said.").
 */
export function findReportedSpeech(
  people: People,
  skipParagraphs: ReadonlySet<number>,
): { speech: ReportedSpeech[]; events: SpeechEvent[]; confirmed: number[] } {
  const { lexemes } = people;
  const speech: ReportedSpeech[] = [];
  const events: SpeechEvent[] = [];
  const confirmed: number[] = [];
  let sentenceStart = 0;
  let sentenceLast = -1;
  let doneSentence = -1;
  for (let k = 0; k < lexemes.length; k++) {
    const lex = lexemes[k] as Lexeme;
    if (k === 0 || (lexemes[k - 1] as Lexeme).sentence !== lex.sentence) sentenceStart = k;
    if (
      lex.quote !== NOT_QUOTED ||
      lex.sentence === doneSentence ||
      skipParagraphs.has(lex.paragraph)
    )
      continue;
    if (k > sentenceLast) sentenceLast = lastOfSentence(lexemes, k);
    const found = reportAt(
      people,
      k,
      Math.max(sentenceStart, k - REPORT_BACK_LEXEMES),
      sentenceLast,
    );
    if (found === undefined) continue;
    events.push({ entity: found.entity, at: k, sentence: lex.sentence, paragraph: lex.paragraph });
    const clause = outsideQuotations(lexemes, found);
    if (found.entity !== NOBODY) {
      if (clause !== undefined) speech.push(clause);
      confirmed.push(...cueDescriptions(people, found.cueFirst, found.cueLast));
    }
    doneSentence = lex.sentence;
  }
  return { speech, events, confirmed };
}

/**
 * The reported clause without the part of a quotation that runs past either of its ends: it ends
 * where an unclosed quotation begins ("Kelly said he was “fine. Then he left.") and starts after one
 * that began before it, so that a reported clause and a quotation are either apart or one holds the
 * other. Undefined when too little is left, or when the quotation was most of it.
 */
function outsideQuotations(
  lexemes: readonly Lexeme[],
  found: ReportedSpeech,
): ReportedSpeech | undefined {
  let { first, last } = found;
  const inside = noName((k: number) => (lexemes[k] as Lexeme).quote);
  const open = inside(last);
  if (open !== NOT_QUOTED && lexemes[last + 1]?.quote === open) {
    while (last >= first && inside(last) === open) last--;
  }
  const began = first <= last ? inside(first) : NOT_QUOTED;
  if (began !== NOT_QUOTED && lexemes[first - 1]?.quote === began) {
    while (first <= last && inside(first) === began) first++;
  }
  if (first === found.first && last === found.last) return found;
  if (first > last) return undefined;
  let words = 0;
  for (let k = first; k <= last; k++) if ((lexemes[k] as Lexeme).word) words++;
  // A clause that was mostly the quotation is left to the quotation, as the whole clause was.
  const chars = noName(
    (from: number, to: number) => (lexemes[to] as Lexeme).end - (lexemes[from] as Lexeme).start,
  );
  const kept = chars(first, last) / Math.max(1, chars(found.first, found.last));
  return words >= MIN_WORDS && kept > 0.5 ? { ...found, first, last } : undefined;
}

function reportAt(
  people: People,
  k: number,
  floor: number,
  last: number,
): ReportedSpeech | undefined {
  const { lexemes } = people;
  const lex = lexemes[k] as Lexeme;
  if (lex.lower === "according" && lexemes[k + 1]?.lower === "to") {
    return according(people, k, floor, last);
  }
  const lemma = speechVerbAt(people, k);
  if (lemma === undefined || !isReportingVerb(lemma) || lex.cap) return undefined;
  // "Castellanos will draw up a plan, said Janet Pruitt, a parent.": a verb right after a comma with
  // a name after it is inverted; the clause's own subject before it is part of what was said. Not
  // "Sessions, a Trump supporter, said Clinton's record...": a phrase naming nobody is what was said.
  const invertedFirst = nameInApposition(people, k - 2)
    ? undefined
    : inverted(people, k, lemma, floor, last);
  if (invertedFirst !== undefined && namedSpeaker(people, invertedFirst)) return invertedFirst;
  // "called the project a waste and said the money...": the second verb shares the first one's subject.
  const subject = subjectBefore(people, k, floor) ?? coordinatedSubject(people, k);
  if (subject === undefined) return invertedFirst ?? inverted(people, k, lemma, floor, last);
  const end = sentenceEnd(lexemes, k, last);
  if (introducesQuote(lexemes, k, end)) return undefined;
  const after = complementStart(people, k, lemma, end);
  if (after !== undefined && end - after + 1 >= MIN_WORDS) {
    return report(subject, after, end, k, lex);
  }
  // "..., the Foreign Ministry said": the article before a name is part of the subject.
  const first = lexemes[subject.first - 1]?.lower === "the" ? subject.first - 1 : subject.first;
  const comma = lexemes[first - 1];
  if (comma?.text !== "," || first - 2 < floor) return undefined;
  // "..., he said (on Friday)." or "..., he said, ...": the verb ends its clause; "Moreno promised to" does not.
  const timed = afterTimePhrase(lexemes, k + 1, end);
  const heard = lemma === "tell" ? toldHearerEnd(lexemes, k + 1, end + 1) : undefined;
  const stop = heard ?? (isTimeWord(lexemes[timed - 1]?.lower ?? "") ? timed : k + 1);
  if (!/^[,.;!?]$/.test(lexemes[stop]?.text ?? ".")) return undefined;
  // "In a blog post, Webb wrote:" introduces what follows; it reports nothing before it.
  if (lexemes[k + 1]?.text === ":") return undefined;
  const before = { first: afterDateline(lexemes, floor, first - 2), last: first - 2 };
  // "“...,” John Houlihan, editor of X, told BBC News.": a quotation's cue, no reported clause.
  if (heard !== undefined && quotedWithin(lexemes, before.first, before.last)) return undefined;
  const tail = lexemes[k + 1]?.text === "," ? { first: k + 2, last: end } : undefined;
  const side =
    tail !== undefined && tail.last - tail.first > before.last - before.first ? tail : before;
  if (side.last - side.first + 1 < MIN_WORDS) return undefined;
  return report(subject, side.first, side.last, k, lex);
}

function report(
  subject: Subject,
  first: number,
  last: number,
  verb: number,
  lex: Lexeme,
): ReportedSpeech {
  return {
    entity: subject.entity,
    first,
    last,
    cueFirst: Math.min(subject.first, verb),
    cueLast: Math.max(subject.last, verb),
    verb,
    subject: { first: subject.first, last: subject.last },
    sentence: lex.sentence,
    paragraph: lex.paragraph,
  };
}

/** "The plan will cost $5bn, said John Smith, the finance minister.": the speaker after the verb. */
function inverted(
  people: People,
  k: number,
  lemma: string,
  floor: number,
  last: number,
): ReportedSpeech | undefined {
  const { lexemes } = people;
  if (
    lexemes[k - 1]?.text !== "," ||
    !isDirectSpeechVerb(lemma) ||
    hasSpeechVerbFlag(lemma, "addressed")
  ) {
    return undefined;
  }
  const end = sentenceEnd(lexemes, k, last);
  const subject = subjectAfter(people, k, end);
  if (subject === undefined || !/^[,.;]$/.test(lexemes[subject.last + 1]?.text ?? ".")) {
    return undefined;
  }
  const first = afterDateline(lexemes, floor, k - 2);
  if (k - 2 - first + 1 < MIN_WORDS) return undefined;
  return report(subject, first, k - 2, k, lexemes[k] as Lexeme);
}

/**
 * An inverted cue that names its speaker ("said Janet Pruitt", "said the Beijing News"), not a
 * description the article may have lent a name to ("said the report").
 */
function namedSpeaker(people: People, found: ReportedSpeech): boolean {
  const ref = people.refs[people.refAt[found.subject.last] ?? -1];
  return found.entity !== NOBODY && ref !== undefined && ref.form !== "role";
}

/**
 * ", Corey Lewandowski, said the aide who...": a name set off by a comma or dash right before the
 * verb's comma is the verb's subject in apposition, not the end of an inverted verb's clause.
 */
function nameInApposition(people: People, k: number): boolean {
  const ref = people.refs[people.refAt[k] ?? -1];
  if (ref === undefined || ref.last !== k || ref.form === "pronoun") return false;
  return /^[,—–(-]$/.test(people.lexemes[ref.first - 1]?.text ?? "");
}

/** "According to The Washington Post, Snow makes $168,000": the clause after (or before) the source. */
function according(
  people: People,
  k: number,
  floor: number,
  last: number,
): ReportedSpeech | undefined {
  const { lexemes } = people;
  const lex = lexemes[k] as Lexeme;
  const end = sentenceEnd(lexemes, k, last);
  let comma = k + 2;
  while (comma <= end && lexemes[comma]?.text !== ",") comma++;
  const subject = subjectAfter(people, k + 1, comma - 1);
  if (subject === undefined || subject.entity === NOBODY) return undefined;
  // "According to his agent, Diego Ferreira, several clubs...": the clause follows the apposition.
  const opens = subject.last > comma ? subject.last + 1 : comma;
  if (
    k === floor &&
    opens < end &&
    lexemes[opens]?.text === "," &&
    !introducesQuote(lexemes, opens, end)
  ) {
    return report({ ...subject, first: k }, opens + 1, end, k + 1, lex);
  }
  if (k - 2 >= floor && lexemes[k - 1]?.text === "," && subject.last >= end - 1) {
    return report({ ...subject, first: k }, floor, k - 2, k + 1, lex);
  }
  return undefined;
}

/** "TOKYO (AP) — Japan lodged...": the dateline opening a story is nobody's words. */
function afterDateline(lexemes: readonly Lexeme[], first: number, last: number): number {
  const opener = lexemes[first];
  if (opener === undefined || opener.text.length < 2 || opener.text !== opener.text.toUpperCase()) {
    return first;
  }
  for (let k = first + 1; k <= last && k - first <= 8; k++) {
    if (!/^[—–-]$/.test((lexemes[k] as Lexeme).text)) continue;
    let j = k;
    while (j + 1 <= last && /^[—–-]$/.test((lexemes[j + 1] as Lexeme).text)) j++;
    return j + 1;
  }
  return first;
}

function lastOfSentence(lexemes: readonly Lexeme[], k: number): number {
  const sentence = (lexemes[k] as Lexeme).sentence;
  let end = k;
  while (end + 1 < lexemes.length && lexemes[end + 1]?.sentence === sentence) end++;
  return end;
}

/** Where reported speech at `k` ends: the sentence's last word, or a closing mark after it. */
function sentenceEnd(lexemes: readonly Lexeme[], k: number, last: number): number {
  let end = last;
  while (end > k && last - end < 8 && !(lexemes[end] as Lexeme).word) end--;
  // Keep the closing mark of a quotation that ends the sentence: ...as “mass deportation.”
  if (end < last && (lexemes[end] as Lexeme).quote !== NOT_QUOTED) return last;
  return end;
}

/** A verb right before a quotation introduces it ("said: "...""): that is direct speech, not reported. */
function introducesQuote(lexemes: readonly Lexeme[], from: number, end: number): boolean {
  for (let j = from + 1; j <= end && j - from <= 3; j++) {
    const lex = lexemes[j] as Lexeme;
    if (lex.quote !== NOT_QUOTED) return true;
    if (lex.word) return false;
  }
  return false;
}

/** The longest hearer after a sentence-final "told", in lexemes: "BBC Radio 4's World At One". */
const MAX_HEARER_LEXEMES = 8;

/**
 * "..., Mr Howard told the paper.", "..., he told MPs.", "..., she told BBC Two's Newsnight.": the
 * punctuation that ends a short hearer after "told" (capitalised words, a channel's number, an
 * article or a possessive, a plural noun), so that the clause before the verb is what was told.
 * Undefined when anything else follows "told" ("told him to leave", "told the court that").
 */
function toldHearerEnd(
  lexemes: readonly Lexeme[],
  from: number,
  limit: number,
): number | undefined {
  let owned = 0;
  for (let j = from; j <= limit && j - from <= MAX_HEARER_LEXEMES; j++) {
    const lex = lexemes[j] as Lexeme | undefined;
    if (lex === undefined) return undefined;
    if (!lex.word) return j > from && /^[,.;]$/.test(lex.text) ? j : undefined;
    const plural = !lex.cap && /s$/.test(lex.lower) && !FUNCTION_WORDS.has(lex.lower);
    const article = AUDIENCE_DETERMINERS.has(lex.lower) && j === from;
    // "BBC Radio 4's Today programme": up to two lower-case words of what a possessive owns.
    const show = owned > 0 && !lex.cap && !FUNCTION_WORDS.has(lex.lower) && owned++ <= 2;
    if (!(lex.cap || /^\d{1,2}$/.test(lex.text) || article || plural || show)) return undefined;
    if (lex.possessive && owned === 0) owned = 1;
  }
  return undefined;
}

/** Some lexeme from `first` to `last` is inside quotation marks. */
function quotedWithin(lexemes: readonly Lexeme[], first: number, last: number): boolean {
  for (let j = first; j <= last; j++) if ((lexemes[j] as Lexeme).quote !== NOT_QUOTED) return true;
  return false;
}
