import { afterEach, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "./harness.ts";
import { story } from "./helpers.ts";

const FEED = "https://news.example/feed.xml";
const running: Harness[] = [];
function harness(start: string): Harness {
  const h = createHarness(start);
  running.push(h);
  return h;
}
afterEach(async () => {
  for (const h of running.splice(0)) await h.service.stop();
});

const iso = (ms: number) => new Date(ms).toISOString();

describe("the digest scheduler", () => {
  it("runs a daily 08:00 Berlin digest at 08:00 local time on both sides of the spring DST change", async () => {
    const h = harness("2025-03-28T12:00:00Z");
    h.feeds.set(FEED, [story(1)]);
    await h.subscribe([FEED], "daily 08:00", "Europe/Berlin");
    await h.service.start();
    await h.advanceTo("2025-04-01T12:00:00Z");
    expect(h.feeds.calls.map((c) => iso(c.at))).toEqual([
      "2025-03-29T07:00:00.000Z",
      "2025-03-30T06:00:00.000Z",
      "2025-03-31T06:00:00.000Z",
      "2025-04-01T06:00:00.000Z",
    ]);
  });

  it("runs a 01:30 New York digest once on the night 01:30 happens twice", async () => {
    const h = harness("2025-11-01T12:00:00Z");
    h.feeds.set(FEED, [story(1)]);
    await h.subscribe([FEED], "daily 01:30", "America/New_York");
    await h.service.start();
    await h.advanceTo("2025-11-03T12:00:00Z");
    expect(h.feeds.calls.map((c) => iso(c.at))).toEqual([
      "2025-11-02T05:30:00.000Z",
      "2025-11-03T06:30:00.000Z",
    ]);
  });

  it("still runs a 02:30 Berlin digest on the night 02:30 does not exist", async () => {
    const h = harness("2025-03-29T12:00:00Z");
    h.feeds.set(FEED, [story(1)]);
    await h.subscribe([FEED], "daily 02:30", "Europe/Berlin");
    await h.service.start();
    await h.advanceTo("2025-03-31T12:00:00Z");
    expect(h.feeds.calls.map((c) => iso(c.at))).toEqual([
      "2025-03-30T01:00:00.000Z",
      "2025-03-31T00:30:00.000Z",
    ]);
  });

  it("runs one catch-up digest after downtime, not one per missed slot, then keeps the schedule", async () => {
    const h = harness("2025-06-02T07:00:00Z");
    h.feeds.set(FEED, [story(1), story(2)]);
    await h.subscribe([FEED], "daily 08:00", "UTC");
    await h.service.start();
    await h.advanceTo("2025-06-02T09:00:00Z");
    await h.service.stop();
    expect(h.port.posts).toHaveLength(1);

    // Down from Monday 09:00 to Thursday 12:00: three slots missed while new stories arrived.
    h.feeds.set(FEED, [story(1), story(2), story(3), story(4)]);
    const later = h.restart("2025-06-05T12:00:00Z");
    running.push(later);
    later.feeds.set(FEED, [story(1), story(2), story(3), story(4)]);
    await later.service.start();
    expect(later.feeds.calls.map((c) => iso(c.at))).toEqual(["2025-06-05T12:00:00.000Z"]);
    expect(later.port.links()).toEqual([
      "https://news.example/story/4",
      "https://news.example/story/3",
    ]);
    await later.advanceTo("2025-06-06T12:00:00Z");
    expect(later.feeds.calls.map((c) => iso(c.at))).toEqual([
      "2025-06-05T12:00:00.000Z",
      "2025-06-06T08:00:00.000Z",
    ]);
    expect(later.port.posts).toHaveLength(1);
  });

  it("picks up a subscription another process added, at the next resync", async () => {
    const h = harness("2025-06-02T07:00:00Z");
    h.feeds.set(FEED, [story(1)]);
    await h.service.start();
    await h.subscribe([FEED], "hourly", "UTC");
    await h.advanceTo("2025-06-02T09:30:00Z");
    expect(h.feeds.calls.map((c) => iso(c.at))).toEqual([
      "2025-06-02T08:00:00.000Z",
      "2025-06-02T09:00:00.000Z",
    ]);
  });

  it("runs an hourly digest every real hour through the autumn DST change", async () => {
    const h = harness("2025-10-26T00:10:00Z");
    h.feeds.set(FEED, [story(1)]);
    await h.subscribe([FEED], "hourly", "Europe/London");
    await h.service.start();
    await h.advanceTo("2025-10-26T03:10:00Z");
    expect(h.feeds.calls.map((c) => iso(c.at))).toEqual([
      "2025-10-26T01:00:00.000Z",
      "2025-10-26T02:00:00.000Z",
      "2025-10-26T03:00:00.000Z",
    ]);
  });

  it("runs digests due at the same time side by side, so a slow feed does not hold the others back", async () => {
    const h = harness("2025-06-02T07:00:00Z");
    const SLOW = "https://slow.example/feed.xml";
    h.feeds.set(FEED, [story(1)]);
    h.feeds.set(SLOW, [story(2)]);
    await h.subscribe([SLOW], "daily 08:00", "UTC");
    await h.subscribe([FEED], "daily 08:00", "UTC");
    const release = h.feeds.hold(SLOW);
    await h.service.start();
    await h.clock.advanceTo("2025-06-02T08:00:00Z");
    while (h.port.posts.length === 0) await new Promise((resolve) => setImmediate(resolve));
    expect(h.port.links()).toEqual(["https://news.example/story/1"]);
    expect(h.feeds.calls.map((c) => c.url)).toEqual([FEED]);
    release();
    await h.service.settled();
    expect(h.port.links()).toEqual([
      "https://news.example/story/1",
      "https://news.example/story/2",
    ]);
  });
});
