/**
 * The neutral reply model. Every string in it is plain text taken from the article or the user:
 * adapters escape it for their platform (mrkdwn, Discord markdown) and apply their own limits.
 */
export type ReplyBlock =
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "list"; readonly title?: string; readonly items: readonly string[] }
  | { readonly kind: "quotes"; readonly title?: string; readonly quotes: readonly ReplyQuote[] }
  | { readonly kind: "fields"; readonly fields: readonly ReplyField[] }
  | { readonly kind: "context"; readonly text: string }
  | { readonly kind: "link"; readonly label: string; readonly url: string };

export interface ReplyQuote {
  readonly text: string;
  /** Speaker's canonical name, or null when the article does not say who. */
  readonly speaker: string | null;
  readonly role?: string;
  /** Reported speech without quotation marks ("Kelly said that ..."): render it without quote marks. */
  readonly indirect?: boolean;
  /** The sentence around a phrase match, when the answer is about a phrase. */
  readonly context?: string;
}

export interface ReplyField {
  readonly name: string;
  readonly value: string;
}

/** Who sees a reply: everyone in the channel, or only the person who asked. */
export type ReplyVisibility = "channel" | "requester";

export interface Reply {
  readonly visibility: ReplyVisibility;
  readonly title?: string;
  /** Where the title links to: the article. */
  readonly url?: string;
  /** Who asked, for "requested by" lines. */
  readonly requestedBy?: string;
  readonly blocks: readonly ReplyBlock[];
  /** Plain-text version for notifications, screen readers and the console. */
  readonly fallbackText: string;
}
