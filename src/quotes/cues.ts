import type { People } from "../people/descriptions.ts";
import {
  CUE_SKIPPED_WORDS,
  FRONTED_SUBORDINATORS,
  PASSIVE_ADVERBS,
  PASSIVE_BE_FORMS,
  PLATFORMS,
  VERB_CONJUNCTIONS,
} from "../people/lexicon.ts";
import { isMainSubject } from "../people/main-subject.ts";
import { type Lexeme, NOT_QUOTED } from "../text/lexer.ts";
import {
  hasSpeechVerbFlag,
  isDirectSpeechVerb,
  NOUN_LIKE_SPEECH_LEMMAS,
  QUOTED_AS_PARTICIPLES,
  speechLemmaOfLower,
  VERB_CONTEXT_WORDS,
} from "../text/speech-verbs.ts";
import { bareAttribution } from "./bare-attribution.ts";
import { opensNextQuotation } from "./forward-cue.ts";
import {
  frontedClauseEnd,
  leadingSubject,
  mainClauseSubject,
  openingApposition,
} from "./fronted-clause.ts";
import { phrasalSpeechVerb } from "./phrasal-speech.ts";
import { possessedAgent } from "./possessed-agent.ts";
import { NOBODY, type Subject } from "./subject.ts";
import { subjectAfter } from "./subject-after.ts";
import { subjectBefore } from "./subject-before.ts";
import { MAX_SENTENCE_BACK_LEXEMES } from "./windows.ts";
import {
  afterWritingNoun,
  ownedWritingBeforeColon,
  writingBeforeColon,
} from "./writing-subjects.ts";

/**
 * How far past a quotation's closing mark and punctuation a speech verb is looked for, in lexemes,
 * so a long subject between them still counts: "..., Mr Smith, the party's deputy leader since 2019, said" still finds "said".
 */
const MAX_VERB_AFTER_LEXEMES = 24;

/** The attribution found for a quotation: who, and the words that say so. */
export interface Cue {
  /** The speaker entity, or NOBODY when the cue names someone the article does not. */
  readonly entity: number;
  /** Lexeme range of the cue: speaker and verb ("Tillerson said", "according to Mr Peston"). */
  readonly first: number;
  readonly last: number;
  /** The verb or phrase stands right next to the quotation ("...," he said / said: "..."). */
  readonly adjacent: boolean;
  /** The lemma of the speech verb, when there is one ("say", "call"). */
  readonly lemma?: string;
  /** The grammar rule that found the cue, for explanations and as a feature of the speaker choice. */
  readonly rule: CueRule;
  /** Lexeme range of the words that name the speaker ("the former Exxon CEO", "he"). */
  readonly subject: { readonly first: number; readonly last: number };
}

/**
 * Which construction named the speaker: a verb before the quotation with its subject before it
 * ("X said: ...") or after it ("Said X: ..."), a verb after the quotation ("...," X said / said X),
 * "according to X", a coordinated verb ("X said ... and added"), a colon after a name ("Per X:"),
 * a writing that reads out ("One response read: ..."), a colon ending the paragraph before, a dash credit ("... ― X"), a passive agent ("by X"), the
 * next paragraph's opening ("Those were the words of X"), the subject of reported speech ("X said that").
 */
export type CueRule =
  | "verb-before"
  | "fronted-clause"
  | "inverted-before"
  | "according-before"
  | "coordinated-before"
  | "colon-name"
  | "colon-unnamed"
  | "colon-paragraph"
  | "verb-after"
  | "inverted-after"
  | "according-after"
  | "dash-credit"
  | "passive-agent"
  | "quoted-as-saying"
  | "next-paragraph"
  | "interview-layout"
  | "answer-label"
  | "reported";

/** Lexeme bounds of a quotation: its marks and the window of its sentence around it. */
export interface QuoteWindow {
  /** First lexeme of the left window (sentence start or end of the previous quotation). */
  readonly floor: number;
  /** Lexeme index of the opening mark. */
  readonly open: number;
  /** Lexeme index of the first lexeme after the quotation. */
  readonly after: number;
  /** Last lexeme of the right window (sentence end or before the next quotation). */
  readonly ceiling: number;
}

/**
 * The speech verb at a lexeme: lower case, or capitalised at a sentence start ("Said Mr Fogg:").
 * Forms that are also nouns ("state", "claims", "report") count only after a subject or "to".
 */
export function speechVerbAt(people: People, k: number): string | undefined {
  const lex = people.lexemes[k];
  if (lex === undefined || !lex.word || (lex.cap && !lex.initial)) return undefined;
  if ((people.refAt[k] ?? -1) >= 0) return undefined;
  const lemma = speechLemmaOfLower(lex.lower) ?? phrasalSpeechVerb(people.lexemes, k);
  if (lemma === undefined || !isNounLike(lex.lower, lemma)) return lemma;
  const prev = people.lexemes[k - 1];
  if (prev === undefined || !prev.word) return undefined;
  const after = people.refAt[k - 1] ?? -1;
  // "Bush's Facebook post:", "a Twitter post": after a platform the form names the writing.
  if (PLATFORMS.has(prev.lower)) return undefined;
  if (afterWritingNoun(people.lexemes, k)) return lemma;
  return VERB_CONTEXT_WORDS.has(prev.lower) || (after >= 0 && !people.refs[after]?.possessive)
    ? lemma
    : undefined;
}

/** Plain and -s forms of verbs that are nouns as often: "state", "report", "claims", "calls". */
function isNounLike(form: string, lemma: string): boolean {
  if (form !== lemma && form !== `${lemma}s` && form !== `${lemma}es`) return false;
  return NOUN_LIKE_SPEECH_LEMMAS.has(lemma);
}

function cueOf(
  rule: CueRule,
  subject: Subject,
  verb: number,
  adjacent: boolean,
  lemma?: string,
): Cue {
  return {
    rule,
    subject: { first: subject.first, last: subject.last },
    entity: subject.entity,
    first: Math.min(subject.first, verb),
    last: Math.max(subject.last, verb),
    // Only a verb of saying makes quoted words an utterance by itself ("called it a" does not).
    adjacent: adjacent && (lemma === undefined || isDirectSpeechVerb(lemma)),
    ...(lemma === undefined ? {} : { lemma }),
  };
}

/** An attribution after the quotation: "...," X said / said X / according to X / by X. */
export function rightCue(people: People, w: QuoteWindow): Cue | undefined {
  const { lexemes } = people;
  const dashed = dashCue(people, w);
  if (dashed !== undefined) return dashed;
  let j = w.after;
  while (
    j <= w.ceiling &&
    !(lexemes[j] as Lexeme).word &&
    /^[,—–-]$/.test((lexemes[j] as Lexeme).text)
  )
    j++;
  if (j > w.ceiling) return undefined;
  const first = lexemes[j] as Lexeme;
  if (first.lower === "according" && lexemes[j + 1]?.lower === "to") {
    const s = subjectAfter(people, j + 1, w.ceiling);
    return s === undefined ? undefined : cueOf("according-after", s, j, true);
  }
  const inverted = speechVerbAt(people, j);
  // "...," promising the club would return: a participle after the quotation opens a clause whose
  // subject is the sentence's, never an inverted "said X".
  if (
    inverted !== undefined &&
    isDirectSpeechVerb(inverted) &&
    inverted !== "tell" &&
    !first.lower.endsWith("ing")
  ) {
    const s = subjectAfter(people, j, w.ceiling);
    if (s !== undefined) return cueOf("inverted-after", s, j, true, inverted);
  }
  for (let m = j; m <= w.ceiling && m - j <= MAX_VERB_AFTER_LEXEMES + LONG_APPOSITION_EXTRA; m++) {
    const lemma = speechVerbAt(people, m);
    if (lemma === undefined) continue;
    if (m - j > MAX_VERB_AFTER_LEXEMES) return longAppositionCue(people, w, j, m, lemma);
    if (!isDirectSpeechVerb(lemma) && lemma !== "quote") return bareCue(people, w);
    if (
      (lexemes[m] as Lexeme).sentence !== lexemes[w.after - 1]?.sentence &&
      takesOwnComplement(lemma, lexemes[m + 1]?.lower ?? "")
    )
      return undefined;
    const quoted = quotedAsSaying(people, m, lemma, w.ceiling);
    if (quoted !== undefined) return cueOf("quoted-as-saying", quoted, m, m - j <= 4, lemma);
    // "“...at night?” On immigration, Diane Granger said: “Where...”": the clause opens the next quotation.
    if (opensNextQuotation(people, w, m)) return undefined;
    const s = leadingSubject(people, j, m) ?? subjectBefore(people, m, j);
    // Adjacent when the attribution starts right after the quotation, apposition or not.
    return s === undefined
      ? undefined
      : cueOf("verb-after", s, m, m - j <= 4 || s.first === j, lemma);
  }
  return bareCue(people, w);
}

/**
 * How many lexemes past `MAX_VERB_AFTER_LEXEMES` the verb may stand when a name and a long
 * apposition open the attribution: "...,” Trump, the 2016 GOP presidential frontrunner nationally
 * and current polling leader in South Carolina by a wide margin after winning the New Hampshire
 * primaries, said" (an apposition reaches `MAX_APPOSITION_LEXEMES`).
 */
const LONG_APPOSITION_EXTRA = 12;

/**
 * A verb of saying found past the usual reach: it counts only when the name right after the
 * quotation and nothing but its apposition stand before it, in the quotation's sentence (stop 28).
 */
function longAppositionCue(
  people: People,
  w: QuoteWindow,
  j: number,
  m: number,
  lemma: string,
): Cue | undefined {
  const sameSentence = people.lexemes[m]?.sentence === people.lexemes[w.after - 1]?.sentence;
  const s = sameSentence && isDirectSpeechVerb(lemma) ? leadingSubject(people, j, m) : undefined;
  return s === undefined ? bareCue(people, w) : cueOf("verb-after", s, m, true, lemma);
}

function bareCue(people: People, w: QuoteWindow): Cue | undefined {
  const bare = bareAttribution(people, w);
  return bare === undefined ? undefined : cueOf("verb-after", bare, bare.last + 1, true);
}

/**
 * A dash credit past its quotation's sentence ends within this many lexemes after the name:
 * "-President Obama, tweeting after Clinton's speech."
 */
const MAX_CREDIT_TAIL = 10;

/** An opening quotation mark, or a word inside a quotation. */
function opensQuotation(lex: Lexeme): boolean {
  return lex.quote !== NOT_QUOTED || /^["“‘'«]$/.test(lex.text);
}

/** A name after a dash that ends the quotation's line: “...” ― Pamela Padilla. */
function dashCue(people: People, w: QuoteWindow): Cue | undefined {
  const { lexemes } = people;
  const dash = lexemes[w.after];
  if (dash === undefined || !/^[―—–-]$/.test(dash.text)) return undefined;
  // “... with mortgages.” - Clinton. and “...” ¶ - Clinton. ¶: a credit past the quotation's
  // sentence or paragraph, which end the window, signs it too when it is short (stop 28).
  const past = w.after + 1 > w.ceiling + 1;
  const r = people.refAt[w.after + 1] ?? -1;
  const ref = people.refs[r];
  if (ref === undefined || ref.possessive || ref.form === "pronoun" || ref.form === "role")
    return undefined;
  const next = lexemes[ref.last + 1];
  if (next?.word === true && next.paragraph === dash.paragraph) return undefined;
  // "-President Obama, tweeting after Clinton's speech.": a short credit, not a bulleted sentence.
  const tail = lexemes[ref.last + MAX_CREDIT_TAIL];
  if (past && tail !== undefined && tail.sentence === dash.sentence) return undefined;
  // "- Bolton boss Sam Allardyce "I am bitterly ..."": a name heading the next quotation is its.
  if (past && next !== undefined && next.paragraph === dash.paragraph && opensQuotation(next))
    return undefined;
  return cueOf(
    "dash-credit",
    { entity: ref.entity >= 0 ? ref.entity : NOBODY, first: ref.first, last: ref.last },
    w.after,
    true,
  );
}

/**
 * Read past a "?" or "!" into the next sentence, a verb of saying that takes a complement of its
 * own is that sentence's news, no attribution of the quotation (stop 28): an intention before
 * "to" ("Connors has also agreed to commentate"), a reported clause ("Mr Blair said he would not
 * respond"), an object that is no hearer ("Wippit offers a download service").
 */
function takesOwnComplement(lemma: string, next: string): boolean {
  if (next === "to") return hasSpeechVerbFlag(lemma, "intention");
  if (REPORTED_OPENERS.has(next)) return true;
  return OBJECT_ARTICLES.has(next) && !hasSpeechVerbFlag(lemma, "addressed");
}

/** "Wippit offers a download service": an object after the verb, not the one spoken to. */
const OBJECT_ARTICLES: ReadonlySet<string> = new Set(["a", "an"]);

/**
 * Words that open a reported clause right after a verb of saying: "Mr Blair said he would not
 * respond", "Mr Milburn replied that they were not".
 */
const REPORTED_OPENERS: ReadonlySet<string> = new Set("that he she they it we i there".split(" "));

/** A passive agent right after a partial quotation: was "severely reprimanded" by the FA. */
export function agentCue(people: People, w: QuoteWindow): Cue | undefined {
  const by = people.lexemes[w.after];
  if (by?.lower !== "by" || w.after > w.ceiling) return undefined;
  const the = people.lexemes[w.after + 1]?.lower === "the" ? 1 : 0;
  const r = people.refAt[w.after + 1 + the] ?? -1;
  const ref = people.refs[r];
  if (ref === undefined || ref.possessive || ref.form === "pronoun") {
    // "by his friend and fellow broadcaster Tom Reed": the name after the owner and the role.
    const named = possessedAgent(people, w.after, w.ceiling);
    return named === undefined ? undefined : cueOf("passive-agent", named, w.after, true);
  }
  const s = subjectAfter(people, w.after + the, w.ceiling);
  return s === undefined || s.entity === NOBODY
    ? undefined
    : cueOf("passive-agent", s, w.after, true);
}

/**
 * An attribution before the quotation in its sentence: X said: "..." / X said, "..." /
 * X called it a "..." / Said X: "..." / Per X: "..." / according to X, "...".
 */
export function leftCue(people: People, w: QuoteWindow): Cue | undefined {
  const { lexemes } = people;
  for (let m = w.open - 1; m >= w.floor; m--) {
    const lemma = speechVerbAt(people, m);
    if (lemma === undefined) {
      const lex = lexemes[m] as Lexeme;
      if (lex.lower === "according" && lexemes[m + 1]?.lower === "to") {
        const s = subjectAfter(people, m + 1, w.open - 1);
        if (s !== undefined) return cueOf("according-before", s, m, false);
      }
      continue;
    }
    const adjacent = onlyPunctuationBetween(lexemes, m, w.open);
    const fronted = adjacent ? -1 : frontedClauseEnd(lexemes, w.floor, m, w.open);
    if (fronted >= 0) {
      const main = mainClauseSubject(people, fronted, w.open);
      return main === undefined ? undefined : cueOf("fronted-clause", main, fronted + 1, true);
    }
    const quoted = quotedAsSaying(people, m, lemma, w.open - 1);
    if (quoted !== undefined) return cueOf("quoted-as-saying", quoted, m, adjacent, lemma);
    const found = leftSubject(people, w, m, lemma);
    if (found !== undefined) return cueOf(found.rule, found.subject, m, adjacent, lemma);
    if (adjacent) return undefined;
  }
  return colonCue(people, w);
}

/** Longest object, in lexemes, between "quoted" and "as saying". */
const QUOTED_OBJECT_LEXEMES = 14;

/**
 * "Reuters quoted one trader as saying": the speaker is the verb's object, not its subject, and
 * someone unnamed when the object names nobody ("one trader", "a central bank official").
 */
function quotedAsSaying(
  people: People,
  m: number,
  lemma: string,
  limit: number,
): Subject | undefined {
  if (lemma !== "quote") return undefined;
  const { lexemes } = people;
  const end = Math.min(limit, m + QUOTED_OBJECT_LEXEMES);
  for (let k = m + 1; k < end; k++) {
    const lex = lexemes[k] as Lexeme;
    if (!lex.word && lex.text !== "," && lex.text !== "'s" && lex.text !== "’s") return undefined;
    if (lex.lower !== "as" || !QUOTED_AS_PARTICIPLES.has(lexemes[k + 1]?.lower ?? "")) continue;
    if (k === m + 1) return undefined;
    const named = subjectAfter(people, m, k - 1);
    return named ?? { entity: NOBODY, first: m + 1, last: k - 1 };
  }
  return undefined;
}

/**
 * "One Twitter response read: "..."" / "The sign reads: "..."": words someone unnamed wrote, when
 * nobody is named between the sentence's start and "read". A post speaks for its author, never for
 * the platform or the person the paragraph was about.
 */
function writingThatReads(people: People, w: QuoteWindow): Cue | undefined {
  const verb = w.open - 2;
  const lower = people.lexemes[verb]?.lower;
  if ((lower !== "read" && lower !== "reads") || verb <= w.floor) return undefined;
  for (let k = w.floor; k < verb; k++) {
    const ref = people.refs[people.refAt[k] ?? -1];
    if (ref === undefined) continue;
    // "Smith's statement read:", "Her post read:": the writing is someone's.
    if (ref.possessive || ref.form === "pronoun") return undefined;
    if (ref.form !== "role" && !PLATFORMS.has(people.lexemes[k]?.lower ?? "")) return undefined;
  }
  return cueOf("colon-unnamed", { entity: NOBODY, first: w.floor, last: verb - 1 }, verb, true);
}

/** The subject of a verb before the quotation, and the construction that gave it. */
function leftSubject(
  people: People,
  w: QuoteWindow,
  m: number,
  lemma: string,
): { rule: CueRule; subject: Subject } | undefined {
  const lex = people.lexemes[m] as Lexeme;
  if (isPassive(people, w, m)) return passiveSpeaker(people, w, m);
  if (lex.initial && lex.cap) {
    const s = subjectAfter(people, m, w.open - 1);
    return s === undefined ? undefined : { rule: "inverted-before", subject: s };
  }
  const opened = openingApposition(people, w.floor, m);
  if (opened !== undefined) return { rule: "verb-before", subject: opened };
  const before = subjectBefore(people, m, w.floor);
  if (before !== undefined) return { rule: "verb-before", subject: before };
  const coordinated = coordinatedSubject(people, m);
  if (coordinated !== undefined) return { rule: "coordinated-before", subject: coordinated };
  if (!invertible(people.lexemes, m, lemma)) return undefined;
  const after = subjectAfter(people, m, w.open - 1);
  return after === undefined ? undefined : { rule: "inverted-before", subject: after };
}

/** An adverb between a form of "be" and its participle: "has also been accused", "was widely described". */
function isPassiveAdverb(lower: string): boolean {
  return PASSIVE_ADVERBS.has(lower) || /^\w+ly$/.test(lower);
}

/** How far before the quotation a passive participle still governs it: "was described as a "...". */
const PASSIVE_REACH = 6;
const ACCUSED_REACH = 10;
const AGENT_REACH = 30;

/**
 * "Blunkett has been accused of using the "politics of confusion"", "It was described as "...":
 * a participle after a form of "be", close before the quotation, says its subject is spoken
 * about, not speaking. Not when the quotation is the agent ("characterised by "lost trust"") or
 * the subject is reported to speak ("is alleged to have told", "was reported to have said").
 */
function isPassive(people: People, w: QuoteWindow, m: number): boolean {
  const { lexemes } = people;
  const verb = (lexemes[m] as Lexeme).lower;
  // "accused of treating the budget as a "...": the charge is a clause, longer than a complement.
  // "Sanders was asked by host Bill Maher, who ..., "...": an agent after "by" may carry an
  // apposition or a relative clause before the quotation.
  const reach =
    verb === "accused" && lexemes[m + 1]?.lower === "of"
      ? ACCUSED_REACH
      : lexemes[m + 1]?.lower === "by"
        ? AGENT_REACH
        : PASSIVE_REACH;
  if ((!verb.endsWith("ed") && verb !== "told") || w.open - m > reach) return false;
  if (lexemes[m + 1]?.lower === "by" && m + 2 === w.open) return false;
  if (lexemes[m + 1]?.lower === "to") {
    const next = lexemes[m + 2]?.lower === "have" ? m + 3 : m + 2;
    if (speechVerbAt(people, next) !== undefined) return false;
  }
  let k = m - 1;
  while (k > w.floor && k >= m - 2 && isPassiveAdverb(lexemes[k]?.lower ?? "")) k--;
  return k >= w.floor && PASSIVE_BE_FORMS.has(lexemes[k]?.lower ?? "");
}

/**
 * The speaker of a passive cue is its agent ("described by Jobs as", "branded "..." by MPs"); with
 * no agent it is nobody the article names ("officials are accused of ...", "he was told: ...").
 */
function passiveSpeaker(
  people: People,
  w: QuoteWindow,
  m: number,
): { rule: CueRule; subject: Subject } {
  if (people.lexemes[m + 1]?.lower === "by") {
    const s = subjectAfter(people, m + 1, w.open - 1);
    if (s !== undefined && s.entity !== NOBODY) return { rule: "passive-agent", subject: s };
  }
  const agent = agentCue(people, w);
  if (agent !== undefined)
    return { rule: "passive-agent", subject: { ...agent.subject, entity: agent.entity } };
  return { rule: "verb-before", subject: { entity: NOBODY, first: m, last: m } };
}

/** "..., said Shepherd, ...": only a verb of saying after a comma (or opening its clause) comes before its speaker. */
function invertible(lexemes: readonly Lexeme[], m: number, lemma: string): boolean {
  if (!isDirectSpeechVerb(lemma) || lemma === "tell" || lemma === "ask") return false;
  const before = lexemes[m - 1];
  return (
    before === undefined || !before.word || before.sentence !== (lexemes[m] as Lexeme).sentence
  );
}

/** "Gallagher said ... and accused the government of": a second verb shares the first one's subject. */
export function coordinatedSubject(people: People, m: number): Subject | undefined {
  const { lexemes } = people;
  const and = lexemes[m - 1];
  if (and === undefined || !VERB_CONJUNCTIONS.has(and.lower)) return undefined;
  let start = m - 1;
  while (
    start > 0 &&
    m - start < MAX_SENTENCE_BACK_LEXEMES &&
    lexemes[start - 1]?.sentence === and.sentence
  )
    start--;
  for (let v = m - 2; v > start; v--) {
    const lemma = speechVerbAt(people, v);
    if (lemma === undefined) continue;
    return subjectBefore(people, v, start);
  }
  return openingSubject(people, start, m - 1);
}

/**
 * "Giles attempted to re-engage the campaign in October and said he had ...": with no verb of
 * saying before the conjunction at `and`, the second verb shares the subject that opens the
 * sentence, when that name is the sentence's only main-clause subject before the conjunction and
 * nothing but its own verb phrase (no clause boundary, no quotation) stands between.
 */
function openingSubject(people: People, start: number, and: number): Subject | undefined {
  const { lexemes, refs, refAt } = people;
  let k = start;
  while (k < and && !(lexemes[k] as Lexeme).word) k++;
  const r = refAt[k] ?? -1;
  const ref = refs[r];
  if (ref === undefined || !isMainSubject(ref) || ref.possessive || ref.form === "role")
    return undefined;
  if (ref.form === "pronoun" || ref.entity < 0) return undefined;
  for (let j = ref.last + 1; j < and; j++) {
    const lex = lexemes[j] as Lexeme;
    if (lex.quote !== NOT_QUOTED || /^[;:,—–-]$/.test(lex.text)) return undefined;
    // "Capra was the butt of a gaffe when the host opened the envelope and declared": the
    // conjunction joins the subordinate clause's verbs, not the opening subject's.
    if (FRONTED_SUBORDINATORS.has(lex.lower) || CLAUSE_LINKS.has(lex.lower)) return undefined;
    if (refs[refAt[j] ?? -1]?.subject === true) return undefined;
  }
  // "Hodgson converted and added a penalty": "added" without "that" is no saying here.
  const verb = lexemes[and + 1];
  const next = lexemes[and + 2];
  if (verb?.lower.startsWith("add") === true && next?.word === true && next.lower !== "that")
    return undefined;
  return { entity: ref.entity, first: ref.first, last: ref.last };
}

/** Words that open a clause of their own inside a sentence: its verbs are not the opening subject's. */
const CLAUSE_LINKS: ReadonlySet<string> = new Set(
  "who whom whose which where that as if since so".split(" "),
);

function onlyPunctuationBetween(lexemes: readonly Lexeme[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if ((lexemes[k] as Lexeme).word) return false;
  return true;
}

/**
 * "TURNOUT DOESN'T RAISE HOPES - Michael P. McDonald: "..."": after a dash, a name alone before the
 * colon signs the words that follow, whatever the title before the dash says.
 */
function dashedName(people: People, w: QuoteWindow): Cue | undefined {
  const r = people.refAt[w.open - 2] ?? -1;
  const ref = people.refs[r];
  if (ref === undefined || ref.possessive || ref.form === "pronoun" || ref.form === "role") {
    return undefined;
  }
  const dash = people.lexemes[ref.first - 1];
  if (dash === undefined || ref.first - 1 < w.floor || !/^[-–—]$/.test(dash.text)) return undefined;
  const entity = r >= 0 && ref.entity >= 0 ? ref.entity : NOBODY;
  if (entity === NOBODY) return undefined;
  return cueOf("colon-name", { entity, first: ref.first, last: ref.last }, w.open - 1, true);
}

/** "Per Vox's Dara Lind:" or "Mr Peston:" — a colon after a leading name introduces that name's words. */
function colonCue(people: People, w: QuoteWindow): Cue | undefined {
  const colon = people.lexemes[w.open - 1];
  if (colon?.text !== ":") return undefined;
  const unnamed = writingThatReads(people, w);
  if (unnamed !== undefined) return unnamed;
  const signed = dashedName(people, w);
  if (signed !== undefined) return signed;
  const owner = ownedWritingBeforeColon(people, w.open - 1, w.floor);
  const owned = people.refs[owner];
  if (owned !== undefined) {
    const subject = { entity: owned.entity, first: owned.first, last: owned.last };
    return cueOf("colon-name", subject, w.open - 1, true);
  }
  const issued = writingBeforeColon(people.lexemes, w.open - 1, w.floor);
  const issuer = issued === undefined ? undefined : subjectBefore(people, issued, w.floor);
  if (issued !== undefined && issuer !== undefined)
    return cueOf("colon-name", issuer, issued, true);
  for (let k = w.floor; k < w.open - 1; k++) {
    const r = people.refAt[k] ?? -1;
    const ref = people.refs[r];
    if (ref === undefined) {
      if (CUE_SKIPPED_WORDS.has(people.lexemes[k]?.lower ?? "")) continue;
      return undefined;
    }
    if (ref.possessive) {
      k = ref.last;
      continue;
    }
    if (ref.form === "pronoun" || ref.last + 1 !== w.open - 1) return undefined;
    const s = subjectAfter(people, k - 1, w.open - 1);
    return s !== undefined && s.entity !== NOBODY
      ? cueOf("colon-name", s, w.open - 1, true)
      : undefined;
  }
  return undefined;
}
