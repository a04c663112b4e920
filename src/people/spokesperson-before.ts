// "A Bayern spokesman said ... "He's got back pain," the spokesman said": a spokesperson described
// again speaks for whoever the one introduced a little before spoke for.
import type { Lexeme } from "../text/lexer.ts";
import type { People } from "./descriptions.ts";
import type { Ref } from "./mentions.ts";
import { NARRATIVE, NOBODY } from "./sentinels.ts";
import { ownerBeforeNoun, spokespersonAfter } from "./spokespeople.ts";

/** How far back the spokesperson introduced before may be, in sentences and in references. */
const MAX_SENTENCES_BACK = 3;
const MAX_REFS_BACK = 40;

/**
 * The entity "the spokesman" (reference `index`) speaks for when a spokesperson of the same noun
 * was introduced shortly before: "a Bayern spokesman", "Mr Blair's spokesman", "a spokeswoman for
 * Lufthansa", "the prime minister's spokesman". NOBODY when that one spoke for nobody named;
 * undefined when there is none.
 */
export function spokespersonBefore(people: People, index: number): number | undefined {
  const ref = people.refs[index] as Ref;
  const { lexemes } = people;
  for (let r = index - 1; r >= 0 && index - r <= MAX_REFS_BACK; r--) {
    const other = people.refs[r] as Ref;
    if (ref.sentence - other.sentence > MAX_SENTENCES_BACK) return undefined;
    if (other.quote !== NARRATIVE) continue;
    // "the prime minister's spokesman", "a spokeswoman for Lufthansa", "a spokesman": a voice.
    if (other.voice !== undefined && other.head === ref.head) return entityOf(other);
    // "the spokesman said ... the spokesman added": the same description, already resolved.
    if (other.form === "role" && other.head === ref.head && other.voice === undefined) {
      return other.anonymous === true ? NOBODY : entityOf(other);
    }
    // "A Bayern spokesman", "Mr Blair's official spokesman": a name that owns one.
    if (
      other.form !== "pronoun" &&
      other.form !== "role" &&
      ownsSpokesperson(lexemes, other, ref)
    ) {
      return entityOf(other);
    }
  }
  return undefined;
}

function entityOf(ref: Ref): number {
  return ref.entity >= 0 ? ref.entity : NOBODY;
}

/** The name `owner` stands right before a spokesperson of the noun `ref` is headed by. */
function ownsSpokesperson(lexemes: readonly Lexeme[], owner: Ref, ref: Ref): boolean {
  const head = ref.head as string;
  if (owner.possessive) {
    if (!spokespersonAfter(lexemes, owner.last)) return false;
    for (let k = owner.last + 1; k <= owner.last + 4; k++) {
      if (lexemes[k]?.lower === head) return true;
    }
    return false;
  }
  for (let k = owner.last + 1; k <= owner.last + 2; k++) {
    if (lexemes[k]?.lower === head) return ownerBeforeNoun(lexemes, k) === owner.last;
  }
  return false;
}
