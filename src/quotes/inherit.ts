import { isAnonymous } from "../people/anonymous.ts";
import type { People } from "../people/descriptions.ts";
import type { Ref } from "../people/mentions.ts";
import { isPersonLike } from "../people/salience.ts";
import { NARRATIVE } from "../people/sentinels.ts";
import type { Lexeme } from "../text/lexer.ts";
import type { QuoteWindow } from "./cues.ts";
import type { QuotedSpan } from "./extract.ts";
import { NOBODY } from "./subject.ts";

/** A moment the article reports someone speaking: a cued quotation or reported speech. */
export interface SpeechEvent {
  /** Speaker entity, or NOBODY. */
  readonly entity: number;
  /** Lexeme index where it happens, for ordering. */
  readonly at: number;
  readonly sentence: number;
  readonly paragraph: number;
}

/** A quotation without a cue of its own, and what comes right before it. */
export interface Uncued {
  readonly span: QuotedSpan;
  readonly window: QuoteWindow;
  readonly sentence: number;
  /** Speaker of the quotation before it, when there is one. */
  readonly previous: number | undefined;
  /** The quotation before it is in the same sentence. */
  readonly sameSentence: boolean;
}

/** How many references back a look for another subject goes: keeps each quotation's work bounded. */
const MAX_REFS_SINCE = 40;
/** How many references back the look for the previous sentence's subject goes, for the same reason. */
const MAX_REFS_BACK = 200;

/**
 * The speaker of a quotation with no cue: the quotation it continues, the person its own sentence is
 * about, the last speaker of its paragraph, the subject of the sentence before, or the speaker of
 * the paragraph just before. Once someone else (named or not) has become a clause's subject since
 * the last speaker spoke, that speaker no longer carries over; NOBODY rather than a guess.
 */
export function inherit(people: People, q: Uncued, timeline: Timeline): number {
  const { span, window: w, sentence } = q;
  if ((span.continues || span.reopened || q.sameSentence) && q.previous !== undefined) {
    return q.previous;
  }
  const inSentence = personInClause(people, w);
  if (inSentence !== undefined) return inSentence;
  const last = timeline.latestBefore(w.open);
  const interrupted = last !== undefined && someoneElseSince(people, last, w.open);
  if (last !== undefined && last.paragraph === span.paragraph && !interrupted) return last.entity;
  const subject = previousSubject(people, w, span.paragraph);
  if (subject !== undefined) return subject;
  if (last === undefined || interrupted) return NOBODY;
  const startsParagraph =
    (people.lexemes[w.open - 1] as Lexeme | undefined)?.paragraph !== span.paragraph;
  return startsParagraph && last.paragraph === span.paragraph - 1 && sentence - last.sentence <= 3
    ? last.entity
    : NOBODY;
}

/** Index of the first reference that starts at or after lexeme `at` (references are in text order). */
function firstRefFrom(refs: readonly Ref[], at: number): number {
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((refs[mid] as Ref).first < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * True when, after the sentence of the last speech event and before lexeme `to`, a clause's subject
 * is another person or someone unnamed: "..., Cole said. A resident stood up. "...""
 */
export function someoneElseSince(people: People, last: SpeechEvent, to: number): boolean {
  const { refs, entities } = people;
  const end = firstRefFrom(refs, to);
  for (let r = end - 1; r >= 0 && end - r <= MAX_REFS_SINCE; r--) {
    const ref = refs[r] as Ref;
    if (ref.sentence <= last.sentence) return false;
    if (ref.quote !== NARRATIVE || !ref.subject) continue;
    if (isAnonymous(ref)) return true;
    // "A Labour spokesman said ...": the party took the floor through its spokesperson.
    const voiced = ref.voice !== undefined;
    if (
      ref.entity >= 0 &&
      ref.entity !== last.entity &&
      (voiced || isPersonLike(entities[ref.entity]))
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Who the previous sentence of the paragraph is about, by its first subject: a person ("Still,
 * Balmer gives Schuller some credit. "...""), NOBODY for someone unnamed ("A resident stood up.").
 */
function previousSubject(people: People, w: QuoteWindow, paragraph: number): number | undefined {
  const { lexemes, refs, entities } = people;
  const sentence = (lexemes[w.open] as Lexeme).sentence;
  let first: Ref | undefined;
  const from = firstRefFrom(refs, w.floor) - 1;
  for (let r = from; r >= 0 && from - r <= MAX_REFS_BACK; r--) {
    const ref = refs[r] as Ref;
    if (ref.sentence >= sentence) continue;
    if (ref.sentence < sentence - 1 || ref.paragraph !== paragraph) break;
    if (ref.quote !== NARRATIVE || !ref.subject) continue;
    if (ref.entity >= 0 || isAnonymous(ref)) first = ref;
  }
  if (first === undefined) return undefined;
  if (isAnonymous(first)) return NOBODY;
  return isPersonLike(entities[first.entity]) ? first.entity : undefined;
}

/** A person the quotation's own sentence is about: "His family took out a loan when he started, "and..."". */
function personInClause(people: People, w: QuoteWindow): number | undefined {
  let found: number | undefined;
  for (let k = w.floor; k < w.open; k++) {
    const r = people.refAt[k] ?? -1;
    if (r < 0) continue;
    const ref = people.refs[r] as Ref;
    if (ref.entity >= 0 && isPersonLike(people.entities[ref.entity])) found = ref.entity;
    k = ref.last;
  }
  return found;
}

/** Speech events in text order, with the latest one before a point. */
export class Timeline {
  private readonly events: SpeechEvent[];
  private next = 0;
  private latest: SpeechEvent | undefined;

  constructor(events: readonly SpeechEvent[]) {
    this.events = [...events];
  }

  add(event: SpeechEvent): void {
    this.latestBefore(event.at);
    this.latest = event;
  }

  latestBefore(at: number): SpeechEvent | undefined {
    while (this.next < this.events.length && (this.events[this.next] as SpeechEvent).at < at) {
      const event = this.events[this.next] as SpeechEvent;
      if (this.latest === undefined || event.at >= this.latest.at) this.latest = event;
      this.next++;
    }
    return this.latest;
  }
}
