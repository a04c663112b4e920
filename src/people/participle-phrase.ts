// "Asked about Clinton's vote, she replied": the names in a participle phrase that opens the
// sentence are not who the main clause's he or she is; the participle's subject is the pronoun.

import type { Lexeme } from "../text/lexer.ts";
import type { Ref } from "./mentions.ts";
import { NARRATIVE } from "./sentinels.ts";

/** The longest opening phrase read, in lexemes. */
const PHRASE_LEXEMES = 40;
/** How many references back the phrase's names are read. */
const PHRASE_REFS = 8;
/** Opening words that end like a participle but are prepositions or pronouns ("During", "Nothing"). */
const NOT_PARTICIPLES: ReadonlySet<string> = new Set(
  (
    "according during including following regarding concerning notwithstanding considering " +
    "excluding pending nothing something everything anything"
  ).split(" "),
);

/** What `mostSalient` leaves out for the pronoun `refs[k]`, or undefined when nothing is. */
export interface Aside {
  readonly ids: Set<number>;
  readonly skip: (ref: Ref) => boolean;
}

/**
 * "Asked if Mr Blunkett would resign, he replied", "Describing that first meeting with Lucy, he
 * said": a he or she that opens its sentence's main clause right after a phrase opened by a
 * participle is the participle's subject, so no name in the phrase is its antecedent (whether an
 * object or a subordinate clause's subject). An owner is left in ("Asked about her own vote"
 * names the pronoun's antecedent itself). Other opening phrases are not read: "As for Trump, he
 * said" is Trump.
 */
export function participleAside(
  lexemes: readonly Lexeme[],
  refs: readonly Ref[],
  k: number,
): Aside | undefined {
  const ref = refs[k] as Ref;
  if (!ref.subject || ref.embedded === true || ref.possessive) return undefined;
  if (lexemes[ref.first - 1]?.text !== ",") return undefined;
  const first = sentenceStart(lexemes, ref);
  if (first < 0) return undefined;
  for (let r = k - 1; r >= 0 && k - r <= PHRASE_REFS; r--) {
    const before = refs[r] as Ref;
    if (before.sentence !== ref.sentence) break;
    // A main clause before the pronoun's, or a name that opens the sentence ("Ted Cruz said").
    if (before.quote === NARRATIVE && before.subject && before.embedded !== true) return undefined;
    if (before.first === first) return undefined;
  }
  const opener = (lexemes[first] as Lexeme).lower;
  if (NOT_PARTICIPLES.has(opener) || !/^[a-z]+(?:ed|ing)$/.test(opener)) return undefined;
  return {
    ids: new Set(),
    skip: (other) =>
      other.sentence === ref.sentence && other.first < ref.first && !other.possessive,
  };
}

/** The first lexeme of the pronoun's sentence, a few words back at most; -1 when further. */
function sentenceStart(lexemes: readonly Lexeme[], ref: Ref): number {
  for (let k = ref.first - 1; k >= 0 && ref.first - k <= PHRASE_LEXEMES; k--) {
    if (lexemes[k - 1]?.sentence !== ref.sentence) return k;
  }
  return -1;
}
