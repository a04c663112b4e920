import { describe, expect, it } from "vitest";
import { runsDigests } from "../../adapters/main.ts";
import { loadConfig } from "../../src/config.ts";

describe("the process wiring", () => {
  // Every shard and instance runs it: the store's run claims make each digest run once
  // (tests/adapters/discord/shards.test.ts, tests/unit/digest/instances.test.ts).
  it("runs scheduled digests in every process by default", () => {
    expect(runsDigests(loadConfig({}).digestScheduler)).toBe(true);
  });

  it("lets DIGEST_SCHEDULER=false turn them off for an extra process", () => {
    expect(runsDigests(loadConfig({ DIGEST_SCHEDULER: "false" }).digestScheduler)).toBe(false);
  });

  it("names a malformed DIGEST_SCHEDULER in the configuration error", () => {
    expect(() => loadConfig({ DIGEST_SCHEDULER: "sometimes" })).toThrow(/DIGEST_SCHEDULER/);
  });
});
