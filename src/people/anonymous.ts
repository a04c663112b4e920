import type { Lexeme } from "../text/lexer.ts";
import { speechLemma, speechLemmaOfLower } from "../text/speech-verbs.ts";
import { opensClause } from "./clause.ts";
import {
  ANONYMOUS_HEAD_PREPOSITIONS,
  ASSOCIATE_NOUNS,
  COMPARISON_WORDS,
  FINITE_AUXILIARIES,
  FUNCTION_WORDS,
  genderOfNoun,
  INDEFINITES,
  isRoleNoun,
  KINSHIP_NOUNS,
  PERSON_NOUNS,
  SPEAKS_FOR_PREPOSITIONS,
  SPOKES_NOUNS,
} from "./lexicon.ts";
import type { Ref } from "./mentions.ts";
import type { NameMention } from "./names.ts";
import { NATIONALITIES } from "./places.ts";
import { NOBODY, UNRESOLVED } from "./sentinels.ts";
import { isSpokesperson } from "./spokespeople.ts";

/** What the reference builder knows so far: the names, and the references already made. */
export interface RefsSoFar {
  readonly names: readonly NameMention[];
  /** Lexeme → name starting there. */
  readonly nameAt: Int32Array;
  /** Lexeme → reference covering it, filled up to the current lexeme. */
  readonly refAt: Int32Array;
  /** Whether the name of that index is a person's. */
  readonly isPerson: (name: number) => boolean;
}

/**
 * A person the article introduces without a name, in a clause's subject: "One victim, an
 * 81-year-old widow," / "A spokeswoman for the transit authority" / "Reyes's mother" (the phrase
 * starts at lexeme `i`; its clause at `clause`). It refers to nobody the article names, so the
 * pronouns and descriptions after it must not lend it a name. Undefined when the phrase is followed
 * by the person's name (", Jorge Tello,"), stands in apposition to one ("Raj Mehta, an analyst") or
 * to the he/she after it ("A former critic of the Lords, he has said"), or speaks for a named
 * organisation ("a spokeswoman for Lufthansa").
 */
export function anonymousRef(
  lexemes: readonly Lexeme[],
  i: number,
  known: RefsSoFar,
  clause: number,
): Ref | undefined {
  const det = lexemes[i] as Lexeme;
  if (!det.word) return undefined;
  // Owned by a name ("Reyes's mother") or by a description ("the former vice president's spokeswoman").
  const owned = det.possessive && (det.cap || (known.refAt[i] ?? -1) >= 0);
  const definite = det.lower === "the";
  if (!owned && !definite && !INDEFINITES.has(det.lower)) return undefined;
  const head = anonymousHead(lexemes, i, known);
  if (head < 0) return undefined;
  // "The prime minister's official aide": someone's aide, as unnamed as "an aide".
  // "the former top aide to President X": someone close to X, unnamed, never X.
  if (definite && !ownedBefore(lexemes, i, head) && !associateOf(lexemes, head, known)) {
    return undefined;
  }
  const noun = (lexemes[head] as Lexeme).lower;
  if (nameFollows(lexemes, head, known)) return undefined;
  if (frontedApposition(lexemes, i, head)) return undefined;
  // "the former vice president's spokeswoman" speaks for whoever the owner turns out to be ("Al
  // Gore's spokeswoman" is read by the cue itself, as the name is known).
  if (owned && !det.cap && isSpokesperson(noun)) return ownedVoice(lexemes, i, head, clause);
  if (inApposition(lexemes, clause, known.refAt)) return undefined;
  if (owned && !KINSHIP_NOUNS.has(noun)) return undefined;
  // "A spokeswoman for Lufthansa said", "a spokesman said": the organisation speaks through them.
  // "a spokesman for the author" speaks for someone unnamed: no organisation in focus stands in.
  const party = partyBefore(lexemes, i, head);
  const voice =
    !owned &&
    SPOKES_NOUNS.has(noun) &&
    (lexemes[head - 1] === det || party !== undefined) &&
    (organisationAfter(lexemes, head, known) !== undefined ||
      !ANONYMOUS_HEAD_PREPOSITIONS.has(lexemes[head + 1]?.lower ?? ""));
  const speaksFor = voice ? organisationAfter(lexemes, head, known) : undefined;
  if (!voice && organisationAfter(lexemes, head, known) !== undefined) return undefined;
  if (!opensClause(lexemes, clause) && !afterSpeechVerb(lexemes, i)) return undefined;
  // "his image as a populist fighter": after "as" or "like" the phrase describes, it does not act.
  if (COMPARISON_WORDS.has(lexemes[i - 1]?.lower ?? "")) return undefined;
  return {
    first: i,
    last: head,
    form: "role",
    entity: NOBODY,
    possessive: false,
    quote: det.quote,
    sentence: det.sentence,
    paragraph: det.paragraph,
    subject: true,
    head: noun,
    anonymous: true,
    ...genderOfNoun(noun),
    ...(voice ? { voice: { speaksFor: speaksFor ?? -1, ...(party ? { party } : {}) } } : {}),
  };
}

/**
 * The spokesperson of the owner whose possessive word is lexeme `i` ("Gore's spokeswoman"): a
 * voice resolved later to whoever the owner is, person or organisation (`voiceOwner`).
 */
function ownedVoice(lexemes: readonly Lexeme[], i: number, head: number, clause: number): Ref {
  const det = lexemes[i] as Lexeme;
  const noun = (lexemes[head] as Lexeme).lower;
  return {
    first: i,
    last: head,
    form: "role",
    entity: UNRESOLVED,
    possessive: false,
    quote: det.quote,
    sentence: det.sentence,
    paragraph: det.paragraph,
    // Made wherever it stands ("according to the minister's spokesman"): the owner's words.
    subject: opensClause(lexemes, clause),
    head: noun,
    anonymous: true,
    ...genderOfNoun(noun),
    voice: { speaksFor: -1, owner: i },
  };
}

/** Prepositions that tie an associate to the person: "aide to X", "friend of X". */
const ASSOCIATE_PREPOSITIONS: ReadonlySet<string> = new Set(["to", "of"]);

/**
 * "aide to President X", "friend of Y": the associate noun at `head` followed by a person's name
 * (not an organisation's: "the assistant to the board" is a post someone holds).
 */
export function associateOf(
  lexemes: readonly Lexeme[],
  head: number,
  known: Pick<RefsSoFar, "names" | "nameAt">,
): boolean {
  const noun = lexemes[head];
  if (noun === undefined || !ASSOCIATE_NOUNS.has(noun.lower)) return false;
  if (!ASSOCIATE_PREPOSITIONS.has(lexemes[head + 1]?.lower ?? "")) return false;
  const name = known.names[known.nameAt[head + 2] ?? -1];
  return name !== undefined && name.kind !== "organization" && !name.possessive;
}

/** A possessive between the article at `i` and the head: "the minister's spokesman". */
function ownedBefore(lexemes: readonly Lexeme[], i: number, head: number): boolean {
  for (let k = i + 1; k < head; k++) if ((lexemes[k] as Lexeme).possessive) return true;
  return false;
}

/** "Raj Mehta, an analyst at ...", "Shriver — a member of ...": the phrase is the name before it. */
function inApposition(lexemes: readonly Lexeme[], at0: number, refAt: Int32Array): boolean {
  if (!/^[,—–(-]$/.test(lexemes[at0 - 1]?.text ?? "")) return false;
  // "Amira, 34, a mother of three,": the age between the name and the phrase.
  const aged = /^\d{1,3}$/.test(lexemes[at0 - 2]?.text ?? "") && lexemes[at0 - 3]?.text === ",";
  const at = aged ? at0 - 2 : at0;
  return (refAt[at - 2] ?? -1) >= 0 || lexemes[at - 2]?.cap === true;
}

/**
 * The noun that ends an unnamed person's phrase starting at `i`: "a union official", "a senior
 * Dresner adviser" (someone's associate, unnamed as any other), or -1.
 */
function anonymousHead(lexemes: readonly Lexeme[], i: number, known: RefsSoFar): number {
  const det = lexemes[i] as Lexeme;
  let associate = false;
  for (let k = i + 1; k < lexemes.length && k - i <= 4; k++) {
    const lex = lexemes[k] as Lexeme;
    if (!lex.word || lex.sentence !== det.sentence) return -1;
    const n = known.nameAt[k] ?? -1;
    const name = n < 0 ? undefined : known.names[n];
    if (name !== undefined) {
      // Only a person's: "a Juventus official" or "a Texas voter" may be the person named next.
      if (associate || name.possessive || !known.isPerson(n) || !INDEFINITES.has(det.lower)) {
        return -1;
      }
      associate = true;
      k = name.last;
      continue;
    }
    // "A Japanese fisherman": a nationality is the only capital such a phrase holds.
    if (lex.cap) {
      if (NATIONALITIES.has(lex.lower)) continue;
      return -1;
    }
    if (FUNCTION_WORDS.has(lex.lower) || speechLemmaOfLower(lex.lower) !== undefined) return -1;
    const next = lexemes[k + 1];
    // "A juror who declined to give her name": a noun with "who" after it is a person.
    const person = isRoleNoun(lex.lower) || PERSON_NOUNS.has(lex.lower) || next?.lower === "who";
    if (!person) continue;
    // "a union official" ends at "official"; "a police officer" goes on to "officer".
    if (next?.word === true && !next.cap && isRoleNoun(next.lower)) continue;
    // "A Bayern spokesman" is no associate: the name speaks through them (`namedSpokesperson`).
    return associate && SPOKES_NOUNS.has(lex.lower) ? -1 : k;
  }
  return -1;
}

/** The first lexeme of a name inside an unnamed person's phrase ("a senior Dresner adviser"), or -1. */
export function nameInside(ref: Ref, nameAt: Int32Array): number {
  for (let k = ref.first + 1; k < ref.last; k++) if ((nameAt[k] ?? -1) >= 0) return k;
  return -1;
}

/**
 * "a Labour spokesman", "A Labour party spokesman": the one capitalised word between the
 * determiner at `i` and the spokesperson noun at `head` names a party, lower case, or undefined.
 */
function partyBefore(lexemes: readonly Lexeme[], i: number, head: number): string | undefined {
  const word = lexemes[i + 1];
  if (word === undefined || !word.cap || !NATIONALITIES.has(word.lower)) return undefined;
  const party = head === i + 3 && lexemes[i + 2]?.lower === "party";
  return head === i + 2 || party ? word.lower : undefined;
}

/** How many lexemes after its noun a fronted apposition's comma may come. */
const FRONTED_APPOSITION_LEXEMES = 8;

/**
 * "A former critic of the House of Lords, he has said": a phrase that opens its sentence and ends
 * at a comma before "he" or "she", with no verb in it, describes that pronoun's person; it is
 * nobody unnamed of its own.
 */
function frontedApposition(lexemes: readonly Lexeme[], i: number, head: number): boolean {
  const det = lexemes[i] as Lexeme;
  if (lexemes[i - 1]?.sentence === det.sentence) return false;
  for (let k = head + 1; k < lexemes.length && k - head <= FRONTED_APPOSITION_LEXEMES; k++) {
    const lex = lexemes[k] as Lexeme;
    if (lex.sentence !== det.sentence) return false;
    if (lex.text === ",") {
      const next = lexemes[k + 1];
      return next?.lower === "he" || next?.lower === "she";
    }
    if (!lex.word) return false;
    if (!lex.cap && (FINITE_AUXILIARIES.has(lex.lower) || speechLemma(lex.lower) !== undefined)) {
      return false;
    }
  }
  return false;
}

/** ", Jorge Tello," after the phrase: the person has a name. */
function nameFollows(lexemes: readonly Lexeme[], head: number, known: RefsSoFar): boolean {
  if (lexemes[head + 1]?.text !== ",") return false;
  const name = known.names[known.nameAt[head + 2] ?? -1];
  return name !== undefined && !name.possessive;
}

/** "for Lufthansa" after a spokesperson: the lexeme where the organisation's name starts. */
function organisationAfter(
  lexemes: readonly Lexeme[],
  head: number,
  known: RefsSoFar,
): number | undefined {
  const next = lexemes[head + 1];
  if (!SPOKES_NOUNS.has((lexemes[head] as Lexeme).lower)) return undefined;
  if (next === undefined || !SPEAKS_FOR_PREPOSITIONS.has(next.lower)) return undefined;
  const at = head + 2 + (lexemes[head + 2]?.lower === "the" ? 1 : 0);
  return (known.nameAt[at] ?? -1) >= 0 ? at : undefined;
}

/** "said a neighbour who...": the subject of an inverted verb of saying. */
function afterSpeechVerb(lexemes: readonly Lexeme[], i: number): boolean {
  const prev = lexemes[i - 1];
  return prev?.word === true && prev.sentence === (lexemes[i] as Lexeme).sentence
    ? speechLemma(prev.lower) !== undefined
    : false;
}

/** True for a reference to someone the article leaves unnamed, or a pronoun resolved to one. */
export function isAnonymous(ref: Ref): boolean {
  return (
    ref.entity === NOBODY && (ref.anonymous === true || (ref.form === "pronoun" && !ref.neuter))
  );
}
