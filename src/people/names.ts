import { noName } from "../no-name.ts";
import type { Lexeme } from "../text/lexer.ts";
import { FIRST_NAMES } from "./first-names.ts";
import { words } from "./lexicon/words.ts";
import {
  CALENDAR_WORDS,
  COURTESY_TITLES,
  FUNCTION_WORDS,
  genderOfNoun,
  HONORIFICS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  ORG_WORDS,
  PEERAGE_TITLES,
  POST_NOMINALS,
  SURNAME_TITLES,
  TITLE_HEADS,
  TITLE_WORDS,
} from "./lexicon.ts";
import {
  extendRun,
  FURNITURE_SURNAMES,
  hasAmpersand,
  prefixesAName,
  type Run,
  trimRun,
  type WordUse,
} from "./name-runs.ts";
import { firmOf, isOrganisation, orgMention, personOf } from "./org-names.ts";
import { NATIONALITIES, PLACES } from "./places.ts";
import { withPlacesByUse } from "./places-by-use.ts";
import { rolePrefix } from "./roles.ts";
import { skipShouting } from "./shouting.ts";
import {
  afterDescriptors,
  afterInnerParty,
  aroundSurname,
  demonymAt,
  inTitle,
  isDescriptorWord,
  isOfficeHolder,
  knownSurnames,
  titleSplit,
} from "./title-split.ts";
import { placeUsedAsSurname, withWordSurnames } from "./word-surnames.ts";

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
  /** Lower-case words of the name, without initials or suffixes (two capitals spelling a particle, "AL", kept as written). */
  readonly words: readonly string[];
  readonly kind: NameKind;
  /** Title or role written before the name: "Secretary of State", "Homeland Security chief". */
  readonly title?: string;
  readonly gender?: "male" | "female";
  /** Came with an honorific or a title ("Mr Blair", "President Bush"). */
  readonly titled: boolean;
  /** The peerage title or form of address the name is known by: "Lord", "Baroness", "Sir". */
  readonly peerage?: string;
  /** A peer's territorial designation, lower case: "whitby" in "Lord Jones of Whitby". */
  readonly designation?: string;
  readonly possessive: boolean;
  readonly quote: number;
  readonly sentence: number;
  readonly paragraph: number;
}

/**
 * Finds the capitalised names of the text: people, organisations and places, with titles split off.
 * `use` tells which words the article also writes in lower case (so "Customers" is not a name) and
 * which it capitalises inside sentences.
 */
export function findNames(
  text: string,
  lexemes: readonly Lexeme[],
  use: WordUse,
  skipParagraphs: ReadonlySet<number>,
): NameMention[] {
  const found: { run: Run; mention: NameMention }[] = [];
  const unread: Run[] = [];
  let i = 0;
  while (i < lexemes.length) {
    const lex = lexemes[i] as Lexeme;
    if (!lex.word || !lex.cap || skipParagraphs.has(lex.paragraph)) {
      i++;
      continue;
    }
    const shouted = skipShouting(lexemes, i, use);
    if (shouted > i) {
      i = shouted;
      continue;
    }
    const run = extendRun(text, lexemes, i);
    if (!prefixesAName(lexemes, run.to)) {
      const trimmed = trimRun(lexemes, run, use);
      const of = personOf(lexemes, trimmed);
      const parts =
        of === undefined
          ? [trimmed]
          : [
              { ...trimmed, to: of - 1 },
              { from: of + 1, to: trimmed.to },
            ];
      for (const part of parts) {
        const mention = readRun(text, lexemes, part);
        if (mention !== null) found.push({ run: part, mention });
        // "Read said" after "Ian Read": a one-word run trimmed away may still be a surname.
        else if (part.from > part.to && run.from === run.to && trimmedSurname(lexemes, run))
          unread.push(run);
        else unread.push(part);
      }
    }
    i = run.to + 1;
  }
  const surnames = knownSurnames(found.map((f) => f.mention));
  const reread = rereadAroundSurnames(text, lexemes, found, surnames, use);
  const asSurname = noName((run: Run) => readRun(text, lexemes, run, true, true));
  const named = withWordSurnames(lexemes, reread, unread, surnames, asSurname);
  return withPlacesByUse(lexemes, named);
}

/** A one-word run of a surname the function-word list holds ("Read"): `withWordSurnames` decides. */
function trimmedSurname(lexemes: readonly Lexeme[], run: Run): boolean {
  return FURNITURE_SURNAMES.has((lexemes[run.from] as Lexeme).lower);
}

/**
 * "Wisconsin Trump rally", "Team Trump", "the Trump Train": once the article's people are known, a
 * run that is a known surname with a place or a common word stuck to it is read again without it.
 */
function rereadAroundSurnames(
  text: string,
  lexemes: readonly Lexeme[],
  found: readonly { run: Run; mention: NameMention }[],
  surnames: ReadonlySet<string>,
  use: WordUse,
): NameMention[] {
  const out: NameMention[] = [];
  for (const { run, mention } of found) {
    const cut = mention.kind === "organization" ? run : aroundSurname(lexemes, run, surnames, use);
    // "Paris, who used to work on Capitol Hill, said" after "Jeremy Paris": his surname, no place.
    if (
      mention.kind === "place" &&
      placeUsedAsSurname(lexemes, mention.first, mention.last, surnames)
    ) {
      out.push({ ...mention, kind: "person" });
      continue;
    }
    const read =
      cut !== run
        ? readRun(text, lexemes, cut)
        : surnameAlone(lexemes, run, mention, surnames)
          ? readRun(text, lexemes, run, true)
          : mention;
    if (read !== null) out.push(read);
  }
  return out;
}

/** The words of a run that name the person, after its title, party and any "of ..." tail. */
interface NameCore {
  readonly toks: readonly Lexeme[];
  readonly lowers: readonly string[];
  /** Index in `toks` where the title ends. */
  readonly split: number;
  readonly core: readonly Lexeme[];
  readonly coreWords: readonly string[];
  /** Lower-case words after "of": "whitby" in "Lord Jones of Whitby". */
  readonly tail?: string;
}

/**
 * "AL Gooneratne": two capitals that spell a name particle ("al", "de", "le") are initials, not the
 * particle; kept as written, so the name is a full one (a given name's place, as "JF Sullivan").
 */
function initialsLikeParticle(lex: Lexeme): boolean {
  return (
    lex.text.length === 2 && lex.text === lex.text.toUpperCase() && NAME_PARTICLES.has(lex.lower)
  );
}

/**
 * `afterRole`: a role stands right before the run ("spokeswoman Kira Dean"), so it names someone.
 * `surname`: the run is one word the article uses as a known person's surname ("Cuban said").
 */
function coreOf(toks0: readonly Lexeme[], afterRole: boolean, surname = false): NameCore | null {
  let toks = toks0;
  let lowers = toks.map((t) => t.lower);
  const split = titleSplit(lowers);
  // "Cara Diemont of IT firm...": a person's name stops at "of".
  const ofAt = lowers.indexOf("of", split);
  const tail = ofAt > split ? lowers.slice(ofAt + 1).join(" ") : undefined;
  if (ofAt > split) {
    toks = toks.slice(0, ofAt);
    lowers = lowers.slice(0, ofAt);
  }
  // "Republican Donald Trump": a party or nationality before a full name is not part of it.
  let start = afterDescriptors(lowers, split);
  while (start < toks.length - 2 && describesBefore(lowers, start)) start++;
  start = afterInnerParty(lowers, start);
  const core = toks.slice(start);
  const coreWords = core
    .map((t, n) => (n === 0 && core.length > 1 && initialsLikeParticle(t) ? t.text : t.lower))
    .filter((w) => !isInitial(w) && !NAME_SUFFIXES.has(w));
  // "Mr. King", "Mr French", "Dr White": after a courtesy title a word of a title, a nationality
  // or a colour is a surname.
  const courtesy =
    split > 0 && COURTESY_TITLES.has(lowers[split - 1] ?? "") && coreWords.length === 1;
  if ((courtesy && wordSurname(coreWords[0] as string)) || (surname && coreWords.length === 1)) {
    return { toks, lowers, split, core, coreWords, ...(tail ? { tail } : {}) };
  }
  if (coreWords.length === 0 || coreWords.every((w) => TITLE_WORDS.has(w))) return null;
  if (coreWords.length === 1 && isNeverAName(coreWords[0] as string)) return null;
  // "Exxon CEO", "Foreign Minister": a role, not a name (unless it starts with a given name).
  const lastWord = coreWords[coreWords.length - 1] as string;
  if (
    coreWords.length > 1 &&
    TITLE_HEADS.has(lastWord) &&
    !FIRST_NAMES.has(coreWords[0] as string) &&
    !afterRole
  ) {
    return null;
  }
  return { toks, lowers, split, core, coreWords, ...(tail ? { tail } : {}) };
}

/**
 * "Guardian said" after "Mayor Don Guardian": one word read as an organisation's ("Guardian",
 * "Post") that is the surname of a person the article names in full is that person, unless it
 * follows "the" ("the Guardian reported").
 */
function surnameAlone(
  lexemes: readonly Lexeme[],
  run: Run,
  mention: NameMention,
  surnames: ReadonlySet<string>,
): boolean {
  return (
    mention.kind === "organization" &&
    mention.words.length === 1 &&
    ORG_WORDS.has(mention.words[0] as string) &&
    surnames.has(mention.words[0] as string) &&
    lexemes[run.from - 1]?.lower !== "the"
  );
}

/**
 * `person`: the run is known to name a person, whatever organisation's word it ends in; `surname`:
 * it is one word used as a known person's surname, whatever else the word is.
 */
function readRun(
  text: string,
  lexemes: readonly Lexeme[],
  whole: Run,
  person = false,
  surname = false,
): NameMention | null {
  if (whole.from > whole.to) return null;
  // The run's words, without slicing and filtering a copy (this runs for every capitalised run).
  const words: Lexeme[] = [];
  for (let k = whole.from; k <= whole.to && k < lexemes.length; k++) {
    const lex = lexemes[k] as Lexeme;
    if (lex.word) words.push(lex);
  }
  const lowers = words.map((t) => t.lower);
  // "said Moscow-based US lawyer Jamie Firestone", "The Londoners have conceded": no one's name
  // ("the New Yorker" may be the magazine, so a two-word demonym alone stays).
  if (lowers.length === 1 && isDescriptorWord(lowers[0] as string)) return null;
  if (lowers.length === 1 && demonymAt(lowers, 0) === 1) return null;
  const org =
    !person &&
    (isOrganisation(lowers, words, lexemes[whole.from - 1]) ||
      firmOf(lexemes, whole) ||
      hasAmpersand(lexemes, whole));
  if (org && !isOfficeHolder(lowers)) return orgMention(lexemes, whole, words);
  if (inTitle(lexemes, whole)) return null;
  const prefix = rolePrefix(text, lexemes, whole.from);
  const name = coreOf(words, prefix !== undefined, surname);
  if (name === null) return null;
  const { toks, split, core, coreWords } = name;
  const last = toks[toks.length - 1] as Lexeme;
  const to = lexemes.indexOf(last, whole.from);
  const honorific = name.lowers.slice(0, split).find((w) => HONORIFICS.has(w));
  const title =
    split > 0
      ? text.slice((toks[0] as Lexeme).start, (toks[split - 1] as Lexeme).end)
      : prefix?.text;
  // "spokeswoman Li Wen": a role that says the gender outweighs a guess from the given name.
  const byRole = genderOfNoun(title?.toLowerCase().split(/\s+/).pop() ?? "").gender;
  const gender = byRole ?? genderOf(honorific, coreWords);
  const peer = peerage(toks, split);
  const personal =
    split > 0 ||
    prefix !== undefined ||
    (coreWords.length > 1 && FIRST_NAMES.has(coreWords[0] ?? ""));
  return {
    start: (core[0] as Lexeme).start,
    end: nameEnd(text, core),
    outerStart: prefix?.start ?? (toks[0] as Lexeme).start,
    outerFirst: prefix?.from ?? lexemes.indexOf(toks[0] as Lexeme, whole.from),
    first: lexemes.indexOf(core[0] as Lexeme, whole.from),
    last: to,
    words: coreWords,
    // "Baroness Scotland", "Lord Chelsea": a peer's name may be a place's.
    kind:
      PLACES.has(coreWords.join(" ")) && peer === undefined
        ? "place"
        : personal
          ? "person"
          : "unknown",
    ...(title !== undefined && title !== "" ? { title } : {}),
    ...(gender === undefined ? {} : { gender }),
    titled: split > 0,
    ...(peer === undefined ? {} : { peerage: peer }),
    ...(peer !== undefined && name.tail !== undefined ? { designation: name.tail } : {}),
    possessive: last.possessive,
    quote: last.quote,
    sentence: last.sentence,
    paragraph: last.paragraph,
  };
}

/** The peerage title or form of address right before the name ("Lord" in "Foreign Secretary Lord Smith"). */
function peerage(toks: readonly Lexeme[], split: number): string | undefined {
  const word = split > 0 ? toks[split - 1] : undefined;
  return word !== undefined && PEERAGE_TITLES.has(word.lower) ? word.text : undefined;
}

/** Where the name ends: after "Jr." with its period, before post-nominal letters ("Simon Tate KC"). */
function nameEnd(text: string, toks: readonly Lexeme[]): number {
  let n = toks.length - 1;
  while (n > 0 && POST_NOMINALS.has((toks[n] as Lexeme).lower)) n--;
  const last = toks[n] as Lexeme;
  if (n < toks.length - 1) return last.end;
  return NAME_SUFFIXES.has(last.lower) && text[last.end] === "." ? last.end + 1 : last.end;
}

function isInitial(word: string): boolean {
  return word.length === 1 || /^(\p{L}\.)+\p{L}?$/u.test(word);
}

/** A surname after "Mr": a word of a title ("King"), a nationality ("French") or a colour ("White"). */
function wordSurname(word: string): boolean {
  return SURNAME_TITLES.has(word) || NATIONALITIES.has(word) || COLOURS.has(word);
}

/**
 * A word before a full name that is a party or nationality: "Republican", "Welsh", and the two
 * words of "Lib Dem(s)" ("Lib Dem Norman Baker", "Lib Dems David Laws").
 */
function describesBefore(lowers: readonly string[], k: number): boolean {
  const w = lowers[k] as string;
  if (NATIONALITIES.has(w) || demonymAt(lowers, k) === 1) return true;
  // "New Yorker Dick Morris": the first word of a two-word demonym, then the second.
  if (demonymAt(lowers, k) === 2 || demonymAt(lowers, k - 1) === 2) return true;
  if (w === "lib") return LIB_DEM.has(lowers[k + 1] ?? "");
  return LIB_DEM.has(w) && lowers[k - 1] === "lib";
}

const LIB_DEM = words("dem dems");

/** Colours that are surnames too: "Jimmy White", "Mr Brown". */
const COLOURS = words("white black brown green grey gray");

function isNeverAName(word: string): boolean {
  return (
    CALENDAR_WORDS.has(word) ||
    NATIONALITIES.has(word) ||
    FUNCTION_WORDS.has(word) ||
    TITLE_HEADS.has(word) ||
    HONORIFICS.has(word)
  );
}

function genderOf(
  honorific: string | undefined,
  coreWords: readonly string[],
): "male" | "female" | undefined {
  const byTitle = honorific === undefined ? "" : (HONORIFICS.get(honorific) ?? "");
  if (byTitle !== "") return byTitle;
  return coreWords.length > 1 ? FIRST_NAMES.get(coreWords[0] as string) : undefined;
}
