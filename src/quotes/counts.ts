import type { Quote } from "./quote.ts";

/** How many quotations each speaker (by entity id) has, of all of them or of those `only` keeps. */
export function countBySpeaker(
  quotes: readonly Quote[],
  only: (quote: Quote) => boolean = () => true,
): Map<number, number> {
  const counts = new Map<number, number>();
  for (const quote of quotes) {
    if (quote.speakerId !== null && only(quote))
      counts.set(quote.speakerId, (counts.get(quote.speakerId) ?? 0) + 1);
  }
  return counts;
}

/** Reported speech without quotation marks ("Kelly said that ..."). */
export const isReported = (quote: Quote): boolean => quote.type === "indirect";

/** How many of these quotations are reported speech. */
export function reportedCount(quotes: readonly Quote[]): number {
  return quotes.filter(isReported).length;
}
