import { lookupsOf } from "./description-orgs.ts";
import type { People } from "./descriptions.ts";
import type { Ref } from "./mentions.ts";
import { isPersonLike } from "./salience.ts";

/** Nouns that say the name beside them is a publication's: "US magazine Rolling Stone", "Broadcast magazine". */
const PUBLICATION_NOUNS: ReadonlySet<string> = new Set([
  "magazine",
  "newspaper",
  "paper",
  "daily",
  "weekly",
  "tabloid",
]);
/** How far back a publication is looked for: this sentence and three before, at most 200 words. */
const SENTENCES_BACK = 3;
const LEXEMES_BACK = 200;

/**
 * "... in US magazine Rolling Stone's annual list. ... "...," the magazine reported": a publication
 * description nothing else resolved is the nearest name the narrative gave as a publication, right
 * after or right before a publication noun ("Spanish daily ABC accuses", "Broadcast magazine
 * said"), when that name is no person's. Undefined when there is none in reach.
 */
export function publicationNamedBefore(people: People, ref: Ref): number | undefined {
  const { lexemes } = people;
  const { namesAt } = lookupsOf(people);
  for (let k = ref.first - 1; k >= 0 && ref.first - k <= LEXEMES_BACK; k--) {
    const lex = lexemes[k];
    if (lex === undefined || lex.sentence < ref.sentence - SENTENCES_BACK) break;
    if (lex.paragraph < ref.paragraph - 1) break;
    if (!lex.word || lex.cap || !PUBLICATION_NOUNS.has(lex.lower)) continue;
    for (const { entity } of namesAt.get(k + 1) ?? []) {
      if (!isPersonLike(entity) && entity.kind !== "place") return entity.id;
    }
    // "Broadcast magazine": the name ends right before the noun.
    for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
      for (const { entity, last } of namesAt.get(j) ?? []) {
        if (last === k - 1 && !isPersonLike(entity) && entity.kind !== "place") return entity.id;
      }
    }
  }
  return undefined;
}

/** True for the nouns a publication description may have as its head. */
export function isPublicationNoun(head: string): boolean {
  return PUBLICATION_NOUNS.has(head);
}
