import type { Analysis } from "../analysis.ts";
import type { ArticleSource } from "../bot/bot.ts";
import type { Clock } from "../bot/ports.ts";
import type { Logger } from "../log.ts";
import { type Analyzer, inThreadAnalyzer } from "../workers/analyzer.ts";
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
  /** Runs analyses and briefings (default: on the calling thread; the bot's process gives its worker pool). */
  readonly analyzer?: Analyzer;
}

// Parameters that only say where a click came from; the same article with or without them is one entry.
const TRACKING =
  /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|cmpid|at_medium|at_campaign|smid|ref_src)$/i;

/**
 * The ArticleSource the bot and digests use: loads, analyses and briefs links, pasted text and HTML.
 * A URL analysed within the TTL is served from an LRU cache, and concurrent requests for the
 * same URL share one fetch. Pasted text is not cached: analysing it takes milliseconds.
 */
export function createArticleSource(options: ArticleSourceOptions): ArticleSource {
  const analyzer = options.analyzer ?? inThreadAnalyzer;
  const now = options.clock?.now ?? (() => Date.now());
  const cache = createCache(options.cache, now);
  const inflight = new Map<string, Promise<Analysis>>();

  /** Loads a URL and runs `run` on its article; the analysis it yields is cached. */
  const load = async <T>(url: string, key: string, run: Run<T>): Promise<T> => {
    const started = now();
    const article = await loadArticle(url, { fetcher: options.fetcher });
    const result = await run.work(article);
    const analysis = run.analysisOf(result);
    cache.set(key, analysis, article.text.length);
    const finalKey = article.url === undefined ? key : cacheKey(article.url);
    if (finalKey !== key) cache.set(finalKey, analysis, article.text.length);
    options.logger?.info(
      { url, ms: now() - started, chars: article.text.length },
      "article loaded",
    );
    return result;
  };

  /** The cached or in-flight analysis of a URL, else a new load that others can share. */
  const ofUrl = <T>(input: string, run: Run<T>, reuse: (known: Analysis) => Promise<T>) => {
    const url = unwrapLink(input);
    const key = cacheKey(url);
    const cached = cache.get(key);
    if (cached !== undefined) {
      options.logger?.debug({ url }, "article from cache");
      return reuse(cached);
    }
    const running = inflight.get(key);
    if (running !== undefined) return running.then(reuse);
    const job = load(url, key, run);
    const shared = job.then(run.analysisOf).finally(() => inflight.delete(key));
    shared.catch(() => undefined);
    inflight.set(key, shared);
    return job;
  };

  return {
    async analyze(input) {
      if (detectInputKind(input) !== "url") return analyzer.analyze(await loadArticle(input, {}));
      const run = { work: analyzer.analyze, analysisOf: (a: Analysis) => a };
      return ofUrl(input, run, async (known) => known);
    },
    async brief(input, briefOptions) {
      if (detectInputKind(input) !== "url") {
        return analyzer.brief(await loadArticle(input, {}), briefOptions);
      }
      const work = (article: Article) => analyzer.brief(article, briefOptions);
      // A cached analysis is briefed again from its article, in the analyzer too.
      return ofUrl(input, { work, analysisOf: (b) => b.analysis }, (known) => work(known.article));
    },
  };
}

/** What to do with a loaded article, and the analysis its result holds (for the cache). */
interface Run<T> {
  work(article: Article): Promise<T>;
  analysisOf(result: T): Analysis;
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
