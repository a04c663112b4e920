import type { WhoSaidRequest } from "./bot.ts";

/** What the user gave /brief: a link, or the article's text pasted in. */
export type BriefInput =
  | { readonly kind: "url"; readonly url: string }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "empty" };

const URL_ONLY = /^<?(https?:\/\/[^\s<>]+?)>?$/i;

/** Tells a link from pasted text; a link may be wrapped in angle brackets. */
export function parseBriefInput(raw: string): BriefInput {
  const trimmed = raw.trim();
  if (trimmed === "") return { kind: "empty" };
  const url = URL_ONLY.exec(trimmed)?.[1];
  if (url !== undefined) return { kind: "url", url };
  return { kind: "text", text: raw };
}

/**
 * Parses the free text of `/whosaid [url] <name | "phrase">`: an optional leading link, then a
 * name, a role or a phrase. Quotation marks make it a phrase.
 */
export function parseWhoSaidText(raw: string): WhoSaidRequest {
  let rest = raw.trim();
  let url: string | undefined;
  const first = /^<?(https?:\/\/[^\s<>]+?)>?(?:\s+|$)/i.exec(rest);
  if (first?.[1] !== undefined) {
    url = first[1];
    rest = rest.slice(first[0].length).trim();
  }
  const quoted = /^["“”'‘’«](.+)["“”'‘’»]$/s.exec(rest);
  const request: { query?: string; phrase?: string; url?: string } = {};
  if (url !== undefined) request.url = url;
  if (quoted?.[1] !== undefined) request.phrase = quoted[1].trim();
  else if (rest !== "") request.query = rest;
  return request;
}
