import type { Lexeme } from "../text/lexer.ts";
import {
  KNOWN_ORGS,
  NAME_SUFFIXES,
  ORG_BEFORE,
  ORG_NAME_LINKS,
  ORG_WORDS,
  TITLE_HEADS,
} from "./lexicon.ts";
import type { Run } from "./name-runs.ts";
import type { NameMention } from "./names.ts";
import { PLACES } from "./places.ts";

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
