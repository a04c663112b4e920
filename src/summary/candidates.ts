import type { Analysis } from "../analysis.ts";
import type { Paragraph, Sentence } from "../text/span.ts";
import { endsLikeSentence, isBoilerplate, isHeadlineLike } from "./boilerplate.ts";
import { notProseSentences } from "./not-prose.ts";
import { rankPeople } from "./people.ts";
import { type SentenceTerms, sentenceTerms } from "./terms.ts";

/** Fewer words than this is a fragment ("Tillerson."), not a summary sentence. */
const MIN_WORDS = 8;

/** Openers that lean on the sentence before: a connective, or a pronoun with no name in sight. */
const DANGLING_OPENER =
  /^["'“‘(]?(?:but|and|or|so|yet|also|however|still|nevertheless|nonetheless|moreover|furthermore|meanwhile|instead|besides|then|thus|therefore|hence|otherwise|likewise|similarly|indeed|in addition|in contrast|by contrast|on the other hand|as a result|even so|that|this|these|those|it|its|he|she|they|his|her|their|them|such|the latter|the former|another|other|both|there)\b/i;

/** A quotation closing ("... tourists,' Makrus said") before one has opened: the sentence continues a quote. */
const CLOSES_DOUBLE = /^[^"“]*[,.!?…]["”]/;
const CLOSES_SINGLE = /^[^'‘]*[,.!?…]['’](?!\p{L})/u;

/** True when the sentence is inside a quotation that began or goes on in another sentence. */
function splitsQuote(text: string): boolean {
  if (CLOSES_DOUBLE.test(text) || CLOSES_SINGLE.test(text)) return true;
  const opening = (text.match(/“/g) ?? []).length;
  const closing = (text.match(/”/g) ?? []).length;
  if (opening !== closing) return true;
  return (text.match(/"/g) ?? []).length % 2 === 1;
}

/** The sentence before ends on a short capitalised abbreviation ("Army Spc."): the splitter cut a name. */
const CUT_AFTER_ABBREVIATION = /\b\p{Lu}\p{Ll}{1,3}\.$/u;

/** Where the article's own headline is: given by the page, or a heading-like first line. */
export interface TitleSource {
  readonly text: string;
  /** The paragraph holding the headline, when the headline is part of the text. */
  readonly paragraph: number | null;
}

/** A sentence of the article as the summary ranker sees it. */
export interface Candidate {
  readonly sentence: Sentence;
  readonly text: string;
  readonly terms: SentenceTerms;
  /** False for the headline, headings, captions, credits, bylines, calls to action and fragments. */
  readonly eligible: boolean;
  /** Opens with "But", "However", "He"...: only makes sense after the sentence before it. */
  readonly dangling: boolean;
  /** Opens or continues a quotation: better shown under "What they said" than in the summary. */
  readonly quoteLed: boolean;
  /** Asks a question: a teaser, rarely a summary. */
  readonly question: boolean;
  /** How many of the article's key people the sentence names (pronouns not counted). */
  readonly keyPeople: number;
}

/** Finds the headline: the page's title, else a first line that reads as one. */
export function findTitle(analysis: Analysis): TitleSource | null {
  const { siteName } = analysis.article;
  // A page titled only with its site's name ("Example News") states no headline.
  const named = analysis.article.title?.trim();
  const given =
    siteName !== undefined && normalise(named ?? "") === normalise(siteName) ? undefined : named;
  const { paragraphs, text } = analysis.text;
  const first = paragraphs[0];
  const firstText = first === undefined ? "" : text.slice(first.start, first.end);
  const firstIsHeading = first !== undefined && paragraphs.length > 1 && isHeading(firstText);
  if (given !== undefined && given !== "") {
    const repeated = firstIsHeading && normalise(firstText) === normalise(given);
    return { text: given, paragraph: repeated ? 0 : null };
  }
  return firstIsHeading ? { text: firstText, paragraph: 0 } : null;
}

function isHeading(text: string): boolean {
  if (/\n/.test(text)) return false;
  const words = text.split(/\s+/).length;
  return isHeadlineLike(text) || (!endsLikeSentence(text) && words <= 20);
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * A paragraph that is a heading, caption or label: short, one line of words with no sentence ending
 * in it or at its end. ("Per Vox's Dara Lind:" ends a prose paragraph, so that one stays.)
 */
function isLabelParagraph(text: string, paragraph: Paragraph): boolean {
  const body = text.slice(paragraph.start, paragraph.end);
  if (endsLikeSentence(body) || /[.!?…]["'”’)]*\s/.test(body)) return false;
  return body.split(/\s+/).length <= 25;
}

/** The article's most important people (and organisations), as named in each sentence. */
const KEY_PEOPLE = 3;

function keyPeopleBySentence(analysis: Analysis): Map<number, Set<number>> {
  const { sentences } = analysis.text;
  const bySentence = new Map<number, Set<number>>();
  for (const { entity } of rankPeople(analysis, KEY_PEOPLE)) {
    for (const mention of entity.mentions) {
      if (mention.form === "pronoun") continue;
      const index = sentenceAt(sentences, mention.start);
      if (index === -1) continue;
      const named = bySentence.get(index) ?? new Set<number>();
      named.add(entity.id);
      bySentence.set(index, named);
    }
  }
  return bySentence;
}

/** Index of the sentence holding an offset, by binary search; -1 between sentences. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle] as Sentence;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** Characters of each sentence inside a quotation (reported speech aside), from the analysis. */
function quotedCharacters(analysis: Analysis): Map<number, number> {
  const { sentences } = analysis.text;
  const quoted = new Map<number, number>();
  for (const quote of analysis.quotes) {
    if (quote.type === "indirect") continue;
    let index = quote.sentence;
    for (let sentence = sentences[index]; sentence !== undefined && sentence.start < quote.end; ) {
      const overlap = Math.min(sentence.end, quote.end) - Math.max(sentence.start, quote.start);
      if (overlap > 0) quoted.set(index, (quoted.get(index) ?? 0) + overlap);
      index++;
      sentence = sentences[index];
    }
  }
  return quoted;
}

/** Reads every sentence into a candidate, marking those the summary must not use. */
export function readCandidates(analysis: Analysis, title: TitleSource | null): Candidate[] {
  const { text, paragraphs, sentences } = analysis.text;
  const keyPeople = keyPeopleBySentence(analysis);
  const quoted = quotedCharacters(analysis);
  const furniture = notProseSentences(analysis);
  const labels = new Set<number>();
  for (const paragraph of paragraphs) {
    if (paragraph.index === title?.paragraph || isLabelParagraph(text, paragraph)) {
      labels.add(paragraph.index);
    }
  }
  return sentences.map((sentence, i) => {
    const body = text.slice(sentence.start, sentence.end);
    const terms = sentenceTerms(text, sentence);
    const eligible =
      !labels.has(sentence.paragraph) &&
      terms.words >= MIN_WORDS &&
      !isBoilerplate(body, terms.words) &&
      !furniture.has(i);
    const before = sentences[i - 1];
    const cut =
      before !== undefined && CUT_AFTER_ABBREVIATION.test(text.slice(before.start, before.end));
    return {
      sentence,
      text: body,
      terms,
      eligible,
      dangling: cut || DANGLING_OPENER.test(body),
      quoteLed:
        /^["“‘'«]/.test(body) ||
        splitsQuote(body) ||
        (quoted.get(i) ?? 0) >= 0.5 * (sentence.end - sentence.start),
      question: /\?["”’']?$/.test(body),
      keyPeople: keyPeople.get(i)?.size ?? 0,
    };
  });
}
