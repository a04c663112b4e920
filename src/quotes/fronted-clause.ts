import type { People } from "../people/descriptions.ts";
import { FRONTED_SUBORDINATORS, VERB_CONJUNCTIONS } from "../people/lexicon.ts";
import type { Lexeme } from "../text/lexer.ts";
import { entityOfRef, type Subject } from "./subject.ts";

/** The longest main clause, in words after its subject, read as "X shot back:" before a quotation. */
const MAX_MAIN_VERB_WORDS = 4;

/**
 * The comma that closes a fronted subordinate clause holding the verb at `m`, when a main clause
 * follows it before the quotation: "After Brown criticised Clinton in a debate, Hillary shot back,
 * "...": "criticised" is the clause's, not the quotation's. -1 otherwise ("As Smith put it, "...").
 */
export function frontedClauseEnd(
  lexemes: readonly Lexeme[],
  floor: number,
  m: number,
  open: number,
): number {
  let start = floor;
  while (start < m && !(lexemes[start] as Lexeme).word) start++;
  const opener = lexemes[start];
  const sentence = (lexemes[m] as Lexeme).sentence;
  if (
    opener === undefined ||
    opener.sentence !== sentence ||
    !FRONTED_SUBORDINATORS.has(opener.lower)
  ) {
    return -1;
  }
  // Only the sentence's opening word: "Smith said after the vote, ..." has no fronted clause.
  const before = lexemes[start - 1];
  if (before !== undefined && before.sentence === sentence && before.word) return -1;
  for (let k = m + 1; k < open; k++) {
    if ((lexemes[k] as Lexeme).text !== ",") continue;
    for (let j = k + 1; j < open; j++) if ((lexemes[j] as Lexeme).word) return k;
    return -1;
  }
  return -1;
}

/**
 * The subject of the main clause after a fronted subordinate clause, when that clause is a name
 * and a short verb phrase right before the quotation ("..., Rubio fired back forcefully: "...").
 * Undefined when the main clause says more, so the quotation stays without a cue.
 */
export function mainClauseSubject(
  people: People,
  comma: number,
  open: number,
): Subject | undefined {
  const { lexemes, refs, refAt } = people;
  const r = refAt[comma + 1] ?? -1;
  const ref = refs[r];
  if (ref === undefined || ref.possessive || ref.form === "role") return undefined;
  const mark = lexemes[open - 1] as Lexeme;
  if (mark.text !== ":" && mark.text !== ",") return undefined;
  let words = 0;
  for (let k = ref.last + 1; k < open - 1; k++) {
    const lex = lexemes[k] as Lexeme;
    if (!lex.word || lex.cap || (refAt[k] ?? -1) >= 0) return undefined;
    words++;
  }
  if (words === 0 || words > MAX_MAIN_VERB_WORDS) return undefined;
  return { entity: entityOfRef(people, r), first: ref.first, last: ref.last };
}

/**
 * "...," Katie Packer, who chairs the Principles PAC said / "...," Nate Silver, the polling guru
 * who founded the site tweeted: a name right after the quotation, then a comma whose apposition
 * never closes before the verb at `verb`, is the verb's subject, not a name inside the apposition.
 */
export function leadingSubject(people: People, j: number, verb: number): Subject | undefined {
  const { lexemes, refs, refAt } = people;
  const r = refAt[j] ?? -1;
  const ref = refs[r];
  if (ref === undefined || ref.first !== j || ref.possessive) return undefined;
  if (ref.form === "pronoun" || ref.form === "role" || lexemes[ref.last + 1]?.text !== ",") {
    return undefined;
  }
  for (let k = ref.last + 2; k < verb; k++) {
    const lex = lexemes[k] as Lexeme;
    // "Jeff Joseph, from the Consumer Electronics Association (CEA) told": one word in brackets,
    // an acronym or a tag, is part of the apposition (stop 28).
    if (lex.text === "(" && lexemes[k + 1]?.word === true && lexemes[k + 2]?.text === ")") {
      k += 2;
      continue;
    }
    // "Richard Doherty, from Panasonic's Hollywood Laboratories, one of the pioneers of Blu-ray,
    // told": a comma opening one more apposition (a lower-case word, not a conjunction) or the
    // verb still leaves the name the subject (stop 28).
    if (lex.text === "," && (k + 1 === verb || appositionGoesOn(lexemes[k + 1]))) continue;
    if (!lex.word && lex.text !== "." && lex.text !== "-") return undefined;
  }
  return { entity: entityOfRef(people, r), first: ref.first, last: ref.last };
}

/**
 * Words that open one more apposition after a comma inside one: "one of the pioneers", "the
 * firm's founder", "of CB Richard Ellis". Not a verb ("Tait, given little chance, received praise
 * ..., even if the coach admitted"), nor "who" ("..., who promised"): a clause of its own.
 */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(
  "a an the one two three some his her its their from of at with for in on".split(" "),
);

/** The word after a comma inside an apposition opens another apposition. */
function appositionGoesOn(next: Lexeme | undefined): boolean {
  return next?.word === true && !next.cap && APPOSITION_OPENERS.has(next.lower);
}

/**
 * "Ann Pratt, president and CEO of the Grocers Association stated, "..."": a name opening the
 * sentence, then a comma whose apposition (starting with a lower-case word, not "and") never
 * closes before the verb, is the subject, not the organisation at the apposition's end.
 */
export function openingApposition(people: People, floor: number, m: number): Subject | undefined {
  const ref = people.refs[people.refAt[floor] ?? -1];
  const next = people.lexemes[(ref?.last ?? m) + 2];
  if (ref === undefined || next === undefined || !next.word || next.cap) return undefined;
  if (VERB_CONJUNCTIONS.has(next.lower) || next.lower === "or") return undefined;
  return leadingSubject(people, floor, m);
}
