import type { Fetcher } from "../article/fetcher.ts";
import type { ArticleSource } from "../bot/bot.ts";
import type { Clock } from "../bot/ports.ts";
import type { CoreConfig } from "../config.ts";
import type { Logger } from "../log.ts";
import type { Store } from "../store/store.ts";
import { brief } from "../summary/brief.ts";
import type { Analyzer } from "../workers/analyzer.ts";
import { createItemBriefer } from "./brief-item.ts";
import { createFeedFetcher } from "./feed-adapter.ts";
import { createDigestService, type DigestService } from "./service.ts";

/** The parts of a process the digests share with the bot. */
export interface DigestWiring {
  readonly store: Store;
  readonly logger: Logger;
  /** The safe HTTP fetcher for feeds. */
  readonly fetcher: Fetcher;
  /** The bot's article source: digest items whose feed has no full text are fetched and analysed through it (and its cache). */
  readonly articles?: ArticleSource;
  readonly clock?: Clock;
  /** Where feed text is analysed and briefed (the process's worker pool). */
  readonly analyzer?: Analyzer;
  /** How often the scheduler re-reads subscriptions (default 60 s). */
  readonly resyncMs?: number;
}

/** Creates the digest service of a process from its configuration. */
export function createDigestServiceFromConfig(
  config: CoreConfig,
  wiring: DigestWiring,
): DigestService {
  const { articles } = wiring;
  const briefUrl = articles?.brief?.bind(articles);
  return createDigestService({
    store: wiring.store,
    logger: wiring.logger,
    fetchFeed: createFeedFetcher(wiring.fetcher),
    briefItem: createItemBriefer({
      brief,
      logger: wiring.logger,
      ...(wiring.analyzer === undefined ? {} : { analyzer: wiring.analyzer }),
      ...(articles === undefined ? {} : { analyzeUrl: (url: string) => articles.analyze(url) }),
      ...(briefUrl === undefined ? {} : { briefUrl }),
    }),
    defaults: { maxItems: config.digestMaxItems },
    leaseMs: config.digestLeaseMs,
    ...(wiring.resyncMs === undefined ? {} : { resyncMs: wiring.resyncMs }),
    ...(wiring.clock === undefined ? {} : { clock: wiring.clock }),
  });
}
