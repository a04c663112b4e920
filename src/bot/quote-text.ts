/**
 * The words of a quotation as shown in chat: the grounded slice without the comma or colon that
 * hands over to its attribution ("…differences," Tillerson said). Still a slice of the article.
 */
export function displayQuoteText(text: string): string {
  return text.replace(/(?<![\s,;:])[\s,;:]+$/u, "");
}
