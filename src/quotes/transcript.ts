import type { People } from "../people/descriptions.ts";
import type { Lexeme } from "../text/lexer.ts";
import type { Paragraph, Span } from "../text/span.ts";
import { NOBODY } from "./subject.ts";
import { lexemeAt } from "./windows.ts";

/** An answer of a question-and-answer transcript: the interviewee's words. */
export interface Answer {
  readonly span: Span;
  readonly paragraph: number;
  /** Who answers, or NOBODY when the article does not say. */
  readonly entity: number;
  /** Lexemes of the label ("A", "Batley") that say so. */
  readonly first: number;
  readonly last: number;
}

/** "Q:" and "A:" labels. */
const QUESTION = /^Q[ \t]*:[ \t]+(?=\S)/;
const ANSWER = /^A[ \t]*:[ \t]+(?=\S)/;
/** A speaker's label: one to three capitalised words, then a colon ("Joe Batley: Honestly, no."). */
const LABEL = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}:[ \t]+(?=\S)/u;
/** Longest label read, in characters: a name, not a sentence ending in a colon. */
const MAX_LABEL = 40;
/** Answers a transcript needs before its labels are read as speakers: one is a heading, not a layout. */
const MIN_ANSWERS = 2;
/** How many paragraphs before a transcript's first label may introduce the interviewee. */
const INTRO_PARAGRAPHS = 3;

/** One labelled paragraph: "Q", "A", or the entity its name label refers to (-1: nobody known). */
interface Labelled {
  readonly paragraph: Paragraph;
  readonly label: "Q" | "A" | number;
  readonly words: Span;
  readonly first: number;
  readonly last: number;
}

/**
 * The answers of question-and-answer transcripts. "A:" paragraphs are the interviewee's, the one
 * person the paragraphs before the first label name (NOBODY when they name none or several);
 * with name labels ("Nair: ...", "Batley: ..."), the paragraphs of each person whose turns are
 * not mostly questions. Questions are nobody's quotations here.
 */
export function findAnswers(
  people: People,
  paragraphs: readonly Paragraph[],
  skip: ReadonlySet<number>,
): Answer[] {
  const labelled: Labelled[] = [];
  for (const p of paragraphs) {
    if (skip.has(p.index)) continue;
    const l = labelOf(people, p);
    if (l !== undefined) labelled.push(l);
  }
  return [...qaAnswers(people, paragraphs, labelled), ...namedAnswers(people, labelled)];
}

function labelOf(people: People, p: Paragraph): Labelled | undefined {
  const head = people.text.slice(p.start, Math.min(p.end, p.start + MAX_LABEL + 4));
  const m = QUESTION.exec(head) ?? ANSWER.exec(head) ?? LABEL.exec(head);
  if (m === null) return undefined;
  let end = p.end;
  while (end > p.start && /\s/.test(people.text[end - 1] ?? "")) end--;
  const words = { start: p.start + m[0].length, end };
  const first = lexemeAt(people.lexemes, p.start);
  const colon = people.text.indexOf(":", p.start);
  const last = Math.max(first, lexemeAt(people.lexemes, colon) - 1);
  if (m[0][0] === "Q" && QUESTION.test(head)) return { paragraph: p, label: "Q", words, first, last };
  if (m[0][0] === "A" && ANSWER.test(head)) return { paragraph: p, label: "A", words, first, last };
  return { paragraph: p, label: labelEntity(people, first, last), words, first, last };
}

/** The entity a name label refers to as a whole word run, or -1. */
function labelEntity(people: People, first: number, last: number): number {
  let entity = -1;
  for (let k = first; k <= last; k++) {
    const ref = people.refAt[k] ?? -1;
    const e = ref < 0 ? -1 : (people.refs[ref]?.entity ?? -1);
    if (e < 0 || (entity >= 0 && e !== entity)) return -1;
    entity = e;
  }
  return entity;
}

function qaAnswers(
  people: People,
  paragraphs: readonly Paragraph[],
  labelled: readonly Labelled[],
): Answer[] {
  const answers = labelled.filter((l) => l.label === "A");
  const firstQuestion = labelled.find((l) => l.label === "Q");
  if (answers.length < MIN_ANSWERS || firstQuestion === undefined) return [];
  const start = Math.min(firstQuestion.paragraph.index, (answers[0] as Labelled).paragraph.index);
  const entity = interviewee(people, paragraphs, start);
  return answers.map((a) => ({
    span: a.words,
    paragraph: a.paragraph.index,
    entity,
    first: a.first,
    last: a.last,
  }));
}

/** The one person the paragraphs before a transcript name, or NOBODY. */
function interviewee(people: People, paragraphs: readonly Paragraph[], start: number): number {
  const from = (paragraphs[Math.max(0, start - INTRO_PARAGRAPHS)] as Paragraph).start;
  const to = (paragraphs[start] as Paragraph).start;
  const found = new Set<number>();
  for (let k = lexemeAt(people.lexemes, from); k < people.lexemes.length; k++) {
    if ((people.lexemes[k] as Lexeme).start >= to) break;
    const ref = people.refs[people.refAt[k] ?? -1];
    if (ref === undefined || ref.entity < 0 || (ref.form !== "name" && ref.form !== "title")) continue;
    if (isPerson(people, ref.entity)) found.add(ref.entity);
  }
  return found.size === 1 ? (found.values().next().value as number) : NOBODY;
}

function isPerson(people: People, entity: number): boolean {
  const kind = people.entities[entity]?.kind;
  return kind === "person" || kind === "unknown";
}

/**
 * Name-labelled turns: a person labelling at least MIN_ANSWERS paragraphs, in a transcript with
 * another speaker's label, whose turns are not mostly questions (the interviewer's).
 */
function namedAnswers(people: People, labelled: readonly Labelled[]): Answer[] {
  const turns = new Map<number, Labelled[]>();
  for (const l of labelled) {
    if (typeof l.label !== "number" || l.label < 0) continue;
    const list = turns.get(l.label) ?? [];
    list.push(l);
    turns.set(l.label, list);
  }
  if (turns.size < 2) return [];
  const out: Answer[] = [];
  for (const [entity, list] of turns) {
    if (list.length < MIN_ANSWERS || !isPerson(people, entity)) continue;
    const questions = list.filter((l) => people.text[l.words.end - 1] === "?").length;
    if (questions * 2 >= list.length) continue;
    for (const l of list)
      out.push({ span: l.words, paragraph: l.paragraph.index, entity, first: l.first, last: l.last });
  }
  return out;
}
