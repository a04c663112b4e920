// "Obama released a statement ... "...," the statement said": a document speaks for whoever the
// article said issued it, when it mentioned that document a little before. Without such a mention
// an unnamed document is the organisation in focus's (`organisationInFocus`), unless an
// organisation the article names by no name ("the campaign") has just acted: then nobody's.
import type { Lexeme } from "../text/lexer.ts";
import type { People } from "./descriptions.ts";
import { organisationInFocus } from "./focus.ts";
import { FUNCTION_WORDS, ORG_BEFORE, ORG_NOUNS } from "./lexicon.ts";
import { isMainSubject } from "./main-subject.ts";
import type { Ref } from "./mentions.ts";
import { cannotSpeak } from "./salience.ts";
import { NARRATIVE, NOBODY, UNRESOLVED } from "./sentinels.ts";

/** Prepositions after a document's noun that name its issuer. */
const ISSUED_BY: ReadonlySet<string> = new Set(["by", "from"]);

/** How far back the earlier mention of the document may be, in sentences and in words. */
const MAX_SENTENCES_BACK = 4;
const MAX_LEXEMES_BACK = 150;

/**
 * The entity that issued the document description `index` ("the statement", "the email"): the
 * issuer of the same document noun met shortly before in the narrative ("X released a
 * statement", "In a statement, X announced", "X's statement", "a statement from X"); undefined
 * when there is none, or it names nobody who can speak.
 */
export function documentIssuer(people: People, index: number): number | undefined {
  const ref = people.refs[index] as Ref;
  const { lexemes } = people;
  const floor = Math.max(0, ref.first - MAX_LEXEMES_BACK);
  for (let k = ref.first - 1; k >= floor; k--) {
    const lex = lexemes[k] as Lexeme;
    if (ref.sentence - lex.sentence > MAX_SENTENCES_BACK) return undefined;
    // "the BBC's World Business Report" is a name, not the document.
    if (lex.lower !== ref.head || lex.cap || lex.quote !== NARRATIVE) continue;
    const earlier = people.refs[people.refAt[k] ?? -1];
    // "the statement added" after "the statement said": the same document, already resolved; "a
    // statement" is a new one, issued by whoever the sentence says.
    const same = earlier !== undefined && lexemes[earlier.first]?.lower === "the";
    const id = same ? earlier.entity : issuerAt(people, k);
    // "Voss's campaign sent out an email ... the email said": issued by someone the article names
    // by no name, so nobody named; the organisation in focus would be a guess.
    if (id === NOBODY) return NOBODY;
    return id >= 0 && !cannotSpeak(people.entities[id]) ? id : undefined;
  }
  return undefined;
}

/**
 * Who speaks for a document no sentence mentioned before: the organisation in focus, unless an
 * organisation named by no name has just acted (NOBODY then).
 */
export function documentInFocus(people: People, index: number): number {
  // "A US woman is suing HP ... the suit said": a lawsuit is its plaintiff's, and the organisation
  // in focus is more often the one it is brought against.
  if (LITIGATION.has((people.refs[index] as Ref).head ?? "")) return NOBODY;
  return unnamedOrganisationSpoke(people, index) ? NOBODY : organisationInFocus(people, index);
}

/** Documents brought against someone, not issued by the organisation in focus. */
const LITIGATION: ReadonlySet<string> = new Set(["lawsuit", "suit", "complaint", "indictment"]);

/**
 * "The Trump campaign responded ... "...," the statement said": a document no sentence mentioned
 * before, right after an organisation the article names by no name ("the campaign", "the groups")
 * acted as the subject, is that organisation's; the organisation in focus would be a guess.
 */
function unnamedOrganisationSpoke(people: People, index: number): boolean {
  const doc = people.refs[index] as Ref;
  for (let r = index - 1; r >= 0; r--) {
    const ref = people.refs[r] as Ref;
    if (ref.paragraph !== doc.paragraph || doc.sentence - ref.sentence > 1) return false;
    const subject = ref.subject && ref.embedded !== true && ref.quote === NARRATIVE;
    if (!subject || ref.entity === UNRESOLVED) continue;
    return ref.entity === NOBODY && ref.head !== undefined && ORG_NOUNS.has(ref.head);
  }
  return false;
}

/** The issuer of the document noun at lexeme `k`: its owner, "from X", or its clause's subject. */
function issuerAt(people: People, k: number): number {
  return (
    ownerBefore(people, k) ??
    fromAfter(people, k) ??
    issuedRightBefore(people, k) ??
    clauseSubject(people, k)
  );
}

/** Words between "a" and the document's noun: "a written statement", "a brief fundraising email". */
const MAX_MODIFIERS = 2;

/**
 * "The Ledger said Birch provided a written statement": the name right before the verb that
 * introduces the document ("X released/provided/sent (out) a ... statement") issued it, even inside
 * a reported clause, where no main subject is marked. NOBODY when that name is someone unnamed.
 */
function issuedRightBefore(people: People, k: number): number | undefined {
  const { lexemes, refs, refAt } = people;
  // Back over the modifiers ("written") to "a"/"an" (function words, so no modifier), then the verb.
  let j = k - 1;
  while (k - 1 - j < MAX_MODIFIERS && isPlainWord(lexemes[j])) j--;
  if (!ARTICLES.has(lexemes[j]?.lower ?? "")) return undefined;
  j--;
  if (lexemes[j]?.lower === "out") j--;
  if (!isPlainWord(lexemes[j])) return undefined;
  const ref = refs[refAt[j - 1] ?? -1];
  if (ref === undefined || ref.last !== j - 1 || ref.possessive || ref.quote !== NARRATIVE) {
    return undefined;
  }
  return ref.entity >= 0 || ref.entity === NOBODY ? ref.entity : undefined;
}

const ARTICLES: ReadonlySet<string> = new Set(["a", "an"]);

/** A lower-case word of the narrative that is no function word: a verb or a modifier. */
function isPlainWord(lex: Lexeme | undefined): boolean {
  return lex?.word === true && !lex.cap && !FUNCTION_WORDS.has(lex.lower);
}

/** "Obama's statement", "his statement", "the campaign's fundraising email". */
function ownerBefore(people: People, k: number): number | undefined {
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
    const ref = people.refs[people.refAt[j] ?? -1];
    if (ref !== undefined) return ref.possessive && ref.entity >= 0 ? ref.entity : undefined;
    const lex = people.lexemes[j] as Lexeme;
    if (!lex.word || lex.cap) return undefined;
  }
  return undefined;
}

/** "a statement from the ministry", "a report by analysts Jupiter Research". */
function fromAfter(people: People, k: number): number | undefined {
  const prep = people.lexemes[k + 1];
  if (prep === undefined || !ISSUED_BY.has(prep.lower)) return undefined;
  const next = people.lexemes[k + 2]?.lower ?? "";
  const at = next === "the" || ORG_BEFORE.has(next) ? k + 3 : k + 2;
  const ref = people.refs[people.refAt[at] ?? -1];
  return ref !== undefined && ref.first === at && ref.entity >= 0 ? ref.entity : undefined;
}

/**
 * The subject of the clause the document is mentioned in: the nearest main subject before it in
 * its sentence ("The campaign sent a fundraising email"), else the first name after it ("In a
 * statement, the business mogul announced"). -1 when the sentence has none.
 */
function clauseSubject(people: People, k: number): number {
  const { refs, refAt, lexemes } = people;
  const sentence = (lexemes[k] as Lexeme).sentence;
  for (let j = k - 1; j >= 0 && (lexemes[j] as Lexeme).sentence === sentence; j--) {
    const ref = refs[refAt[j] ?? -1];
    if (ref !== undefined && ref.first === j && isMainSubject(ref) && ref.entity >= 0) {
      return ref.entity;
    }
    if (ref !== undefined && ref.first === j && isUnnamedSubject(ref)) return NOBODY;
    if (ref !== undefined && ref.first === j && ownedOrganisationOpens(people, ref)) return NOBODY;
  }
  // "In a statement, the developer Harlow Homes announced": the first name after the opening phrase.
  for (let j = k + 1; j < lexemes.length && (lexemes[j] as Lexeme).sentence === sentence; j++) {
    const ref = refs[refAt[j] ?? -1];
    if (ref === undefined || ref.first !== j) continue;
    return ref.entity >= 0 && !ref.possessive && ref.quote === NARRATIVE ? ref.entity : -1;
  }
  return -1;
}

/**
 * "Voss's campaign sent out an email": a possessive name opening its sentence before an
 * organisation's noun is that organisation, which the article names by no name (stop 25: "the X
 * campaign" is the campaign's, not the candidate's).
 */
function ownedOrganisationOpens(people: People, ref: Ref): boolean {
  const { lexemes } = people;
  const before = lexemes[ref.first - 1];
  const opens = before === undefined || before.sentence !== lexemes[ref.first]?.sentence;
  const noun = lexemes[ref.last + 1];
  return ref.possessive && opens && noun !== undefined && !noun.cap && ORG_NOUNS.has(noun.lower);
}

/** A main subject naming someone the article does not name ("Voss's campaign", "the groups"). */
function isUnnamedSubject(ref: Ref): boolean {
  return isMainSubject(ref) && ref.entity === NOBODY;
}
