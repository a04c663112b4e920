import { describe, expect, it } from "vitest";
import { runsDigests } from "../../adapters/main.ts";
import { loadConfig } from "../../src/config.ts";

describe("the process wiring", () => {
  it("runs scheduled digests in a single process by default", () => {
    expect(runsDigests(loadConfig({}).digestScheduler, {})).toBe(true);
  });

  it("leaves digests to shard 0 when discord.js's ShardingManager starts the processes", () => {
    const enabled = loadConfig({}).digestScheduler;
    expect(runsDigests(enabled, { SHARDS: "0", SHARD_COUNT: "3" })).toBe(true);
    expect(runsDigests(enabled, { SHARDS: "2", SHARD_COUNT: "3" })).toBe(false);
  });

  it("lets DIGEST_SCHEDULER=false turn them off for an extra process", () => {
    expect(runsDigests(loadConfig({ DIGEST_SCHEDULER: "false" }).digestScheduler, {})).toBe(false);
  });

  it("names a malformed DIGEST_SCHEDULER in the configuration error", () => {
    expect(() => loadConfig({ DIGEST_SCHEDULER: "sometimes" })).toThrow(/DIGEST_SCHEDULER/);
  });
});
