import type { People } from "../people/descriptions.ts";
import type { Lexeme } from "../text/lexer.ts";
import { agentCue, type Cue, leftCue, type QuoteWindow, rightCue } from "./cues.ts";
import type { QuotedSpan } from "./extract.ts";
import { forwardCue } from "./forward-cue.ts";
import { inherit, type SpeechEvent, Timeline } from "./inherit.ts";
import { notSpeech } from "./speech-filter.ts";
import { confirmCue, NOBODY } from "./subject.ts";
import { quoteWindows } from "./windows.ts";

/** A quoted span found to be speech, with its speaker. */
export interface SpokenQuote {
  readonly span: QuotedSpan;
  readonly partial: boolean;
  /** Speaker entity, or NOBODY when the article does not say who. */
  readonly entity: number;
  readonly cue?: Cue;
  readonly sentence: number;
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
 * Keeps the quoted spans that are speech and gives each its speaker: the cue of its own sentence,
 * else the quotation it continues, else the speaker the paragraph is about; NOBODY rather than a guess.
 */
export function attributeQuotes(
  people: People,
  spans: readonly QuotedSpan[],
  headlines: ReadonlySet<number>,
  events: readonly SpeechEvent[],
): SpokenQuote[] {
  const windows = quoteWindows(people.lexemes, spans);
  const state: Reading = { people, headlines, timeline: new Timeline(events), previous: undefined };
  const out: SpokenQuote[] = [];
  for (let i = 0; i < spans.length; i++) {
    const quote = readQuote(state, spans[i] as QuotedSpan, windows[i] as QuoteWindow, i);
    if (quote === undefined) continue;
    out.push(quote);
    if (quote.entity !== NOBODY || quote.cue !== undefined) {
      const at = (windows[i] as QuoteWindow).open;
      state.timeline.add({
        entity: quote.entity,
        at,
        sentence: quote.sentence,
        paragraph: quote.span.paragraph,
      });
    }
    state.previous = quote;
  }
  return out;
}

/** What reading the quotations in order carries from one to the next. */
interface Reading {
  readonly people: People;
  readonly headlines: ReadonlySet<number>;
  readonly timeline: Timeline;
  previous: SpokenQuote | undefined;
}

/** One quoted span: its cues, whether it is speech, and its speaker. */
function readQuote(
  state: Reading,
  span: QuotedSpan,
  w: QuoteWindow,
  index: number,
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
  const cue =
    (endsOpen(text, span) && !partial ? (right ?? left) : (left ?? right)) ?? forwardCue(people, w);
  if (cue !== undefined) confirmCue(people, cue.first, cue.last);
  // "Tanabe told reporters it was "regrettable" and that Japan would respond "calmly"": a place
  // does not speak; the words are the reporting speaker's.
  const placeCue =
    cue !== undefined && sameSentence && previous?.cue !== undefined && byPlace(people, cue);
  const entity = placeCue
    ? (previous?.entity ?? NOBODY)
    : (cue?.entity ??
      inherit(
        people,
        { span, window: w, sentence, previous: previous?.entity, sameSentence },
        state.timeline,
      ));
  return { span, partial, entity, ...(cue === undefined ? {} : { cue }), sentence };
}

/** The cue's subject is a place ("Japan would respond"): a name that stands for no entity. */
function byPlace(people: People, cue: Cue): boolean {
  if (cue.entity !== NOBODY) return false;
  const ref = people.refs[people.refAt[cue.first] ?? -1];
  return ref !== undefined && ref.entity === -1 && (ref.form === "name" || ref.form === "surname");
}

/** "Kelly told reporters:" ending the paragraph before introduces the quotation that opens this one. */
function colonIntroduction(people: People, w: QuoteWindow): Cue | undefined {
  const { lexemes } = people;
  const colon = lexemes[w.open - 1];
  const open = lexemes[w.open];
  if (colon?.text !== ":" || open === undefined || colon.paragraph === open.paragraph)
    return undefined;
  let floor = w.open - 1;
  while (floor > 0 && lexemes[floor - 1]?.sentence === colon.sentence && w.open - floor < 80)
    floor--;
  return leftCue(people, { floor, open: w.open, after: w.after, ceiling: w.ceiling });
}

/** Quoted words inside a clause of the narrative: he called it a "military operation". */
function isPartial(lexemes: readonly Lexeme[], w: QuoteWindow): boolean {
  const prev = lexemes[w.open - 1];
  if (prev === undefined || prev.sentence !== (lexemes[w.open] as Lexeme).sentence || !prev.word) {
    return false;
  }
  return !/^(said|says|told|asked|added|tweeted|wrote|declared|replied|answered)$/.test(prev.lower);
}
