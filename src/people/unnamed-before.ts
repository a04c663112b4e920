import { type Lexeme, NOT_QUOTED } from "../text/lexer.ts";
import type { People } from "./descriptions.ts";
import { FUNCTION_WORDS } from "./lexicon.ts";
import type { Ref } from "./mentions.ts";
import { isPersonLike } from "./salience.ts";

/** How far back an unnamed group of the description's noun is looked for: this sentence and two before. */
const SENTENCES_BACK = 2;
/** A bound on the words read back, so a long sentence costs no more than this. */
const LEXEMES_BACK = 120;
/** How far each way a group's sentence is read for a named subject. */
const SENTENCE_REACH = 60;

/** "official" → "officials"; "secretary" → "secretaries"; "spokesman" → "spokesmen". */
function pluralOf(head: string): string {
  if (head.endsWith("man")) return `${head.slice(0, -3)}men`;
  if (/[^aeiou]y$/.test(head)) return `${head.slice(0, -1)}ies`;
  if (/(s|sh|ch|x)$/.test(head)) return `${head}es`;
  return `${head}s`;
}

/**
 * "As X's stature grew, Mexican officials conducted polling ... "...," the official said": a
 * description whose noun nobody in the article is given, right after an unnamed group of that noun
 * acting in the narrative, is one of them: nobody the article names, never the most salient name.
 * The nearest use of the noun decides ("the official" before it is someone already met, "were
 * greeted by an organizer" the unnamed agent "the organizer" then is); a group
 * named right after ("officials Ana Ruiz and ...") or acting beside a named subject ("Deeley will
 * host her last show and guest presenters will stand in") is not who the description is.
 */
export function unnamedGroupBefore(people: People, ref: Ref, head: string): boolean {
  const { lexemes, refAt, refs } = people;
  const plural = pluralOf(head);
  for (let k = ref.first - 1; k >= 0 && ref.first - k <= LEXEMES_BACK; k--) {
    const lex = lexemes[k];
    if (lex === undefined || lex.sentence < ref.sentence - SENTENCES_BACK) break;
    if (!lex.word || (lex.cap && !lex.initial) || lex.quote !== NOT_QUOTED) continue;
    if (lex.lower === head) return agentIntroduced(lexemes, k);
    if (lex.lower !== plural) continue;
    if (namedSubjectIn(people, k) || !opensGroup(lexemes, k)) return false;
    const named = refs[refAt[k + 1] ?? -1];
    return !(lexemes[k + 1]?.cap === true && named !== undefined && named.entity >= 0);
  }
  return false;
}

/** A person's name is a clause's subject in the sentence of lexeme `k`. */
function namedSubjectIn(people: People, k: number): boolean {
  const { lexemes, refAt, refs, entities } = people;
  const sentence = (lexemes[k] as Lexeme).sentence;
  for (
    let j = Math.max(0, k - SENTENCE_REACH);
    j < lexemes.length && j <= k + SENTENCE_REACH;
    j++
  ) {
    if ((lexemes[j] as Lexeme).sentence !== sentence) continue;
    const ref = refs[refAt[j] ?? -1];
    if (ref === undefined || !ref.subject || ref.possessive || ref.entity < 0) continue;
    const named = ref.form === "name" || ref.form === "surname" || ref.form === "title";
    if (named && isPersonLike(entities[ref.entity])) return true;
  }
  return false;
}

/** Words after which a plural noun phrase may be a clause's subject. */
const GROUP_OPENERS: ReadonlySet<string> = new Set([",", ";", "and", "but"]);

/**
 * "..., Mexican officials conducted polling", "Officials said": the plural at `k` heads a phrase
 * (up to two modifiers before it) that opens its sentence or follows a comma, "and" or "but";
 * "backs student directors" or "a group of actresses" is no group that acts.
 */
function opensGroup(lexemes: readonly Lexeme[], k: number): boolean {
  const sentence = (lexemes[k] as Lexeme).sentence;
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
    const lex = lexemes[j] as Lexeme;
    if (lex.sentence !== sentence || GROUP_OPENERS.has(lex.lower)) return true;
    if (!lex.word || FUNCTION_WORDS.has(lex.lower)) return false;
  }
  return k === 0;
}

/**
 * "were greeted by an organizer": the noun at `k` introduced as the unnamed agent of a passive,
 * "by" then "a"/"an" and up to one modifier before it.
 */
function agentIntroduced(lexemes: readonly Lexeme[], k: number): boolean {
  for (let j = k - 1; j >= 1 && k - j <= 2; j--) {
    const lex = lexemes[j] as Lexeme;
    if (!lex.word) return false;
    if (lex.lower === "a" || lex.lower === "an") return lexemes[j - 1]?.lower === "by";
  }
  return false;
}
