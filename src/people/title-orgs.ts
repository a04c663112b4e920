// Organisations the article names only in passing: inside a person's title ("All England Club
// chairman Tim Phillips") and then shortened before a lower-case organisation noun ("an All England
// club spokesperson"). The shortened name is the organisation's mention, so its spokesperson, its
// statement and "the club said" have someone to speak for instead of nobody (or the place in its
// name).
import type { Lexeme } from "../text/lexer.ts";
import {
  FUNCTION_WORDS,
  HONORIFICS,
  isRoleNoun,
  ORG_NOUNS,
  ORG_WORDS,
  TITLE_HEADS,
} from "./lexicon.ts";
import type { NameMention } from "./names.ts";
import { isOrganisation, orgMention } from "./org-names.ts";

/** Organisations kept per last word ("club"); an article naming more leaves the rest out. */
const MAX_SAME_ENDING = 8;

/** The full name, in the article's words, of a shortened organisation name read out of a title. */
const fullNames = new WeakMap<NameMention, string>();

/**
 * The names with the shortened organisation names ("England club") read as the organisation's full
 * name, when an earlier name or a person's title gives it ("All England Club chairman ..."). The
 * title's organisation gets no mention of its own: it would stand between an inverted cue and its
 * speaker ("said United manager Alex Reid").
 */
export function withTitleOrgs(
  text: string,
  lexemes: readonly Lexeme[],
  names: readonly NameMention[],
): readonly NameMention[] {
  const fromTitles: NameMention[] = [];
  names.forEach((name, n) => {
    const org = titleOrg(lexemes, name, names[n - 1]);
    if (org !== undefined) fromTitles.push(org);
  });
  return withShortOrgNames(lexemes, names, fromTitles, (short, org) => {
    fullNames.set(short, text.slice(org.start, org.end));
  });
}

/** The organisation's full name a shortened name stands for ("All England Club"), if any. */
export function fullOrgName(name: NameMention): string | undefined {
  return fullNames.get(name);
}

/**
 * "All England Club chairman Tim Phillips": the capitalised words that open a person's role and
 * end in an organisation word name that organisation. Not when an earlier name already covers
 * them ("White House press secretary ..." reads "White House" on its own).
 */
function titleOrg(
  lexemes: readonly Lexeme[],
  name: NameMention,
  previous: NameMention | undefined,
): NameMention | undefined {
  if (name.kind === "organization" || name.outerFirst >= name.first) return undefined;
  if (previous !== undefined && previous.last >= name.outerFirst) return undefined;
  let to = name.outerFirst - 1;
  for (let k = name.outerFirst; k < name.first; k++) {
    const lex = lexemes[k] as Lexeme;
    if (!lex.word || !lex.cap || isRoleNoun(lex.lower) || TITLE_HEADS.has(lex.lower)) break;
    to = k;
  }
  // The role itself must follow: "Rowing Club chairman", not the whole run.
  if (to < name.outerFirst || to + 1 >= name.first) return undefined;
  if (!ORG_WORDS.has((lexemes[to] as Lexeme).lower)) return undefined;
  const from = withCapitalisedOpener(lexemes, name.outerFirst);
  const toks = lexemes.slice(from, to + 1);
  const lowers = toks.map((t) => t.lower);
  if (!isOrganisation(lowers, toks, lexemes[from - 1])) return undefined;
  return orgMention(lexemes, { from, to }, toks);
}

/**
 * "by All England Club": a function word capitalised inside a sentence is part of the name after
 * it (a sentence's first word is capitalised whatever it is, and an honorific is a title).
 */
function withCapitalisedOpener(lexemes: readonly Lexeme[], from: number): number {
  const before = lexemes[from - 1];
  if (before === undefined) return from;
  const opens =
    before.word &&
    before.cap &&
    !before.initial &&
    before.sentence === (lexemes[from] as Lexeme).sentence &&
    FUNCTION_WORDS.has(before.lower) &&
    !HONORIFICS.has(before.lower) &&
    before.text !== before.text.toUpperCase();
  return opens ? from - 1 : from;
}

/**
 * "An All England club spokesperson": a name followed by a lower-case organisation noun, where
 * exactly one organisation named in the article or in a title has those words and ends in that
 * noun ("All England Club"), is that organisation's mention, noun included; so the spokesperson
 * after it speaks for it. `named` hears of each such mention and the organisation it stands for.
 */
function withShortOrgNames(
  lexemes: readonly Lexeme[],
  names: readonly NameMention[],
  fromTitles: readonly NameMention[],
  named: (short: NameMention, org: NameMention) => void,
): readonly NameMention[] {
  const byEnding = new Map<string, NameMention[]>();
  for (const name of [...names, ...fromTitles]) {
    if (name.kind !== "organization" || name.words.length < 2) continue;
    const key = name.words[name.words.length - 1] as string;
    const list = byEnding.get(key) ?? [];
    const same = list.some((m) => m.words.join(" ") === name.words.join(" "));
    if (!same && list.length < MAX_SAME_ENDING) list.push(name);
    byEnding.set(key, list);
  }
  if (byEnding.size === 0) return names;
  return names.map((name) => {
    const noun = lexemes[name.last + 1];
    if (name.kind === "organization" || name.possessive || noun === undefined) return name;
    if (!noun.word || noun.cap || !ORG_NOUNS.has(noun.lower)) return name;
    const orgs = (byEnding.get(noun.lower) ?? []).filter((m) => holds(m.words, name.words));
    const org = orgs.length === 1 ? orgs[0] : undefined;
    if (org === undefined) return name;
    const short: NameMention = {
      ...name,
      end: noun.end,
      last: name.last + 1,
      words: org.words,
      kind: "organization",
      titled: false,
      possessive: noun.possessive,
    };
    named(short, org);
    return short;
  });
}

/** The organisation's name holds the words together before its last word: "Kent" in "All Kent Rowing Club". */
function holds(whole: readonly string[], part: readonly string[]): boolean {
  for (let at = 0; at + part.length < whole.length; at++) {
    if (part.every((w, i) => whole[at + i] === w)) return true;
  }
  return false;
}
