// "was described as a "..." by his friend and fellow broadcaster Tom Reed": the passive agent after
// "by" is the speaker of a partial quotation, also when an owner and a role come before its name.
import type { People } from "../people/descriptions.ts";
import type { Lexeme } from "../text/lexer.ts";
import type { Subject } from "./subject.ts";

/** Possessive pronouns that may open the agent: "by his friend", "by their lawyer". */
const OWNER_PRONOUNS: ReadonlySet<string> = new Set(["his", "her", "their", "its"]);
/** Words of the owner before its possessive mark: "the film's", "the club's". */
const MAX_OWNER_WORDS = 3;
/** Lower-case words of the role between the owner and the name: "friend and fellow broadcaster". */
const MAX_ROLE_WORDS = 5;

/**
 * The person named after "by" (lexeme `by`) through an owner and a role: "by his friend and fellow
 * musician Harriet Colby", "by the film's director Lena Vasquez". Only a full name of a person that
 * ends the phrase (punctuation after it) counts: "by his club" names no one, the owner never speaks.
 */
export function possessedAgent(people: People, by: number, limit: number): Subject | undefined {
  const { lexemes, refAt, refs } = people;
  let k = by + 1;
  if (!OWNER_PRONOUNS.has(lexemes[k]?.lower ?? "")) {
    while (k <= limit && k - by <= MAX_OWNER_WORDS && (lexemes[k] as Lexeme).possessive !== true) {
      if ((lexemes[k] as Lexeme).word !== true) return undefined;
      k++;
    }
    if (k > limit || k - by > MAX_OWNER_WORDS) return undefined;
  }
  // The role's words may open the name's mention ("fellow musician Harriet Colby").
  let j = k + 1;
  while (j <= limit && j - k <= MAX_ROLE_WORDS && (refAt[j] ?? -1) < 0 && isRoleWord(lexemes[j]))
    j++;
  const ref = refs[refAt[j] ?? -1];
  if (ref === undefined || ref.first !== j || ref.form === "pronoun" || ref.possessive)
    return undefined;
  if (ref.entity < 0 || people.entities[ref.entity]?.kind !== "person") return undefined;
  if (lexemes[ref.last + 1]?.word === true) return undefined;
  return { entity: ref.entity, first: ref.first, last: ref.last };
}

function isRoleWord(lex: Lexeme | undefined): boolean {
  return lex?.word === true && !lex.cap && !lex.possessive;
}
