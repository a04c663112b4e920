import type Database from "better-sqlite3";
import { type DeliveryRow, type SubscriptionRow, toDelivery } from "./rows.ts";
import type { Delivery, Lease } from "./store.ts";

/**
 * Run claims and delivery leases on SQLite. Each is one conditional UPDATE: SQLite runs one writer
 * at a time, so two processes sharing the file cannot both win a claim.
 */
export function createClaims(db: Database.Database) {
  const q = {
    claim: db.prepare<ClaimParams, SubscriptionRow>(
      `UPDATE subscriptions SET run_owner = @owner, run_until = @until
       WHERE id = @id AND (run_owner IS NULL OR run_owner = @owner OR run_until < @now)
         AND (@slotAt IS NULL OR coalesce(last_run_at, created_at) < @slotAt)
       RETURNING *`,
    ),
    renewRun: db.prepare(
      "UPDATE subscriptions SET run_until = @until WHERE id = @id AND run_owner = @owner",
    ),
    renewDeliveries: db.prepare(
      `UPDATE deliveries SET lease_until = @until
       WHERE subscription_id = @id AND lease_owner = @owner AND status = 'pending'`,
    ),
    releaseRun: db.prepare(
      "UPDATE subscriptions SET run_owner = NULL, run_until = NULL WHERE id = ? AND run_owner = ?",
    ),
    releaseDeliveries: db.prepare(
      `UPDATE deliveries SET lease_owner = NULL, lease_until = NULL
       WHERE subscription_id = ? AND lease_owner = ? AND status = 'pending'`,
    ),
    lease: db.prepare<LeaseParams, DeliveryRow>(
      `UPDATE deliveries SET lease_owner = @owner, lease_until = @until
       WHERE subscription_id = @id AND status = 'pending'
         AND (lease_owner IS NULL OR lease_owner = @owner OR lease_until < @now)
       RETURNING *`,
    ),
  };
  const renewRun = db.transaction((id: number, lease: Lease) => {
    const held = q.renewRun.run({ id, ...lease }).changes > 0;
    if (held) q.renewDeliveries.run({ id, ...lease });
    return held;
  });
  const releaseRun = db.transaction((id: number, owner: string) => {
    q.releaseRun.run(id, owner);
    q.releaseDeliveries.run(id, owner);
  });
  return {
    claimRun: (id: number, lease: Lease, now: number, slotAt?: number) =>
      q.claim.get({ id, ...lease, now, slotAt: slotAt ?? null }) ?? null,
    renewRun: (id: number, lease: Lease) => renewRun.immediate(id, lease),
    releaseRun: (id: number, owner: string) => releaseRun.immediate(id, owner),
    leasePendingDeliveries: (id: number, lease: Lease, now: number): Delivery[] =>
      q.lease
        .all({ id, ...lease, now })
        .map(toDelivery)
        .sort((a, b) => a.id - b.id),
  };
}

interface ClaimParams {
  id: number;
  owner: string;
  until: number;
  now: number;
  slotAt: number | null;
}

type LeaseParams = Omit<ClaimParams, "slotAt">;
