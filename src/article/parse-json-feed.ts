import { feedInvalid as invalid } from "./feed-error.ts";
import { buildItems, type RawItem } from "./feed-items.ts";
import type { Feed } from "./feed-types.ts";
import { htmlToText } from "./plain-text.ts";

type Json = Record<string, unknown>;

/** Parses a JSON Feed (version 1 or 1.1) into a Feed. */
export function parseJsonFeed(text: string, url?: string): Feed {
  const source = url ?? "the feed";
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw invalid(source, `its JSON is broken (${(error as Error).message})`, "bad-json");
  }
  if (!isObject(parsed) || !Array.isArray(parsed.items)) {
    throw invalid(source, 'it is JSON without an "items" list', "not-feed");
  }
  const raws: RawItem[] = parsed.items.filter(isObject).map((item) => ({
    guid: typeof item.id === "number" ? String(item.id) : str(item.id),
    link: str(item.url) ?? str(item.external_url),
    title: str(item.title),
    date: str(item.date_published) ?? str(item.date_modified),
    summary: str(item.summary),
    content: str(item.content_html) ?? str(item.content_text),
  }));
  const home = str(parsed.home_page_url);
  const description = str(parsed.description);
  return {
    format: "json",
    title: str(parsed.title) ?? home ?? url ?? "Untitled feed",
    ...(home === undefined ? {} : { link: home }),
    ...(description === undefined ? {} : { description: htmlToText(description) }),
    items: buildItems(raws, url),
  };
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
