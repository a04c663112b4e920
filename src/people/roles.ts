import type { Lexeme } from "../text/lexer.ts";
import { speechLemma, VERBS_BEFORE_ROLE } from "../text/speech-verbs.ts";
import {
  ARTICLES,
  FINITE_AUXILIARIES,
  FUNCTION_WORDS,
  isRoleNoun,
  KINSHIP_NOUNS,
  ORG_NOUNS,
  OWNER_DETERMINERS,
  RELATIVE_PRONOUNS,
  ROLE_OF_PREPOSITIONS,
  ROLE_OPENERS,
  ROLE_PREFIX_WORDS,
} from "./lexicon.ts";

/** The longest appositive read after ", " as a role, in lexemes (", the club's director of football since 2019"). */
const MAX_APPOSITIVE_LEXEMES = 14;

/** An appositive's role noun must come within this many lexemes, or it is a clause, not a role. */
const ROLE_NOUN_WITHIN_LEXEMES = 6;

/** The longest capitalised organisation name walked back over in "spokeswoman for the ICRC", in lexemes. */
const MAX_ORG_NAME_LEXEMES = 6;

/** Verbs that end a clause right before a role: "said union leader X" keeps "said" out. */
function isSpeechWord(word: string): boolean {
  return VERBS_BEFORE_ROLE.has(word);
}

/** A role written before a name, e.g. "Homeland Security chief" before "John Kelly". */
export interface RolePrefix {
  /** Lexeme index of its first word. */
  readonly from: number;
  readonly start: number;
  readonly text: string;
}

/**
 * The role words right before the name that starts at lexeme `at`: they must end in a role noun
 * ("chief", "striker", "press secretary") and may carry capitalised modifiers ("Magpies chairman").
 */
export function rolePrefix(
  text: string,
  lexemes: readonly Lexeme[],
  at: number,
): RolePrefix | undefined {
  const head = lexemes[at - 1];
  const name = lexemes[at] as Lexeme;
  if (head === undefined || !head.word || head.cap || head.sentence !== name.sentence)
    return undefined;
  if (!isRoleNoun(head.lower)) return undefined;
  let from = at - 1;
  for (let k = at - 2; k >= 0 && at - 1 - k <= 5; k--) {
    const lex = lexemes[k] as Lexeme;
    if (!lex.word || lex.sentence !== name.sentence || lex.possessive) break;
    if (FUNCTION_WORDS.has(lex.lower)) break;
    // A noun right before the role noun makes a compound role: "union leader", "news editor".
    const compound = k === at - 2 && !/(ly|ed|ing)$/.test(lex.lower) && !isSpeechWord(lex.lower);
    const fits = lex.cap || compound || ROLE_PREFIX_WORDS.has(lex.lower) || isRoleNoun(lex.lower);
    if (!fits) break;
    from = k;
  }
  const first = lexemes[from] as Lexeme;
  return { from, start: first.start, text: text.slice(first.start, head.end) };
}

/**
 * The role given after a name between commas: "Ian Fogg, broadband analyst at Jupiter Research,"
 * or "Timothy Larsen, a professor of Christian thought". Lexeme `after` is the comma.
 */
export function appositiveRole(
  text: string,
  lexemes: readonly Lexeme[],
  after: number,
): string | undefined {
  const comma = lexemes[after];
  if (comma === undefined || comma.text !== ",") return undefined;
  let k = after + 1;
  const firstWord = lexemes[k];
  if (firstWord === undefined || !firstWord.word || firstWord.cap) return undefined;
  if (ARTICLES.has(firstWord.lower)) k++;
  // ", Alan Pike, wanted an experienced manager": a verb after the name starts a clause, not a role.
  else if (/ed$/.test(firstWord.lower) || speechLemma(firstWord.lower) !== undefined)
    return undefined;
  let roleNoun = -1;
  let relative = false;
  let end = k;
  for (; end < lexemes.length && end - k < MAX_APPOSITIVE_LEXEMES; end++) {
    const lex = lexemes[end] as Lexeme;
    if (lex.sentence !== comma.sentence) break;
    if (!lex.word) {
      if (lex.text === "-" || lex.text === "&") continue;
      break;
    }
    // ", several clubs had asked": a verb outside a relative clause makes it a sentence, not a role.
    if (RELATIVE_PRONOUNS.has(lex.lower)) relative = true;
    if (!relative && FINITE_AUXILIARIES.has(lex.lower)) return undefined;
    if (roleNoun < 0 && isRoleNoun(lex.lower) && end - k < ROLE_NOUN_WITHIN_LEXEMES) roleNoun = end;
    if (roleNoun < 0 && end - k >= ROLE_NOUN_WITHIN_LEXEMES) return undefined;
  }
  if (roleNoun < 0) return undefined;
  const stop = lexemes[end];
  if (stop !== undefined && !/^[,.;)—–-]$/.test(stop.text)) return undefined;
  const from = lexemes[k] as Lexeme;
  const to = lexemes[end - 1] as Lexeme;
  return text.slice(from.start, to.end);
}

/**
 * The role given before a name between commas: "Her deputy, Tom Okafor," or "Norway's energy
 * minister, Erik Lunde,". Lexeme `at` is the name's first; relations ("her husband") are no role.
 */
export function roleBeforeName(
  text: string,
  lexemes: readonly Lexeme[],
  at: number,
): string | undefined {
  const comma = lexemes[at - 1];
  if (comma?.text !== ",") return undefined;
  // "A spokeswoman for the ICRC, Marie Dubois,": the role noun comes before whom it serves.
  const noun = servedBy(lexemes, at - 2) ?? at - 2;
  const head = lexemes[noun];
  if (head === undefined || !head.word || head.cap) return undefined;
  if (!isRoleNoun(head.lower) || KINSHIP_NOUNS.has(head.lower)) return undefined;
  let from = noun;
  for (let k = noun - 1; k >= 0 && noun - k <= 4; k--) {
    const lex = lexemes[k] as Lexeme;
    if (lex.sentence !== head.sentence) return roleText(text, lexemes, from, at - 2);
    // The phrase opens with a determiner or an owner: "the state's attorney general".
    if (lex.possessive || ROLE_OPENERS.has(lex.lower)) return roleText(text, lexemes, from, at - 2);
    // "-ed" and "-ly" mark verbs and adverbs; a capitalised word is a name ("United Nations").
    if (!lex.word || FUNCTION_WORDS.has(lex.lower) || (!lex.cap && /(ly|ed)$/.test(lex.lower)))
      break;
    if (speechLemma(lex.lower) !== undefined) break;
    from = k;
  }
  return undefined;
}

/** The role noun of "spokeswoman for the ICRC" when lexeme `last` ends the organisation's name. */
function servedBy(lexemes: readonly Lexeme[], last: number): number | undefined {
  let k = last;
  while (k > last - MAX_ORG_NAME_LEXEMES && lexemes[k]?.word === true && lexemes[k]?.cap === true)
    k--;
  if (k === last) return undefined;
  if (lexemes[k]?.lower === "the") k--;
  if (!ROLE_OF_PREPOSITIONS.has(lexemes[k]?.lower ?? "")) return undefined;
  return isRoleNoun(lexemes[k - 1]?.lower ?? "") ? k - 1 : undefined;
}

function roleText(text: string, lexemes: readonly Lexeme[], from: number, to: number): string {
  return text.slice((lexemes[from] as Lexeme).start, (lexemes[to] as Lexeme).end);
}

/**
 * A name in apposition with an organisation's description is an organisation's: "Streamly, the
 * video streaming service," or "The developer, Greenfield Homes,". Lexemes `first`..`last` are
 * the name.
 */
export function describedAsOrganisation(
  lexemes: readonly Lexeme[],
  first: number,
  last: number,
): boolean {
  if (lexemes[last + 1]?.text === ",") {
    const det = lexemes[last + 2];
    if (det !== undefined && ARTICLES.has(det.lower)) {
      for (let k = last + 3; k <= last + 7; k++) {
        const lex = lexemes[k];
        if (lex === undefined || !lex.word || lex.cap) break;
        if (ORG_NOUNS.has(lex.lower)) return /^[,.;)]$/.test(lexemes[k + 1]?.text ?? "");
      }
    }
  }
  const head = lexemes[first - 2];
  return (
    lexemes[first - 1]?.text === "," &&
    head !== undefined &&
    !head.cap &&
    ORG_NOUNS.has(head.lower) &&
    OWNER_DETERMINERS.has(lexemes[first - 3]?.lower ?? "")
  );
}
