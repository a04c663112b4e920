import type { Ref } from "./mentions.ts";

/**
 * The same reference with every field, optional ones `undefined` when absent, always in the same
 * order: references were made by a dozen object literals and spreads with different optional
 * fields (a `head`, a `gender`, `anonymous`, `voice`, `embedded`...), so V8 gave them a dozen
 * shapes and every loop over them (salience, the speaker index, candidates) read their fields
 * through megamorphic look-ups. A reference's fields are read, never listed, so a field that is
 * `undefined` and one that is absent are the same to every reader.
 */
export function uniformRef(ref: Ref): Ref {
  const uniform: { readonly [K in keyof Ref]-?: Ref[K] | undefined } = {
    first: ref.first,
    last: ref.last,
    form: ref.form,
    entity: ref.entity,
    possessive: ref.possessive,
    quote: ref.quote,
    sentence: ref.sentence,
    paragraph: ref.paragraph,
    subject: ref.subject,
    gender: ref.gender,
    neuter: ref.neuter,
    head: ref.head,
    anonymous: ref.anonymous,
    voice: ref.voice,
    embedded: ref.embedded,
  };
  return uniform as Ref;
}
