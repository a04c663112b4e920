import { createHash } from "node:crypto";
import { parseDate } from "./dates.ts";
import type { FeedItem } from "./feed-types.ts";
import { htmlToText, truncate } from "./plain-text.ts";

/** Most items read from one feed; real feeds carry tens. */
export const MAX_FEED_ITEMS = 1_000;

const SUMMARY_CHARS = 600;
const CONTENT_CHARS = 200_000;

/** An item's fields as a format gives them, before cleaning. */
export interface RawItem {
  readonly guid?: string | undefined;
  readonly link?: string | undefined;
  readonly title?: string | undefined;
  readonly date?: string | undefined;
  /** HTML or text. */
  readonly summary?: string | undefined;
  /** HTML or text. */
  readonly content?: string | undefined;
}

/**
 * Cleans raw items into FeedItems: absolute links, ISO dates (month and day names in other
 * languages too), plain text, stable unique ids.
 */
export function buildItems(raws: readonly RawItem[], base: string | undefined): FeedItem[] {
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  for (const raw of raws.slice(0, MAX_FEED_ITEMS)) {
    const item = buildItem(raw, base);
    if (item === undefined || seen.has(item.id)) continue; // duplicate guids: the first one wins
    seen.add(item.id);
    items.push(item);
  }
  return items;
}

function buildItem(raw: RawItem, base: string | undefined): FeedItem | undefined {
  const link = absoluteLink(raw.link, base);
  const publishedAt = parseDate(raw.date);
  const summaryText = raw.summary === undefined ? "" : htmlToText(raw.summary);
  const contentText = raw.content === undefined ? "" : htmlToText(raw.content);
  const title =
    clean(raw.title === undefined ? undefined : htmlToText(raw.title)) ??
    truncate(summaryText || contentText, 100);
  if (title === "" && link === undefined) return undefined;
  const id = clean(raw.guid) ?? link ?? hashId(title, raw.date ?? "");
  const fields = {
    link,
    publishedAt,
    // A date the feed gives but nobody can read is still worth showing as written.
    publishedText: publishedAt === undefined ? clean(raw.date) : undefined,
    summary: summaryText === "" ? undefined : truncate(summaryText, SUMMARY_CHARS),
    content: contentText === "" ? undefined : truncate(contentText, CONTENT_CHARS),
  };
  const known = Object.entries(fields).filter(([, v]) => v !== undefined);
  return { id, title: title === "" ? (link ?? id) : title, ...Object.fromEntries(known) };
}

/** A stable id for an item with neither guid nor link. */
export function hashId(title: string, date: string): string {
  const digest = createHash("sha256").update(`${title}\n${date}`).digest("hex");
  return `sha256:${digest.slice(0, 32)}`;
}

/** A link made absolute against the feed's URL; undefined unless it is http(s). */
export function absoluteLink(
  link: string | undefined,
  base: string | undefined,
): string | undefined {
  const value = clean(link);
  if (value === undefined) return undefined;
  const url = URL.canParse(value) ? new URL(value) : parseRelative(value, base);
  return url !== undefined && (url.protocol === "http:" || url.protocol === "https:")
    ? url.href
    : undefined;
}

function parseRelative(value: string, base: string | undefined): URL | undefined {
  if (base === undefined || !URL.canParse(value, base)) return undefined;
  return new URL(value, base);
}

function clean(value: string | undefined): string | undefined {
  const flat = value?.replace(/\s+/g, " ").trim();
  return flat === undefined || flat === "" ? undefined : flat;
}
