import type { People } from "../people/descriptions.ts";
import {
  AUXILIARY_VERBS,
  CLAUSE_OPENERS,
  CLAUSE_STARTS,
  COURTESY_TITLES,
  DOCUMENT_NOUNS,
  FUNCTION_WORDS,
  isRoleNoun,
  NAME_FOLLOWERS,
  NOUN_PREPOSITIONS,
  ROLE_RANKS,
  SPEAKS_FOR_PREPOSITIONS,
  SPOKES_NOUNS,
  SUBJECT_DETERMINERS,
  SUBJECT_HEAD_PREPOSITIONS,
  TITLE_HEADS,
} from "../people/lexicon.ts";
import type { Ref } from "../people/mentions.ts";
import type { Lexeme } from "../text/lexer.ts";
import {
  entityOfRef,
  NOBODY,
  namedSpokesperson,
  type Subject,
  spokenFor,
  unreadName,
  voiceEndingAt,
} from "./subject.ts";

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
    // "said the M&S spokesman": the name's organisation speaks through its spokesperson.
    // "said Opera spokeswoman, Berit Hanson": the spokesperson's name, when the article gives it.
    const spokes = ref.last + 1 <= limit ? namedSpokesperson(people, ref.last + 1, k) : undefined;
    if (spokes !== undefined) return appositiveName(people, spokes.last + 1) ?? spokes;
    const next = lexemes[ref.last + 1];
    if (startsClause(next)) {
      return NAMES_BEFORE_ROLE.has(ref.form)
        ? namedAfterRole(people, ref.last + 1, limit)
        : undefined;
    }
    // "said Treasury Under Secretary John Taylor": the person after the organisation's title.
    const titled =
      next?.cap === true && NAMES_BEFORE_ROLE.has(ref.form)
        ? namedAfterRole(people, ref.last + 1, limit)
        : undefined;
    return titled ?? { entity: entityOfRef(people, r), first: ref.first, last: ref.last };
  }
  const unread = unreadNameAfter(people, k, limit);
  if (unread !== undefined) return unread;
  const lex = lexemes[k];
  // "“Yes,” said A" at the very end: a determiner with no word after it names nobody.
  if (lex?.word !== true || !SUBJECT_DETERMINERS.has(lex.lower) || k + 1 > limit) return undefined;
  let head = k + 1;
  while (
    head + 1 <= limit &&
    (lexemes[head + 1] as Lexeme).word &&
    !SUBJECT_HEAD_PREPOSITIONS.has((lexemes[head + 1] as Lexeme).lower)
  )
    head++;
  return phraseSpeaker(people, k, head, limit);
}

/** How many words may modify a name after an inverted verb: "said Tory shadow local government secretary X". */
const MAX_NAME_MODIFIERS = 6;

/** A lower-case word of a title before "of" ("secretary", "minister"), no function word. */
function isTitleWord(lex: Lexeme | undefined): boolean {
  return lex?.word === true && !lex.cap && !FUNCTION_WORDS.has(lex.lower);
}

/**
 * Skips the words that modify a name after an inverted verb: "said union leader Rosa Delgado",
 * "said Swedish trades union official Ulf Carlsson" (a capitalised adjective too, and an
 * abbreviation in capitals: "said US coach ..." is no "us").
 */
function modifiersBeforeName(people: People, from: number, limit: number): number {
  for (let k = from; k <= limit && k - from < MAX_NAME_MODIFIERS; k++) {
    const lex = people.lexemes[k] as Lexeme;
    if ((people.refAt[k] ?? -1) >= 0) return k;
    // "said the Rev. Peter Wherry": "the" before a titled name, not a description.
    if (lex.lower === "the" && k === from && (people.refAt[k + 1] ?? -1) >= 0) continue;
    const abbreviation = lex.text.length > 1 && lex.text === lex.text.toUpperCase();
    // "said former secretary of state Ada Quill": "of" inside a lower-case title.
    if (lex.lower === "of" && k > from && isTitleWord(people.lexemes[k - 1])) continue;
    if (!lex.word || (FUNCTION_WORDS.has(lex.lower) && !abbreviation)) break;
    if (SUBJECT_DETERMINERS.has(lex.lower)) break;
  }
  return from;
}

/** The references a role may follow: a place, team or organisation ("said Wales physio X"), not a description. */
const NAMES_BEFORE_ROLE: ReadonlySet<Ref["form"]> = new Set(["organization", "surname", "name"]);

/** The references that may name the speaker after a role: "Mark Davies", "Lt. Tyler Livingston", "Humphreys". */
const NAMED_AFTER_ROLE: ReadonlySet<Ref["form"]> = new Set(["name", "title", "surname"]);

/** Prepositions that end a role: "the former aide to President X" names the aide, not X. */
const NOT_IN_ROLE = new Set(["to", "by", "as", "into", "than", "about", "like"]);

/** How many words a role between a name and the speaker's name may have. */
const MAX_ROLE_WORDS = 5;

/**
 * A lower-case word that may stand in a role ("credit analyst", "founder and director", "director
 * of commercial planning"), not one that opens or carries a clause ("was", "the", "in", "bought").
 */
function isRoleWord(word: string): boolean {
  if (word === "and" || word === "of") return true;
  // "Air Force 1st Lt.": an ordinal, not a number ("Il Sole 24 Ore" is one name).
  if (!/^\p{L}/u.test(word) && !ORDINAL.test(word)) return false;
  return !(
    CLAUSE_STARTS.has(word) ||
    CLAUSE_OPENERS.has(word) ||
    AUXILIARY_VERBS.has(word) ||
    NOUN_PREPOSITIONS.has(word) ||
    NOT_IN_ROLE.has(word) ||
    PAST_TENSE.test(word)
  );
}

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** A verb in the past tense, which opens a clause ("said Google acquired YouTube"). */
const PAST_TENSE = /ed$/;

/**
 * The person named after a role that follows a place, team or organisation: "said Wales physio
 * Mark Davies", "said EEF chief economist, Steve Radley". The name must end the phrase, so a
 * clause ("says Zarif met Rouhani in Vienna") names no one.
 */
function namedAfterRole(people: People, from: number, limit: number): Subject | undefined {
  const { lexemes, refAt, refs, entities } = people;
  for (let k = from; k <= limit && k - from <= MAX_ROLE_WORDS; k++) {
    const r = refAt[k] ?? -1;
    if (r >= 0) {
      const ref = refs[r] as Ref;
      if (ref.possessive || !NAMED_AFTER_ROLE.has(ref.form) || ref.entity < 0) return undefined;
      // A name after a role is a person's, unless the article knows it as an organisation.
      if (entities[ref.entity]?.kind === "organization" || lexemes[ref.last + 1]?.word === true) {
        return undefined;
      }
      return { entity: entityOfRef(people, r), first: ref.first, last: ref.last };
    }
    const lex = lexemes[k] as Lexeme;
    // One comma, after the role and right before the name: "chief economist, Steve Radley".
    if (lex.text === "," && k > from && (refAt[k + 1] ?? -1) >= 0) continue;
    if (!lex.word || !isRoleWord(lex.lower)) return undefined;
    if (
      lex.cap &&
      !isRoleNoun(lex.lower) &&
      !ROLE_RANKS.has(lex.lower) &&
      !TITLE_HEADS.has(lex.lower)
    )
      return undefined;
  }
  return undefined;
}

/**
 * "said Mr French", "said Cuban, who…": a name the people stage did not read, ending the cue (see
 * `unreadName`).
 */
function unreadNameAfter(people: People, k: number, limit: number): Subject | undefined {
  const n = COURTESY_TITLES.has(people.lexemes[k]?.lower ?? "")
    ? people.lexemes[k + 1]?.text === "."
      ? k + 2
      : k + 1
    : k;
  if (n > limit || people.lexemes[n + 1]?.word === true) return undefined;
  return unreadName(people, k, n);
}

function possessiveSpeaker(
  people: People,
  ref: Ref,
  r: number,
  limit: number,
): Subject | undefined {
  const { lexemes } = people;
  // "said NBC's Dante Chinni": the name after the owner is the speaker ("Sky Networks' Sophie
  // Laing": a plural's apostrophe stands alone).
  const mark = /^['’]$/.test(lexemes[ref.last + 1]?.text ?? "") ? 1 : 0;
  const next = people.refAt[ref.last + 1 + mark] ?? -1;
  const owned = people.refs[next];
  // "said Reyes's lawyer": a relation the people stage made a person of (the only unnamed
  // reference a lexeme points to) is the speaker too.
  if (
    owned !== undefined &&
    !owned.possessive &&
    (owned.form === "name" || owned.form === "title" || owned.anonymous === true)
  ) {
    return { entity: entityOfRef(people, next), first: ref.first, last: owned.last };
  }
  let head = ref.last + 1;
  while (
    head + 1 <= limit &&
    (lexemes[head + 1] as Lexeme).word &&
    !(lexemes[head + 1] as Lexeme).cap
  )
    head++;
  const noun = lexemes[head];
  if (noun === undefined || !noun.word) return undefined;
  // "said Clinton's top foreign policy aide Jake Sullivan": the name after the owner's role words.
  const named = appositiveName(people, head + 1) ?? namedAfterRole(people, ref.last + 1, limit);
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
  const spokes = namedSpokesperson(people, head, from) ?? voiceEndingAt(people, head);
  if (spokes !== undefined) return { ...spokes, first: from };
  const prep = lexemes[head + 1];
  // "a statement from the Department of Justice": the article before a name belongs to the phrase.
  const at = lexemes[head + 2]?.lower === "the" ? head + 3 : head + 2;
  const owner = refAt[at] ?? -1;
  if (prep?.word === true && SPEAKS_FOR_PREPOSITIONS.has(prep.lower) && owner >= 0 && at <= limit) {
    if (SPOKES_NOUNS.has(noun.lower)) {
      return { entity: spokenFor(people, owner), first: from, last: at };
    }
  }
  const r = refAt[from] ?? -1;
  if (r >= 0) return { entity: entityOfRef(people, r), first: from, last: head };
  return authorOf(people, from, head, limit) ?? { entity: NOBODY, first: from, last: head };
}

/** Participles that say who made a document: "a report published by X", "a court filing signed by X". */
const AUTHORED = new Set(
  "published issued released commissioned compiled produced prepared conducted written filed signed submitted sent drafted".split(
    " ",
  ),
);

/**
 * "according to a report published by research consultancy Analysys", "a survey carried out by
 * X": a document's maker named after "by" speaks for it (nobody named there leaves it unnamed).
 */
function authorOf(people: People, from: number, head: number, limit: number): Subject | undefined {
  const { lexemes } = people;
  for (let k = from + 1; k < head; k++) {
    if (!DOCUMENT_NOUNS.has((lexemes[k - 1] as Lexeme).lower)) continue;
    const verb = (lexemes[k] as Lexeme).lower;
    const by = verb === "carried" && lexemes[k + 1]?.lower === "out" ? k + 2 : k + 1;
    if ((verb !== "carried" && !AUTHORED.has(verb)) || lexemes[by]?.lower !== "by")
      return undefined;
    const agent = subjectAfter(people, by, limit);
    return agent !== undefined && agent.entity >= 0 ? agent : undefined;
  }
  return undefined;
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
  return !next.cap && !NAME_FOLLOWERS.has(next.lower) && !MANNER_ADVERB.test(next.lower);
}

// A manner adverb ("said Patel firmly", "said Reid quietly"); not the few -ly words that are nouns or
// verbs ("said Shell supply chains were…").
const MANNER_ADVERB =
  /^(?!(?:supply|apply|reply|rely|family|ally|belly|bully|jelly|rally|tally)$)\p{L}{2,}ly$/u;
