import type { People } from "../people/descriptions.ts";
import { FIRST_PERSON_WITH_CONTRACTIONS } from "../people/lexicon.ts";
import type { Lexeme } from "../text/lexer.ts";
import type { Paragraph, Span } from "../text/span.ts";
import { INTERVIEW_INTRO_FORMS } from "../text/speech-verbs.ts";
import { type Cue, leftCue } from "./cues.ts";
import { NOBODY } from "./subject.ts";
import { findAnswers } from "./transcript.ts";
import { lexemeAt } from "./windows.ts";

/**
 * Words an interview sets out without quotation marks: a paragraph opened by a colon or a dash
 * after "X talks about Y:", or an answer of a question-and-answer transcript ("A: ...", "Smith: ...").
 */
export interface LayoutQuote {
  /** The words, the opening colon, dash or label left out. */
  readonly span: Span;
  readonly paragraph: number;
  /** The interviewee, or NOBODY when the article does not say who answers. */
  readonly entity: number;
  readonly cue: Pick<Cue, "first" | "last" | "rule">;
}

/** A paragraph opened by a colon or a dash standing for a quotation mark: ": The worst night ...". */
const MARKER = /^(?::|[-–—])[ \t]+(?=\S)/;

/** Paragraphs that may hold an interviewee's words without quotation marks, read from the text alone. */
export function layoutCandidates(text: string, paragraphs: readonly Paragraph[]): Set<number> {
  const out = new Set<number>();
  for (const run of markerRuns(text, paragraphs)) for (const p of run.body) out.add(p.index);
  return out;
}

interface MarkerRun {
  readonly intro: Paragraph;
  readonly body: Paragraph[];
}

/**
 * Runs of paragraphs opened by the same marker (all colons or all dashes) right after a paragraph
 * that ends with a colon, told in the first person, every one a sentence: capital first, stop last.
 */
function markerRuns(text: string, paragraphs: readonly Paragraph[]): MarkerRun[] {
  const runs: MarkerRun[] = [];
  for (let p = 1; p < paragraphs.length; p++) {
    const intro = paragraphs[p - 1] as Paragraph;
    if (text[intro.end - 1] !== ":" || markerOf(text, paragraphs[p] as Paragraph) === undefined)
      continue;
    const kind = markerOf(text, paragraphs[p] as Paragraph);
    const body: Paragraph[] = [];
    while (p < paragraphs.length && markerOf(text, paragraphs[p] as Paragraph) === kind) {
      body.push(paragraphs[p] as Paragraph);
      p++;
    }
    const sentences = body.every((b) => isSentence(text, wordsOf(text, b)));
    if (
      sentences &&
      body.some((b) => FIRST_PERSON_WITH_CONTRACTIONS.test(text.slice(b.start, b.end)))
    )
      runs.push({ intro, body });
  }
  return runs;
}

function markerOf(text: string, p: Paragraph): string | undefined {
  const m = MARKER.exec(text.slice(p.start, Math.min(p.end, p.start + 8)));
  return m === null ? undefined : m[0][0] === ":" ? ":" : "-";
}

/** The paragraph's words after its marker or label. */
function wordsOf(text: string, p: Paragraph): Span {
  const m = MARKER.exec(text.slice(p.start, Math.min(p.end, p.start + 8)));
  let end = p.end;
  while (end > p.start && /\s/.test(text[end - 1] ?? "")) end--;
  return { start: p.start + (m === null ? 0 : m[0].length), end };
}

function isSentence(text: string, span: Span): boolean {
  return (
    /^["'“‘]?\p{Lu}/u.test(text[span.start] ?? "") && /[.!?…"'”’]$/.test(text[span.end - 1] ?? "")
  );
}

/**
 * Finds the words of interview layouts: paragraphs opened by a colon or a dash after an
 * introduction that names who talks ("Ellery talks about the storms:"), and the answers of
 * question-and-answer transcripts. Paragraphs in `skip` (headlines) are never read.
 */
export function findLayoutQuotes(
  people: People,
  paragraphs: readonly Paragraph[],
  skip: ReadonlySet<number>,
): LayoutQuote[] {
  const out: LayoutQuote[] = [];
  for (const run of markerRuns(people.text, paragraphs)) {
    if (skip.has(run.intro.index)) continue;
    const cue = introCue(people, run.intro);
    if (cue === undefined) continue;
    for (const b of run.body) {
      const span = wordsOf(people.text, b);
      out.push({
        span,
        paragraph: b.index,
        entity: cue.entity,
        cue: { ...cue, rule: "interview-layout" },
      });
    }
  }
  for (const a of findAnswers(people, paragraphs, skip)) {
    out.push({ ...a, cue: { first: a.first, last: a.last, rule: "answer-label" } });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Who the paragraph before a layout names as talking: a cue before its closing colon ("Here she
 * explains in her own words:"), or a person right before "talks", "spoke" ("X spoke to the BBC
 * about ...:"). Undefined when it names nobody the article names.
 */
export function introCue(people: People, intro: Paragraph): Cue | undefined {
  const { lexemes } = people;
  const colon = lexemeAt(lexemes, intro.end - 1);
  const sentence = (lexemes[colon] as Lexeme | undefined)?.sentence;
  let floor = colon;
  while (floor > 0 && lexemes[floor - 1]?.sentence === sentence) floor--;
  const cue = leftCue(people, { floor, open: colon + 1, after: colon + 1, ceiling: colon });
  if (cue !== undefined) return cue.entity === NOBODY ? undefined : cue;
  for (let k = floor; k < colon; k++) {
    const lex = lexemes[k] as Lexeme;
    if (lex.quote >= 0 || !INTERVIEW_INTRO_FORMS.has(lex.lower)) continue;
    const entity = subjectBefore(people, k);
    if (entity === undefined) continue;
    return {
      entity,
      first: k - 1,
      last: k,
      adjacent: false,
      rule: "interview-layout",
      subject: { first: k - 1, last: k - 1 },
    };
  }
  return undefined;
}

/** The entity named or referred to right before the verb at `k`: "Ellery talks", "she spoke". */
function subjectBefore(people: People, k: number): number | undefined {
  const ref = people.refAt[k - 1] ?? -1;
  if (ref < 0) return undefined;
  const entity = people.refs[ref]?.entity ?? -1;
  return entity >= 0 ? entity : undefined;
}
