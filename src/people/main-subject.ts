import type { Ref } from "./mentions.ts";
import { NARRATIVE } from "./sentinels.ts";

/** A reference that is the subject of a main clause of the narrative, not inside a quotation. */
export function isMainSubject(ref: Ref): boolean {
  return ref.quote === NARRATIVE && ref.subject && ref.embedded !== true;
}

/** No main subject comes before `refs[r]` in its sentence, looking at most `back` references back. */
export function firstMainSubject(refs: readonly Ref[], r: number, back: number): boolean {
  const sentence = (refs[r] as Ref).sentence;
  for (let j = r - 1; j >= 0 && r - j <= back; j--) {
    const ref = refs[j] as Ref;
    if (ref.sentence !== sentence) return true;
    if (isMainSubject(ref)) return false;
  }
  return true;
}
