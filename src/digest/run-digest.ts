import { randomUUID } from "node:crypto";
import type { QueuedItem, Subscription } from "../store/store.ts";
import type { ItemBriefer } from "./brief-item.ts";
import { composeDigest, type DigestEntry, type FeedProblem } from "./compose.ts";
import { type DeliverDeps, deliver } from "./deliver.ts";
import { type RefreshDeps, refreshFeeds } from "./refresh-feeds.ts";

export interface DigestRunnerDeps extends RefreshDeps, DeliverDeps {
  readonly briefItem: ItemBriefer;
  /** Items briefed at the same time (article pages fetched in parallel), default 4. */
  readonly briefConcurrency?: number;
}

/** Why a digest runs: its schedule (the slot it is for) or a /digest now. */
export type RunTrigger =
  | { readonly kind: "schedule"; readonly slotAt: number }
  | { readonly kind: "now" };

export type RunOutcome =
  /** Posted to the channel. */
  | "posted"
  /** Nothing new and no feed failure to report: nothing posted. */
  | "nothing-new"
  /** Recorded, not (fully) posted yet: the platform refused or shutdown came; it resumes later. */
  | "pending"
  /** The channel's platform is not running in this process. */
  | "no-chat"
  /** Another run of this subscription is in progress. */
  | "busy";

export interface RunResult {
  readonly outcome: RunOutcome;
  readonly items: number;
  readonly parts: number;
  readonly problems: readonly FeedProblem[];
}

/** Runs digests and resumes interrupted deliveries, one run per subscription at a time. */
export interface DigestRunner {
  run(subscription: Subscription, trigger: RunTrigger): Promise<RunResult>;
  /** Posts the deliveries a crash or a failure left pending (all, or a subscription's); returns how many finished. */
  resumePending(subscriptionId?: number): Promise<number>;
  /** True while a run or a resumed delivery of the subscription is in progress. */
  isBusy(subscriptionId: number): boolean;
}

const NOTHING = { items: 0, parts: 0, problems: [] } as const;

/** Creates the digest runner: fetch, queue, brief, record the delivery, post, mark delivered. */
export function createDigestRunner(deps: DigestRunnerDeps): DigestRunner {
  const busy = new Set<number>();
  const exclusive = async <T>(id: number, work: () => Promise<T>, whenBusy: T): Promise<T> => {
    if (busy.has(id)) return whenBusy;
    busy.add(id);
    try {
      return await work();
    } finally {
      busy.delete(id);
    }
  };

  const resumeOf = async (
    subscriptionId: number,
  ): Promise<{ finished: number; blocked: boolean }> => {
    let finished = 0;
    for (const delivery of await deps.store.pendingDeliveries(subscriptionId)) {
      const outcome = await deliver(deps, delivery, true).catch((error: unknown) => {
        deps.logger.warn(
          { channel: delivery.channel, err: error },
          "pending digest still not posted",
        );
        return "pending" as const;
      });
      if (outcome === "pending") return { finished, blocked: true };
      finished++;
    }
    return { finished, blocked: false };
  };

  return {
    isBusy: (id) => busy.has(id),
    run: (subscription, trigger) =>
      exclusive(
        subscription.id,
        async () => {
          if (deps.chats(subscription.channel) === null) return { ...NOTHING, outcome: "no-chat" };
          // Earlier digests go out first, so a channel never sees them out of order.
          if ((await resumeOf(subscription.id)).blocked) return { ...NOTHING, outcome: "pending" };
          return runFresh(deps, subscription, trigger);
        },
        { ...NOTHING, outcome: "busy" },
      ),
    async resumePending(subscriptionId) {
      const pending = await deps.store.pendingDeliveries(subscriptionId);
      const ids = [...new Set(pending.map((d) => d.subscriptionId))];
      let finished = 0;
      for (const id of ids) {
        if (deps.chats(pending.find((d) => d.subscriptionId === id)?.channel ?? "") === null)
          continue;
        finished += await exclusive(id, async () => (await resumeOf(id)).finished, 0);
      }
      return finished;
    },
  };
}

async function runFresh(
  deps: DigestRunnerDeps,
  subscription: Subscription,
  trigger: RunTrigger,
): Promise<RunResult> {
  const now = deps.clock.now();
  const problems = await refreshFeeds(deps, subscription);
  const queued = await deps.store.queuedItems(subscription.id, subscription.maxItems + 1);
  const items = queued.slice(0, subscription.maxItems);
  if (items.length === 0 && problems.length === 0) {
    await deps.store.markRun(subscription.id, now);
    return { ...NOTHING, outcome: "nothing-new" };
  }
  const entries = await mapLimit(items, deps.briefConcurrency ?? 4, (item) =>
    briefSafely(deps, item),
  );
  // Shutting down: nothing is recorded yet, so the items stay queued for the next run.
  if (deps.signal?.aborted) return { ...NOTHING, outcome: "pending" };
  const target = deps.chats(subscription.channel);
  if (target === null) return { ...NOTHING, outcome: "no-chat" };
  const parts = composeDigest(
    { heading: headingOf(items.length), entries, problems, more: queued.length > items.length },
    target.port.maxMessageChars,
  );
  const idempotencyKey =
    trigger.kind === "schedule"
      ? `digest:${subscription.id}:${trigger.slotAt}`
      : `digest:${subscription.id}:now:${now}:${randomUUID().slice(0, 8)}`;
  const { delivery, created } = await deps.store.createDelivery(
    {
      idempotencyKey,
      subscriptionId: subscription.id,
      channel: subscription.channel,
      parts,
      itemIds: items.map((item) => item.id),
      reportedFeeds: problems.map((problem) => problem.url),
      runAt: now,
    },
    now,
  );
  if (!created) return { ...NOTHING, outcome: "busy" };
  const outcome = await deliver(deps, delivery).catch((error: unknown) => {
    deps.logger.warn(
      { channel: subscription.channel, err: error },
      "digest post failed; it stays pending",
    );
    return "pending" as const;
  });
  return {
    outcome: outcome === "delivered" ? "posted" : "pending",
    items: items.length,
    parts: parts.length,
    problems,
  };
}

async function briefSafely(deps: DigestRunnerDeps, item: QueuedItem): Promise<DigestEntry> {
  try {
    return await deps.briefItem(item);
  } catch (error) {
    deps.logger.warn({ link: item.link, err: error }, "digest item could not be briefed");
    return {
      title: item.title,
      summary: "",
      ...(item.link === undefined ? {} : { link: item.link }),
    };
  }
}

function headingOf(count: number): string {
  if (count === 0) return "News digest";
  return `News digest: ${count} new ${count === 1 ? "story" : "stories"}`;
}

/** Maps with at most `limit` calls in flight, keeping the order of the input. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
