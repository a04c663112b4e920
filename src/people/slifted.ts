// "Mr Blair has failed to tackle these problems, he claimed, saying ...": a reporting clause put
// after the words it reports, after a comma. Its he or she is not the subject of those words: a
// writer who meant Mr Blair would have written "Mr Blair claimed" or "..., Mr Blair claimed".

import type { Lexeme } from "../text/lexer.ts";
import { firstMainSubject, isMainSubject } from "./main-subject.ts";
import type { Ref } from "./mentions.ts";
import { NARRATIVE } from "./sentinels.ts";

/** How many references back the reported words' subject is looked for. */
const REFS_BACK = 8;

/**
 * The entity of the main subject of the words a he or she at `refs[k]` reports, when the pronoun
 * is the subject of a reporting clause after a comma that ends at the next punctuation ("..., he
 * claimed," / "..., she added."); -1 otherwise. A clause that goes on ("When Ames arrived, he said
 * the plan ...") is not one. Bounded: a few references back.
 */
export function reportedSubject(
  lexemes: readonly Lexeme[],
  refs: readonly Ref[],
  k: number,
): number {
  const ref = refs[k];
  if (ref === undefined || ref.form !== "pronoun" || ref.possessive) return -1;
  const comma = lexemes[ref.first - 1];
  const verb = lexemes[ref.last + 1];
  const end = lexemes[ref.last + 2];
  if (comma?.text !== "," || comma.sentence !== ref.sentence) return -1;
  if (verb?.word !== true || verb.cap || !verb.lower.endsWith("ed")) return -1;
  if (end === undefined || end.word || !/^[,.;]$/.test(end.text)) return -1;
  for (let r = k - 1; r >= 0 && k - r <= REFS_BACK; r--) {
    const before = refs[r] as Ref;
    if (before.sentence !== ref.sentence || before.quote !== NARRATIVE) return -1;
    if (!isMainSubject(before) || !firstMainSubject(refs, r, REFS_BACK)) continue;
    // A name or description, not a pronoun ("She was tired, she said" may be one person) nor an
    // owner ("Her role meant she ..., she argued").
    const named = before.form !== "pronoun" && !before.possessive;
    return named && before.entity >= 0 ? before.entity : -1;
  }
  return -1;
}
