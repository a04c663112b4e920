import { noName } from "../no-name.ts";
import type { Lexeme } from "../text/lexer.ts";
import { FIRST_NAMES } from "./first-names.ts";
import {
  HONORIFICS,
  isRoleNoun,
  MEMBER_LETTERS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  ORG_WORDS,
  PORTFOLIO_HOLDERS,
  TITLE_ABBREVIATIONS,
  TITLE_HEADS,
  TITLE_PHRASES,
  TITLE_WORDS,
} from "./lexicon.ts";
import type { Run, WordUse } from "./name-runs.ts";
import type { NameMention } from "./names.ts";
import { NATIONALITIES, PLACES } from "./places.ts";

/**
 * "House Intelligence Republican Mike Pompeo": a party or nationality inside a run, then a given
 * name, ends a description the person is named after; the name starts at the given name.
 */
export function afterInnerParty(lowers: readonly string[], start: number): number {
  for (let p = lowers.length - 3; p > start; p--) {
    if (!NATIONALITIES.has(lowers[p] as string)) continue;
    // "Senate Intelligence Ranking Democrat Dianne Feinstein": after a title word, the party is
    // followed by two words, a given name and a surname, even one not in the list of given names.
    const titled = p === lowers.length - 3 && TITLE_WORDS.has(lowers[p - 1] as string);
    if (titled || FIRST_NAMES.has(lowers[p + 1] as string)) return p + 1;
  }
  return start;
}

/**
 * "Tunisian-born", "Oscar-winner": a compound whose last part is a lower-case participle or agent
 * noun describes the person named after it; no name ends so ("Ki-moon" does not end in one).
 */
const PERSON_DESCRIPTOR =
  /^\p{L}[\p{L}.]*-(born|bred|raised|educated|trained|winning|winner|nominated)$/u;

/**
 * "Texas-based", "Labour-backed": these describe organisations more often than people ("the
 * Paris-based IEA watchdog"), so they leave a name only before a given name.
 */
const PLACE_DESCRIPTOR = /^\p{L}[\p{L}.]*-(based|backed|owned|led)$/u;

/** "Moscow-based", "Paris-born": a word that describes whoever is named after it, never a name. */
export function isDescriptorWord(word: string): boolean {
  return PERSON_DESCRIPTOR.test(word) || PLACE_DESCRIPTOR.test(word);
}

/**
 * "New Zealander", "New Yorker", "Londoner": one or two words that name someone from a place (the
 * place the lexicon knows, then "er"/"ers"). Returns how many words from `k` the demonym takes, 0
 * for none.
 */
export function demonymAt(lowers: readonly string[], k: number): number {
  const stem = noName((w: string | undefined) => w?.replace(/ers?$/, "") ?? "");
  const one = lowers[k];
  const two = lowers[k + 1];
  if (two !== undefined && /ers?$/.test(two) && PLACES.has(`${one} ${stem(two)}`)) return 2;
  // "Corker" is no man from Cork: a one-word demonym's place has five letters or more.
  return one !== undefined && /ers?$/.test(one) && stem(one).length >= 5 && PLACES.has(stem(one))
    ? 1
    : 0;
}

/**
 * Where the name starts after the descriptors opening it at `start` ("Tunisian-born Ali Kader",
 * "Texas-based Matt Reyes"). A descriptor is no title: it does not make the name a person's.
 */
export function afterDescriptors(lowers: readonly string[], start: number): number {
  let after = start;
  // "South Korean-born Monte Haines", "Liberal Oscar-winner Sarandon": words before it are its own.
  for (let k = start; k < lowers.length - 1; k++) {
    const w = lowers[k] as string;
    const given = FIRST_NAMES.has(lowers[k + 1] as string);
    if (PERSON_DESCRIPTOR.test(w) || (given && PLACE_DESCRIPTOR.test(w))) after = k + 1;
  }
  return after;
}

/** The word at `k` ends a title: a title head, an honorific, a role or a two-word office. */
function endsTitle(lowers: readonly string[], k: number): boolean {
  const w = lowers[k] as string;
  if (TITLE_HEADS.has(w) || HONORIFICS.has(w) || isRoleNoun(w)) return true;
  if (TITLE_ABBREVIATIONS.has(w)) return k > 0 && TITLE_WORDS.has(lowers[k - 1] as string);
  return k > 0 && TITLE_PHRASES.has(`${lowers[k - 1]}_${w}`);
}

/** Where the title stops and the name starts: after the last title word that leaves a name. */
export function titleSplit(lowers: readonly string[]): number {
  let split = 0;
  let named = false;
  for (let k = 0; k < lowers.length - 1; k++) {
    const w = lowers[k] as string;
    // "Gary Thayer of AG Edwards": after a name and "of", a title is the organisation's.
    if (w === "of" && named) break;
    if (endsTitle(lowers, k)) split = k + 1;
    else if (!TITLE_WORDS.has(w)) named = true;
  }
  if (split === 0) return 0;
  // Words between the title head and the name that are themselves title words stay in the title.
  while (
    split < lowers.length - 1 &&
    TITLE_WORDS.has(lowers[split] as string) &&
    !FIRST_NAMES.has(lowers[split] as string)
  )
    split++;
  return afterRemit(lowers, split);
}

/**
 * "Undersecretary for Political Affairs Wendy Sherman": a title that goes on with "for" or "of"
 * names a remit, whatever its words, up to a given name that leaves a surname after it.
 */
function afterRemit(lowers: readonly string[], split: number): number {
  const link = lowers[split - 1];
  if (link !== "for" && link !== "of") return split;
  for (let k = split; k < lowers.length - 1; k++) {
    if (FIRST_NAMES.has(lowers[k] as string)) return k;
  }
  return split;
}

/**
 * "Atlantic City Mayor Don Guardian", "Mayor Don Guardian": an office (not an honorific, which
 * names buildings: "Queen Elizabeth Hospital") then a given name and one surname is a person even
 * when the surname is also an organisation's word ("Guardian", "Post"); "Culture, Media and Sport
 * Secretary Tessa Jowell": a given name newsbrief does not know counts when neither word is an
 * organisation's.
 */
export function isOfficeHolder(lowers: readonly string[]): boolean {
  const split = titleSplit(lowers);
  const head = lowers[split - 1];
  return (
    split > 0 &&
    split === lowers.length - 2 &&
    head !== undefined &&
    TITLE_HEADS.has(head) &&
    !HONORIFICS.has(head) &&
    (FIRST_NAMES.has(lowers[split] as string) || !lowers.slice(split).some((w) => ORG_WORDS.has(w)))
  );
}

/** The surnames of the article's people named in full ("Donald Trump") or with a title ("Mr Trump"). */
export function knownSurnames(mentions: readonly NameMention[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    const full = m.words.length >= 2 && FIRST_NAMES.has(m.words[0] as string);
    if (m.kind === "person" && (full || m.titled)) out.add(m.words[m.words.length - 1] as string);
  }
  return out;
}

/** No word a name is made of: not a given name, title, role, party, particle or known surname. */
function isNameWord(w: string, surnames: ReadonlySet<string>): boolean {
  return (
    w.length < 2 ||
    surnames.has(w) ||
    FIRST_NAMES.has(w) ||
    TITLE_WORDS.has(w) ||
    TITLE_HEADS.has(w) ||
    HONORIFICS.has(w) ||
    isRoleNoun(w) ||
    NATIONALITIES.has(w) ||
    NAME_PARTICLES.has(w) ||
    NAME_SUFFIXES.has(w)
  );
}

/** "Wisconsin", "Team", "Year" before a surname: a place, an organisation's word or a common word. */
function junkBefore(lex: Lexeme, use: WordUse, surnames: ReadonlySet<string>): boolean {
  const w = lex.lower;
  if (!lex.word || lex.possessive || isNameWord(w, surnames)) return false;
  return PLACES.has(w) || ORG_WORDS.has(w) || use.lower.has(w);
}

/**
 * The run without the places and common words stuck before a known surname in it ("Wisconsin
 * Trump", "Year Barack Obama"): all of them up to a given name or the surname, or none ("New
 * Yorker Dick Morris" keeps its words). The same run when nothing is cut.
 */
export function aroundSurname(
  lexemes: readonly Lexeme[],
  run: Run,
  surnames: ReadonlySet<string>,
  use: WordUse,
): Run {
  const { to } = run;
  if (!surnames.has((lexemes[to] as Lexeme).lower)) return run;
  let from = run.from;
  while (from < to && junkBefore(lexemes[from] as Lexeme, use, surnames)) from++;
  const first = lexemes[from] as Lexeme;
  return from > run.from && (from === to || FIRST_NAMES.has(first.lower)) ? { from, to } : run;
}

/**
 * The run is the end of a title, not a name: the portfolio of "the Secretary of State for the
 * Family" or "Minister for Sport", or the constituency of "the Leeds Central MP".
 */
export function inTitle(lexemes: readonly Lexeme[], run: Run): boolean {
  const last = lexemes[run.to] as Lexeme;
  if (lexemes[run.from - 1]?.lower === "the" && MEMBER_LETTERS.has(last.lower) && last.cap) {
    return run.to > run.from && last.text === last.text.toUpperCase();
  }
  let k = run.from - 1;
  if (lexemes[k]?.lower === "the") k--;
  const holder = lexemes[k - 1];
  return (
    lexemes[k]?.lower === "for" && holder?.word === true && PORTFOLIO_HOLDERS.has(holder.lower)
  );
}
