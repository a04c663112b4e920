import type { Analysis } from "../analysis.ts";
import type { Entity } from "../people/entity.ts";

/**
 * The article's people whose name or alias matches what the user has typed so far, speakers with
 * the most quotes first, then people who are only mentioned.
 */
export function rankSpeakers(analysis: Analysis, typed: string, limit: number): string[] {
  const counts = new Map<number, number>();
  for (const quote of analysis.quotes) {
    if (quote.speakerId !== null)
      counts.set(quote.speakerId, (counts.get(quote.speakerId) ?? 0) + 1);
  }
  const needle = typed.trim().toLowerCase();
  const scored = analysis.people
    .map((entity, order) => ({ entity, order, match: matchScore(entity, needle) }))
    .filter((c) => c.match > 0)
    .sort(
      (a, b) =>
        b.match - a.match ||
        (counts.get(b.entity.id) ?? 0) - (counts.get(a.entity.id) ?? 0) ||
        a.order - b.order,
    );
  return scored.slice(0, Math.max(0, limit)).map((c) => c.entity.name);
}

/** 3: a name starts with the typed text; 2: a word of a name or alias does; 1: it occurs inside; 0: no match. */
function matchScore(entity: Entity, needle: string): number {
  if (needle === "") return 1;
  const forms = [entity.name, ...entity.aliases].map((f) => f.toLowerCase());
  if (forms.some((f) => f.startsWith(needle))) return 3;
  if (forms.some((f) => f.split(/[\s'’.-]+/).some((w) => w.startsWith(needle)))) return 2;
  return forms.some((f) => f.includes(needle)) ? 1 : 0;
}
