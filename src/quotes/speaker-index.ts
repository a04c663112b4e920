import type { People } from "../people/descriptions.ts";
import { CREDIT_OPENERS } from "../people/lexicon.ts";
import type { Ref } from "../people/mentions.ts";
import { salienceWeights } from "../people/pronoun-salience.ts";
import { NARRATIVE, NOBODY } from "../people/sentinels.ts";
import type { Lexeme } from "../text/lexer.ts";

/** One place where the narrative (not a quotation) refers to an entity. */
export interface NarrativeMention {
  /** Index of the reference in `people.refs`. */
  readonly ref: number;
  readonly at: number;
  readonly sentence: number;
  readonly paragraph: number;
  /** Stands where a clause's subject stands. */
  readonly subject: boolean;
  /** How salient the mention makes its entity for a later he or she (`salienceWeights`). */
  readonly weight: number;
}

/**
 * What the speaker choice looks up for every quotation, built once per article in one pass:
 * each entity's narrative mentions in text order, each sentence's first lexeme and first subject.
 */
export interface SpeakerIndex {
  readonly mentions: ReadonlyMap<number, readonly NarrativeMention[]>;
  /** Lexeme index where each sentence starts (sentences without lexemes repeat the next start). */
  readonly sentenceStart: Int32Array;
  /** The entity of each sentence's first narrative subject, UNNAMED_SUBJECT for someone unnamed, or NO_SUBJECT. */
  readonly firstSubject: Int32Array;
  /** The lexeme where that subject starts. */
  readonly firstSubjectAt: Int32Array;
  /** The index in `people.refs` of that subject, or -1. */
  readonly firstSubjectRef: Int32Array;
  /** The entity of each paragraph's first named narrative subject (its topic), or -1. */
  readonly paragraphSubject: ReadonlyMap<number, number>;
  /** Paragraphs that are photo credits ("Photo: Reuters"): the agency there is nobody's speaker. */
  readonly credits: ReadonlySet<number>;
}

/** A sentence whose first subject is someone the article does not name ("A resident stood up."). */
export const UNNAMED_SUBJECT = NOBODY;

/** A sentence without a narrative subject (SpeakerIndex.firstSubject). */
export const NO_SUBJECT = -1;

/** Builds the index for an article whose people are read. */
export function indexSpeakers(people: People, isUnnamed: (ref: Ref) => boolean): SpeakerIndex {
  const { lexemes, refs } = people;
  const sentences = (lexemes[lexemes.length - 1]?.sentence ?? -1) + 1;
  const sentenceStart = new Int32Array(sentences + 1).fill(lexemes.length);
  for (let k = lexemes.length - 1; k >= 0; k--) {
    sentenceStart[(lexemes[k] as Lexeme).sentence] = k;
  }
  for (let s = sentences - 1; s >= 0; s--) {
    sentenceStart[s] = Math.min(sentenceStart[s] ?? 0, sentenceStart[s + 1] ?? lexemes.length);
  }
  const firstSubject = new Int32Array(sentences).fill(NO_SUBJECT);
  const firstSubjectAt = new Int32Array(sentences).fill(-1);
  const firstSubjectRef = new Int32Array(sentences).fill(-1);
  const seen = new Uint8Array(sentences);
  const mentions = new Map<number, NarrativeMention[]>();
  const paragraphSubject = new Map<number, number>();
  const weights = salienceWeights(lexemes, refs);
  refs.forEach((ref, r) => {
    if (ref.quote !== NARRATIVE) return;
    if (
      ref.subject &&
      ref.entity >= 0 &&
      ref.form !== "pronoun" &&
      !paragraphSubject.has(ref.paragraph)
    ) {
      paragraphSubject.set(ref.paragraph, ref.entity);
    }
    if (ref.subject && seen[ref.sentence] === 0 && (ref.entity >= 0 || isUnnamed(ref))) {
      seen[ref.sentence] = 1;
      firstSubject[ref.sentence] = ref.entity >= 0 ? ref.entity : UNNAMED_SUBJECT;
      firstSubjectAt[ref.sentence] = ref.first;
      firstSubjectRef[ref.sentence] = r;
    }
    if (ref.entity < 0) return;
    let list = mentions.get(ref.entity);
    if (list === undefined) {
      list = [];
      mentions.set(ref.entity, list);
    }
    list.push({
      ref: r,
      at: ref.first,
      sentence: ref.sentence,
      paragraph: ref.paragraph,
      subject: ref.subject,
      weight: weights[r] ?? 1,
    });
  });
  return {
    mentions,
    sentenceStart,
    firstSubject,
    firstSubjectAt,
    firstSubjectRef,
    paragraphSubject,
    credits: creditParagraphs(lexemes),
  };
}

/** Where a reporting verb's subject is: its entity, its sentence and the words that name it. */
export interface ReportingSubject {
  readonly entity: number;
  readonly sentence: number;
  readonly subject: { readonly first: number; readonly last: number };
}

/**
 * The index with the subject of each reporting verb ("Florida delegate John Archer, wearing a
 * T-shirt covered in Sanders buttons, said he ...") as its sentence's first subject, when the
 * people stage marked no subject before it: the verb's grammar says who the sentence is about
 * better than a name met first as a clause's subject after it ("Sanders buttons"), or none at all
 * ("..., said Mr Lanzone."). A new index; the one given is left as it was. Linear in sentences.
 */
export function withReportingSubjects(
  people: People,
  index: SpeakerIndex,
  reports: readonly ReportingSubject[],
): SpeakerIndex {
  let firstSubject: Int32Array | undefined;
  let firstSubjectAt: Int32Array | undefined;
  let firstSubjectRef: Int32Array | undefined;
  for (const report of reports) {
    const s = report.sentence;
    if (report.entity < 0) continue;
    const at = (firstSubjectAt ?? index.firstSubjectAt)[s] ?? -1;
    if (((firstSubject ?? index.firstSubject)[s] ?? NO_SUBJECT) !== NO_SUBJECT) {
      if (at <= report.subject.first) continue;
    }
    firstSubject ??= Int32Array.from(index.firstSubject);
    firstSubjectAt ??= Int32Array.from(index.firstSubjectAt);
    firstSubjectRef ??= Int32Array.from(index.firstSubjectRef);
    firstSubject[s] = report.entity;
    firstSubjectAt[s] = report.subject.first;
    firstSubjectRef[s] = people.refAt[report.subject.last] ?? -1;
  }
  if (firstSubject === undefined || firstSubjectAt === undefined || firstSubjectRef === undefined)
    return index;
  return { ...index, firstSubject, firstSubjectAt, firstSubjectRef };
}

/** The last narrative mention of an entity that starts before lexeme `at`, by binary search. */
export function lastMentionBefore(
  index: SpeakerIndex,
  entity: number,
  at: number,
): NarrativeMention | undefined {
  const list = index.mentions.get(entity);
  return list?.[mentionsBefore(list, at) - 1];
}

/** How many of an entity's mentions (in text order) start before lexeme `at`, by binary search. */
export function mentionsBefore(list: readonly NarrativeMention[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as NarrativeMention).at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Longest paragraph, in lexemes, read as a credit line. */
const CREDIT_LEXEMES = 12;

/** The paragraphs that are short credit lines: "Photo: Reuters", "Image copyright Getty Images". */
function creditParagraphs(lexemes: readonly Lexeme[]): Set<number> {
  const out = new Set<number>();
  let start = 0;
  for (let k = 1; k <= lexemes.length; k++) {
    const lex = lexemes[k];
    if (lex !== undefined && lex.paragraph === (lexemes[start] as Lexeme).paragraph) continue;
    const first = lexemes[start] as Lexeme;
    if (k - start <= CREDIT_LEXEMES && CREDIT_OPENERS.has(first.lower)) out.add(first.paragraph);
    start = k;
  }
  return out;
}
