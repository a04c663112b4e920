import { FIRST_NAMES } from "./first-names.ts";
import { HONORIFICS, isRoleNoun, TITLE_HEADS, TITLE_WORDS } from "./lexicon.ts";
import { NATIONALITIES } from "./places.ts";

/**
 * "House Intelligence Republican Mike Pompeo": a party or nationality inside a run, then a given
 * name, ends a description the person is named after; the name starts at the given name.
 */
export function afterInnerParty(lowers: readonly string[], start: number): number {
  for (let p = lowers.length - 3; p > start; p--) {
    if (NATIONALITIES.has(lowers[p] as string) && FIRST_NAMES.has(lowers[p + 1] as string)) {
      return p + 1;
    }
  }
  return start;
}

/** Where the title stops and the name starts: after the last title word that leaves a name. */
export function titleSplit(lowers: readonly string[]): number {
  let split = 0;
  for (let k = 0; k < lowers.length - 1; k++) {
    const w = lowers[k] as string;
    if (TITLE_HEADS.has(w) || HONORIFICS.has(w) || isRoleNoun(w)) split = k + 1;
  }
  if (split === 0) return 0;
  // Words between the title head and the name that are themselves title words stay in the title.
  while (
    split < lowers.length - 1 &&
    TITLE_WORDS.has(lowers[split] as string) &&
    !FIRST_NAMES.has(lowers[split] as string)
  )
    split++;
  return split;
}
