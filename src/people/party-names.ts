import type { EntityDraft } from "./entities.ts";

/**
 * The one organisation named "<Word> Party" (or just "<Word>") for the party word, or -1. Only
 * runs for a party's spokesperson, which an article holds a few of at most.
 */
export function partyNamed(entities: readonly EntityDraft[], word: string): number {
  let found = -1;
  for (const entity of entities) {
    if (entity.kind !== "organization") continue;
    const named = entity.mentions.some(({ words }) => {
      const at = words.indexOf(word);
      return at >= 0 && (words.length === 1 || words[at + 1] === "party");
    });
    if (!named) continue;
    if (found >= 0) return -1;
    found = entity.id;
  }
  return found;
}
