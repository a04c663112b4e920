import { isAnonymous } from "../people/anonymous.ts";
import { ArticleCache } from "../people/article-cache.ts";
import type { People } from "../people/descriptions.ts";
import { UNRESOLVED } from "../people/sentinels.ts";
import type { Lexeme } from "../text/lexer.ts";
import { QUOTE_INTRODUCING_FORMS } from "../text/speech-verbs.ts";
import { agentCue, type Cue, leftCue, type QuoteWindow, rightCue } from "./cues.ts";
import type { QuotedSpan } from "./extract.ts";
import { forwardCue } from "./forward-cue.ts";
import type { ReportedSpeech } from "./indirect.ts";
import { type SpeechEvent, someoneElseSince, Timeline } from "./inherit.ts";
import { cueForm, speakerCandidates } from "./speaker-candidates.ts";
import type { Candidate, Situation } from "./speaker-features.ts";
import { indexSpeakers, type SpeakerIndex, withReportingSubjects } from "./speaker-index.ts";
import {
  chooseSpeaker,
  type SpeakerChoice,
  type SpeakerModel,
  TRAINED_MODEL,
} from "./speaker-model.ts";
import { notSpeech } from "./speech-filter.ts";
import { cueDescriptions, NOBODY } from "./subject.ts";
import { MAX_SENTENCE_BACK_LEXEMES, quoteWindows } from "./windows.ts";

/** How many of the latest distinct speakers stay candidates for a quotation without a cue nearby. */
const RECENT_SPEAKERS = 3;

/** A quoted span found to be speech, with its speaker. */
export interface SpokenQuote {
  readonly span: QuotedSpan;
  readonly partial: boolean;
  /** Speaker entity, or NOBODY when the article does not say who (or not clearly enough). */
  readonly entity: number;
  readonly cue?: Cue;
  readonly sentence: number;
  /** How the speaker was chosen: its probability, the reasons, any withheld guess. */
  readonly choice: SpeakerChoice;
  /** The role descriptions the cue found names the speaker with (aliases the article confirms). */
  readonly confirmed: readonly number[];
}

/** Options of the attribution: the model to score with, and a hook that sees every choice (training). */
export interface AttributionOptions {
  readonly model?: SpeakerModel;
  readonly observe?: (span: QuotedSpan, candidates: readonly Candidate[]) => void;
}

/** Reported speech with the speaker the model chose. */
export interface AttributedReport extends ReportedSpeech {
  readonly choice: SpeakerChoice;
}

// The speaker index of each article's people, built once for its reported speech and its quotations
// (the people do not change in between); it goes with the people object, never to another article.
const indexes = new ArticleCache<SpeakerIndex>();

function speakerIndexOf(people: People): SpeakerIndex {
  let index = indexes.get(people);
  if (index === undefined) {
    index = indexSpeakers(people, isAnonymous);
    indexes.set(people, index);
  }
  return index;
}

/**
 * Weighs the speaker of each reported statement ("Kelly said that ...", "..., he said") like a
 * quotation's, and returns the statements with their choice and the speech events they make.
 */
export function attributeReported(
  people: People,
  reported: readonly ReportedSpeech[],
  events: readonly SpeechEvent[],
  options: AttributionOptions = {},
): { speech: AttributedReport[]; events: SpeechEvent[] } {
  // The subject of a reporting verb is a subject of its sentence, whatever the people stage
  // marked; the quotations after it read the index with those subjects in.
  const index = withReportingSubjects(people, speakerIndexOf(people), reported);
  indexes.set(people, index);
  const model = options.model ?? TRAINED_MODEL;
  const byVerb = new Map<number, number>();
  const speech = reported.map((r) => {
    const first = index.sentenceStart[r.sentence] ?? r.first;
    const end = (index.sentenceStart[r.sentence + 1] ?? people.lexemes.length) - 1;
    const situation: Situation = {
      open: r.first,
      after: r.last + 1,
      floor: first,
      ceiling: Math.max(end, r.last),
      sentence: r.sentence,
      paragraph: r.paragraph,
      startsParagraph: false,
      cue: {
        rule: "reported",
        subject: r.subject,
        entity: r.entity,
        first: r.cueFirst,
        last: r.cueLast,
        adjacent: true,
      },
      continues: false,
      previous: undefined,
      last: undefined,
      interrupted: false,
      recentSpeakers: [],
    };
    const choice = chooseSpeaker(model, speakerCandidates(people, index, situation), false);
    byVerb.set(r.verb, choice.withheld?.entity ?? choice.entity);
    return { ...r, entity: choice.entity, choice };
  });
  const moved = events.map((e) => {
    const entity = byVerb.get(e.at);
    return entity === undefined ? e : { ...e, entity };
  });
  return { speech, events: moved };
}

function wordsInside(lexemes: readonly Lexeme[], w: QuoteWindow, index: number): Lexeme[] {
  const out: Lexeme[] = [];
  for (let k = w.open + 1; k < w.after; k++) {
    const lex = lexemes[k] as Lexeme;
    if (lex.word && lex.quote === index) out.push(lex);
  }
  return out;
}

/** An open-ended quotation wants its attribution after it: "...," he said. */
function endsOpen(text: string, span: QuotedSpan): boolean {
  const last = text[span.end - 1] ?? "";
  const after = text[span.outerEnd] ?? "";
  return /[,?!—–-]/.test(last) || after === ",";
}

/**
 * Keeps the quoted spans that are speech and gives each its speaker: the grammar finds the cue
 * (who the words say speaks), then the speaker model weighs the candidates around the quotation
 * (the cue's, whoever spoke before, the people named nearby) and gives the best one with its
 * probability; NOBODY rather than a guess under the model's threshold.
 */
export function attributeQuotes(
  people: People,
  spans: readonly QuotedSpan[],
  headlines: ReadonlySet<number>,
  events: readonly SpeechEvent[],
  options: AttributionOptions = {},
): SpokenQuote[] {
  const windows = quoteWindows(people.lexemes, spans);
  const state: Reading = {
    people,
    headlines,
    timeline: new Timeline(events),
    previous: undefined,
    index: speakerIndexOf(people),
    model: options.model ?? TRAINED_MODEL,
    observe: options.observe,
    recent: [],
  };
  const out: SpokenQuote[] = [];
  for (let i = 0; i < spans.length; i++) {
    const onward = () => continuationCue(people, spans, windows, i);
    const quote = readQuote(state, spans[i] as QuotedSpan, windows[i] as QuoteWindow, i, onward);
    if (quote === undefined) continue;
    out.push(quote);
    // What follows reads on from the model's best guess, shown or withheld: a threshold decides what
    // users see, not who the article is about.
    const guess = bestGuess(quote);
    if (guess !== NOBODY || quote.cue !== undefined) {
      const at = (windows[i] as QuoteWindow).open;
      state.timeline.add({
        entity: guess,
        at,
        sentence: quote.sentence,
        paragraph: quote.span.paragraph,
      });
    }
    state.previous = quote;
    if (guess >= 0) {
      state.recent = [guess, ...state.recent.filter((e) => e !== guess)].slice(0, RECENT_SPEAKERS);
    }
  }
  return out;
}

/** Most quotations a left-open quotation looks ahead through for the cue of its continuation. */
const MAX_CONTINUATIONS = 3;

/**
 * The cue of the quotation a quotation left open goes on in (stop 28): ""Government already plays
 * a role. "But it should also ...," said Mr Davies." The first sentence had no closing mark; the
 * quotation re-opened after it (or opening the next paragraph) is the same speaker's, so the cue
 * after it names who spoke both. Only a cue after a continuation that ends open ("...,"), through
 * at most a few re-openings, that names its speaker by name, and not when that name is inside the
 * open quotation (then a closing mark is missing and narrative ran into it).
 */
function continuationCue(
  people: People,
  spans: readonly QuotedSpan[],
  windows: readonly QuoteWindow[],
  i: number,
): Cue | undefined {
  for (let j = i + 1; j < spans.length && j - i <= MAX_CONTINUATIONS; j++) {
    const before = spans[j - 1] as QuotedSpan;
    const span = spans[j] as QuotedSpan;
    if (before.close !== -1 || !(span.reopened || span.continues)) return undefined;
    const w = windows[j] as QuoteWindow;
    if (!endsOpen(people.text, span)) continue;
    const cue = rightCue(people, w);
    // A name only: "he said" far from the words weighs its pronoun's candidates, not the cue's.
    if (cue === undefined || cue.entity < 0 || cueForm(people, cue).form !== "name")
      return undefined;
    // A closing mark the article left out runs narrative into the quotation: "... into the WTO.
    // Mr Yushchenko was careful ... "Russia is ...," Mr Yushchenko said." Nobody names himself.
    const from = (windows[i] as QuoteWindow).open;
    return namedBetween(people, cue.entity, from, w.open) ? undefined : { ...cue, adjacent: false };
  }
  return undefined;
}

/** Whether a reference to `entity` starts between lexemes `from` and `to`. */
function namedBetween(people: People, entity: number, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const r = people.refAt[k] ?? -1;
    if (r >= 0 && people.refs[r]?.entity === entity) return true;
  }
  return false;
}

/** The speaker the model found most likely for a quotation, whether or not it was shown. */
function bestGuess(quote: SpokenQuote): number {
  return quote.choice.withheld?.entity ?? quote.entity;
}

/** What reading the quotations in order carries from one to the next. */
interface Reading {
  readonly people: People;
  readonly headlines: ReadonlySet<number>;
  readonly timeline: Timeline;
  readonly index: SpeakerIndex;
  readonly model: SpeakerModel;
  readonly observe: AttributionOptions["observe"];
  previous: SpokenQuote | undefined;
  /** The latest distinct speakers, most recent first. */
  recent: number[];
}

/** One quoted span: its cues, whether it is speech, and its speaker. */
function readQuote(
  state: Reading,
  span: QuotedSpan,
  w: QuoteWindow,
  index: number,
  continuation: () => Cue | undefined,
): SpokenQuote | undefined {
  const { people, previous } = state;
  const { lexemes, text } = people;
  const sentence = (lexemes[w.open] as Lexeme | undefined)?.sentence ?? 0;
  const left = leftCue(people, w) ?? colonIntroduction(people, w);
  const right = rightCue(people, w) ?? agentCue(people, w);
  const sameSentence =
    previous !== undefined &&
    previous.sentence === sentence &&
    previous.span.paragraph === span.paragraph;
  const facts = {
    span,
    window: w,
    words: wordsInside(lexemes, w, index),
    left,
    right,
    cuedNeighbour: sameSentence && previous?.cue !== undefined,
    inHeadline: state.headlines.has(span.paragraph),
  };
  if (notSpeech(facts, lexemes) !== null) return undefined;
  const partial = isPartial(lexemes, w);
  const found =
    (endsOpen(text, span) && !partial ? (right ?? left) : (left ?? right)) ??
    forwardCue(people, w) ??
    (partial ? undefined : continuation());
  // "Tanabe told reporters it was "regrettable" and that Japan would respond "calmly"": a place
  // does not speak; the words are the reporting speaker's, as if no cue were there.
  const placeCue =
    found !== undefined && sameSentence && previous?.cue !== undefined && byPlace(people, found);
  const cue = placeCue ? undefined : found;
  const last = state.timeline.latestBefore(w.open);
  const situation: Situation = {
    open: w.open,
    after: w.after,
    floor: w.floor,
    ceiling: w.ceiling,
    sentence,
    paragraph: span.paragraph,
    startsParagraph: (lexemes[w.open - 1] as Lexeme | undefined)?.paragraph !== span.paragraph,
    cue,
    continues: span.continues || span.reopened || sameSentence,
    previous: previous === undefined ? undefined : bestGuess(previous),
    last,
    interrupted: last !== undefined && someoneElseSince(people, last, w.open),
    recentSpeakers: state.recent,
  };
  const candidates = speakerCandidates(people, state.index, situation);
  state.observe?.(span, candidates);
  const choice = chooseSpeaker(state.model, candidates);
  return {
    span,
    partial,
    entity: choice.entity,
    ...(found === undefined ? {} : { cue: found }),
    sentence,
    choice,
    confirmed: found === undefined ? [] : cueDescriptions(people, found.first, found.last),
  };
}
/** The cue's subject is a place ("Japan would respond"): a name that stands for no entity. */
function byPlace(people: People, cue: Cue): boolean {
  if (cue.entity !== NOBODY) return false;
  const ref = people.refs[people.refAt[cue.first] ?? -1];
  return (
    ref !== undefined &&
    ref.entity === UNRESOLVED &&
    (ref.form === "name" || ref.form === "surname")
  );
}

/** "Kelly told reporters:" ending the paragraph before introduces the quotation that opens this one. */
function colonIntroduction(people: People, w: QuoteWindow): Cue | undefined {
  const { lexemes } = people;
  const colon = lexemes[w.open - 1];
  const open = lexemes[w.open];
  if (colon?.text !== ":" || open === undefined || colon.paragraph === open.paragraph)
    return undefined;
  let floor = w.open - 1;
  while (
    floor > 0 &&
    lexemes[floor - 1]?.sentence === colon.sentence &&
    w.open - floor < MAX_SENTENCE_BACK_LEXEMES
  )
    floor--;
  const cue = leftCue(people, { floor, open: w.open, after: w.after, ceiling: w.ceiling });
  return cue === undefined ? undefined : { ...cue, rule: "colon-paragraph" };
}

/** Quoted words inside a clause of the narrative: he called it a "military operation". */
function isPartial(lexemes: readonly Lexeme[], w: QuoteWindow): boolean {
  const prev = lexemes[w.open - 1];
  if (prev === undefined || prev.sentence !== (lexemes[w.open] as Lexeme).sentence || !prev.word) {
    return false;
  }
  return !QUOTE_INTRODUCING_FORMS.has(prev.lower);
}
