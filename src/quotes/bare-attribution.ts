import type { People } from "../people/descriptions.ts";
import type { Lexeme } from "../text/lexer.ts";
import type { QuoteWindow } from "./cues.ts";
import type { Subject } from "./subject.ts";

/** The most lexemes of a sentence that is only a name and its verb: "Senator Ann Cole pressed." */
const MAX_BARE_SENTENCE = 6;

/**
 * "“Would it be negotiable?” Hannity pressed." / "“...” Beck questioned.": a sentence right after
 * the quotation, in its paragraph, that is nothing but a person's name and a past-tense verb is the
 * quotation's attribution, whatever the verb (the speech-verb list has no "pressed"). Only a name:
 * "The crowd booed." reacts to the words, it does not say them. The subject, or undefined.
 */
export function bareAttribution(people: People, w: QuoteWindow): Subject | undefined {
  const { lexemes, refs, refAt } = people;
  const first = lexemes[w.after];
  const close = lexemes[w.after - 1];
  if (first === undefined || close === undefined) return undefined;
  if (first.sentence === close.sentence || first.paragraph !== close.paragraph) return undefined;
  let end = w.after;
  while (lexemes[end + 1]?.sentence === first.sentence && end - w.after < MAX_BARE_SENTENCE) end++;
  const stop = lexemes[end] as Lexeme;
  const verb = lexemes[end - 1];
  if (stop.text !== "." || lexemes[end + 1]?.sentence === first.sentence) return undefined;
  if (verb === undefined || !verb.word || verb.cap || !verb.lower.endsWith("ed")) return undefined;
  const ref = refs[refAt[w.after] ?? -1];
  if (ref === undefined || ref.first !== w.after || ref.last !== end - 2 || ref.entity < 0) {
    return undefined;
  }
  const named = ref.form === "name" || ref.form === "surname" || ref.form === "title";
  const person = people.entities[ref.entity]?.kind === "person";
  return named && person ? { entity: ref.entity, first: ref.first, last: ref.last } : undefined;
}
