import type { Lexeme } from "../text/lexer.ts";
import { FIRST_NAMES } from "./first-names.ts";
import {
  CALENDAR_WORDS,
  FUNCTION_WORDS,
  HONORIFICS,
  isRoleNoun,
  NAME_ABBREVIATIONS,
  NAME_CONNECTORS,
  NAME_SUFFIXES,
  ORG_WORDS,
  TITLE_HEADS,
  TITLE_WORDS,
} from "./lexicon.ts";
import { NATIONALITIES, PLACES } from "./places.ts";
import { rolePrefix } from "./roles.ts";

export type NameKind = "person" | "organization" | "place" | "unknown";

/** A capitalised name in the text, split into its title and the name itself. */
export interface NameMention {
  /** The name without title: "Rex Tillerson" in "Secretary of State Rex Tillerson". */
  readonly start: number;
  readonly end: number;
  /** Start of the whole mention, title or role included, and the lexeme index there. */
  readonly outerStart: number;
  readonly outerFirst: number;
  /** Lexeme indexes of the first and last word of the name. */
  readonly first: number;
  readonly last: number;
  /** Lower-case words of the name, without initials or suffixes. */
  readonly words: readonly string[];
  readonly kind: NameKind;
  /** Title or role written before the name: "Secretary of State", "Homeland Security chief". */
  readonly title?: string;
  readonly gender?: "male" | "female";
  /** Came with an honorific or a title ("Mr Blair", "President Bush"). */
  readonly titled: boolean;
  readonly possessive: boolean;
  readonly quote: number;
  readonly sentence: number;
  readonly paragraph: number;
}

/** A run of capitalised words, before it is read as a name. */
interface Run {
  readonly from: number;
  readonly to: number;
}

/**
 * Finds the capitalised names of the text: people, organisations and places, with titles split off.
 * `lowerWords` holds the words the article also uses in lower case (so "Customers" is not a name).
 */
export function findNames(
  text: string,
  lexemes: readonly Lexeme[],
  lowerWords: ReadonlySet<string>,
  skipParagraphs: ReadonlySet<number>,
): NameMention[] {
  const out: NameMention[] = [];
  let i = 0;
  while (i < lexemes.length) {
    const lex = lexemes[i] as Lexeme;
    if (!lex.word || !lex.cap || skipParagraphs.has(lex.paragraph)) {
      i++;
      continue;
    }
    const run = extendRun(text, lexemes, i);
    if (!prefixesAName(lexemes, run.to)) {
      const mention = readRun(text, lexemes, trimRun(lexemes, run, lowerWords));
      if (mention !== null) out.push(mention);
    }
    i = run.to + 1;
  }
  return out;
}

function extendRun(text: string, lexemes: readonly Lexeme[], from: number): Run {
  let to = from;
  for (;;) {
    const cur = lexemes[to] as Lexeme;
    if (cur.possessive) break;
    let next = to + 1;
    const dot = lexemes[next];
    if (dot !== undefined && dot.text === "." && dot.start === cur.end && keepsDot(cur)) next++;
    const cand = lexemes[next];
    if (cand === undefined || cand.sentence !== cur.sentence || !cand.word) break;
    if (text.slice(cur.end, cand.start).includes("\n")) break;
    if (cand.cap && DAY_OR_MONTH.test(cand.lower)) break;
    if (cand.cap && !FUNCTION_WORDS.has(cand.lower)) {
      to = next;
      continue;
    }
    const after = lexemes[next + 1];
    if (
      NAME_CONNECTORS.has(cand.lower) &&
      !cand.cap &&
      after?.word === true &&
      after.cap &&
      after.sentence === cur.sentence
    ) {
      to = next + 1;
      continue;
    }
    break;
  }
  return { from, to };
}

/** Days and months that follow a name ("Luis Videgaray Thursday") but never belong to it. */
const DAY_OR_MONTH =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|september|october|november|december)$/;

/** True when the run only modifies a role before another name: "Magpies" in "Magpies chairman Freddy Shepherd". */
function prefixesAName(lexemes: readonly Lexeme[], to: number): boolean {
  const last = lexemes[to] as Lexeme;
  if (last.possessive) return false;
  let plain = 0;
  for (let k = to + 1; k < lexemes.length && k - to <= 5; k++) {
    const lex = lexemes[k] as Lexeme;
    if (!lex.word || lex.sentence !== last.sentence) return false;
    if (lex.cap) return k > to + 1 && isRoleNoun((lexemes[k - 1] as Lexeme).lower);
    if (isRoleNoun(lex.lower)) continue;
    // Up to two plain words may modify the role: "parliamentary chairman", "press secretary".
    if (FUNCTION_WORDS.has(lex.lower) || ++plain > 2) return false;
  }
  return false;
}

function keepsDot(lex: Lexeme): boolean {
  return (
    (lex.text.length === 1 && lex.cap) ||
    NAME_ABBREVIATIONS.has(lex.lower) ||
    lex.text.includes(".")
  );
}

/** "Dock workers walked out": a capitalised opening word before a group of people is no name. */
function modifiesPeople(next: Lexeme | undefined): boolean {
  if (next === undefined || !next.word || next.cap) return false;
  return (
    GROUPS.test(next.lower) || (next.lower.endsWith("s") && isRoleNoun(next.lower.slice(0, -1)))
  );
}

const GROUPS =
  /^(workers|officials|residents|people|members|voters|students|fans|staff|employees|leaders|families|farmers|drivers|nurses|doctors|teachers|activists|protesters|investors|lawmakers|troops|police|prisoners|patients|parents|children|women|men)$/;

/** "Turning to Snow", "Reminded that", "Early in": an opening word, not a name. */
function participleOpening(lex: Lexeme, next: Lexeme | undefined): boolean {
  if (!/(ed|ing|ly)$/.test(lex.lower) || FIRST_NAMES.has(lex.lower)) return false;
  return next === undefined || !next.word || (!next.cap && FUNCTION_WORDS.has(next.lower));
}

const CONTRACTION = /['’](d|ll|re|ve|m|t|s)$|n['’]t$/;

/** Drops sentence-initial words that are ordinary words ("But", "Customers") from a run. */
function trimRun(lexemes: readonly Lexeme[], run: Run, lowerWords: ReadonlySet<string>): Run {
  let from = run.from;
  while (from <= run.to) {
    const lex = lexemes[from] as Lexeme;
    if (!lex.word || (!lex.cap && from === run.from)) {
      from++;
      continue;
    }
    const ordinary =
      (FUNCTION_WORDS.has(lex.lower) && !HONORIFICS.has(lex.lower)) ||
      CONTRACTION.test(lex.lower) ||
      (lex.initial && participleOpening(lex, lexemes[from + 1])) ||
      (lex.initial && lex.lower.endsWith("s") && isRoleNoun(lex.lower.slice(0, -1))) ||
      (lex.initial && from === run.to && modifiesPeople(lexemes[from + 1])) ||
      (lex.initial && lowerWords.has(lex.lower) && !TITLE_WORDS.has(lex.lower));
    if (!ordinary) break;
    from++;
  }
  return { from, to: run.to };
}

function readRun(text: string, lexemes: readonly Lexeme[], whole: Run): NameMention | null {
  if (whole.from > whole.to) return null;
  let toks = lexemes.slice(whole.from, whole.to + 1).filter((l) => l.word);
  let lowers = toks.map((t) => t.lower);
  if (isOrganisation(lowers, toks, lexemes[whole.from - 1]))
    return orgMention(lexemes, whole, toks);
  const split = titleSplit(lowers);
  // "Cara Diemont of IT firm..." : a person's name stops at "of".
  const ofAt = lowers.indexOf("of", split);
  if (ofAt > split) {
    toks = toks.slice(0, ofAt);
    lowers = lowers.slice(0, ofAt);
  }
  const last = toks[toks.length - 1] as Lexeme;
  const run = { from: whole.from, to: lexemes.indexOf(last, whole.from) };
  // "Republican Donald Trump": a party or nationality before a full name is not part of it.
  let start = split;
  while (start < toks.length - 2 && NATIONALITIES.has(lowers[start] as string)) start++;
  const core = toks.slice(start);
  const coreWords = core.map((t) => t.lower).filter((w) => !isInitial(w) && !NAME_SUFFIXES.has(w));
  if (coreWords.length === 0 || coreWords.every((w) => TITLE_WORDS.has(w))) return null;
  // "Exxon CEO", "Foreign Minister": a role, not a name (unless it starts with a given name).
  const lastWord = coreWords[coreWords.length - 1] as string;
  if (
    coreWords.length > 1 &&
    TITLE_HEADS.has(lastWord) &&
    !FIRST_NAMES.has(coreWords[0] as string)
  ) {
    return null;
  }
  const joined = coreWords.join(" ");
  if (coreWords.length === 1 && isNeverAName(joined)) return null;
  const firstCore = core[0] as Lexeme;
  const prefix = rolePrefix(text, lexemes, run.from);
  const honorific = lowers.slice(0, split).find((w) => HONORIFICS.has(w));
  const gender = genderOf(honorific, coreWords);
  const title =
    split > 0
      ? text.slice((toks[0] as Lexeme).start, (toks[split - 1] as Lexeme).end)
      : prefix?.text;
  const personal =
    split > 0 ||
    prefix !== undefined ||
    (coreWords.length > 1 && FIRST_NAMES.has(coreWords[0] ?? ""));
  return {
    start: firstCore.start,
    end: suffixEnd(text, last),
    outerStart: prefix?.start ?? (toks[0] as Lexeme).start,
    outerFirst: prefix?.from ?? lexemes.indexOf(toks[0] as Lexeme, run.from),
    first: lexemes.indexOf(firstCore, run.from),
    last: run.to,
    words: coreWords,
    kind: PLACES.has(joined) ? "place" : personal ? "person" : "unknown",
    ...(title !== undefined && title !== "" ? { title } : {}),
    ...(gender === undefined ? {} : { gender }),
    titled: split > 0,
    possessive: last.possessive,
    quote: last.quote,
    sentence: last.sentence,
    paragraph: last.paragraph,
  };
}

function suffixEnd(text: string, last: Lexeme): number {
  return NAME_SUFFIXES.has(last.lower) && text[last.end] === "." ? last.end + 1 : last.end;
}

function isInitial(word: string): boolean {
  return word.length === 1 || /^(\p{L}\.)+\p{L}?$/u.test(word);
}

function isNeverAName(word: string): boolean {
  return (
    CALENDAR_WORDS.has(word) ||
    NATIONALITIES.has(word) ||
    FUNCTION_WORDS.has(word) ||
    TITLE_HEADS.has(word) ||
    HONORIFICS.has(word)
  );
}

/** Where the title stops and the name starts: after the last title word that leaves a name. */
function titleSplit(lowers: readonly string[]): number {
  let split = 0;
  for (let k = 0; k < lowers.length - 1; k++) {
    const w = lowers[k] as string;
    if (TITLE_HEADS.has(w) || HONORIFICS.has(w) || isRoleNoun(w)) split = k + 1;
  }
  if (split === 0) return 0;
  // Words between the title head and the name that are themselves title words stay in the title.
  while (
    split < lowers.length - 1 &&
    TITLE_WORDS.has(lowers[split] as string) &&
    !FIRST_NAMES.has(lowers[split] as string)
  )
    split++;
  return split;
}

/** Organisations whose names are made of words that are not organisation words. */
const KNOWN_ORGS = new Set([
  "white house",
  "downing street",
  "scotland yard",
  "pentagon",
  "kremlin",
]);

/** Nouns right before a name that make it an organisation's: "IT firm Dimension Data". */
const ORG_BEFORE = new Set(
  "firm company group newspaper paper network website agency bank charity broadcaster analysts consultancy insurer carrier airline retailer manufacturer maker club party magazine daily tabloid station channel".split(
    " ",
  ),
);

function isOrganisation(
  lowers: readonly string[],
  toks: readonly Lexeme[],
  before: Lexeme | undefined,
): boolean {
  const last = lowers[lowers.length - 1] as string;
  if (KNOWN_ORGS.has(lowers.join(" "))) return true;
  if (before?.word === true && !before.cap && ORG_BEFORE.has(before.lower)) return true;
  const of = lowers.indexOf("of");
  if (of > 0 && ORG_WORDS.has(lowers[of - 1] as string)) return true;
  if (ORG_WORDS.has(last) && !(lowers.length === 1 && toks[0]?.initial === true)) return true;
  const only = toks[0] as Lexeme;
  return (
    toks.length === 1 &&
    /^[A-Z][A-Z&]{1,5}$/.test(only.text) &&
    !PLACES.has(only.lower) &&
    !NAME_SUFFIXES.has(only.lower) &&
    !TITLE_HEADS.has(only.lower)
  );
}

function orgMention(lexemes: readonly Lexeme[], run: Run, toks: readonly Lexeme[]): NameMention {
  const first = toks[0] as Lexeme;
  const last = toks[toks.length - 1] as Lexeme;
  return {
    start: first.start,
    end: last.end,
    outerStart: first.start,
    outerFirst: lexemes.indexOf(first, run.from),
    first: lexemes.indexOf(first, run.from),
    last: run.to,
    words: toks.map((t) => t.lower),
    kind: "organization",
    titled: false,
    possessive: last.possessive,
    quote: last.quote,
    sentence: last.sentence,
    paragraph: last.paragraph,
  };
}

function genderOf(
  honorific: string | undefined,
  coreWords: readonly string[],
): "male" | "female" | undefined {
  const byTitle = honorific === undefined ? "" : (HONORIFICS.get(honorific) ?? "");
  if (byTitle !== "") return byTitle;
  return coreWords.length > 1 ? FIRST_NAMES.get(coreWords[0] as string) : undefined;
}
