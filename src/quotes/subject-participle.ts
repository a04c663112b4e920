import type { People } from "../people/descriptions.ts";
import { FUNCTION_WORDS, GROUP_SUBJECTS } from "../people/lexicon.ts";
import type { Ref } from "../people/mentions.ts";
import { isEvent } from "../people/salience.ts";
import { NARRATIVE } from "../people/sentinels.ts";
import type { Lexeme } from "../text/lexer.ts";
import { isSpeechVerbLexeme } from "../text/speech-verbs.ts";
import { entityOfRef, NOBODY, type Subject } from "./subject.ts";

/** How far back from a comma a clause's subject is looked for, in lexemes ("Clinton spoke ..., arguing"). */
export const CLAUSE_BACK_LEXEMES = 40;

/**
 * The subject of a participle after the comma at `comma` ("Clinton spoke about Tulsa, Oklahoma,
 * arguing"): the clause's first subject-like name, or a group opening it.
 */
export function participleSubject(
  people: People,
  comma: number,
  floor: number,
): Subject | undefined {
  const from = Math.max(floor, comma - CLAUSE_BACK_LEXEMES);
  // "Hundreds of demonstrators marched through the Democratic National Convention, chanting": a
  // group of people opening the sentence is the subject, not a name later in its verb phrase.
  const group = groupOpening(people, from, comma);
  if (group !== undefined && opensSentenceAsNoun(people.lexemes, group.first)) return group;
  // "Clinton spoke down the street from the casino, where about 50 protesters had gathered,
  // chanting": a group opening the last clause before the comma chants, not the main clause's name.
  const gathered = subordinateGroup(people, from, comma);
  if (gathered !== undefined) return gathered;
  const subject = clauseSubject(people, from, comma);
  // "A US woman is suing Hewlett Packard (HP), saying": a clause opened by an unnamed description
  // ("A woman", "An official") before its auxiliary is that description's; the name after the
  // verb is its object, so the participle names nobody.
  if (subject !== undefined) {
    const described = describedOpening(people, from, subject.first);
    if (described !== undefined) return described;
  }
  return subject ?? group;
}

/** Words that open a subordinate clause whose own subject a participle after it may share. */
const SUBORDINATORS: ReadonlySet<string> = new Set(["where", "while", "as", "when"]);

/** Words that may stand before a group noun: "about 50 protesters", "the fans", "dozens of students". */
const GROUP_LEADERS: ReadonlySet<string> = new Set(
  "the about around some nearly almost more than over dozens hundreds thousands of angry".split(
    " ",
  ),
);

/**
 * The last clause between `from` and `to` opens with "where", "while", "as" or "when" and a group
 * of people ("where about 50 protesters had gathered"), with no comma after it: the group (NOBODY).
 */
function subordinateGroup(people: People, from: number, to: number): Subject | undefined {
  const { lexemes, refAt } = people;
  for (let k = to - 1; k >= from; k--) {
    const lex = lexemes[k] as Lexeme;
    if (!lex.word && lex.text !== "-" && lex.text !== "—" && lex.text !== "–") {
      if (/^[,;:]$/.test(lex.text)) return undefined;
      continue;
    }
    if (!SUBORDINATORS.has(lex.lower)) continue;
    for (let i = k + 1; i < to && i <= k + 5; i++) {
      const w = lexemes[i] as Lexeme;
      if (!w.word || (refAt[i] ?? -1) >= 0) return undefined;
      if (GROUP_LEADERS.has(w.lower) || /^\d+$/.test(w.lower)) continue;
      if (!w.cap && GROUP_SUBJECTS.has(w.lower) && !NOT_GROUP_NOUNS.has(w.lower))
        return { entity: NOBODY, first: i, last: i };
      return undefined;
    }
    return undefined;
  }
  return undefined;
}

/** Auxiliaries that end an opening noun phrase: "A woman is suing", "An aide has accused". */
const AUXILIARIES: ReadonlySet<string> = new Set(
  "is was are were has had have will would can could may might must should did does".split(" "),
);

/**
 * The clause between `from` and `to` opens with an indefinite article ("A US woman", "An aide"),
 * holds no name of its own, and has an auxiliary before `to`: the unnamed description is the
 * subject (NOBODY).
 */
function describedOpening(people: People, from: number, to: number): Subject | undefined {
  const { lexemes, refAt } = people;
  let k = from;
  while (k < to && !(lexemes[k] as Lexeme).word) k++;
  const lex = lexemes[k];
  if (lex === undefined || !lex.initial || (lex.lower !== "a" && lex.lower !== "an"))
    return undefined;
  for (let i = k + 1; i < to && i <= k + 6; i++) {
    const w = lexemes[i] as Lexeme;
    if (!w.word) return undefined;
    if ((refAt[i] ?? -1) >= 0) continue;
    if (AUXILIARIES.has(w.lower)) return { entity: NOBODY, first: k, last: i - 1 };
  }
  return undefined;
}

/** Group words that are pronouns or quantifiers, not a noun naming people ("It", "Some"). */
const NOT_GROUP_NOUNS: ReadonlySet<string> = new Set(
  "they we i you it one many some several others someone somebody anyone everyone nobody".split(
    " ",
  ),
);

/**
 * The group word at `k` opens its sentence and is a noun for people ("Protesters", "Hundreds"),
 * not a pronoun, a quantifier or a function word that merely ends in "s" ("This", "As").
 */
function opensSentenceAsNoun(lexemes: readonly Lexeme[], k: number): boolean {
  const lex = lexemes[k];
  return lex?.initial === true && !NOT_GROUP_NOUNS.has(lex.lower) && !FUNCTION_WORDS.has(lex.lower);
}

/** Speech verbs that stand before their speaker in a reporting clause: "..., said Benn, adding". */
const INVERTED_SPEECH_FORMS: ReadonlySet<string> = new Set(
  "said says added adds wrote writes declared declares replied replies recalled recalls".split(" "),
);

/**
 * "Mateen left early, Nefzi said, adding": a participle right after a reporting clause shares that
 * clause's speaker ("Nefzi said" or "said Nefzi"), not the first name of the sentence it reports.
 */
export function reportingClauseBefore(
  people: People,
  comma: number,
  floor: number,
  subjectOf: (people: People, verb: number, floor: number) => Subject | undefined,
): Subject | undefined {
  const { lexemes, refAt, refs } = people;
  const verb = comma - 1;
  if (isSpeechVerbLexeme(lexemes[verb]) && (refAt[verb] ?? -1) < 0) {
    // Only a verb right after its subject: "the report, saying" or "a rallying cry, telling" are nouns.
    const subject = refs[refAt[verb - 1] ?? -1];
    if (subject === undefined || subject.possessive || verb - 1 < floor) return undefined;
    const s = subjectOf(people, verb, floor);
    return s === undefined || s.entity === NOBODY ? undefined : s;
  }
  const r = refAt[verb] ?? -1;
  const ref = refs[r];
  if (ref === undefined || ref.possessive || ref.form === "pronoun" || ref.first - 1 < floor)
    return undefined;
  // "told the court, saying", "welcomed the report, saying": only a verb that puts its speaker
  // after it ("said Benn") names the speaker; after others the name is an object.
  if (ref.form === "role" || !INVERTED_SPEECH_FORMS.has(lexemes[ref.first - 1]?.lower ?? ""))
    return undefined;
  return { entity: entityOfRef(people, r), first: ref.first, last: ref.last };
}

/** "Supporters had called for a change, chanting": a group opening the clause is nobody named. */
function groupOpening(people: People, from: number, to: number): Subject | undefined {
  let k = from;
  while (k < to && !(people.lexemes[k] as Lexeme).word) k++;
  const lex = people.lexemes[k];
  if (lex === undefined || k >= to || (people.refAt[k] ?? -1) >= 0) return undefined;
  const group =
    GROUP_SUBJECTS.has(lex.lower) || (lex.initial && lex.cap && lex.lower.endsWith("s"));
  return group ? { entity: NOBODY, first: k, last: k } : undefined;
}

/** The first subject-like reference between `from` and `to` (a participle's subject: "X refused, saying"). */
export function clauseSubject(people: People, from: number, to: number): Subject | undefined {
  for (let k = from; k < to; k++) {
    // "The band - whose debut LP sold best - thanked ..., adding": a name in a relative clause is
    // that clause's, not the participle's subject.
    if (people.lexemes[k]?.lower === "whose") k = clauseEnd(people.lexemes, k, to);
    const r = people.refAt[k] ?? -1;
    if (r < 0) continue;
    const ref = people.refs[r] as Ref;
    // "the views of Oscars host Dave Marsh, who ..., calling": an award is no participle's subject,
    // nor is a name inside an earlier quotation of the sentence.
    const quoted = ref.quote !== NARRATIVE;
    if (
      quoted ||
      (ref.entity >= 0 && isEvent(people.entities[ref.entity])) ||
      insidePhrase(people, ref)
    ) {
      k = ref.last;
      continue;
    }
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

/** The comma or dash that ends the relative clause opening at `k`, or `to` when none does. */
function clauseEnd(lexemes: readonly Lexeme[], k: number, to: number): number {
  let i = k + 1;
  while (i < to && !/^[,—–-]$/.test((lexemes[i] as Lexeme).text)) i++;
  return i;
}

/** Prepositions whose object is never a clause's subject: "at the State University", "on his page". */
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(
  "in at on from with about to into during outside inside near through".split(" "),
);

/**
 * "Here in Dayton, Gomez ..., saying", "during a speech at the State University, when protesters
 * interrupted her, shouting": a name inside a prepositional phrase is no participle's subject.
 */
function insidePhrase(people: People, ref: Ref): boolean {
  const { lexemes } = people;
  const at = lexemes[ref.first - 1]?.lower === "the" ? ref.first - 2 : ref.first - 1;
  return !ref.possessive && PHRASE_PREPOSITIONS.has(lexemes[at]?.lower ?? "");
}
