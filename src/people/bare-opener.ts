// A capitalised word that only ever opens a sentence: "Reports suggest that ...", "Research shows
// ...", "Attaining earnings ... remains the goal". The article gives no sign that it is a name (no
// title, no role, no second mention), and a sentence's first word is capitalised whatever it is, so
// a cue whose subject is that word (or a pronoun resolved to it) names nobody newsbrief can show,
// nor does a his/her after it make it a person.
import type { Lexeme } from "../text/lexer.ts";
import type { EntityDraft } from "./entities.ts";
import { FIRST_NAMES } from "./first-names.ts";

/**
 * The entity is one word of unknown kind, named once in the article, as a sentence's first word,
 * and no known given name ("Kelly said he was fine" is a person however little else is said).
 */
export function isBareOpener(lexemes: readonly Lexeme[], draft: EntityDraft | undefined): boolean {
  if (draft === undefined || draft.kind !== "unknown" || draft.mentions.length !== 1) return false;
  const mention = draft.mentions[0];
  if (mention === undefined || mention.first !== mention.last || mention.title !== undefined) {
    return false;
  }
  const word = lexemes[mention.first];
  return word?.initial === true && !FIRST_NAMES.has(word.lower);
}
