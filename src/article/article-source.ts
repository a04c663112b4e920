import type { Analysis } from "../analysis.ts";
import { analyzeArticle } from "../analyze.ts";
import type { ArticleSource } from "../bot/bot.ts";
import type { Clock } from "../bot/ports.ts";
import type { Logger } from "../log.ts";
import type { Article } from "./article.ts";
import type { Fetcher } from "./fetcher.ts";
import { detectInputKind, unwrapLink } from "./input-kind.ts";
import { loadArticle } from "./load-article.ts";
import { LruCache } from "./lru-cache.ts";

/** Settings of the analysis cache. */
export interface ArticleCacheOptions {
  /** How long an analysed URL is reused. */
  readonly ttlMs: number;
  readonly maxEntries: number;
  /** Cap on the characters of article text held (default 50 million, about 100 MB). */
  readonly maxChars?: number;
}

/** What the article source needs. */
export interface ArticleSourceOptions {
  readonly fetcher: Fetcher;
  readonly cache: ArticleCacheOptions;
  readonly clock?: Pick<Clock, "now">;
  readonly logger?: Logger;
  /** The analysis to run; analyzeArticle unless a caller wraps it. */
  readonly analyze?: (article: Article) => Analysis;
}

// Parameters that only say where a click came from; the same article with or without them is one entry.
const TRACKING =
  /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|cmpid|at_medium|at_campaign|smid|ref_src)$/i;

/**
 * The ArticleSource the bot and digests use: loads and analyses links, pasted text and HTML.
 * A URL analysed within the TTL is served from an LRU cache, and concurrent requests for the
 * same URL share one fetch. Pasted text is not cached: analysing it takes milliseconds.
 */
export function createArticleSource(options: ArticleSourceOptions): ArticleSource {
  const analyze = options.analyze ?? analyzeArticle;
  const now = options.clock?.now ?? (() => Date.now());
  const cache = createCache(options.cache, now);
  const inflight = new Map<string, Promise<Analysis>>();

  const loadAndAnalyze = async (url: string, key: string): Promise<Analysis> => {
    const started = now();
    const article = await loadArticle(url, { fetcher: options.fetcher });
    const analysis = analyze(article);
    cache.set(key, analysis, article.text.length);
    const finalKey = article.url === undefined ? key : cacheKey(article.url);
    if (finalKey !== key) cache.set(finalKey, analysis, article.text.length);
    options.logger?.info(
      { url, ms: now() - started, chars: article.text.length },
      "article loaded",
    );
    return analysis;
  };

  return {
    async analyze(input) {
      if (detectInputKind(input) !== "url") return analyze(await loadArticle(input, {}));
      const url = unwrapLink(input);
      const key = cacheKey(url);
      const cached = cache.get(key);
      if (cached !== undefined) {
        options.logger?.debug({ url }, "article from cache");
        return cached;
      }
      const running = inflight.get(key);
      if (running !== undefined) return running;
      const job = loadAndAnalyze(url, key).finally(() => inflight.delete(key));
      inflight.set(key, job);
      return job;
    },
  };
}

function createCache(settings: ArticleCacheOptions, now: () => number): LruCache<Analysis> {
  return new LruCache<Analysis>({
    maxEntries: settings.maxEntries,
    ttlMs: settings.ttlMs,
    maxWeight: settings.maxChars ?? 50_000_000,
    now,
  });
}

/** The cache key of a URL: without its fragment and click-tracking parameters. */
export function cacheKey(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  url.hash = "";
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING.test(name)) url.searchParams.delete(name);
  }
  return url.href;
}
