import { describe, expect, it } from "vitest";
import { LruCache } from "../../../src/article/lru-cache.ts";

describe("LruCache", () => {
  it("keeps the newest entry even when it alone is over the weight cap", () => {
    const cache = new LruCache<string>({ maxEntries: 5, ttlMs: 1000, maxWeight: 10, now: () => 0 });
    cache.set("a", "A", 4);
    cache.set("big", "B", 50);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("big")).toBe("B");
    expect(cache.size).toBe(1);
  });

  it("replaces an entry under the same key without counting it twice", () => {
    const cache = new LruCache<string>({ maxEntries: 2, ttlMs: 1000, now: () => 0 });
    cache.set("a", "1");
    cache.set("a", "2");
    cache.set("b", "3");
    expect(cache.get("a")).toBe("2");
    expect(cache.size).toBe(2);
  });

  it("drops an expired entry when it is read", () => {
    let now = 0;
    const cache = new LruCache<string>({ maxEntries: 2, ttlMs: 100, now: () => now });
    cache.set("a", "1");
    now = 100;
    expect(cache.get("a")).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});
