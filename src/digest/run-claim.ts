import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Clock } from "../bot/ports.ts";
import type { Logger } from "../log.ts";
import type { Lease, Store, Subscription } from "../store/store.ts";

export interface ClaimDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  /** This process's name in run claims and delivery leases. */
  readonly instanceId: string;
  /** How long a claim lasts unless renewed; it is renewed every third of that while the run lasts. */
  readonly leaseMs: number;
  readonly signal?: AbortSignal;
}

/** Default lease: long enough for a slow feed or a Retry-After, short enough to resume soon after a crash. */
export const DEFAULT_LEASE_MS = 60_000;

/** A name for this process that no other instance shares: host, pid and a random suffix. */
export function newInstanceId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** The lease this process takes at `now`. */
export function leaseAt(deps: ClaimDeps, now: number): Lease {
  return { owner: deps.instanceId, until: now + deps.leaseMs };
}

/**
 * Runs `work` holding the subscription's run claim in the store, so no other process (or run in
 * this one) works on the same digest meanwhile; renews it every third of the lease and releases it
 * at the end. `work` gets a signal that aborts when the claim is lost (this process stalled longer
 * than the lease and another took over). Null when the claim is held elsewhere or the slot has run.
 */
export async function withRunClaim<T>(
  deps: ClaimDeps,
  subscriptionId: number,
  slotAt: number | undefined,
  work: (subscription: Subscription, signal: AbortSignal) => Promise<T>,
): Promise<T | null> {
  const now = deps.clock.now();
  const subscription = await deps.store.claimRun(subscriptionId, leaseAt(deps, now), now, slotAt);
  if (subscription === null) return null;
  const lost = new AbortController();
  const signal =
    deps.signal === undefined ? lost.signal : AbortSignal.any([deps.signal, lost.signal]);
  const stopRenewing = keepRenewing(deps, subscriptionId, lost);
  try {
    return await work(subscription, signal);
  } finally {
    stopRenewing();
    await deps.store
      .releaseRun(subscriptionId, deps.instanceId)
      .catch((error: unknown) =>
        deps.logger.warn(
          { subscription: subscriptionId, err: error },
          "run claim not released; it expires",
        ),
      );
  }
}

function keepRenewing(deps: ClaimDeps, subscriptionId: number, lost: AbortController): () => void {
  let stopped = false;
  let cancel = () => {};
  const renew = async () => {
    const held = await deps.store
      .renewRun(subscriptionId, leaseAt(deps, deps.clock.now()))
      .catch((error: unknown) => {
        // The database is away: keep working; the ledger still refuses a second delivery.
        deps.logger.warn({ subscription: subscriptionId, err: error }, "run claim not renewed");
        return true;
      });
    if (stopped) return;
    if (!held) {
      deps.logger.warn({ subscription: subscriptionId }, "run claim lost to another instance");
      lost.abort();
      return;
    }
    arm();
  };
  const arm = () => {
    cancel = deps.clock.setTimer(() => void renew(), Math.max(1, Math.floor(deps.leaseMs / 3)));
  };
  arm();
  return () => {
    stopped = true;
    cancel();
  };
}
