import { describe, expect, it } from "vitest";
import type { CommandContext } from "../../../src/bot/bot.ts";
import { createHarness } from "./harness.ts";
import { story } from "./helpers.ts";

const FEED = "https://news.example/feed.xml";
const here: CommandContext = { channel: "console:main", user: { id: "U1", name: "Ana" } };
const elsewhere: CommandContext = { channel: "slack:C9", user: { id: "U2" } };

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error("expected the command to fail");
}

describe("/digest commands", () => {
  it("adds a subscription with a schedule and time zone, lists it with its next run, and removes it", async () => {
    const h = createHarness("2025-06-02T10:00:00Z");
    const added = await h.service.commands.handle(here, `add ${FEED} weekdays 08:30 europe/berlin`);
    expect(added.title).toBe("Digest #1 added");
    expect(added.fallbackText).toContain("weekdays 08:30 (Europe/Berlin)");
    expect(added.fallbackText).toContain("Tue 3 Jun, 08:30 CEST");
    const stored = await h.store.getSubscription(1);
    expect(stored).toMatchObject({
      channel: "console:main",
      feeds: [FEED],
      cron: "30 8 * * 1-5",
      timeZone: "Europe/Berlin",
      maxItems: 3,
      createdBy: "U1",
    });

    const listed = await h.service.commands.handle(here, "list");
    expect(listed.fallbackText).toMatch(
      /#1: weekdays 08:30 \(Europe\/Berlin\), next Tue 3 Jun, 08:30 CEST; https:\/\/news\.example\/feed\.xml/,
    );
    expect((await h.service.commands.handle(elsewhere, "list")).title).toBe("No digests here");

    expect((await h.service.commands.handle(here, "remove #1")).title).toBe("Digest #1 removed");
    expect(await h.store.listSubscriptions()).toEqual([]);
  });

  it("defaults to daily 08:00 UTC and accepts a quoted cron expression", async () => {
    const h = createHarness("2025-06-02T10:00:00Z");
    await h.service.commands.handle(here, `add <${FEED}>`);
    await h.service.commands.handle(here, `add ${FEED} "0 7 * * 1-5" UTC`);
    expect((await h.store.listSubscriptions()).map((s) => [s.schedule, s.timeZone])).toEqual([
      ["daily 08:00", "UTC"],
      ["0 7 * * 1-5", "UTC"],
    ]);
  });

  it.each([
    ["add", "COMMAND_INVALID", /feed's address/],
    ["add feed.xml", "COMMAND_INVALID", /"feed\.xml" is not a feed address/],
    ["add ftp://news.example/feed", "INPUT_INVALID", /only http and https/],
    ["add https:// daily", "INPUT_INVALID", /not a URL/],
    [`add ${FEED} every full moon`, "SCHEDULE_INVALID", /not a schedule I understand/],
    [`add ${FEED} daily 08:00 Europe/Atlantis`, "TIMEZONE_INVALID", /not a time zone I know/],
    ["remove 42", "SUBSCRIPTION_NOT_FOUND", /no digest #42 in this channel/],
    ["remove", "COMMAND_INVALID", /needs the digest's number/],
    ["now abc", "COMMAND_INVALID", /"abc" is not one/],
    ["subscribe", "COMMAND_INVALID", /not a \/digest command/],
  ])("answers %j with %s and a message saying what to do", async (args, code, message) => {
    const h = createHarness("2025-06-02T10:00:00Z");
    const error = await failure(h.service.commands.handle(here, args));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it("treats another channel's digest as unknown", async () => {
    const h = createHarness("2025-06-02T10:00:00Z");
    await h.service.commands.handle(here, `add ${FEED}`);
    expect((await failure(h.service.commands.handle(elsewhere, "remove 1"))).code).toBe(
      "SUBSCRIPTION_NOT_FOUND",
    );
    expect((await failure(h.service.commands.handle(elsewhere, "now 1"))).code).toBe(
      "SUBSCRIPTION_NOT_FOUND",
    );
    expect(await h.store.getSubscription(1)).not.toBeNull();
  });

  it("runs a digest now and says what happened", async () => {
    const h = createHarness("2025-06-02T10:00:00Z");
    h.feeds.set(FEED, [story(1), story(2)]);
    await h.service.commands.handle(here, `add ${FEED}`);
    expect((await h.service.commands.handle(here, "now 1")).fallbackText).toContain(
      "Digest #1 posted: 2 new stories.",
    );
    expect(h.port.links()).toHaveLength(2);
    expect((await h.service.commands.handle(here, "now 1")).fallbackText).toContain(
      "Nothing new for digest #1",
    );
  });

  it("shows usage for an empty /digest", async () => {
    const h = createHarness("2025-06-02T10:00:00Z");
    expect((await h.service.commands.handle(here, "  ")).fallbackText).toContain(
      "/digest add <feed-url>",
    );
  });
});
