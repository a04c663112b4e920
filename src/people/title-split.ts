import { FIRST_NAMES } from "./first-names.ts";
import { HONORIFICS, isRoleNoun, TITLE_HEADS, TITLE_PHRASES, TITLE_WORDS } from "./lexicon.ts";
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

/**
 * "Tunisian-born", "Oscar-winner": a compound whose last part is a lower-case participle or agent
 * noun describes the person named after it; no name ends so ("Ki-moon" does not end in one).
 */
const PERSON_DESCRIPTOR =
  /^\p{L}[\p{L}.]*-(born|bred|raised|educated|trained|winning|winner|nominated)$/u;

/**
 * "Texas-based", "Labour-backed": these describe organisations more often than people ("the
 * Paris-based IEA watchdog"), so they leave a name only before a given name.
 */
const PLACE_DESCRIPTOR = /^\p{L}[\p{L}.]*-(based|backed|owned|led)$/u;

/**
 * Where the name starts after the descriptors opening it at `start` ("Tunisian-born Ali Kader",
 * "Texas-based Matt Reyes"). A descriptor is no title: it does not make the name a person's.
 */
export function afterDescriptors(lowers: readonly string[], start: number): number {
  let after = start;
  // "South Korean-born Monte Haines", "Liberal Oscar-winner Sarandon": words before it are its own.
  for (let k = start; k < lowers.length - 1; k++) {
    const w = lowers[k] as string;
    const given = FIRST_NAMES.has(lowers[k + 1] as string);
    if (PERSON_DESCRIPTOR.test(w) || (given && PLACE_DESCRIPTOR.test(w))) after = k + 1;
  }
  return after;
}

/** The word at `k` ends a title: a title head, an honorific, a role or a two-word office. */
function endsTitle(lowers: readonly string[], k: number): boolean {
  const w = lowers[k] as string;
  if (TITLE_HEADS.has(w) || HONORIFICS.has(w) || isRoleNoun(w)) return true;
  return k > 0 && TITLE_PHRASES.has(`${lowers[k - 1]}_${w}`);
}

/** Where the title stops and the name starts: after the last title word that leaves a name. */
export function titleSplit(lowers: readonly string[]): number {
  let split = 0;
  for (let k = 0; k < lowers.length - 1; k++) if (endsTitle(lowers, k)) split = k + 1;
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
