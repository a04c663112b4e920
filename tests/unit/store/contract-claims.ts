// The Store contract, part two: run claims and delivery leases, what lets several processes share
// one database. Same tests for SQLite and PostgreSQL.
import { expect, it } from "vitest";
import type { Store } from "../../../src/store/store.ts";
import { item, okState, reply, subscribe } from "./records.ts";

const A = (until: number) => ({ owner: "instance-a", until });
const B = (until: number) => ({ owner: "instance-b", until });

async function queueTwo(store: Store) {
  const sub = await subscribe(store);
  await store.recordFeedFetch({
    subscriptionId: sub.id,
    channel: sub.channel,
    state: okState(),
    items: [item(1), item(2)],
    newItemLimit: null,
    queueLimit: 15,
    fetchedAt: 1_000,
  });
  return { sub, ids: (await store.queuedItems(sub.id, 10)).map((i) => i.id) };
}

function planOf(sub: { id: number; channel: string }, ids: number[], owner = A(5_000)) {
  return {
    idempotencyKey: `digest:${sub.id}:slot`,
    subscriptionId: sub.id,
    channel: sub.channel,
    parts: [reply("one"), reply("two")],
    itemIds: ids,
    reportedFeeds: [],
    runAt: 2_000,
    lease: owner,
  };
}

/** Defines the claim and lease tests; `open` gives a new, empty store each time. */
export function describeClaimContract(open: () => Promise<Store>): void {
  it("lets one process at a time claim a subscription's run, until its claim expires", async () => {
    const store = await open();
    const sub = await subscribe(store);
    expect((await store.claimRun(sub.id, A(10_000), 1_000))?.id).toBe(sub.id);
    expect(await store.claimRun(sub.id, B(11_000), 2_000)).toBeNull();
    // The holder may claim again (a retry after a lost answer); another only once it expired.
    expect(await store.claimRun(sub.id, A(12_000), 3_000)).not.toBeNull();
    expect(await store.claimRun(sub.id, B(20_000), 12_001)).toMatchObject({ id: sub.id });
    expect(await store.renewRun(sub.id, A(30_000))).toBe(false);
    expect(await store.renewRun(sub.id, B(30_000))).toBe(true);
    await store.releaseRun(sub.id, "instance-b");
    expect(await store.claimRun(sub.id, A(40_000), 13_000)).not.toBeNull();
    expect(await store.claimRun(999_999, A(40_000), 13_000)).toBeNull();
    await store.close();
  });

  it("claims a scheduled slot only while it has not run, so each slot runs once", async () => {
    const store = await open();
    const sub = await subscribe(store); // created at 1_000, never run
    expect(await store.claimRun(sub.id, A(10_000), 5_000, 4_000)).toMatchObject({
      lastRunAt: null,
    });
    await store.markRun(sub.id, 5_000);
    await store.releaseRun(sub.id, "instance-a");
    // The slot at 4_000 has run (at 5_000): nobody claims it again, not even after a restart.
    expect(await store.claimRun(sub.id, B(20_000), 6_000, 4_000)).toBeNull();
    expect(await store.claimRun(sub.id, B(20_000), 6_000, 9_000)).toMatchObject({
      lastRunAt: 5_000,
    });
    await store.close();
  });

  it("leases a new delivery to its creator; another process resumes it only after the lease expired", async () => {
    const store = await open();
    const { sub, ids } = await queueTwo(store);
    const { delivery } = await store.createDelivery(planOf(sub, ids, A(5_000)), 2_000);
    expect(delivery.lease).toEqual(A(5_000));
    expect(await store.leasePendingDeliveries(sub.id, B(9_000), 4_000)).toEqual([]);
    const resumed = await store.leasePendingDeliveries(sub.id, B(9_000), 5_001);
    expect(resumed.map((d) => [d.id, d.lease])).toEqual([[delivery.id, B(9_000)]]);
    await store.completeDelivery(delivery.id, 6_000);
    expect(await store.pendingDeliveries()).toEqual([]);
    expect(await store.leasePendingDeliveries(sub.id, A(9_000), 7_000)).toEqual([]);
    await store.close();
  });

  it("renews and releases a run's delivery leases with its claim", async () => {
    const store = await open();
    const { sub, ids } = await queueTwo(store);
    await store.claimRun(sub.id, A(5_000), 1_000);
    const { delivery } = await store.createDelivery(planOf(sub, ids, A(5_000)), 2_000);
    expect(await store.renewRun(sub.id, A(8_000))).toBe(true);
    expect((await store.pendingDeliveries(sub.id))[0]?.lease).toEqual(A(8_000));
    await store.releaseRun(sub.id, "instance-a");
    expect((await store.pendingDeliveries(sub.id))[0]).toMatchObject({
      id: delivery.id,
      lease: null,
    });
    expect(await store.leasePendingDeliveries(sub.id, B(9_000), 3_000)).toHaveLength(1);
    await store.close();
  });

  it("returns a delivery recorded under the same key as the caller's own only when it holds its lease", async () => {
    const store = await open();
    const { sub, ids } = await queueTwo(store);
    const first = await store.createDelivery(planOf(sub, ids, A(5_000)), 2_000);
    // A retry after a lost answer whose commit went through: still the creator's to post.
    expect(await store.createDelivery(planOf(sub, ids, A(5_000)), 2_001)).toEqual(first);
    expect(await store.createDelivery(planOf(sub, ids, B(5_000)), 2_002)).toEqual({
      delivery: first.delivery,
      created: false,
    });
    await store.close();
  });
}
