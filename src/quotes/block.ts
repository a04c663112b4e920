import type { People } from "../people/descriptions.ts";
import type { Lexeme } from "../text/lexer.ts";
import type { Paragraph } from "../text/span.ts";
import { type Cue, leftCue, speechVerbAt } from "./cues.ts";
import { NOBODY } from "./subject.ts";
import { lexemeAt } from "./windows.ts";

/** A paragraph quoted whole, introduced by "Per Vox's Dara Lind:" or "X wrote:". */
export interface BlockQuote {
  readonly paragraph: Paragraph;
  readonly entity: number;
  readonly cue: Cue;
}

const MIN_WORDS = 8;

/**
 * Finds block quotations: a paragraph without quotation marks of its own right after a paragraph
 * that ends with a colon and names who is quoted. A paragraph that names its own speaker ("Finally,
 * Kelly said that ...") is that speaker's, not a block quotation of the one introduced before it.
 */
export function findBlockQuotes(
  people: People,
  paragraphs: readonly Paragraph[],
  skip: ReadonlySet<number>,
): BlockQuote[] {
  const { text, lexemes } = people;
  const blocks: BlockQuote[] = [];
  for (let p = 1; p < paragraphs.length; p++) {
    const intro = paragraphs[p - 1] as Paragraph;
    const body = paragraphs[p] as Paragraph;
    if (skip.has(p) || text[intro.end - 1] !== ":" || !looksQuotable(text, body)) continue;
    if (namesOwnSpeaker(people, body)) continue;
    const colon = lexemeAt(lexemes, intro.end - 1);
    const sentence = (lexemes[colon] as Lexeme | undefined)?.sentence;
    let floor = colon;
    while (floor > 0 && lexemes[floor - 1]?.sentence === sentence) floor--;
    const cue = leftCue(people, { floor, open: colon + 1, after: colon + 1, ceiling: colon });
    if (cue === undefined || cue.entity === NOBODY) continue;
    blocks.push({ paragraph: body, entity: cue.entity, cue });
  }
  return blocks;
}

/** Words a paragraph's own attribution may hold between the speaker and the verb. */
const BETWEEN_SPEAKER_AND_VERB = 2;

/**
 * True when a sentence of the paragraph attributes speech outside any quotation: a speech verb
 * with a person named or referred to right before it ("Kelly said", "Kelly further suggested",
 * "he told") or right after it ("said Kelly").
 */
function namesOwnSpeaker(people: People, body: Paragraph): boolean {
  const { lexemes, refAt } = people;
  for (let k = lexemeAt(lexemes, body.start); k < lexemes.length; k++) {
    const lex = lexemes[k] as Lexeme;
    if (lex.start >= body.end) break;
    if (lex.quote >= 0 || speechVerbAt(people, k) === undefined) continue;
    if ((refAt[k + 1] ?? -1) >= 0) return true;
    for (let j = k - 1; j >= Math.max(0, k - 1 - BETWEEN_SPEAKER_AND_VERB); j--) {
      if ((refAt[j] ?? -1) >= 0) return true;
      if (!(lexemes[j] as Lexeme).word) break;
    }
  }
  return false;
}

/**
 * Indexes of the paragraphs that start at the given offsets: the ones after a quotation block the
 * page had and extraction dropped, which an introduction before the gap must not take as its block.
 */
export function paragraphsAfterGaps(
  paragraphs: readonly Paragraph[],
  gaps: readonly number[] = [],
): number[] {
  const starts = new Set(gaps);
  return paragraphs.filter((p) => starts.has(p.start)).map((p) => p.index);
}

/** Paragraphs that may be block quotations (after a paragraph ending in a colon), before any cue is read. */
export function blockCandidates(text: string, paragraphs: readonly Paragraph[]): Set<number> {
  const out = new Set<number>();
  for (let p = 1; p < paragraphs.length; p++) {
    const intro = paragraphs[p - 1] as Paragraph;
    if (
      text[intro.end - 1] === ":" &&
      !oneWordLabel(text, intro) &&
      looksQuotable(text, paragraphs[p] as Paragraph)
    )
      out.add(p);
  }
  return out;
}

/** A line's last words read back from its closing colon: a label ends them, or a sentence's end. */
const LABEL_TAIL = 24;

/**
 * True when the introduction is one word and its colon ("PREVIOUSLY:", "Update:"): a label that can
 * name no speaker and no verb, so the paragraph after it is the narrative's, not someone's words.
 */
function oneWordLabel(text: string, intro: Paragraph): boolean {
  const floor = Math.max(intro.start, intro.end - 1 - LABEL_TAIL);
  let from = intro.end - 1;
  while (from > floor && !"\n.!?".includes(text[from - 1] as string)) from--;
  if (from === floor && floor > intro.start && !"\n.!?".includes(text[from - 1] as string)) {
    return false;
  }
  return /^\s*[\p{L}'’-]+\s*$/u.test(text.slice(from, intro.end - 1));
}

function looksQuotable(text: string, body: Paragraph): boolean {
  const first = text[body.start] ?? "";
  if (/["'“‘«„\-–—•*\d]/.test(first)) return false;
  let words = 0;
  for (const _ of text
    .slice(body.start, Math.min(body.end, body.start + 400))
    .matchAll(/\p{L}+/gu)) {
    if (++words >= MIN_WORDS) return true;
  }
  return false;
}
