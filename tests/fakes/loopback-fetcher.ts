// A fetcher for tests that fetch from the local HTTP fake, and a DNS table it resolves names with.
import { createFetcher, type Fetcher, type FetcherOptions } from "../../src/article/fetcher.ts";
import type { DnsLookup, ResolvedAddress } from "../../src/article/guarded-lookup.ts";

/** A DNS lookup from a fixed table; unknown names fail like a real NXDOMAIN. */
export function tableLookup(table: Record<string, string | readonly string[]>): DnsLookup & {
  calls: string[];
} {
  const calls: string[] = [];
  const lookup = async (hostname: string): Promise<ResolvedAddress[]> => {
    calls.push(hostname);
    const found = table[hostname];
    if (found === undefined) {
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    }
    const list = typeof found === "string" ? [found] : found;
    return list.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  return Object.assign(lookup, { calls });
}

/** A fetcher with short timeouts that reaches the loopback test server. */
export function loopbackFetcher(overrides: Partial<FetcherOptions> = {}): Fetcher {
  return createFetcher({
    allowPrivateUrls: true,
    connectTimeoutMs: 1_000,
    timeoutMs: 3_000,
    maxBytes: 1024 * 1024,
    lookup: tableLookup({ localhost: "127.0.0.1", "news.test": "127.0.0.1" }),
    ...overrides,
  });
}

/** Runs a promise that must fail and returns its error. */
export async function failure(promise: Promise<unknown>): Promise<{
  code: string;
  message: string;
  details: { status?: number; reason?: string; retryAfterMs?: number; input?: string };
}> {
  try {
    await promise;
  } catch (error) {
    return error as Awaited<ReturnType<typeof failure>>;
  }
  throw new Error("expected the promise to fail, and it succeeded");
}
