// Places the word lists do not know, read from how the article uses them: "in Clarkston",
// "Clarkston, Georgia". A town's name is never a speaker, nor the antecedent of "he" ("Clarkston
// became his home" does not make Clarkston a man).
import type { Lexeme } from "../text/lexer.ts";
import { isSpeechVerbLexeme as isSpeechVerb } from "../text/speech-verbs.ts";
import { FIRST_NAMES } from "./first-names.ts";
import { words } from "./lexicon/words.ts";
import type { NameMention } from "./names.ts";
import { PLACES } from "./places.ts";
import { knownSurnames } from "./title-split.ts";

/** Nouns of owning before "in" that make what follows a firm: "shares in Southwest", "a stake in". */
const OWNING_NOUNS = words(`
  stake stakes share shares holding holdings interest interests invest invested investing
  investment investments investor investors
`);

/** The words of a mention as one key: "st. clairsville". */
function keyOf(mention: NameMention): string {
  return mention.words.join(" ");
}

/** "Carson, California", "Hudson, New Hampshire": a known place after a comma, then no word. */
function beforeKnownPlace(lexemes: readonly Lexeme[], last: number): boolean {
  if (lexemes[last + 1]?.text !== ",") return false;
  for (let n = 1; n <= 2; n++) {
    const parts = lexemes.slice(last + 2, last + 2 + n);
    if (parts.length < n || parts.some((p) => !p.word || !p.cap || p.possessive)) return false;
    const after = lexemes[last + 2 + n];
    const place = parts.map((p) => p.lower).join(" ");
    if (PLACES.has(place) && (after === undefined || !after.word)) return true;
  }
  return false;
}

/** One mention says where: after "in", or before a known place and a comma. */
function saysWhere(lexemes: readonly Lexeme[], mention: NameMention): boolean {
  if (mention.kind !== "unknown" || mention.titled || mention.possessive) return false;
  const before = lexemes[mention.outerFirst - 1];
  const inBefore =
    before?.word === true &&
    before.lower === "in" &&
    before.quote === mention.quote &&
    !OWNING_NOUNS.has(lexemes[mention.outerFirst - 2]?.lower ?? "");
  return inBefore || beforeKnownPlace(lexemes, mention.last);
}

/**
 * A name the article uses like a person's or an organisation's anywhere: with a title, a given
 * name, a speech verb ("Hudson said", "said Hudson") or as the surname of someone named in full.
 */
function usedAsSomeone(
  lexemes: readonly Lexeme[],
  mention: NameMention,
  surnames: ReadonlySet<string>,
): boolean {
  return (
    mention.kind === "person" ||
    mention.kind === "organization" ||
    mention.titled ||
    FIRST_NAMES.has(mention.words[0] ?? "") ||
    mention.words.some((w) => surnames.has(w)) ||
    isSpeechVerb(lexemes[mention.last + 1]) ||
    isSpeechVerb(lexemes[mention.outerFirst - 1])
  );
}

/**
 * Reads as places the names of unknown kind that the article puts after "in" or before ", Ohio",
 * unless it also uses them like someone's: every mention of such a name becomes a place's.
 */
export function withPlacesByUse(
  lexemes: readonly Lexeme[],
  mentions: readonly NameMention[],
): NameMention[] {
  const places = new Set<string>();
  for (const m of mentions) if (saysWhere(lexemes, m)) places.add(keyOf(m));
  if (places.size === 0) return [...mentions];
  const surnames = knownSurnames(mentions);
  for (const m of mentions) if (usedAsSomeone(lexemes, m, surnames)) places.delete(keyOf(m));
  return mentions.map((m) =>
    m.kind === "unknown" && places.has(keyOf(m)) ? { ...m, kind: "place" } : m,
  );
}
