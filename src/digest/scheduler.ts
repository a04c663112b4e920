import type { Clock } from "../bot/ports.ts";
import type { Logger } from "../log.ts";
import type { Store, Subscription } from "../store/store.ts";
import { type DigestRunner, mapLimit } from "./run-digest.ts";
import { nextRunAt } from "./schedule.ts";

export interface SchedulerDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly runner: DigestRunner;
  readonly logger: Logger;
  /** The scheduler re-reads subscriptions at least this often, so ones the CLI adds are picked up (default 60 s). */
  readonly resyncMs?: number;
  /** Digests run at the same time (default 4). */
  readonly concurrency?: number;
}

/** Runs digests on their schedules, driven by the injected Clock. */
export interface Scheduler {
  /** Resumes interrupted deliveries, runs one catch-up digest for each subscription that missed its time, then keeps time. */
  start(): Promise<void>;
  /** Re-reads subscriptions now (after /digest add or remove). */
  wake(): void;
  /** Resolves when no tick is running. */
  settled(): Promise<void>;
  /** Stops scheduling and waits for the tick in progress. */
  stop(): Promise<void>;
}

const MAX_RETRY_MS = 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;
/** Delivered items and deliveries are kept this long (for inspection), then deleted. */
export const KEEP_ITEMS_MS = 30 * DAY_MS;
/** A dedupe key no feed has listed for this long is forgotten. */
export const KEEP_KEYS_MS = 365 * DAY_MS;

/**
 * Creates the scheduler. A subscription is due when the first slot after its last run has come:
 * after downtime that is one catch-up run, not one per missed slot. croner computes the slots
 * (time zones, DST); the Clock decides when they arrive, so tests use a fake clock.
 */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  const resyncMs = deps.resyncMs ?? 60_000;
  // Subscriptions whose run failed or stayed pending wait before trying again.
  const retry = new Map<number, { at: number; failures: number }>();
  let prunedAt = Number.NEGATIVE_INFINITY;
  let cancelTimer: (() => void) | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = true;

  const arm = (wakeAt: number) => {
    cancelTimer?.();
    const delay = Math.max(0, Math.min(wakeAt - deps.clock.now(), resyncMs));
    cancelTimer = deps.clock.setTimer(trigger, delay);
  };

  const trigger = () => {
    if (stopped) return;
    if (running !== null) {
      again = true;
      return;
    }
    running = tick(deps, retry, resyncMs)
      .then(async (wakeAt) => {
        const now = deps.clock.now();
        if (now - prunedAt >= DAY_MS) {
          prunedAt = now;
          const removed = await deps.store.prune(now - KEEP_ITEMS_MS, now - KEEP_KEYS_MS);
          if (removed > 0) deps.logger.info({ removed }, "old digest items pruned");
        }
        return wakeAt;
      })
      .catch((error: unknown) => {
        deps.logger.error({ err: error }, "digest scheduler tick failed");
        return deps.clock.now() + resyncMs;
      })
      .then((wakeAt) => {
        running = null;
        if (stopped) return;
        if (again) {
          again = false;
          arm(deps.clock.now());
        } else arm(wakeAt);
      });
  };

  return {
    async start() {
      stopped = false;
      trigger();
      await running;
    },
    wake: () => trigger(),
    settled: async () => {
      while (running !== null) await running;
    },
    async stop() {
      stopped = true;
      cancelTimer?.();
      cancelTimer = null;
      await running;
    },
  };
}

/** One pass: resume pending deliveries, run what is due; returns when to look again. */
async function tick(
  deps: SchedulerDeps,
  retry: Map<number, { at: number; failures: number }>,
  resyncMs: number,
): Promise<number> {
  await deps.runner.resumePending();
  const now = deps.clock.now();
  // A delivery another instance holds is resumed here if that instance dies: look when its lease ends.
  let wakeAt = Number.POSITIVE_INFINITY;
  for (const { lease } of await deps.store.pendingDeliveries())
    if (lease !== null && lease.until >= now) wakeAt = Math.min(wakeAt, lease.until + 1);
  const subscriptions = await deps.store.listSubscriptions();
  const dueNow: { subscription: Subscription; slotAt: number }[] = [];
  for (const subscription of subscriptions) {
    const due = dueAt(subscription);
    if (due === null) continue;
    const waitUntil = retry.get(subscription.id)?.at ?? 0;
    if (due <= now && waitUntil <= now) dueNow.push({ subscription, slotAt: due });
    else wakeAt = Math.min(wakeAt, Math.max(due, waitUntil));
  }
  // Digests due at the same minute (08:00 is popular) run a few at a time, not one after another.
  await mapLimit(dueNow, deps.concurrency ?? 4, async ({ subscription, slotAt }) => {
    await runDue(deps, subscription, slotAt, retry, resyncMs);
    const next = dueAt((await deps.store.getSubscription(subscription.id)) ?? subscription);
    if (next !== null)
      wakeAt = Math.min(wakeAt, Math.max(next, retry.get(subscription.id)?.at ?? 0));
  });
  for (const id of retry.keys()) if (!subscriptions.some((s) => s.id === id)) retry.delete(id);
  return wakeAt;
}

/** The first slot after the subscription's last run (or its creation). */
function dueAt(subscription: Subscription): number | null {
  return nextRunAt(
    subscription.cron,
    subscription.timeZone,
    subscription.lastRunAt ?? subscription.createdAt,
  );
}

async function runDue(
  deps: SchedulerDeps,
  subscription: Subscription,
  slotAt: number,
  retry: Map<number, { at: number; failures: number }>,
  resyncMs: number,
): Promise<void> {
  const started = deps.clock.now();
  let ok = false;
  try {
    const result = await deps.runner.run(subscription, { kind: "schedule", slotAt });
    deps.logger.info(
      {
        subscription: subscription.id,
        channel: subscription.channel,
        ...result,
        ms: deps.clock.now() - started,
      },
      "scheduled digest",
    );
    ok = result.outcome === "posted" || result.outcome === "nothing-new";
    if (result.outcome === "busy") {
      // Another instance runs it (or ran this slot): look again soon, without counting a failure.
      const failures = retry.get(subscription.id)?.failures ?? 0;
      retry.set(subscription.id, { at: started + Math.min(resyncMs, 60_000), failures });
      return;
    }
    if (result.outcome === "no-chat") {
      // Another process (the platform's adapter) delivers this channel; look again later.
      retry.set(subscription.id, { at: started + MAX_RETRY_MS, failures: 0 });
      return;
    }
  } catch (error) {
    deps.logger.error({ subscription: subscription.id, err: error }, "scheduled digest failed");
  }
  if (ok) {
    retry.delete(subscription.id);
    return;
  }
  const failures = (retry.get(subscription.id)?.failures ?? 0) + 1;
  retry.set(subscription.id, {
    at: started + Math.min(MAX_RETRY_MS, 60_000 * 2 ** (failures - 1)),
    failures,
  });
}
