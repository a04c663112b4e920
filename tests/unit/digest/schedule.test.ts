import { describe, expect, it } from "vitest";
import { nextRunAt, parseSchedule, resolveTimeZone } from "../../../src/digest/schedule.ts";

describe("parseSchedule", () => {
  it.each([
    ["hourly", "hourly", "0 * * * *"],
    ["daily 08:00", "daily 08:00", "0 8 * * *"],
    ["Daily 8:05", "daily 08:05", "5 8 * * *"],
    ["daily", "daily 08:00", "0 8 * * *"],
    ["weekdays 08:30", "weekdays 08:30", "30 8 * * 1-5"],
    ["weekdays at 6pm", "weekdays 18:00", "0 18 * * 1-5"],
    ["weekends 10:00", "weekends 10:00", "0 10 * * 0,6"],
    ["monday 09:00", "monday 09:00", "0 9 * * 1"],
    ["fri 12am", "fri 00:00", "0 0 * * 5"],
    ["0 8 * * 1-5", "0 8 * * 1-5", "0 8 * * 1-5"],
    ["*/15   * * * *", "*/15 * * * *", "*/15 * * * *"],
  ])("reads %j as %j (%s)", (input, schedule, cron) => {
    expect(parseSchedule(input)).toEqual({ schedule, cron });
  });

  it.each([
    ["", /empty/],
    ["daily 25:00", /not a time of day/],
    ["daily noonish", /not a time like/],
    ["fortnightly", /5 fields/],
    ["0 8 * *", /5 fields/],
    ["61 8 * * *", /minute/],
    ["* * * * *", /at most every 5 minutes/],
    ["0 8 31 2 *", /never runs/],
  ])("refuses %j with SCHEDULE_INVALID saying why", (input, why) => {
    let caught: unknown;
    try {
      parseSchedule(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: "SCHEDULE_INVALID" });
    expect((caught as Error).message).toMatch(why);
    expect((caught as Error).message).toMatch(/daily 08:00/);
  });
});

describe("resolveTimeZone", () => {
  it("accepts IANA names in any case and returns the canonical spelling", () => {
    expect(resolveTimeZone("europe/berlin")).toBe("Europe/Berlin");
    expect(resolveTimeZone("UTC")).toBe("UTC");
    expect(resolveTimeZone(" America/New_York ")).toBe("America/New_York");
  });

  it("refuses an unknown zone with TIMEZONE_INVALID and suggests close names", () => {
    expect(() => resolveTimeZone("Europe/Berln")).toThrow(
      expect.objectContaining({
        code: "TIMEZONE_INVALID",
        message: expect.stringMatching(/Did you mean Europe\/Berlin/),
      }),
    );
    expect(() => resolveTimeZone("Mars/Olympus")).toThrow(
      expect.objectContaining({ code: "TIMEZONE_INVALID" }),
    );
  });
});

describe("nextRunAt", () => {
  it("follows the wall clock of the zone across the spring DST change", () => {
    const cron = parseSchedule("daily 08:00").cron;
    const before = nextRunAt(cron, "Europe/Berlin", Date.parse("2025-03-29T12:00:00Z"));
    const after = nextRunAt(cron, "Europe/Berlin", before ?? 0);
    expect(new Date(before ?? 0).toISOString()).toBe("2025-03-30T06:00:00.000Z");
    expect(new Date(after ?? 0).toISOString()).toBe("2025-03-31T06:00:00.000Z");
    const winter = nextRunAt(cron, "Europe/Berlin", Date.parse("2025-03-28T12:00:00Z"));
    expect(new Date(winter ?? 0).toISOString()).toBe("2025-03-29T07:00:00.000Z");
  });
});
