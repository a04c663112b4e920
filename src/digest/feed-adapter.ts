import type { FeedItem } from "../article/feed-types.ts";
import { fetchFeed } from "../article/fetch-feed.ts";
import type { Fetcher } from "../article/fetcher.ts";
import type { FeedEntry, FeedFetcher } from "./feed-source.ts";

/** The digest's feed port on the article loader's safe fetcher (SSRF checks, timeouts, size cap). */
export function createFeedFetcher(fetcher: Fetcher): FeedFetcher {
  return async (url, conditional) => {
    const result = await fetchFeed(url, { fetcher, ...conditional });
    if (result.status === "not-modified") return { kind: "not-modified" };
    return {
      kind: "ok",
      url: result.url,
      title: result.feed.title,
      entries: result.feed.items.map(toEntry),
      ...(result.etag === undefined ? {} : { etag: result.etag }),
      ...(result.lastModified === undefined ? {} : { lastModified: result.lastModified }),
    };
  };
}

function toEntry(item: FeedItem): FeedEntry {
  // Full content briefs better than the teaser summary.
  const text = item.content ?? item.summary;
  return {
    guid: item.id,
    title: item.title,
    ...(item.link === undefined ? {} : { link: item.link }),
    ...(item.publishedAt === undefined ? {} : { publishedAt: item.publishedAt }),
    ...(text === undefined ? {} : { text }),
    ...(item.content === undefined ? {} : { fullText: true }),
  };
}
