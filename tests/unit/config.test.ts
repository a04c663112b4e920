import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";

describe("loadConfig", () => {
  it("gives working defaults with no variables set", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      logLevel: "info",
      databasePath: "./data/newsbrief.db",
      allowPrivateUrls: false,
      fetch: { connectTimeoutMs: 5_000, timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024 },
      cache: { ttlMs: 900_000, maxEntries: 200 },
      summarySentences: 3,
      digestMaxItems: 10,
      digestScheduler: true,
      analysisTimeoutMs: 5_000,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("reads the variables it is given, treating empty ones as unset", () => {
    const config = loadConfig({
      ALLOW_PRIVATE_URLS: "true",
      FETCH_TIMEOUT_MS: "2000",
      LOG_LEVEL: "",
    });
    expect(config.allowPrivateUrls).toBe(true);
    expect(config.fetch.timeoutMs).toBe(2_000);
    expect(config.logLevel).toBe("info");
  });

  it("reads the analysis deadline and refuses one that is not a positive number of ms up to 10 minutes", () => {
    expect(loadConfig({ ANALYSIS_TIMEOUT_MS: "1500" }).analysisTimeoutMs).toBe(1_500);
    for (const bad of ["0", "-5", "2.5", "soon", "600001"]) {
      expect(() => loadConfig({ ANALYSIS_TIMEOUT_MS: bad })).toThrow(/ANALYSIS_TIMEOUT_MS/);
    }
  });

  it("names every bad variable in one CONFIG_INVALID error", () => {
    let error: unknown;
    try {
      loadConfig({ FETCH_TIMEOUT_MS: "soon", SUMMARY_SENTENCES: "40", LOG_LEVEL: "loud" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: "CONFIG_INVALID" });
    const message = (error as Error).message;
    for (const name of ["FETCH_TIMEOUT_MS", "SUMMARY_SENTENCES", "LOG_LEVEL"]) {
      expect(message).toContain(name);
    }
  });

  it("takes PostgreSQL settings only with a postgres:// DATABASE_URL", () => {
    expect(loadConfig({}).postgres).toBeUndefined();
    expect(
      loadConfig({
        DATABASE_URL: "postgresql://nb:pw@db.internal:6432/news",
        DATABASE_SCHEMA: "bot",
      }).postgres,
    ).toEqual({
      url: "postgresql://nb:pw@db.internal:6432/news",
      schema: "bot",
      poolMax: 10,
      retryMs: 60_000,
    });
    expect(() => loadConfig({ DATABASE_URL: "mysql://db/news" })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_SCHEMA: "Robert'); DROP" })).toThrow(/DATABASE_SCHEMA/);
    expect(loadConfig({ DIGEST_LEASE_MS: "5000" }).digestLeaseMs).toBe(5_000);
  });
});
