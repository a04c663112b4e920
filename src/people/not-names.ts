// Capitalised words that open a run of capitals and are no part of a name, told by the words
// around them rather than by a list of the words themselves: a month after "a" or "last" dates
// what follows it ("At a June Trump rally"); a sentence's first word followed by a word no name is
// followed by ("Moments later", "Hundreds of", "Join us") is an ordinary word.
import type { Lexeme } from "../text/lexer.ts";
import { FIRST_NAMES } from "./first-names.ts";
import { words } from "./lexicon/words.ts";
import { CALENDAR_WORDS } from "./lexicon.ts";

/** Words before a month that make it a date: "a June rally", "last April's vote". */
const DATE_DETERMINERS = words("a an last this next every each that early late mid");

/**
 * Lower-case words a name as a clause's subject is never followed by: "of" ("Hundreds of"), time
 * adverbs ("Moments later", "Days after"), an article ("Will the senator ..."), an object or other
 * pronoun ("Join us", "Explain to me", "Everything they do"). "Okafor said", "Tesco on Monday said", "Smith and Jones" are not among them.
 */
const NEVER_AFTER_A_NAME = words(`
  of later earlier ago afterwards after to about the a an
  me us him them it you we they i
`);

/** How the article writes its words; see `WordUse` in name-runs.ts. */
interface CapitalisedUse {
  readonly capitalised: ReadonlySet<string>;
}

/**
 * A sentence's first word that may be an ordinary word capitalised only for opening it: not
 * possessive, never capitalised inside a sentence of the article, and no known given name.
 */
function ordinaryOpener(lex: Lexeme, use: CapitalisedUse): boolean {
  return (
    lex.initial && !lex.possessive && !use.capitalised.has(lex.lower) && !FIRST_NAMES.has(lex.lower)
  );
}

/** Months that are also given names: "April Ryan", "June Carter", "August Wilson", "Jan Berry". */
const NAMED_MONTHS = words("april may june july august jan");

/**
 * "At a June Trump campaign event", "the disastrous February New Hampshire debate", "a Monday
 * Reuters report": a month or day opening a run of capitals dates the rest of it. Not "Sunday"
 * nor after "the" ("the Sunday Times", "the Monday Club"); a month that is also a given name
 * only after a determiner ("June Carter said" keeps it).
 */
export function dateBeforeName(lexemes: readonly Lexeme[], from: number, to: number): boolean {
  const lex = lexemes[from] as Lexeme;
  // "Sunday Telegraph", "a Sunday Times poll": newspapers are named after the day.
  if (from >= to || !CALENDAR_WORDS.has(lex.lower) || lex.lower === "sunday") return false;
  const before = lexemes[from - 1];
  const lower = before?.word === true && !before.cap ? before.lower : "";
  if (lower === "the") return false;
  return !NAMED_MONTHS.has(lex.lower) || DATE_DETERMINERS.has(lower);
}

/**
 * "Moments later, Rubio made ...", "Hundreds of demonstrators marched": one capitalised word that
 * opens its sentence, that the article capitalises nowhere inside a sentence, before a word no
 * name is followed by, is an ordinary word. A known given name stays ("Kelly to step down").
 */
export function openerBeforeNonName(
  lexemes: readonly Lexeme[],
  from: number,
  to: number,
  use: CapitalisedUse,
): boolean {
  const lex = lexemes[from] as Lexeme;
  if (from !== to || !ordinaryOpener(lex, use)) return false;
  const next = lexemes[from + 1];
  return (
    next?.word === true &&
    !next.cap &&
    next.sentence === lex.sentence &&
    NEVER_AFTER_A_NAME.has(next.lower)
  );
}

/**
 * Occupations written before a name that are no titles and no name's words: "Rapper Eminem",
 * "Teenager Sania Mirza", "Wing Christophe Dominici" (a rugby position).
 */
const OPENING_DESCRIPTORS = words(`
  fellow matchwinner rapper teenager youngster olympian model comedian comic rocker crooner schoolboy schoolgirl
  wing winger flanker prop hooker fly-half scrum-half full-back sprinter hurdler
`);

/**
 * "Film-maker Spike Lee", "Singer-songwriter Sam Hale", "Man-of-the-match Duff": a compound whose
 * later parts are lower case and end in an agent noun (or has three parts) describes the person
 * after it; a given name's parts are capitalised ("Jean-Luc") or short syllables ("Ji-sung").
 */
function describesPerson(text: string): boolean {
  const parts = text.split("-");
  if (parts.length < 2 || parts.slice(1).some((p) => p === "" || p !== p.toLowerCase()))
    return false;
  const last = parts[parts.length - 1] as string;
  return parts.length >= 3 || (last.length >= 4 && /(er|or|ist|ian)$/.test(last));
}

/**
 * A sentence's first word that describes the person named after it (an occupation, a position,
 * a descriptive compound) and that the article never capitalises inside a sentence: no part of
 * the name. Only before another capitalised word of the run.
 */
export function descriptorBeforeName(
  lexemes: readonly Lexeme[],
  from: number,
  to: number,
  use: CapitalisedUse,
): boolean {
  const lex = lexemes[from] as Lexeme;
  if (from >= to || !ordinaryOpener(lex, use)) return false;
  return OPENING_DESCRIPTORS.has(lex.lower) || describesPerson(lex.text);
}
