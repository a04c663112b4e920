// Who a "he" or "she" in the narrative refers to: the most salient person of no other gender, or a
// full name of unknown kind that is the main subject just before it ("Tad Devine acknowledged that
// it will be hard unless Sanders wins. "We must stipulate that," he said."): a given name newsbrief
// does not know is no less a person's, and the subject, not a name further back, is who "he" is.

import { noName } from "../no-name.ts";
import type { Lexeme } from "../text/lexer.ts";
import type { EntityDraft } from "./entities.ts";
import { firstMainSubject, isMainSubject } from "./main-subject.ts";
import type { Ref } from "./mentions.ts";
import { participleAside } from "./participle-phrase.ts";
import { NATIONALITIES, PLACES } from "./places.ts";
import { salienceWeights } from "./pronoun-salience.ts";
import { isEvent, isPersonLike, isPublication, mostSalient } from "./salience.ts";
import { NARRATIVE, UNRESOLVED } from "./sentinels.ts";
import { reportedSubject } from "./slifted.ts";

/** How far back (in references) the subject look for a name of unknown kind goes. */
const SUBJECT_REFS_BACK = 40;
/** How many references around a fronted phrase's pronoun its sentence's subject is looked for in. */
const SUBJECT_REFS_AHEAD = 8;
/** Words before a name that make it a thing's ("the Sandy Hook shooting", "A Different Story"). */
const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an"]);

/**
 * The entity the pronoun `refs[k]` (he or she, in the narrative) refers to, or UNRESOLVED.
 * `unnamed` weighs references to someone the article does not name, as `mostSalient` does.
 */
export function pronounAntecedent(
  lexemes: readonly Lexeme[],
  refs: readonly Ref[],
  entities: readonly EntityDraft[],
  k: number,
  unnamed: (ref: Ref) => number,
): number {
  const ref = refs[k] as Ref;
  // "Mr Blair has failed, he claimed,": a reporting clause after its report is not the report's subject.
  const reported = reportedSubject(lexemes, refs, k);
  const fits = noName(
    (entity: EntityDraft | undefined) =>
      entity?.id !== reported && (entity?.gender === undefined || entity.gender === ref.gender),
  );
  const person = noName((id: number) => isPersonLike(entities[id]) && fits(entities[id]));
  const ahead = cataphoricSubject(lexemes, refs, k, person);
  if (ahead !== undefined) return ahead;
  const weights = salienceWeights(lexemes, refs);
  const aside = participleAside(lexemes, refs, k);
  const widened = mostSalient(
    refs,
    k,
    ref.sentence,
    (id) => person(id) || (id !== reported && isUnknownName(lexemes, entities[id])),
    unnamed,
    aside,
    weights,
  );
  // The name is most salient but no subject there ("... Sanders met Tad Devine. He said"): the
  // most salient person, as before; with none near, the fallback below.
  const found =
    widened >= 0 && !person(widened) && !mainSubjectBefore(lexemes, refs, k, widened)
      ? mostSalient(refs, k, ref.sentence, person, unnamed, aside, weights)
      : widened;
  if (found !== UNRESOLVED) return found;
  // Nobody known to be a person is near: a full name of unknown kind is the best remaining guess.
  return mostSalient(
    refs,
    k,
    ref.sentence,
    (id) => {
      const entity = entities[id];
      return entity?.kind === "unknown" && entity.first !== undefined && fits(entity);
    },
    undefined,
    aside,
    weights,
  );
}

/**
 * "In his speech, Rhimes declared", "Since launching his bid, Trump has": a his or her in a phrase
 * put before the sentence's first subject, with no subject before it, is that subject's when the
 * subject is a person's name right after the phrase's comma. The people named before in the
 * article are not who the phrase is about.
 */
function cataphoricSubject(
  lexemes: readonly Lexeme[],
  refs: readonly Ref[],
  k: number,
  person: (id: number) => boolean,
): number | undefined {
  const ref = refs[k] as Ref;
  // "His opponent, Hillary Clinton, won": a sentence that opens with the pronoun names someone else.
  if (!ref.possessive || lexemes[ref.first - 1]?.sentence !== ref.sentence) return undefined;
  for (let r = k - 1; r >= 0 && k - r <= SUBJECT_REFS_AHEAD; r--) {
    const before = refs[r] as Ref;
    if (before.sentence !== ref.sentence) break;
    // "After Trump announced his bid, ...": a person before is who it is; "Standing" is no one.
    const someone = before.entity >= 0 ? person(before.entity) : before.form === "pronoun";
    if (before.subject && (someone || before.form === "role")) return undefined;
  }
  for (let r = k + 1; r < refs.length && r - k <= SUBJECT_REFS_AHEAD; r++) {
    const after = refs[r] as Ref;
    if (after.sentence !== ref.sentence || after.quote !== NARRATIVE) return undefined;
    if (!after.subject) continue;
    const named = after.form !== "pronoun" && after.form !== "role" && after.entity >= 0;
    // "According to his agent, Diego Ferreira, ...": a name between commas is the phrase's own.
    const opens = lexemes[after.first - 1]?.text === "," && lexemes[after.last + 1]?.text !== ",";
    return named && opens && after.embedded !== true && person(after.entity)
      ? after.entity
      : undefined;
  }
  return undefined;
}

/**
 * A full name of unknown kind and gender that nothing marks as a thing: no award or publication,
 * no word of a place or a party ("the Orlando Republican"), never after "the" or "a" ("the Sandy
 * Hook shooting").
 */
function isUnknownName(lexemes: readonly Lexeme[], entity: EntityDraft | undefined): boolean {
  if (entity === undefined || entity.kind !== "unknown" || entity.gender !== undefined)
    return false;
  if (entity.first === undefined || isEvent(entity) || isPublication(entity)) return false;
  if (entity.opensOrganisation === true) return false;
  // The first and the latest name, not every one: the check stays constant-time (as isEvent's).
  const thing = noName(
    (m: EntityDraft["mentions"][number] | undefined) =>
      m === undefined ||
      DETERMINERS.has(lexemes[m.first - 1]?.lower ?? "") ||
      DETERMINERS.has(m.words[0]?.toLowerCase() ?? "") ||
      m.words.some((w) => PLACES.has(w.toLowerCase()) || NATIONALITIES.has(w.toLowerCase())),
  );
  return !thing(entity.mentions[0]) && !thing(entity.mentions.at(-1));
}

/**
 * The entity is the first main-clause subject of the pronoun's sentence, before it, or of the one
 * before ("Tad Devine acknowledged ..."): not a name later in a list ("stars De Niro, Streisand
 * and Stiller") nor an apposition after the subject ("The film, A Different Story, ...").
 */
function mainSubjectBefore(
  lexemes: readonly Lexeme[],
  refs: readonly Ref[],
  k: number,
  id: number,
): boolean {
  const sentence = (refs[k] as Ref).sentence;
  for (let r = k - 1; r >= 0 && k - r <= SUBJECT_REFS_BACK; r--) {
    const ref = refs[r] as Ref;
    if (ref.sentence < sentence - 1) return false;
    if (ref.entity === id && isMainSubject(ref)) {
      return firstMainSubject(refs, r, SUBJECT_REFS_BACK) && !titleOfName(lexemes, refs, r);
    }
  }
  return false;
}

/**
 * The name only qualifies the next one, a few lower-case words on ("Double Olympic champion Kelly
 * Holmes", "Man-of-the-match Stephen Jones"): the subject is that next name.
 */
function titleOfName(lexemes: readonly Lexeme[], refs: readonly Ref[], r: number): boolean {
  const ref = refs[r] as Ref;
  const next = refs[r + 1];
  if (next === undefined || next.first - ref.last > 3) return false;
  for (let j = ref.last + 1; j < next.first; j++) {
    const word = lexemes[j];
    if (word === undefined || word.cap || !/^[a-z]/.test(word.text)) return false;
  }
  return true;
}

/** How many sentences back a pronoun of the same gender for someone else makes a binding unclear. */
const OTHER_SENTENCES_BACK = 2;

/**
 * "Monique Dalle ... to visit her daughter. Dexter Wakefield told the Post that she was a
 * regular": a he or she of the same gender that stood for someone else just before the name
 * (`refs[r]`) says that person is in focus, and a subordinate clause's pronoun (what the name
 * reports) may be theirs: no gender is learned from it. Looks `refsBack` references back at most.
 */
export function otherOfGenderBefore(
  refs: readonly Ref[],
  r: number,
  pronoun: Ref,
  refsBack: number,
): boolean {
  for (let j = r - 1; j >= 0 && r - j <= refsBack; j--) {
    const other = refs[j] as Ref;
    if (pronoun.sentence - other.sentence > OTHER_SENTENCES_BACK) return false;
    if (other.quote !== NARRATIVE || other.form !== "pronoun") continue;
    if (other.gender === pronoun.gender && other.entity >= 0 && other.entity !== pronoun.entity)
      return true;
  }
  return false;
}
