/** Which part of the dev data an article belongs to: tuned on, or kept aside to validate. */
export type EvalSplit = "tuning" | "validation";

/**
 * The fixed split rule: an id that starts with a hex digit (the gold files' ids, "02b46b-bbc-...")
 * is tuning for 0-7 and validation for 8-f; any other id by the parity of its FNV-1a hash.
 * It never looks at the text, so no change to the analysis can move an article between parts.
 */
export function splitOf(id: string): EvalSplit {
  const digit = Number.parseInt(id[0] ?? "", 16);
  if (!Number.isNaN(digit)) return digit < 8 ? "tuning" : "validation";
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 2 === 0 ? "tuning" : "validation";
}
