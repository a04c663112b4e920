import type { People } from "../people/descriptions.ts";
import {
  BETWEEN_SUBJECT_AND_VERB,
  DOCUMENT_NOUNS,
  FUNCTION_WORDS,
  GROUP_SUBJECTS,
  isRoleNoun,
  KINSHIP_NOUNS,
  ORG_VOICES,
  OWNER_PREPOSITIONS,
  PLATFORMS,
  SPOKES_NOUNS,
  SUBJECT_DETERMINERS,
} from "../people/lexicon.ts";
import type { Ref } from "../people/mentions.ts";
import { isPersonLike, mostSalient } from "../people/salience.ts";
import { type Lexeme, NOT_QUOTED } from "../text/lexer.ts";
import {
  entityOfRef,
  NOBODY,
  namedSpokesperson,
  type Subject,
  spokenFor,
  unreadNameBefore,
  voiceEndingAt,
} from "./subject.ts";
import { MAX_APPOSITION_LEXEMES, nameBeforeApposition, roleOfName } from "./subject-apposition.ts";
import {
  CLAUSE_BACK_LEXEMES,
  clauseSubject,
  participleSubject,
  reportingClauseBefore,
} from "./subject-participle.ts";

/**
 * The document noun written about the person who owns it, not by that person: "his biography
 * says" (an autobiography or a memoir is the owner's own).
 */
const WRITTEN_ABOUT_OWNER = "biography";

function skipBetween(lexemes: readonly Lexeme[], k: number, floor: number): number {
  let i = k;
  while (i >= floor) {
    const lex = lexemes[i] as Lexeme;
    if (!lex.word || lex.cap || !(BETWEEN_SUBJECT_AND_VERB.has(lex.lower) || /ly$/.test(lex.lower)))
      break;
    i--;
  }
  return i;
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
  if (gerund && lexemes[k]?.text === ",") {
    return (
      reportingClauseBefore(people, k, floor, subjectBefore) ??
      participleSubject(people, k, clauseFloor(lexemes, floor))
    );
  }
  // "The senator emailed supporters saying:", "sent a text message to supporters saying": a group
  // right before the participle is the verb's object, not its subject; the clause's subject speaks.
  if (gerund && objectGroup(lexemes, k, floor)) {
    return participleSubject(people, k + 1, clauseFloor(lexemes, floor));
  }
  // "He insisted there was no plan for an invasion of the country saying:": a place or thing
  // after a preposition is no speaker; the clause's subject says it (stop 28).
  if (gerund && introducesQuotation(lexemes, verb) && prepositionalThing(people, k, floor)) {
    return participleSubject(people, k + 1, clauseFloor(lexemes, floor));
  }
  let appositive: Subject | undefined;
  let skipped = false;
  let tagged = false;
  // Skip up to three appositions: "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said".
  for (let skips = 0; skips < 3; skips++) {
    const lex = lexemes[k];
    if (lex === undefined || k < floor || lex.word || !/^[,—–)-]$/.test(lex.text)) break;
    const opener = lex.text === ")" ? "(" : lex.text;
    // "--" is one dash: step over a doubled mark on both sides.
    let close = k;
    while (close - 1 >= floor && lexemes[close - 1]?.text === lex.text && lex.text === "-") close--;
    let j = close - 1;
    while (j >= floor && k - j <= MAX_APPOSITION_LEXEMES && (lexemes[j] as Lexeme).text !== opener)
      j--;
    if (j < floor || (lexemes[j] as Lexeme).text !== opener) {
      return appositive ?? clauseSubject(people, Math.max(floor, k - CLAUSE_BACK_LEXEMES), k);
    }
    // "Sandy Vale, who lost her son in Dayton, Ohio, in July 2012, said": the commas inside a
    // relative clause are not the apposition's; the clause opens at its ", who".
    if (opener === ",") j = relativeClauseOpening(lexemes, j, close, floor) ?? j;
    if (appositive === undefined) {
      appositive = leadingName(people, j + 1, close - 1);
      // "In Berea, Gov. Ada Kern (R-Ohio), said": a name with its party tag is the subject itself.
      tagged = appositive !== undefined && lexemes[close - 1]?.text === ")";
    }
    skipped = true;
    while (j - 1 >= floor && lexemes[j - 1]?.text === opener && opener === "-") j--;
    k = skipBetween(lexemes, j - 1, floor);
    // "Osei, 23, who ..., said": an age between commas is one more apposition.
    if (
      /^\d{1,3}$/.test(lexemes[k]?.text ?? "") &&
      lexemes[k - 1]?.text === "," &&
      k - 2 >= floor
    ) {
      k -= 2;
    }
  }
  if (k < floor) return appositive;
  // "footage of Trump saying": a gerund's subject may sit inside a prepositional phrase.
  const subject = nounPhraseEndingAt(people, k, floor, gerund);
  // "The local MP, Grace Adeyemi, told": the name in the apposition says who better than the role.
  if (
    appositive !== undefined &&
    (tagged || subject === undefined || isDescription(people, subject))
  ) {
    return appositive;
  }
  if (skipped && (subject === undefined || subject.entity === NOBODY)) {
    return nameBeforeApposition(people, k, floor) ?? subject;
  }
  return subject;
}

/** Words before a group noun that make it an object: "to supporters" (not "with reports saying"). */
const OBJECT_MARKERS: ReadonlySet<string> = new Set(["to", "for"]);

/**
 * The lower-case group noun at `k` ("supporters", "reporters' is no group) is the object of the
 * verb or preposition right before it: "emailed supporters saying", "a message to supporters saying".
 */
function objectGroup(lexemes: readonly Lexeme[], k: number, floor: number): boolean {
  const noun = lexemes[k];
  const before = lexemes[k - 1];
  if (noun === undefined || before === undefined || k - 1 < floor) return false;
  if (!noun.word || noun.cap || !GROUP_SUBJECTS.has(noun.lower)) return false;
  if (!before.word || before.cap) return false;
  return OBJECT_MARKERS.has(before.lower) || /ed$/.test(before.lower);
}

/** The verb at `verb` is followed by a colon or a comma, then an opening quotation mark. */
function introducesQuotation(lexemes: readonly Lexeme[], verb: number): boolean {
  const next = lexemes[verb + 1];
  if (next === undefined || (next.text !== ":" && next.text !== ",")) return false;
  return lexemes[verb + 2]?.quote !== undefined && lexemes[verb + 2]?.quote !== NOT_QUOTED;
}

/** Prepositions whose object is a place or a thing before a participle: "in the house saying". */
const PLACE_PREPOSITIONS_BEFORE: ReadonlySet<string> = new Set([
  "of",
  "in",
  "at",
  "on",
  "into",
  "from",
]);

/**
 * The lower-case noun at `k` is the object of a preposition ("of the country", "in the house")
 * and names no person, group, writing or platform: a participle after it is not its saying.
 */
function prepositionalThing(people: People, k: number, floor: number): boolean {
  const { lexemes } = people;
  const noun = lexemes[k];
  if (noun === undefined || !noun.word || noun.cap || (people.refAt[k] ?? -1) >= 0) return false;
  if (lexemes[k - 1]?.lower !== "the" || k - 2 < floor) return false;
  if (!PLACE_PREPOSITIONS_BEFORE.has(lexemes[k - 2]?.lower ?? "")) return false;
  const word = noun.lower;
  return !(
    isRoleNoun(word) ||
    GROUP_SUBJECTS.has(word) ||
    DOCUMENT_NOUNS.has(word) ||
    PLATFORMS.has(word) ||
    SPOKES_NOUNS.has(word) ||
    FUNCTION_WORDS.has(word) ||
    /s$/.test(word)
  );
}

/** Words that open a relative clause about a person set off by commas. */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["who", "whose"]);

/**
 * The comma opening a relative clause about a person (", who ...", ", whose ...") that holds the
 * comma at `j`, closed by the comma at `close` right before the verb; undefined when the words after
 * `j` are no part of one. Looks back no further than an apposition reaches, never past the end of
 * a clause (";", ":") or a quotation mark.
 */
function relativeClauseOpening(
  lexemes: readonly Lexeme[],
  j: number,
  close: number,
  floor: number,
): number | undefined {
  if (RELATIVE_PRONOUNS.has(lexemes[j + 1]?.lower ?? "")) return undefined;
  for (let i = j - 1; i > floor && close - i <= MAX_APPOSITION_LEXEMES; i--) {
    const lex = lexemes[i] as Lexeme;
    if (/^[;:"“”]$/.test(lex.text) || lex.quote !== NOT_QUOTED) return undefined;
    if (RELATIVE_PRONOUNS.has(lex.lower)) return lexemes[i - 1]?.text === "," ? i - 1 : undefined;
  }
  return undefined;
}

/**
 * Where a participle's clause may start: the sentence's start, even before an earlier quotation
 * of the sentence, which ends a quotation's window ("Howard sent Bush his "warmest
 * congratulations", saying:" is Howard's clause). Bounded like the clause look itself.
 */
function clauseFloor(lexemes: readonly Lexeme[], floor: number): number {
  const sentence = lexemes[floor]?.sentence;
  let k = floor;
  while (k > 0 && floor - k < CLAUSE_BACK_LEXEMES && lexemes[k - 1]?.sentence === sentence) k--;
  return k;
}

/** The subject is a description, not a name: an apposition's name says better who it is. */
function isDescription(people: People, subject: Subject): boolean {
  if (subject.entity === NOBODY) return true;
  const ref = people.refs[people.refAt[subject.last] ?? -1];
  // "A spokeswoman for the ICRC, Marie Dubois, said": the phrase names a post, the apposition its holder.
  return ref === undefined || ref.form === "role" || ref.first > subject.first;
}

/** A name that opens an apposition: ", Grace Adeyemi," or ", state Senator Paul Drummond,". */
function leadingName(people: People, from: number, to: number): Subject | undefined {
  for (let k = from; k <= to && k - from <= 2; k++) {
    const ref = people.refs[people.refAt[k] ?? -1];
    if (ref === undefined) continue;
    if (ref.possessive || ref.form === "pronoun" || ref.form === "role") return undefined;
    // "Margaret Doyle's son, Kevin,": one word fills the apposition; it names him.
    if (ref.form === "surname" && (ref.first !== from || ref.last !== to)) return undefined;
    return ref.last === to || partyTagEndsAt(people.lexemes, ref.last + 1, to)
      ? { entity: entityOfRef(people, people.refAt[k] ?? -1), first: ref.first, last: ref.last }
      : undefined;
  }
  return undefined;
}

/** The longest parenthesis after a name that still reads as its tag, in lexemes: "(R-Ohio)", "(D-N.Y.)". */
const MAX_TAG_LEXEMES = 8;

/**
 * ", Gov. Ada Kern (R-Ohio), said": a parenthesis right after the name, closing the apposition,
 * is the name's party and state tag.
 */
function partyTagEndsAt(lexemes: readonly Lexeme[], open: number, to: number): boolean {
  if (lexemes[open]?.text !== "(" || lexemes[to]?.text !== ")" || to - open > MAX_TAG_LEXEMES)
    return false;
  for (let k = open + 1; k < to; k++) if (/^[()]$/.test((lexemes[k] as Lexeme).text)) return false;
  return true;
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
    const head = roleOfName(people, r);
    if (head !== undefined) return head;
    // "X posted a message on Twitter reading": the post's author speaks, never the platform.
    if (gerund && onPlatform(lexemes, ref, floor)) return clauseSubject(people, floor, ref.first);
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
  if (GROUP_SUBJECTS.has(lex.lower)) return { entity: NOBODY, first: k, last: k };
  // "Fans chanted": a plural noun opening the sentence is a group, not a name.
  if (lex.initial && lex.cap && lex.lower.endsWith("s"))
    return { entity: NOBODY, first: k, last: k };
  // "The Tories have accused Mr Hale of": a capitalised plural after "the" that the article never
  // names as anyone is a party or a group; the name after the verb is spoken about, not speaking.
  // Not an acronym ("the US had agreed").
  if (unnamedPlural(lex) && lexemes[k - 1]?.lower === "the")
    return { entity: NOBODY, first: k - 1, last: k };
  // "worrying, Cuban said", "Mr French said": a name the people stage did not read.
  if (lex.cap) return unreadNameBefore(people, k, floor);
  if (FUNCTION_WORDS.has(lex.lower)) return undefined;
  const spokes = namedSpokesperson(people, k, floor) ?? voiceEndingAt(people, k);
  if (spokes !== undefined) return spokes;
  const owned = possessedRole(people, k, floor);
  if (owned !== undefined) return owned;
  for (let j = k - 1; j >= floor && k - j <= 4; j--) {
    const before = lexemes[j] as Lexeme;
    if (!before.word) break;
    if (SUBJECT_DETERMINERS.has(before.lower)) return { entity: NOBODY, first: j, last: k };
    if (FUNCTION_WORDS.has(before.lower)) break;
  }
  return undefined;
}

/** A capitalised plural word, not an acronym or a possessive: "Tories", "Greens". */
function unnamedPlural(lex: Lexeme): boolean {
  return lex.cap && /^\p{Lu}\p{Ll}+s$/u.test(lex.text) && !lex.possessive;
}

/** The reference is a platform after a preposition: "on Twitter", "to Facebook". */
function onPlatform(lexemes: readonly Lexeme[], ref: Ref, floor: number): boolean {
  const prep = lexemes[ref.first - 1];
  return (
    ref.first === ref.last &&
    PLATFORMS.has((lexemes[ref.first] as Lexeme).lower) &&
    ref.first - 1 >= floor &&
    prep !== undefined &&
    (prep.lower === "on" || prep.lower === "to" || prep.lower === "via")
  );
}

/**
 * "Obama's former campaign strategist said": a role owned by someone else names the person in
 * focus who is not that owner, or nobody.
 */
function possessedRole(people: People, k: number, floor: number): Subject | undefined {
  const { lexemes, refAt, refs } = people;
  const noun = (lexemes[k] as Lexeme).lower;
  if (!isRoleNoun(noun) && !DOCUMENT_NOUNS.has(noun)) return undefined;
  for (let j = k - 1; j >= floor && k - j <= 4; j--) {
    const r = refAt[j] ?? -1;
    const ref = refs[r];
    if (ref === undefined) {
      if (!(lexemes[j] as Lexeme).word) return undefined;
      continue;
    }
    if (!ref.possessive || ref.entity < 0) return undefined;
    // "His official biography says": a biography is written about its owner, by someone else.
    if (noun === WRITTEN_ABOUT_OWNER) return { entity: NOBODY, first: ref.first, last: k };
    // "Mr Blair's official spokesman said", "Mr Crosby's statement said": the owner speaks.
    if (SPOKES_NOUNS.has(noun) || DOCUMENT_NOUNS.has(noun)) {
      return { entity: ref.entity, first: ref.first, last: k };
    }
    // "Reyes's mother said": a relative of a named person is someone the article has not named.
    if (KINSHIP_NOUNS.has((lexemes[k] as Lexeme).lower)) {
      return { entity: NOBODY, first: ref.first, last: k };
    }
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
  // "a spokeswoman for the ICRC": the article before a name belongs to the phrase; so does a
  // place's possessive ("Kessel of Boston's Institute for Energy Security").
  const at =
    lexemes[ref.first - 1]?.lower === "the" ? ref.first - 1 : ownerStart(people, ref, floor);
  const prep = lexemes[at - 1];
  if (prep === undefined || at - 1 < floor || !OWNER_PREPOSITIONS.has(prep.lower)) {
    return undefined;
  }
  // "Paul Garner of Lancashire Police said": the named person before "of" speaks.
  const person = people.refs[people.refAt[at - 2] ?? -1];
  if (person !== undefined && at - 2 >= floor && person.form !== "pronoun" && !person.possessive) {
    return {
      entity: entityOfRef(people, people.refAt[at - 2] ?? -1),
      first: person.first,
      last: ref.last,
    };
  }
  // "Aides to the governor said": the head noun speaks, whoever it belongs to.
  const head = lexemes[at - 2];
  if (head === undefined || !head.word || (head.cap && !head.initial) || at - 2 < floor) {
    return undefined;
  }
  if (SPOKES_NOUNS.has(head.lower)) {
    return { entity: spokenFor(people, r), first: at - 2, last: ref.last };
  }
  // "Officials at Homeland Security Investigations said" speak for it; "aides to the governor" do not.
  if (ORG_VOICES.has(head.lower) && ref.form !== "pronoun") {
    return { entity: entityOfRef(people, r), first: at - 2, last: ref.last };
  }
  return { entity: NOBODY, first: at - 2, last: ref.last };
}

/** The longest possessive name that may stand before an owner's name, in lexemes: "New York's". */
const MAX_POSSESSOR_LEXEMES = 3;

/**
 * Where the phrase holding the name `ref` opens: at a capitalised possessive name right before it
 * ("Washington's Institute for ..."), else at the name itself.
 */
function ownerStart(people: People, ref: Ref, floor: number): number {
  const { lexemes } = people;
  const before = lexemes[ref.first - 1];
  if (before === undefined || !before.possessive || !before.cap || ref.first - 1 < floor) {
    return ref.first;
  }
  const owner = people.refs[people.refAt[ref.first - 1] ?? -1];
  const first = owner !== undefined && owner.last === ref.first - 1 ? owner.first : ref.first - 1;
  return ref.first - first <= MAX_POSSESSOR_LEXEMES && first >= floor ? first : ref.first;
}
