// The Store contract: one suite, run against SQLite and PostgreSQL, so the two cannot drift.
import { describe, expect, it } from "vitest";
import type { Store } from "../../../src/store/store.ts";
import { describeClaimContract } from "./contract-claims.ts";
import { FEED, item, okState, reply, subscribe } from "./records.ts";

/** Defines the contract's tests for a store; `open` gives a new, empty store each time. */
export function describeStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`${name}: the Store contract`, () => {
    it("adds, lists per channel and removes subscriptions with their feeds", async () => {
      const store = await open();
      const a = await subscribe(store, "slack:C1", [FEED, "https://other.example/rss", FEED]);
      const b = await subscribe(store, "discord:9");
      expect(a.feeds).toEqual([FEED, "https://other.example/rss"]);
      expect((await store.listSubscriptions("slack:C1")).map((s) => s.id)).toEqual([a.id]);
      expect((await store.listSubscriptions()).map((s) => s.id)).toEqual([a.id, b.id]);
      expect(await store.removeSubscription(a.id)).toBe(true);
      expect(await store.removeSubscription(a.id)).toBe(false);
      expect(await store.getSubscription(a.id)).toBeNull();
      expect(await store.getFeedStates(a.id)).toEqual([]);
      await store.close();
    });

    it("queues only the newest items of a first fetch and marks the rest seen", async () => {
      const store = await open();
      const sub = await subscribe(store);
      const items = [1, 2, 3, 4, 5, 6].map((n) => item(n));
      const result = await store.recordFeedFetch({
        subscriptionId: sub.id,
        channel: sub.channel,
        state: okState({ etag: '"v1"' }),
        items,
        newItemLimit: 3,
        queueLimit: 15,
        fetchedAt: 1_000,
      });
      expect(result).toEqual({ queued: 3, skipped: 3 });
      expect((await store.queuedItems(sub.id, 10)).map((i) => i.title)).toEqual([
        "Story 6",
        "Story 5",
        "Story 4",
      ]);
      expect((await store.getFeedStates(sub.id))[0]).toMatchObject({
        etag: '"v1"',
        fetchedOnce: true,
      });
      await store.close();
    });

    it("does not queue an item again when its guid is rewritten but its link is known", async () => {
      const store = await open();
      const sub = await subscribe(store);
      const record = {
        subscriptionId: sub.id,
        channel: sub.channel,
        state: okState(),
        newItemLimit: null,
        queueLimit: 15,
        fetchedAt: 1_000,
      };
      await store.recordFeedFetch({ ...record, items: [item(1)] });
      const again = await store.recordFeedFetch({
        ...record,
        items: [item(1, ["g:rewritten-1", "l:news.example/1"]), item(2)],
      });
      expect(again).toEqual({ queued: 1, skipped: 0 });
      // The rewritten guid is now known too, so a third rewrite back is still the same item.
      const third = await store.recordFeedFetch({ ...record, items: [item(1, ["g:rewritten-1"])] });
      expect(third.queued).toBe(0);
      await store.close();
    });

    it("trims a long queue to its limit, oldest first", async () => {
      const store = await open();
      const sub = await subscribe(store);
      const items = Array.from({ length: 8 }, (_, i) => item(i + 1));
      const result = await store.recordFeedFetch({
        subscriptionId: sub.id,
        channel: sub.channel,
        state: okState(),
        items,
        newItemLimit: null,
        queueLimit: 5,
        fetchedAt: 1_000,
      });
      expect(result).toEqual({ queued: 8, skipped: 3 });
      expect((await store.queuedItems(sub.id, 10)).map((i) => i.sortKey)).toEqual([8, 7, 6, 5, 4]);
      await store.close();
    });

    it("records a delivery once per idempotency key and claims its items", async () => {
      const store = await open();
      const sub = await subscribe(store);
      await store.recordFeedFetch({
        subscriptionId: sub.id,
        channel: sub.channel,
        state: okState({ failures: 2, lastError: "HTTP 500" }),
        items: [item(1), item(2)],
        newItemLimit: null,
        queueLimit: 15,
        fetchedAt: 1_000,
      });
      const ids = (await store.queuedItems(sub.id, 10)).map((i) => i.id);
      const plan = {
        idempotencyKey: "sub1:slot",
        subscriptionId: sub.id,
        channel: sub.channel,
        parts: [reply("one"), reply("two")],
        itemIds: ids,
        reportedFeeds: [FEED],
        runAt: 77,
      };
      const { delivery, created } = await store.createDelivery(plan, 70);
      expect(created).toBe(true);
      expect(await store.createDelivery(plan, 71)).toEqual({ delivery, created: false });
      expect(delivery).toMatchObject({ status: "pending", partsSent: 0, createdAt: 70 });
      expect(await store.queuedItems(sub.id, 10)).toEqual([]);
      expect((await store.getSubscription(sub.id))?.lastRunAt).toBe(77);
      expect((await store.getFeedStates(sub.id))[0]?.errorReported).toBe(true);

      await store.markPartsSent(delivery.id, 1);
      expect((await store.pendingDeliveries())[0]).toMatchObject({ id: delivery.id, partsSent: 1 });
      await store.completeDelivery(delivery.id, 80);
      expect(await store.pendingDeliveries()).toEqual([]);
      await store.close();
    });

    it("refuses to claim items another delivery already took", async () => {
      const store = await open();
      const sub = await subscribe(store);
      await store.recordFeedFetch({
        subscriptionId: sub.id,
        channel: sub.channel,
        state: okState(),
        items: [item(1)],
        newItemLimit: null,
        queueLimit: 15,
        fetchedAt: 1_000,
      });
      const ids = (await store.queuedItems(sub.id, 10)).map((i) => i.id);
      const plan = {
        subscriptionId: sub.id,
        channel: sub.channel,
        parts: [reply("x")],
        itemIds: ids,
        reportedFeeds: [],
        runAt: 1,
      };
      await store.createDelivery({ ...plan, idempotencyKey: "first" }, 1);
      await expect(
        store.createDelivery({ ...plan, idempotencyKey: "second" }, 2),
      ).rejects.toMatchObject({
        code: "STORE_FAILED",
      });
      expect((await store.pendingDeliveries()).map((d) => d.idempotencyKey)).toEqual(["first"]);
      await store.close();
    });

    it("keeps seen keys per channel, so another channel still gets the same story", async () => {
      const store = await open();
      const a = await subscribe(store, "slack:C1");
      const b = await subscribe(store, "discord:2");
      for (const sub of [a, b]) {
        const result = await store.recordFeedFetch({
          subscriptionId: sub.id,
          channel: sub.channel,
          state: okState(),
          items: [item(1)],
          newItemLimit: null,
          queueLimit: 15,
          fetchedAt: 1_000,
        });
        expect(result.queued).toBe(1);
      }
      await store.close();
    });

    it("prunes old delivered items, and forgets keys only once no feed has listed them for long", async () => {
      const store = await open();
      const sub = await subscribe(store);
      const base = {
        subscriptionId: sub.id,
        channel: sub.channel,
        state: okState(),
        newItemLimit: 1,
        queueLimit: 15,
      };
      // Day 0: items 1 and 2 seen (2 queued, 1 skipped); day 100: only item 2 still in the feed.
      await store.recordFeedFetch({ ...base, items: [item(1), item(2)], fetchedAt: 0 });
      const day = 24 * 3_600_000;
      await store.recordFeedFetch({ ...base, items: [item(2)], fetchedAt: 100 * day });
      expect(await store.prune(50 * day, 50 * day)).toBeGreaterThan(0);
      // Item 1's keys are gone: listed again it is new. Item 2's were refreshed: still seen.
      const again = await store.recordFeedFetch({
        ...base,
        newItemLimit: null,
        items: [item(1), item(2)],
        fetchedAt: 101 * day,
      });
      expect(again.queued).toBe(1);
      expect((await store.queuedItems(sub.id, 10)).map((i) => i.title)).toEqual([
        "Story 2",
        "Story 1",
      ]);
      await store.close();
    });

    describeClaimContract(open);
  });
}
