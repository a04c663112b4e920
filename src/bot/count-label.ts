/** "1 quote", "2 quotes". */
export function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

/**
 * How many statements a speaker has, telling quotations from reported speech, so a reader who
 * counts the quotation marks agrees: "2 quotes", "2 quotes, 1 reported", "1 reported statement".
 */
export function statementCount(total: number, reported: number): string {
  const quoted = total - reported;
  if (quoted === 0) return `${reported} reported ${plural(reported, "statement")}`;
  const quotes = `${quoted} ${plural(quoted, "quote")}`;
  return reported === 0 ? quotes : `${quotes}, ${reported} reported`;
}
