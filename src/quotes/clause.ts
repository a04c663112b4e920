import { type People, resolveDescription } from "../people/descriptions.ts";
import { FUNCTION_WORDS, isRoleNoun, SPOKES_NOUNS } from "../people/lexicon.ts";
import type { Ref } from "../people/mentions.ts";
import { isPersonLike, mostSalient } from "../people/salience.ts";
import type { Lexeme } from "../text/lexer.ts";

/** Who a cue names: an entity (≥ 0), or NOBODY when it names someone the article does not. */
export interface Subject {
  readonly entity: number;
  /** Lexeme range of the words that name the speaker. */
  readonly first: number;
  readonly last: number;
}

/** Marks the role descriptions inside a cue as confirmed: the article names its speaker with them. */
export function confirmCue(people: People, first: number, last: number): void {
  for (let k = first; k <= last; k++) {
    const r = people.refAt[k] ?? -1;
    if (r >= 0 && people.refs[r]?.form === "role") people.confirmed.add(r);
  }
}

/** The entity a spokesperson speaks for; a name with a spokesperson is an organisation's. */
function spokenFor(people: People, r: number): number {
  const entity = entityOfRef(people, r);
  const draft = people.entities[entity];
  if (draft !== undefined && draft.kind === "unknown") draft.kind = "organization";
  return entity;
}

/** The entity id of "crowds", "sources", "a witness": somebody, but nobody the article names. */
export const NOBODY = -2;

/** Words that may stand between a subject and its verb: "Kelly further suggested", "is quoted as". */
const BETWEEN = new Set(
  (
    "is was were are be been being has have had will would could should can may might must do " +
    "does did also then later further initially only just still again once first now previously " +
    "recently reportedly repeatedly simply finally quickly immediately never always often not ever " +
    "already even however too quoted as himself herself themselves itself publicly privately " +
    "separately earlier subsequently angrily flatly"
  ).split(" "),
);

const PLURAL_PEOPLE = new Set(
  (
    "they we i you it one crowds crowd people officials sources witnesses residents critics " +
    "supporters protesters analysts experts observers aides insiders reports others many some " +
    "fans voters workers students parents neighbours neighbors colleagues friends viewers " +
    "several someone somebody anyone everyone nobody police"
  ).split(" "),
);

const DETERMINERS = new Set([
  "a",
  "an",
  "the",
  "some",
  "many",
  "one",
  "two",
  "several",
  "another",
  "his",
  "her",
  "their",
]);

function skipBetween(lexemes: readonly Lexeme[], k: number, floor: number): number {
  let i = k;
  while (i >= floor) {
    const lex = lexemes[i] as Lexeme;
    if (!lex.word || lex.cap || !(BETWEEN.has(lex.lower) || /ly$/.test(lex.lower))) break;
    i--;
  }
  return i;
}

/** The entity a reference stands for, resolving descriptions on demand. */
export function entityOfRef(people: People, index: number): number {
  const ref = people.refs[index] as Ref;
  if (ref.form === "role") return resolveDescription(people, index);
  return ref.entity >= 0 ? ref.entity : NOBODY;
}

/**
 * The subject of the speech verb at lexeme `verb`, looking back no further than `floor`:
 * "Bush said", "Kelly, for his part, vehemently denied", "Shepherd, who accused".
 */
export function subjectBefore(people: People, verb: number, floor: number): Subject | undefined {
  const { lexemes } = people;
  let k = skipBetween(lexemes, verb - 1, floor);
  const gerund = (lexemes[verb] as Lexeme | undefined)?.lower.endsWith("ing") === true;
  // "Clinton spoke about Tulsa, Oklahoma, arguing that...": a participle after a comma is the clause's.
  if (gerund && lexemes[k]?.text === ",") return clauseSubject(people, Math.max(floor, k - 40), k);
  let appositive: Subject | undefined;
  // Skip up to three appositions: "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said".
  for (let skips = 0; skips < 3; skips++) {
    const lex = lexemes[k];
    if (lex === undefined || k < floor || lex.word || !/^[,—–)-]$/.test(lex.text)) break;
    const opener = lex.text === ")" ? "(" : lex.text;
    let j = k - 1;
    while (j >= floor && k - j <= 30 && (lexemes[j] as Lexeme).text !== opener) j--;
    if (j < floor || (lexemes[j] as Lexeme).text !== opener) {
      return appositive ?? clauseSubject(people, Math.max(floor, k - 40), k);
    }
    appositive ??= leadingName(people, j + 1, k - 1);
    k = skipBetween(lexemes, j - 1, floor);
  }
  if (k < floor) return appositive;
  // "footage of Trump saying": a gerund's subject may sit inside a prepositional phrase.
  const subject = nounPhraseEndingAt(people, k, floor, gerund);
  // "The local MP, Grace Adeyemi, told": the name in the apposition says who better than the role.
  if (appositive !== undefined && (subject === undefined || isDescription(people, subject))) {
    return appositive;
  }
  return subject;
}

/** The subject is a description, not a name: an apposition's name says better who it is. */
function isDescription(people: People, subject: Subject): boolean {
  if (subject.entity === NOBODY) return true;
  const ref = people.refs[people.refAt[subject.last] ?? -1];
  return ref === undefined || ref.form === "role";
}

/** A name that opens an apposition: ", Grace Adeyemi," or ", state Senator Paul Drummond,". */
function leadingName(people: People, from: number, to: number): Subject | undefined {
  for (let k = from; k <= to && k - from <= 2; k++) {
    const ref = people.refs[people.refAt[k] ?? -1];
    if (ref === undefined) continue;
    if (ref.possessive || (ref.form !== "name" && ref.form !== "title")) return undefined;
    return ref.last === to
      ? { entity: entityOfRef(people, people.refAt[k] ?? -1), first: ref.first, last: ref.last }
      : undefined;
  }
  return undefined;
}

/** The first subject-like reference between `from` and `to` (a participle's subject: "X refused, saying"). */
function clauseSubject(people: People, from: number, to: number): Subject | undefined {
  for (let k = from; k < to; k++) {
    const r = people.refAt[k] ?? -1;
    if (r < 0) continue;
    const ref = people.refs[r] as Ref;
    if (!ref.possessive && ref.form !== "pronoun" && ref.form !== "role") {
      return { entity: entityOfRef(people, r), first: ref.first, last: ref.last };
    }
    if (ref.form === "pronoun" && ref.subject) {
      return { entity: entityOfRef(people, r), first: ref.first, last: ref.last };
    }
    k = ref.last;
  }
  return undefined;
}

function nounPhraseEndingAt(
  people: People,
  k: number,
  floor: number,
  gerund = false,
): Subject | undefined {
  const { lexemes, refAt, refs } = people;
  const r = refAt[k] ?? -1;
  if (r >= 0) {
    const ref = refs[r] as Ref;
    if (ref.possessive) return undefined;
    const owned = gerund ? undefined : ownerOf(people, ref, r, floor);
    if (owned !== undefined) return owned;
    return { entity: entityOfRef(people, r), first: ref.first, last: k };
  }
  const lex = lexemes[k] as Lexeme;
  if (!lex.word) return undefined;
  if (lex.lower === "who" || lex.lower === "which") {
    const j = (lexemes[k - 1] as Lexeme | undefined)?.text === "," ? k - 2 : k - 1;
    const antecedent = refAt[j] ?? -1;
    if (antecedent >= 0 && j >= floor)
      return { entity: entityOfRef(people, antecedent), first: k, last: k };
    return undefined;
  }
  if (PLURAL_PEOPLE.has(lex.lower)) return { entity: NOBODY, first: k, last: k };
  // "Fans chanted": a plural noun opening the sentence is a group, not a name.
  if (lex.initial && lex.cap && lex.lower.endsWith("s"))
    return { entity: NOBODY, first: k, last: k };
  if (lex.cap || FUNCTION_WORDS.has(lex.lower)) return undefined;
  const owned = possessedRole(people, k, floor);
  if (owned !== undefined) return owned;
  for (let j = k - 1; j >= floor && k - j <= 4; j--) {
    const before = lexemes[j] as Lexeme;
    if (!before.word) break;
    if (DETERMINERS.has(before.lower)) return { entity: NOBODY, first: j, last: k };
    if (FUNCTION_WORDS.has(before.lower)) break;
  }
  return undefined;
}

/**
 * "Obama's former campaign strategist said": a role owned by someone else names the person in
 * focus who is not that owner, or nobody.
 */
function possessedRole(people: People, k: number, floor: number): Subject | undefined {
  const { lexemes, refAt, refs } = people;
  if (!isRoleNoun((lexemes[k] as Lexeme).lower)) return undefined;
  for (let j = k - 1; j >= floor && k - j <= 4; j--) {
    const r = refAt[j] ?? -1;
    const ref = refs[r];
    if (ref === undefined) {
      if (!(lexemes[j] as Lexeme).word) return undefined;
      continue;
    }
    if (!ref.possessive || ref.entity < 0) return undefined;
    const owner = ref.entity;
    const focus = mostSalient(
      refs,
      r,
      ref.sentence,
      (id) => id !== owner && isPersonLike(people.entities[id]),
    );
    return { entity: focus >= 0 ? focus : NOBODY, first: ref.first, last: k };
  }
  return undefined;
}

/**
 * A name inside a prepositional phrase is not the subject: "Residents of Kelworth say" names
 * nobody, "a spokeswoman for Lufthansa said" names Lufthansa.
 */
function ownerOf(people: People, ref: Ref, r: number, floor: number): Subject | undefined {
  const { lexemes } = people;
  const prep = lexemes[ref.first - 1];
  if (
    prep === undefined ||
    ref.first - 1 < floor ||
    !/^(of|for|from|at|in|with)$/.test(prep.lower)
  ) {
    return undefined;
  }
  const head = lexemes[ref.first - 2];
  if (head === undefined || !head.word || head.cap || ref.first - 2 < floor) return undefined;
  if (SPOKES_NOUNS.has(head.lower)) {
    return { entity: spokenFor(people, r), first: ref.first - 2, last: ref.last };
  }
  return { entity: NOBODY, first: ref.first - 2, last: ref.last };
}

/**
 * The speaker named after an inverted verb: "said Shepherd", "says Cara Diemont of IT firm...",
 * "said Schuller's daughter-in-law, Donna Schuller", "a spokeswoman for Lufthansa".
 */
export function subjectAfter(people: People, verb: number, limit: number): Subject | undefined {
  const { lexemes, refAt, refs } = people;
  const k = modifiersBeforeName(people, verb + 1, limit);
  if (k > limit) return undefined;
  const r = refAt[k] ?? -1;
  if (r >= 0) {
    const ref = refs[r] as Ref;
    if (ref.possessive) return possessiveSpeaker(people, ref, r, limit);
    if (startsClause(lexemes[ref.last + 1])) return undefined;
    return { entity: entityOfRef(people, r), first: ref.first, last: ref.last };
  }
  const lex = lexemes[k];
  if (lex?.word !== true || !DETERMINERS.has(lex.lower)) return undefined;
  let head = k + 1;
  while (
    head + 1 <= limit &&
    (lexemes[head + 1] as Lexeme).word &&
    !/^(for|of|at|from|with|in|on)$/.test((lexemes[head + 1] as Lexeme).lower)
  )
    head++;
  return phraseSpeaker(people, k, head, limit);
}

/** Skips lower-case words that modify a name after an inverted verb: "said union leader Rosa Delgado". */
function modifiersBeforeName(people: People, from: number, limit: number): number {
  for (let k = from; k <= limit && k - from <= 3; k++) {
    const lex = people.lexemes[k] as Lexeme;
    if ((people.refAt[k] ?? -1) >= 0) return k;
    // "said the Rev. Peter Wherry": "the" before a titled name, not a description.
    if (lex.lower === "the" && k === from && (people.refAt[k + 1] ?? -1) >= 0) continue;
    if (!lex.word || lex.cap || FUNCTION_WORDS.has(lex.lower) || DETERMINERS.has(lex.lower)) break;
  }
  return from;
}

function possessiveSpeaker(
  people: People,
  ref: Ref,
  r: number,
  limit: number,
): Subject | undefined {
  const { lexemes } = people;
  let head = ref.last + 1;
  while (
    head + 1 <= limit &&
    (lexemes[head + 1] as Lexeme).word &&
    !(lexemes[head + 1] as Lexeme).cap
  )
    head++;
  const noun = lexemes[head];
  if (noun === undefined || !noun.word) return undefined;
  const named = appositiveName(people, head + 1);
  if (named !== undefined) return named;
  if (SPOKES_NOUNS.has(noun.lower))
    return { entity: spokenFor(people, r), first: ref.first, last: head };
  return { entity: NOBODY, first: ref.first, last: head };
}

/** "a spokeswoman for Lufthansa" → Lufthansa; "the chancellor, Gordon Brown" → Gordon Brown. */
function phraseSpeaker(
  people: People,
  from: number,
  head: number,
  limit: number,
): Subject | undefined {
  const { lexemes, refAt } = people;
  const noun = lexemes[head] as Lexeme;
  const named = appositiveName(people, head + 1);
  if (named !== undefined) return named;
  const prep = lexemes[head + 1];
  const owner = refAt[head + 2] ?? -1;
  if (
    prep?.word === true &&
    /^(for|of|at|from)$/.test(prep.lower) &&
    owner >= 0 &&
    head + 2 <= limit
  ) {
    if (SPOKES_NOUNS.has(noun.lower)) {
      return { entity: spokenFor(people, owner), first: from, last: head + 2 };
    }
  }
  const r = refAt[from] ?? -1;
  if (r >= 0) return { entity: entityOfRef(people, r), first: from, last: head };
  return { entity: NOBODY, first: from, last: head };
}

function appositiveName(people: People, comma: number): Subject | undefined {
  if ((people.lexemes[comma] as Lexeme | undefined)?.text !== ",") return undefined;
  const r = people.refAt[comma + 1] ?? -1;
  const ref = people.refs[r];
  if (ref === undefined || ref.possessive || (ref.form !== "name" && ref.form !== "title"))
    return undefined;
  return { entity: entityOfRef(people, r), first: ref.first, last: ref.last };
}

/** True when a word after a name starts a clause of its own ("says Zarif was born"). */
function startsClause(next: Lexeme | undefined): boolean {
  if (next === undefined || !next.word) return false;
  return (
    !next.cap &&
    !/^(of|at|for|from|in|on|with|who|which|and|told|wrote|said|says)$/.test(next.lower)
  );
}
