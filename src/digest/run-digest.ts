import { randomUUID } from "node:crypto";
import type { QueuedItem, Subscription } from "../store/store.ts";
import type { ItemBriefer } from "./brief-item.ts";
import { composeDigest, type DigestEntry, type FeedProblem } from "./compose.ts";
import { type DeliverDeps, deliver } from "./deliver.ts";
import { type RefreshDeps, refreshFeeds } from "./refresh-feeds.ts";
import {
  type ClaimDeps,
  DEFAULT_LEASE_MS,
  leaseAt,
  newInstanceId,
  withRunClaim,
} from "./run-claim.ts";

export interface DigestRunnerDeps extends RefreshDeps, DeliverDeps {
  readonly briefItem: ItemBriefer;
  /** Items briefed at the same time (article pages fetched in parallel), default 4. */
  readonly briefConcurrency?: number;
  /** This process's name in run claims and delivery leases (default: host, pid and a random suffix). */
  readonly instanceId?: string;
  /** How long a run claim or a delivery lease lasts unless renewed (default 60 s). */
  readonly leaseMs?: number;
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
  /** Another run of this subscription is in progress (here or in another instance), or its slot has run. */
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

/**
 * Creates the digest runner: fetch, queue, brief, record the delivery, post, mark delivered. Each
 * run holds the subscription's run claim in the store, so across every instance sharing the
 * database one run of a subscription happens at a time and a scheduled slot runs once.
 */
export function createDigestRunner(deps: DigestRunnerDeps): DigestRunner {
  const claims: ClaimDeps = {
    store: deps.store,
    clock: deps.clock,
    logger: deps.logger,
    instanceId: deps.instanceId ?? newInstanceId(),
    leaseMs: deps.leaseMs ?? DEFAULT_LEASE_MS,
    ...(deps.signal === undefined ? {} : { signal: deps.signal }),
  };
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
  const claimed = <T>(
    id: number,
    slotAt: number | undefined,
    work: (scoped: DigestRunnerDeps, subscription: Subscription) => Promise<T>,
  ) =>
    withRunClaim(claims, id, slotAt, (subscription, signal) =>
      work({ ...deps, signal }, subscription),
    );

  return {
    isBusy: (id) => busy.has(id),
    run: (subscription, trigger) =>
      exclusive(
        subscription.id,
        async () => {
          if (deps.chats(subscription.channel) === null) return { ...NOTHING, outcome: "no-chat" };
          const slotAt = trigger.kind === "schedule" ? trigger.slotAt : undefined;
          const result = await claimed(subscription.id, slotAt, async (scoped, current) => {
            // Earlier digests go out first, so a channel never sees them out of order.
            if ((await resumeOf(scoped, claims, current.id)).blocked)
              return { ...NOTHING, outcome: "pending" as const };
            return runFresh(scoped, claims, current, trigger);
          });
          return result ?? { ...NOTHING, outcome: "busy" };
        },
        { ...NOTHING, outcome: "busy" },
      ),
    async resumePending(subscriptionId) {
      const now = deps.clock.now();
      // Deliveries another live instance holds are left to it; expired leases are anyone's.
      const free = (await deps.store.pendingDeliveries(subscriptionId)).filter(
        (d) => d.lease === null || d.lease.until < now || d.lease.owner === claims.instanceId,
      );
      let finished = 0;
      for (const id of [...new Set(free.map((d) => d.subscriptionId))]) {
        if (deps.chats(free.find((d) => d.subscriptionId === id)?.channel ?? "") === null) continue;
        const resumed = await exclusive(
          id,
          () =>
            claimed(id, undefined, async (scoped) => (await resumeOf(scoped, claims, id)).finished),
          0,
        );
        finished += resumed ?? 0;
      }
      return finished;
    },
  };
}

/**
 * Posts a subscription's pending deliveries in order, leasing them first. One another instance
 * still holds blocks the ones after it (and any new digest) until that instance finishes it or
 * its lease expires.
 */
async function resumeOf(
  deps: DigestRunnerDeps,
  claims: ClaimDeps,
  subscriptionId: number,
): Promise<{ finished: number; blocked: boolean }> {
  const now = deps.clock.now();
  const leased = await deps.store.leasePendingDeliveries(subscriptionId, leaseAt(claims, now), now);
  const mine = new Set(leased.map((d) => d.id));
  const held = (await deps.store.pendingDeliveries(subscriptionId)).find((d) => !mine.has(d.id));
  let finished = 0;
  for (const delivery of leased) {
    if (held !== undefined && delivery.id > held.id) break;
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
  return { finished, blocked: held !== undefined };
}

async function runFresh(
  deps: DigestRunnerDeps,
  claims: ClaimDeps,
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
      lease: leaseAt(claims, deps.clock.now()),
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
