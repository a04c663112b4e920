import type { People } from "../people/descriptions.ts";
import type { Lexeme } from "../text/lexer.ts";
import type { Paragraph } from "../text/span.ts";
import { type Cue, leftCue } from "./cues.ts";
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
 * that ends with a colon and names who is quoted.
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

/** Paragraphs that may be block quotations (after a paragraph ending in a colon), before any cue is read. */
export function blockCandidates(text: string, paragraphs: readonly Paragraph[]): Set<number> {
  const out = new Set<number>();
  for (let p = 1; p < paragraphs.length; p++) {
    const intro = paragraphs[p - 1] as Paragraph;
    if (text[intro.end - 1] === ":" && looksQuotable(text, paragraphs[p] as Paragraph)) out.add(p);
  }
  return out;
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
