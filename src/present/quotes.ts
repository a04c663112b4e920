import type { QuoteType } from "../quotes/quote.ts";

/** How every front end names the speaker of a quote the article does not clearly attribute. */
export const UNATTRIBUTED = "unattributed";

/** The speaker of a quote as shown after it: "Name, role", or the unattributed label. */
export function speakerLabel(speaker: string | null, role?: string): string {
  if (speaker === null) return UNATTRIBUTED;
  return role === undefined || role === "" ? speaker : `${speaker}, ${role}`;
}

/** A person in a list of people: "Name (role)", or the name alone. */
export function personLabel(name: string, role?: string): string {
  return role === undefined || role === "" ? name : `${name} (${role})`;
}

/** Reported speech ("Kelly said that …") is no quotation: it is shown without quotation marks. */
export function isReportedSpeech(quote: {
  readonly type?: QuoteType;
  readonly indirect?: boolean;
}) {
  return quote.indirect === true || quote.type === "indirect";
}

/** The words of a quote as shown: in curly quotation marks, or bare for reported speech. */
export function markQuote(text: string, reported: boolean): string {
  return reported ? text : `“${text}”`;
}

/**
 * The words of a quotation as shown: the grounded slice without the comma or colon that hands over
 * to its attribution ("…differences," Tillerson said). Still a slice of the article.
 */
export function displayQuoteText(text: string): string {
  // Only from the start of the trailing run: tried from every position of a long run, it is quadratic.
  return text.replace(/(?<![\s,;:])[\s,;:]+$/u, "");
}
