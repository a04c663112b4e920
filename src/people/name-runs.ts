import type { Lexeme } from "../text/lexer.ts";
import { FIRST_NAMES } from "./first-names.ts";
import {
  DAYS_AND_MONTHS,
  FUNCTION_WORDS,
  GROUP_PLURALS,
  HONORIFICS,
  isRoleNoun,
  NAME_ABBREVIATIONS,
  NAME_CONNECTORS,
  NAME_SUFFIXES,
  ORG_INNER_PREPOSITIONS,
  ORG_LINK_WORDS,
  ORG_NAME_END_NOUNS,
  ORG_WORDS,
  RUN_AUXILIARIES,
  TITLE_HEADS,
  TITLE_WORDS,
} from "./lexicon.ts";
import { dateBeforeName, descriptorBeforeName, openerBeforeNonName } from "./not-names.ts";
import { afterElidedParticle } from "./particles.ts";
import { NATIONALITIES, PLACES } from "./places.ts";

/** A run of capitalised words (lexeme indexes), before it is read as a name. */
export interface Run {
  readonly from: number;
  readonly to: number;
}

/**
 * "the Information Commissioner's Office", "King's College": a title's possessive followed by a
 * capitalised organisation noun names one organisation, not the title holder and an "Office".
 */
function officeOfTitle(lexemes: readonly Lexeme[], at: number): boolean {
  const [title, noun] = [lexemes[at] as Lexeme, lexemes[at + 1]];
  if (!TITLE_HEADS.has(title.lower) || noun === undefined || !noun.word || !noun.cap) return false;
  return ORG_WORDS.has(noun.lower) && noun.sentence === title.sentence;
}

/** Extends a run of capitalised words from `from`: initials, "Jr.", "de", "of" between capitals. */
export function extendRun(text: string, lexemes: readonly Lexeme[], from: number): Run {
  let to = from;
  for (;;) {
    const cur = lexemes[to] as Lexeme;
    if (cur.possessive && !officeOfTitle(lexemes, to)) break;
    let next = to + 1;
    const dot = lexemes[next];
    if (dot !== undefined && dot.text === "." && dot.start === cur.end && keepsDot(cur)) {
      if (endsSentenceAfterInitial(lexemes, from, to)) break;
      next++;
    }
    const cand = lexemes[next];
    const listed = remitListEnd(lexemes, from, to, next);
    if (listed > 0) {
      to = listed;
      continue;
    }
    const nicknamed = afterNickname(lexemes, from, to);
    if (nicknamed > 0) {
      to = nicknamed;
      continue;
    }
    if (joinsAmpersand(lexemes, to, next)) {
      to = next + 1;
      continue;
    }
    if (cand === undefined || cand.sentence !== cur.sentence || !cand.word) break;
    if (text.slice(cur.end, cand.start).includes("\n")) break;
    if (cand.cap && DAYS_AND_MONTHS.has(cand.lower)) break;
    if (
      (cand.cap && (!FUNCTION_WORDS.has(cand.lower) || ORG_NAME_END_NOUNS.has(cand.lower))) ||
      PARTICLE_SURNAME.test(cand.text) ||
      wordSurnameAfterGiven(lexemes, from, to, next)
    ) {
      to = next;
      continue;
    }
    // "Reporters Without Borders", "League Against Cruel Sports": a capitalised preposition
    // inside a sentence between capitalised words is inside the name.
    const joined = lexemes[next + 1];
    if (
      cand.cap &&
      !cand.initial &&
      CAPITALISED_LINKS.has(cand.lower) &&
      joined?.word === true &&
      joined.cap &&
      joined.sentence === cur.sentence
    ) {
      to = next + 1;
      continue;
    }
    const surname = afterElidedParticle(text, lexemes, next);
    if (surname > 0) {
      to = surname;
      continue;
    }
    const after = lexemes[next + 1];
    if (
      (NAME_CONNECTORS.has(cand.lower) || joinsOrganisation(lexemes, from, to, cand)) &&
      !cand.cap &&
      after?.word === true &&
      after.cap &&
      after.sentence === cur.sentence &&
      !DAYS_AND_MONTHS.has(after.lower)
    ) {
      to = next + 1;
      continue;
    }
    // "International Committee of the Red Cross", "Ministry of the Interior".
    const far = lexemes[next + 2];
    if (
      cand.lower === "of" &&
      after?.text === "the" &&
      ORG_WORDS.has(cur.lower) &&
      far?.word === true &&
      far.cap &&
      far.sentence === cur.sentence &&
      !DAYS_AND_MONTHS.has(far.lower)
    ) {
      to = next + 2;
      continue;
    }
    break;
  }
  return { from, to };
}

/**
 * "Department for Culture, Media and Sport": a remit goes on past a comma as a list of capitalised
 * words closed by "and" and one more ("X, Y and Z"); the lexeme that ends the list, or 0.
 */
function remitListEnd(lexemes: readonly Lexeme[], from: number, to: number, comma: number): number {
  const cur = lexemes[to] as Lexeme;
  const item = lexemes[comma + 1];
  const and = lexemes[comma + 2];
  const last = lexemes[comma + 3];
  if (lexemes[comma]?.text !== "," || item === undefined || and === undefined || last === undefined)
    return 0;
  const inSentence = [item, and, last].every((l) => l.sentence === cur.sentence && l.word);
  if (!inSentence || !item.cap || and.lower !== "and" || and.cap || !last.cap) return 0;
  return namesRemit(lexemes, from, to) ? comma + 3 : 0;
}

/**
 * Words the function-word list holds for a page's furniture ("Read more", "Dear Sir") that are
 * surnames too: "Ian Read", "Jeremy Dear", "Kenneth More".
 */
export const FURNITURE_SURNAMES: ReadonlySet<string> = new Set(["read", "dear", "more"]);

/**
 * "Pfizer chief executive Ian Read said": one of `FURNITURE_SURNAMES`, capitalised inside its
 * sentence right after a known given name that opens the run, and last in the run (a lower-case
 * word or punctuation after it), is the surname.
 */
function wordSurnameAfterGiven(
  lexemes: readonly Lexeme[],
  from: number,
  to: number,
  at: number,
): boolean {
  const given = lexemes[to] as Lexeme;
  const word = lexemes[at];
  if (to !== from || word === undefined || !word.cap || word.initial) return false;
  if (!FURNITURE_SURNAMES.has(word.lower) || !FIRST_NAMES.has(given.lower)) return false;
  if (given.possessive || at !== to + 1) return false;
  const after = lexemes[at + 1];
  return after === undefined || !after.word || !after.cap || after.sentence !== word.sentence;
}

/**
 * "Ernst & Young", "Pew Internet & American Life", "Marks & Spencer": an ampersand between spaces,
 * after a capitalised word and before one, in one sentence, joins one name (an organisation's:
 * see `hasAmpersand`).
 */
function joinsAmpersand(lexemes: readonly Lexeme[], to: number, at: number): boolean {
  const cur = lexemes[to] as Lexeme;
  const amp = lexemes[at];
  const after = lexemes[at + 1];
  if (amp?.text !== "&" || at !== to + 1 || after === undefined) return false;
  if (amp.start <= cur.end || after.start <= amp.end) return false;
  if (!cur.cap || cur.possessive || !after.word || !after.cap) return false;
  return (
    amp.sentence === cur.sentence &&
    after.sentence === cur.sentence &&
    !DAYS_AND_MONTHS.has(after.lower) &&
    !FUNCTION_WORDS.has(after.lower)
  );
}

/** The run holds an ampersand between its words: it names an organisation, never one person. */
export function hasAmpersand(lexemes: readonly Lexeme[], run: Run): boolean {
  for (let k = run.from + 1; k < run.to; k++) if (lexemes[k]?.text === "&") return true;
  return false;
}

/** Marks that open and close a nickname inside a name, by the opening mark. */
const NICKNAME_MARKS: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ["“", "”"],
  ["'", "'"],
  ["‘", "’"],
]);

/**
 * "Juan "Chico" Manriquez", "Marion 'Suge' Knight": a known given name that opens the run, then
 * one or two capitalised words between quotation marks, then one capitalised word (no function
 * word), all in one sentence, is one name; the lexeme of the surname, or 0.
 */
function afterNickname(lexemes: readonly Lexeme[], from: number, to: number): number {
  const given = lexemes[to] as Lexeme;
  if (to !== from || !FIRST_NAMES.has(given.lower) || given.possessive) return 0;
  const open = lexemes[to + 1];
  const close = open === undefined ? undefined : NICKNAME_MARKS.get(open.text);
  if (open === undefined || close === undefined || open.start !== given.end + 1) return 0;
  for (let n = 1; n <= 2; n++) {
    const mark = lexemes[to + 2 + n];
    const surname = lexemes[to + 3 + n];
    if (mark?.text !== close || surname === undefined) continue;
    const words = lexemes.slice(to + 2, to + 2 + n);
    const all = [...words, surname];
    if (!all.every((l) => l.word && l.cap && l.sentence === given.sentence)) return 0;
    if (FUNCTION_WORDS.has(surname.lower) || mark.end + 1 !== surname.start) return 0;
    return to + 3 + n;
  }
  return 0;
}

/** Prepositions an organisation's name capitalises inside it: "Reporters Without Borders". */
const CAPITALISED_LINKS = new Set(["without", "against", "sans"]);

/**
 * "... starring in Malcolm X. Attallah Shabazz, his daughter, said": a one-letter initial after a
 * given name, then two more capitalised words, is a name that ends a sentence; "George W. Bush"
 * and "John F. Kennedy Airport" keep one surname (and an organisation word) after the initial.
 */
function endsSentenceAfterInitial(lexemes: readonly Lexeme[], from: number, to: number): boolean {
  const initial = lexemes[to] as Lexeme;
  if (initial.text.length !== 1 || to === from) return false;
  let given = false;
  for (let k = from; k < to; k++) if ((lexemes[k] as Lexeme).text.length > 2) given = true;
  const a = lexemes[to + 2];
  const b = lexemes[to + 3];
  return (
    given &&
    a?.word === true &&
    a.cap &&
    b?.word === true &&
    b.cap &&
    b.sentence === a.sentence &&
    !ORG_WORDS.has(b.lower) &&
    !NAME_SUFFIXES.has(b.lower)
  );
}

/** A surname joined to a lower-case particle: "al-Malki", "el-Sisi", "bin-Talal", "d'Estaing". */
const PARTICLE_SURNAME =
  /^(al|el|ad|ar|as|ash|at|az|bin|ibn|abu|abd|de|da|di|du|d|van|von|le|la)[-'’]\p{Lu}/u;

/** True when the run only modifies a role before another name: "Magpies" in "Magpies chairman Freddy Shepherd". */
export function prefixesAName(lexemes: readonly Lexeme[], to: number): boolean {
  const last = lexemes[to] as Lexeme;
  if (last.possessive) return false;
  let plain = 0;
  for (let k = to + 1; k < lexemes.length && k - to <= 5; k++) {
    const lex = lexemes[k] as Lexeme;
    if (!lex.word || lex.sentence !== last.sentence) return false;
    if (lex.cap) return k > to + 1 && isRoleNoun((lexemes[k - 1] as Lexeme).lower);
    if (isRoleNoun(lex.lower)) continue;
    // Up to two plain words may modify the role: "parliamentary chairman", "press secretary";
    // a verb does not ("Castleford Rovers have sacked manager Steve Tilling").
    if (FUNCTION_WORDS.has(lex.lower) || isVerbLike(lex.lower) || ++plain > 2) return false;
  }
  return false;
}

/** A run's word that reads as a verb: an auxiliary or a past form in "-ed". */
function isVerbLike(lower: string): boolean {
  return RUN_AUXILIARIES.has(lower) || lower.endsWith("ed");
}

/**
 * "Institute for Fiscal Studies", "Centre for Policy and Research", "Securities and Exchange
 * Commission": "for", "on" or "and" after an organisation word, in the run `from`..`to`. "and" joins
 * only a one-word start or a name already built with "of" or "for": "Northwind Logistics and
 * Brightpath Freight" are two companies.
 */
function joinsOrganisation(
  lexemes: readonly Lexeme[],
  from: number,
  to: number,
  cand: Lexeme,
): boolean {
  const cur = lexemes[to] as Lexeme;
  if (!ORG_LINK_WORDS.has(cand.lower)) return false;
  if (cand.lower === "and" && namesRemit(lexemes, from, to)) return true;
  if (!ORG_WORDS.has(cur.lower) && !TITLE_HEADS.has(cur.lower)) return false;
  if (cand.lower !== "and") return true;
  let words = 0;
  for (let k = from; k < to; k++) {
    const lower = (lexemes[k] as Lexeme).lower;
    if (ORG_INNER_PREPOSITIONS.has(lower)) return true;
    if (!FUNCTION_WORDS.has(lower)) words++;
  }
  return words === 0;
}

/**
 * "Department for Education and Skills", "Department of Trade and Industry": a run that is an
 * organisation word then "of" or "for" names a remit, and "and" continues it. (A person after the
 * "and", "the Department for Education and Ruth Kelly", is split off when names are read.)
 */
function namesRemit(lexemes: readonly Lexeme[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const next = (lexemes[k + 1] as Lexeme).lower;
    if (ORG_WORDS.has((lexemes[k] as Lexeme).lower) && (next === "of" || next === "for"))
      return true;
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

/**
 * "Dock workers walked out": a capitalised opening word before a group of people is no name. The
 * caller keeps a possessive one ("Odunayo's parents said"): only a name owns a group.
 */
function modifiesPeople(next: Lexeme | undefined): boolean {
  if (next === undefined || !next.word || next.cap) return false;
  return (
    GROUP_PLURALS.has(next.lower) ||
    (next.lower.endsWith("s") && isRoleNoun(next.lower.slice(0, -1)))
  );
}

/** "Turning to Snow", "Reminded that", "Early in": an opening word, not a name. */
function participleOpening(lex: Lexeme, next: Lexeme | undefined): boolean {
  if (!/(ed|ing|ly)$/.test(lex.lower) || FIRST_NAMES.has(lex.lower)) return false;
  return next === undefined || !next.word || (!next.cap && FUNCTION_WORDS.has(next.lower));
}

/**
 * "Debating Clinton's character", "Understated Perez raises": a participle opening a sentence
 * (often a headline's) before a person's name is no part of it: before a given name, or before
 * one word the article capitalises elsewhere. "Downing Street" and "United Gun Group" stay whole.
 */
function participleBeforeName(
  lexemes: readonly Lexeme[],
  from: number,
  to: number,
  use: WordUse,
): boolean {
  const lex = lexemes[from] as Lexeme;
  const last = lexemes[to] as Lexeme;
  if (from >= to || !/.{4}(ed|ing)$/.test(lex.lower) || FIRST_NAMES.has(lex.lower)) return false;
  if (use.capitalised.has(lex.lower) || ORG_WORDS.has(last.lower)) return false;
  if (PLACES.has(`${lex.lower} ${last.lower}`)) return false;
  const next = (lexemes[from + 1] as Lexeme).lower;
  return FIRST_NAMES.has(next) || (from + 1 === to && use.capitalised.has(last.lower));
}

/**
 * "Celebrities Julianne Moore", "Broadcaster Chris Evans said": a word opening a sentence before a
 * given name and a surname is no part of the name unless it is a given name, title, role
 * ("Prosecutor Daniel Osei"), organisation word, place or nationality, or the article capitalises
 * it inside a sentence. Three letters may be an unlisted given name ("Ard Jan Vetham") and stay.
 */
function wordBeforeFullName(
  lexemes: readonly Lexeme[],
  from: number,
  to: number,
  use: WordUse,
): boolean {
  const lex = lexemes[from] as Lexeme;
  const given = lexemes[from + 1] as Lexeme;
  if (to - from < 2 || !given.cap || !FIRST_NAMES.has(given.lower)) return false;
  const w = lex.lower;
  return !(
    w.length < 4 ||
    FIRST_NAMES.has(w) ||
    use.capitalised.has(w) ||
    TITLE_WORDS.has(w) ||
    isRoleNoun(w) ||
    HONORIFICS.has(w) ||
    ORG_WORDS.has(w) ||
    PLACES.has(w) ||
    NATIONALITIES.has(w)
  );
}

const CONTRACTION = /['’](d|ll|re|ve|m|t|s)$|n['’]t$/;

/** How the article uses its words, told apart from where a sentence starts. */
export interface WordUse {
  /** Words the article also writes in lower case ("Customers" is then no name). */
  readonly lower: ReadonlySet<string>;
  /** Words the article capitalises inside a sentence ("Tilling" is then a name). */
  readonly capitalised: ReadonlySet<string>;
}

/** Counts how the article uses its words, in one pass. */
export function wordUse(lexemes: readonly Lexeme[]): WordUse {
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  for (const lex of lexemes) {
    if (!lex.word) continue;
    if (!lex.cap) lower.add(lex.lower);
    else if (!lex.initial) capitalised.add(lex.lower);
  }
  return { lower, capitalised };
}

/** Drops sentence-initial words that are ordinary words ("But", "Customers") from a run. */
export function trimRun(lexemes: readonly Lexeme[], run: Run, use: WordUse): Run {
  const lowerWords = use.lower;
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
      // "Turning to Snow," opens a sentence; "Tilling, 48," is the Tilling named elsewhere.
      (lex.initial &&
        participleOpening(lex, lexemes[from + 1]) &&
        !use.capitalised.has(lex.lower)) ||
      (lex.initial && participleBeforeName(lexemes, from, run.to, use)) ||
      (lex.initial && wordBeforeFullName(lexemes, from, run.to, use)) ||
      openerBeforeNonName(lexemes, from, run.to, use) ||
      dateBeforeName(lexemes, from, run.to) ||
      descriptorBeforeName(lexemes, from, run.to, use) ||
      remitBeforeName(lexemes, from, run.to) ||
      (lex.initial && lex.lower.endsWith("s") && isRoleNoun(lex.lower.slice(0, -1))) ||
      // "Police said", "Staff say": a group opening the sentence is no name.
      (lex.initial && GROUP_PLURALS.has(lex.lower)) ||
      (lex.initial && from === run.to && !lex.possessive && modifiesPeople(lexemes[from + 1])) ||
      (lex.initial &&
        lowerWords.has(lex.lower) &&
        !TITLE_WORDS.has(lex.lower) &&
        // "Fire Chief Tom Banner": a word before a title is the title's, even if also lower case.
        !opensTitle(lexemes[from + 1]) &&
        !givenNameOpening(lexemes, from, run.to, use));
    if (!ordinary) break;
    from++;
  }
  return { from, to: run.to };
}

/**
 * "Bill Clinton got in on the game" in an article that writes "the bill": a sentence's first word
 * that is a known given name, and no auxiliary ("Will Clinton win?"), before one more capitalised
 * word that the article never writes in lower case and that is no organisation's or place's word,
 * is the given name of a full name, not an ordinary word opening the sentence.
 */
function givenNameOpening(
  lexemes: readonly Lexeme[],
  from: number,
  to: number,
  use: WordUse,
): boolean {
  const lex = lexemes[from] as Lexeme;
  const surname = lexemes[from + 1];
  if (to !== from + 1 || surname === undefined || !surname.word || !surname.cap) return false;
  if (!FIRST_NAMES.has(lex.lower) || RUN_AUXILIARIES.has(lex.lower)) return false;
  const w = surname.lower;
  return !(
    use.lower.has(w) ||
    FUNCTION_WORDS.has(w) ||
    ORG_WORDS.has(w) ||
    PLACES.has(w) ||
    NATIONALITIES.has(w) ||
    TITLE_WORDS.has(w)
  );
}

function opensTitle(next: Lexeme | undefined): boolean {
  return next?.cap === true && TITLE_HEADS.has(next.lower);
}

/** Words between a title's "for", "of" or "to" and its remit's capitalised words. */
const REMIT_GLUE = new Set(["the", "and"]);

/**
 * "Chief Secretary to the Treasury Paul Boateng", "MP for Sleaford and North Hykeham Douglas
 * Hogg": a run inside a title's remit (after a title or role and "for", "of" or "to", a few words
 * back) starts with the remit's words; up to a given name followed by a surname, they are no part
 * of the name.
 */
function remitBeforeName(lexemes: readonly Lexeme[], from: number, to: number): boolean {
  const lex = lexemes[from] as Lexeme;
  // "the former top aide to President Martin Hale": a title opens a name, not a remit.
  if (from >= to - 1 || FIRST_NAMES.has(lex.lower) || TITLE_HEADS.has(lex.lower)) return false;
  if (HONORIFICS.has(lex.lower)) return false;
  // The run ends in a given name and one surname: "... Treasury Paul Boateng", not "San Francisco
  // Police Department".
  const given = lexemes[to - 1] as Lexeme;
  if (!FIRST_NAMES.has(given.lower) || ORG_WORDS.has((lexemes[to] as Lexeme).lower)) return false;
  for (let k = from - 1; k >= 0 && from - k <= 6; k--) {
    const before = lexemes[k] as Lexeme;
    if (before.sentence !== lex.sentence) return false;
    if (before.lower === "for" || before.lower === "of" || before.lower === "to") {
      const head = lexemes[k - 1];
      return (
        head !== undefined &&
        (TITLE_HEADS.has(head.lower) || TITLE_WORDS.has(head.lower) || isRoleNoun(head.lower))
      );
    }
    if (!REMIT_GLUE.has(before.lower) && !before.cap) return false;
  }
  return false;
}
