import type { Lexeme } from "../text/lexer.ts";
import { isSpeechVerbLexeme } from "../text/speech-verbs.ts";
import { FIRST_NAMES } from "./first-names.ts";
import {
  isRoleNoun,
  KNOWN_ORGS,
  NAME_SUFFIXES,
  ORG_BEFORE,
  ORG_NAME_LINKS,
  ORG_WORDS,
  TITLE_HEADS,
  TITLE_WORDS,
} from "./lexicon.ts";
import type { Run } from "./name-runs.ts";
import type { NameMention } from "./names.ts";
import { NATIONALITIES, PLACES } from "./places.ts";
import { titleSplit } from "./title-split.ts";

/** The run of capitalised words names an organisation: "Bank of America", "IT firm Dimension Data". */
export function isOrganisation(
  lowers: readonly string[],
  toks: readonly Lexeme[],
  before: Lexeme | undefined,
): boolean {
  const last = lowers[lowers.length - 1] as string;
  if (KNOWN_ORGS.has(lowers.join(" "))) return true;
  if (before?.word === true && !before.cap && ORG_BEFORE.has(before.lower)) return true;
  // "Bank of America", "Institute for Fiscal Studies", "Commission on Presidential Debates".
  for (let i = 1; i < lowers.length - 1; i++) {
    if (ORG_NAME_LINKS.has(lowers[i] as string) && ORG_WORDS.has(lowers[i - 1] as string))
      return true;
  }
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

/** The mention of a run read as an organisation's name. */
export function orgMention(
  lexemes: readonly Lexeme[],
  run: Run,
  toks: readonly Lexeme[],
): NameMention {
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

/** "AG Edwards & Sons", "Dunn & Co": a run joined by "&" to an organisation's word is a firm's. */
export function firmOf(lexemes: readonly Lexeme[], run: Run): boolean {
  const amp = lexemes[run.to + 1];
  const next = lexemes[run.to + 2];
  return amp?.text === "&" && next?.cap === true && ORG_WORDS.has(next.lower);
}

/**
 * "Detective Inspector Paul Garner of Lancashire Police": a titled or full personal name, then
 * "of" and an organisation; the lexeme index of that "of", when the run is two names.
 */
export function personOf(lexemes: readonly Lexeme[], run: Run): number | undefined {
  let of = run.from + 1;
  while (of < run.to && (lexemes[of] as Lexeme).lower !== "of") of++;
  if (of >= run.to) return undefined;
  const whole = lexemes.slice(run.from, run.to + 1).filter((l) => l.word);
  const lowerWhole = whole.map((t) => t.lower);
  // "David Wyss of Standard & Poor's": a name with an ampersand is an organisation's.
  const ampersand = lexemes.slice(of + 1, run.to).some((l) => l.text === "&");
  if (
    !isOrganisation(lowerWhole, whole, lexemes[run.from - 1]) &&
    !firmOf(lexemes, run) &&
    !ampersand
  )
    return undefined;
  const lowers = lexemes
    .slice(run.from, of)
    .filter((l) => l.word)
    .map((l) => l.lower);
  const split = titleSplit(lowers);
  const core = lowers.slice(split);
  if (core.length === 0 || core.some((w) => ORG_WORDS.has(w) || TITLE_WORDS.has(w)))
    return undefined;
  // "said Meenakshi Rao of Human Rights Watch", "analyst Orin Kent of Barclays": two plain words
  // after a verb of saying or a role, before "of" and an organisation, are a person even when the
  // given name is not a known one ("The Guinness Book of Records" is not).
  const prev = lexemes[run.from - 1];
  const plain =
    core.length === 2 &&
    (isSpeechVerbLexeme(prev) || (prev?.word === true && !prev.cap && isRoleNoun(prev.lower))) &&
    !core.some((w) => PLACES.has(w) || NATIONALITIES.has(w));
  const personal = split > 0 || (core.length >= 2 && FIRST_NAMES.has(core[0] as string)) || plain;
  return personal ? of : undefined;
}
