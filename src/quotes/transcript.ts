import type { People } from "../people/descriptions.ts";
import { FIRST_PERSON } from "../people/lexicon.ts";
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
/** Unlabelled paragraphs an answer may run on over before the next label: a long answer, not the story. */
const MAX_RUN_ON = 4;
/** A turn has words: "Clinton: 547." is a tally, not an answer. */
const HAS_WORD = /\p{L}{2}/u;

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
  const speakers = new Map([
    ...qaSpeakers(people, paragraphs, labelled),
    ...namedSpeakers(people, labelled),
  ]);
  const out: Answer[] = [];
  labelled.forEach((turn, i) => {
    const entity = speakers.get(turn);
    if (entity === undefined) return;
    const answer = { entity, first: turn.first, last: turn.last };
    out.push({ ...answer, span: turn.words, paragraph: turn.paragraph.index });
    for (const p of runOn(people.text, paragraphs, skip, turn, labelled[i + 1]))
      out.push({
        ...answer,
        span: { start: p.start, end: trimmedEnd(people.text, p) },
        paragraph: p.index,
      });
  });
  return out;
}

/**
 * The unlabelled paragraphs after an answer that go on with it: only up to the next question,
 * never past the transcript's last label, and never more than MAX_RUN_ON.
 */
function runOn(
  text: string,
  paragraphs: readonly Paragraph[],
  skip: ReadonlySet<number>,
  turn: Labelled,
  next: Labelled | undefined,
): Paragraph[] {
  // Only a question closes an answer for sure; before another answerer's turn the story may go on.
  const question = next !== undefined && (next.label === "Q" || text[next.words.end - 1] === "?");
  if (next === undefined || next.label === turn.label || !question) return [];
  const from = turn.paragraph.index + 1;
  const to = next.paragraph.index;
  if (to - from > MAX_RUN_ON) return [];
  const out: Paragraph[] = [];
  for (let i = from; i < to; i++) {
    const p = paragraphs[i] as Paragraph;
    if (skip.has(i) || text[trimmedEnd(text, p) - 1] === ":") return [];
    if (HAS_WORD.test(text.slice(p.start, p.end))) out.push(p);
  }
  return out;
}

function labelOf(people: People, p: Paragraph): Labelled | undefined {
  const head = people.text.slice(p.start, Math.min(p.end, p.start + MAX_LABEL + 4));
  // Every label ends in a colon: most paragraphs have none near their start, and skip the patterns.
  if (!head.includes(":")) return undefined;
  const m = QUESTION.exec(head) ?? ANSWER.exec(head) ?? LABEL.exec(head);
  if (m === null) return undefined;
  const words = { start: p.start + m[0].length, end: trimmedEnd(people.text, p) };
  if (!HAS_WORD.test(people.text.slice(words.start, words.end))) return undefined;
  const first = lexemeAt(people.lexemes, p.start);
  const colon = people.text.indexOf(":", p.start);
  const last = Math.max(first, lexemeAt(people.lexemes, colon) - 1);
  if (m[0][0] === "Q" && QUESTION.test(head))
    return { paragraph: p, label: "Q", words, first, last };
  if (m[0][0] === "A" && ANSWER.test(head)) return { paragraph: p, label: "A", words, first, last };
  const named = labelEntity(people, first, last);
  // Initials or a surname in capitals ("LB", "FALLIN") may stand for a person named in full.
  const text = m[0].slice(0, m[0].indexOf(":"));
  const initials = isPerson(people, named) ? -1 : capitalsEntity(people, text);
  const label = initials >= 0 ? initials : named;
  return { paragraph: p, label, words, first, last };
}

function trimmedEnd(text: string, p: Paragraph): number {
  let end = p.end;
  while (end > p.start && /\s/.test(text[end - 1] ?? "")) end--;
  return end;
}

/** Initials as a label: "JB: Honestly, no." */
const INITIALS = /^\p{Lu}{2,3}$/u;

/** A label in capitals: a person's surname ("FALLIN", "JAKE TAPPER"), longer than initials. */
const CAPITALS = /^[\p{Lu}'’.-]{4,}$/u;

/**
 * The one person whose initials the label is ("LB": Lena Brandt) or whose surname it spells in
 * capitals ("FALLIN": Mary Fallin), or -1.
 */
function capitalsEntity(people: People, label: string): number {
  const initials = INITIALS.test(label);
  const surname = label.split(" ").at(-1) ?? "";
  if (!initials && !CAPITALS.test(surname)) return -1;
  const want = initials ? label.toLowerCase() : surname.toLowerCase();
  let found = -1;
  for (const e of people.entities) {
    if (!isPerson(people, e.id) || e.first === undefined || e.surname === undefined) continue;
    const key = initials ? `${e.first[0]}${e.surname[0]}` : e.surname;
    if (key !== want) continue;
    if (found >= 0) return -1;
    found = e.id;
  }
  return found;
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

/** "A:" turns and their speaker, in a transcript with questions and at least MIN_ANSWERS answers. */
function qaSpeakers(
  people: People,
  paragraphs: readonly Paragraph[],
  labelled: readonly Labelled[],
): [Labelled, number][] {
  const answers = labelled.filter((l) => l.label === "A");
  const firstQuestion = labelled.find((l) => l.label === "Q");
  // Without "Q:" labels (a question set in bold, its label lost) more answers must say it is a transcript.
  const needed = firstQuestion === undefined ? MIN_ANSWERS + 1 : MIN_ANSWERS;
  if (answers.length < needed) return [];
  const first = (answers[0] as Labelled).paragraph.index;
  const start = Math.min(firstQuestion?.paragraph.index ?? first, first);
  const entity = interviewee(people, paragraphs, start);
  return answers.map((a) => [a, entity]);
}

/**
 * Who answers: the one person the paragraphs before the transcript name; when they name several,
 * the one of them whose surname the headline holds ("Q&A with Vice President Joe Biden"); else
 * NOBODY.
 */
function interviewee(people: People, paragraphs: readonly Paragraph[], start: number): number {
  const from = paragraphs[Math.max(0, start - INTRO_PARAGRAPHS)] as Paragraph;
  const named = personsBetween(people, from.start, (paragraphs[start] as Paragraph).start);
  if (named.length === 1) return named[0] as number;
  const first = paragraphs[0] as Paragraph;
  const headline = new Set(
    people.text
      .slice(first.start, first.end)
      .toLowerCase()
      .split(/[^\p{L}]+/u),
  );
  const inHeadline = named.filter((e) => headline.has(people.entities[e]?.surname ?? ""));
  return inHeadline.length === 1 ? (inHeadline[0] as number) : NOBODY;
}

/** The distinct people named (by name or title and name) between two offsets, in order. */
function personsBetween(people: People, from: number, to: number): number[] {
  const found = new Set<number>();
  for (let k = lexemeAt(people.lexemes, from); k < people.lexemes.length; k++) {
    if ((people.lexemes[k] as Lexeme).start >= to) break;
    const ref = people.refs[people.refAt[k] ?? -1];
    if (ref === undefined || ref.entity < 0 || (ref.form !== "name" && ref.form !== "title"))
      continue;
    if (isPerson(people, ref.entity)) found.add(ref.entity);
  }
  return [...found];
}

function isPerson(people: People, entity: number): boolean {
  const kind = people.entities[entity]?.kind;
  return kind === "person" || kind === "unknown";
}

/**
 * Name-labelled turns: a person labelling at least MIN_ANSWERS paragraphs with someone else's
 * label among them (the interviewer's name, the outlet's, "Q"), whose turns are not mostly
 * questions (the interviewer's) and speak in the first person somewhere.
 */
function namedSpeakers(people: People, labelled: readonly Labelled[]): [Labelled, number][] {
  const turns = new Map<number, number[]>();
  labelled.forEach((l, i) => {
    if (typeof l.label !== "number" || l.label < 0) return;
    const list = turns.get(l.label) ?? [];
    list.push(i);
    turns.set(l.label, list);
  });
  const out: [Labelled, number][] = [];
  for (const [entity, list] of turns) {
    const own = list.map((i) => labelled[i] as Labelled);
    const interleaved = (list.at(-1) as number) - (list[0] as number) + 1 > list.length;
    if (list.length < MIN_ANSWERS || !interleaved || !isPerson(people, entity)) continue;
    const text = (l: Labelled) => people.text.slice(l.words.start, l.words.end);
    const questions = own.filter((l) => people.text[l.words.end - 1] === "?").length;
    if (questions * 2 >= own.length || !own.some((l) => FIRST_PERSON.test(text(l)))) continue;
    for (const l of own) out.push([l, entity]);
  }
  return out;
}
