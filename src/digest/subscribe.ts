import { NewsbriefError } from "../errors.ts";
import type { ChannelId, NewSubscription } from "../store/store.ts";
import { parseSchedule, resolveTimeZone } from "./schedule.ts";

/** What a user gives to subscribe a channel. */
export interface SubscribeRequest {
  readonly channel: ChannelId;
  readonly feeds: readonly string[];
  readonly schedule?: string;
  readonly timeZone?: string;
  readonly maxItems?: number;
  readonly createdBy: string;
}

export interface SubscribeDefaults {
  /** Default items per digest (DIGEST_MAX_ITEMS). */
  readonly maxItems: number;
  readonly schedule?: string;
  readonly timeZone?: string;
}

export const MAX_FEEDS_PER_SUBSCRIPTION = 10;
/** Most items one digest may post (DIGEST_MAX_ITEMS and --max-items stay within it). */
export const MAX_ITEMS_PER_DIGEST = 50;
const MAX_URL_CHARS = 2048;

/** Validates a subscription request into what the store keeps; every mistake gets a clear error. */
export function buildSubscription(
  request: SubscribeRequest,
  defaults: SubscribeDefaults,
  now: number,
): NewSubscription {
  validateChannel(request.channel);
  const feeds = [...new Set(request.feeds.map(validateFeedUrl))];
  if (feeds.length === 0)
    throw new NewsbriefError("INPUT_EMPTY", "Give at least one feed address to subscribe to.");
  if (feeds.length > MAX_FEEDS_PER_SUBSCRIPTION) {
    throw new NewsbriefError(
      "INPUT_INVALID",
      `A digest takes at most ${MAX_FEEDS_PER_SUBSCRIPTION} feeds (you gave ${feeds.length}); split them into several digests.`,
    );
  }
  const { schedule, cron } = parseSchedule(request.schedule ?? defaults.schedule ?? "daily 08:00");
  const timeZone = resolveTimeZone(request.timeZone ?? defaults.timeZone ?? "UTC");
  const maxItems = request.maxItems ?? defaults.maxItems;
  if (!Number.isInteger(maxItems) || maxItems < 1 || maxItems > MAX_ITEMS_PER_DIGEST) {
    throw new NewsbriefError(
      "INPUT_INVALID",
      `Items per digest must be a whole number from 1 to ${MAX_ITEMS_PER_DIGEST}, not ${maxItems}.`,
    );
  }
  return {
    channel: request.channel,
    feeds,
    schedule,
    cron,
    timeZone,
    maxItems,
    createdBy: request.createdBy,
    createdAt: now,
  };
}

/** Checks a channel address: "slack:C123", "discord:456", "console:main". */
export function validateChannel(channel: string): void {
  if (!/^[a-z][a-z0-9-]*:[\w.-]{1,128}$/i.test(channel)) {
    throw new NewsbriefError(
      "INPUT_INVALID",
      `"${channel}" is not a channel address; use platform:id, such as slack:C123, discord:456 or console:main.`,
      { details: { input: channel } },
    );
  }
}

/** Checks and tidies a feed address (Slack's <url|label> wrapping, a missing scheme on www.). */
export function validateFeedUrl(raw: string): string {
  let text = raw.trim().replace(/^<|>$/g, "");
  const bar = text.indexOf("|");
  if (bar > 0) text = text.slice(0, bar);
  if (/^www\./i.test(text)) text = `https://${text}`;
  const fail = (why: string) =>
    new NewsbriefError(
      "INPUT_INVALID",
      `"${raw.trim()}" is not a feed address I can use: ${why}. Give the full address, such as https://example.com/feed.xml.`,
      {
        details: { input: raw.trim() },
      },
    );
  if (text.length > MAX_URL_CHARS) throw fail(`it is longer than ${MAX_URL_CHARS} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw fail("it is not a URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw fail(`only http and https feeds are read, not ${url.protocol}`);
  if (url.hostname === "") throw fail("it has no host");
  if (url.username !== "" || url.password !== "") throw fail("it contains a user name or password");
  return url.toString();
}
