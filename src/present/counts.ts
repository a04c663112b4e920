/** The word, in the plural unless there is exactly one: "quote", "quotes". */
export function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

/** A count with its word: "1 quote", "3 quotes". */
export function countOf(count: number, word: string): string {
  return `${count.toLocaleString("en")} ${plural(count, word)}`;
}

/**
 * How many statements a speaker has, telling quotations from reported speech, so a reader who
 * counts the quotation marks agrees: "2 quotes", "2 quotes, 1 reported", "1 reported statement".
 */
export function statementCount(total: number, reported: number): string {
  const quoted = total - reported;
  if (quoted === 0) return `${reported} reported ${plural(reported, "statement")}`;
  const quotes = countOf(quoted, "quote");
  return reported === 0 ? quotes : `${quotes}, ${reported} reported`;
}

/** "3 quotes could not be attributed", or null when every quote has a speaker. */
export function unattributedNote(count: number): string | null {
  return count === 0 ? null : `${countOf(count, "quote")} could not be attributed`;
}

/** How many quotes have no speaker. */
export function unattributedCount(quotes: readonly { readonly speaker: string | null }[]): number {
  let count = 0;
  for (const quote of quotes) if (quote.speaker === null) count++;
  return count;
}

/** "12 quotes from 3 speakers". */
export function quotesFromSpeakers(quotes: number, speakers: number): string {
  return `${countOf(quotes, "quote")} from ${countOf(speakers, "speaker")}`;
}

/** A person in a list with what they said: "John Kelly (DHS): 2 quotes, 1 reported", or the label alone. */
export function personWithCount(label: string, total: number, reported: number): string {
  return total === 0 ? label : `${label}: ${statementCount(total, reported)}`;
}
