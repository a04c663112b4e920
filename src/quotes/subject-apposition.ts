// Appositions and phrases around a subject before its verb of saying: the name before an
// apposition that says where someone is from, and the role a name after "of" belongs to.
import type { People } from "../people/descriptions.ts";
import { SPOKES_NOUNS } from "../people/lexicon.ts";
import type { Ref } from "../people/mentions.ts";
import type { Lexeme } from "../text/lexer.ts";
import { entityOfRef, NOBODY, type Subject } from "./subject.ts";

/**
 * The longest parenthesis, dash pair or comma apposition stepped over between a subject and its verb,
 * in lexemes ("Scott Pruitt, the attorney general of Oklahoma, said"); longer is not an apposition.
 */
export const MAX_APPOSITION_LEXEMES = 30;

/** How many more comma-separated pieces of where someone is from are stepped over: ", 30, of Raleigh, N.C.,". */
const MAX_PLACE_PIECES = 3;

/**
 * "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": after the
 * appositions skipped, the words at `k` end one more; the name before its comma is the subject.
 * "Harry Bond, 30, of Raleigh, N.C., who was polled, said": pieces that say where someone is from
 * (a place after "of", "from" or "in", a state's abbreviation, an age) are stepped over to the name.
 */
export function nameBeforeApposition(
  people: People,
  k: number,
  floor: number,
): Subject | undefined {
  let first: Subject | undefined;
  let end = k;
  for (let pieces = 0; pieces <= MAX_PLACE_PIECES; pieces++) {
    let c = end;
    while (c > floor && end - c < MAX_APPOSITION_LEXEMES && people.lexemes[c]?.text !== ",") c--;
    if (people.lexemes[c]?.text !== "," || c - 1 < floor) return first;
    const r = people.refAt[c - 1] ?? -1;
    const ref = people.refs[r];
    const subject =
      ref === undefined || ref.possessive || ref.form === "pronoun" || ref.form === "role"
        ? undefined
        : { entity: entityOfRef(people, r), first: ref.first, last: ref.last };
    if (!placePiece(people, c - 1)) {
      if (pieces === 0) return subject;
      return subject !== undefined && subject.entity >= 0 ? subject : first;
    }
    if (pieces === 0) first = subject;
    end = c - 1;
  }
  return first;
}

/**
 * The comma-separated piece ending at lexeme `k` says where someone is from or how old they are:
 * "of Raleigh", "N.C.", "30". A name the article makes someone of is no such piece.
 */
function placePiece(people: People, k: number): boolean {
  const lexemes = people.lexemes;
  const last = lexemes[k] as Lexeme;
  if (/^\d{1,3}$/.test(last.text)) return lexemes[k - 1]?.text === ",";
  if (!last.cap) return false;
  const r = people.refAt[k] ?? -1;
  const id = r >= 0 ? entityOfRef(people, r) : NOBODY;
  const kind = id >= 0 ? people.entities[id]?.kind : "place";
  if (kind === "person") return false;
  let j = k;
  while (
    j - 1 >= 0 &&
    k - j < 3 &&
    (lexemes[j - 1] as Lexeme).word &&
    (lexemes[j - 1] as Lexeme).cap
  )
    j--;
  const before = lexemes[j - 1];
  // ", Ohio,": a piece of capitalised words alone only when it names no one the article knows.
  if (before?.text === ",") return kind === "place";
  // ", of Dayton,": after "of", "from" or "in", anything but a person says where they are from.
  return (
    before?.word === true && PLACE_PREPOSITIONS.has(before.lower) && lexemes[j - 2]?.text === ","
  );
}

/** The prepositions that open a piece saying where someone is from. */
const PLACE_PREPOSITIONS = new Set(["of", "from", "in"]);

/**
 * "The star of Rain Man and Tootsie said", "a friend of Mr Hale said": a name after "of" and a
 * person's role is what the role is of; the description is the subject (whoever it resolved to, or
 * nobody). "The chairman of Barclays said" stays the organisation's: it speaks through its officers.
 */
export function roleOfName(people: People, r: number): Subject | undefined {
  const { lexemes, refAt, refs } = people;
  const name = refs[r] as Ref;
  if (people.entities[name.entity]?.kind === "organization") return undefined;
  let k = name.first - 1;
  // "of Rain Man and Tootsie": step back over the names listed before this one.
  for (let listed = 0; listed < 3 && /^(and|,)$/.test(lexemes[k]?.lower ?? ""); listed++) {
    const before = refs[refAt[k - 1] ?? -1];
    if (before === undefined || before.form === "role" || before.possessive) return undefined;
    k = before.first - 1;
  }
  if (lexemes[k]?.lower !== "of") return undefined;
  const role = refs[refAt[k - 1] ?? -1];
  const noun = lexemes[k - 1] as Lexeme | undefined;
  if (role === undefined || role.form !== "role" || role.last !== k - 1 || noun === undefined) {
    return undefined;
  }
  if (SPOKES_NOUNS.has(noun.lower)) return undefined;
  const id = entityOfRef(people, refAt[k - 1] ?? -1);
  const person = people.entities[id]?.kind === "person";
  return { entity: person ? id : NOBODY, first: role.first, last: role.last };
}
