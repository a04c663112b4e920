import { promises as dns } from "node:dns";
import type { LookupFunction } from "node:net";
import { NewsbriefError } from "../errors.ts";
import type { BlockedRange } from "./address-policy.ts";
import { type AddressPolicy, privateAddressError, refusedRange } from "./url-guard.ts";

/** One address a host name resolves to. */
export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** Resolves a host name to its addresses; injectable so tests can map names to any range. */
export type DnsLookup = (hostname: string) => Promise<readonly ResolvedAddress[]>;

/** The operating system's resolver (getaddrinfo), every address in the order it gives. */
export const systemLookup: DnsLookup = async (hostname) => {
  const found = await dns.lookup(hostname, { all: true, verbatim: true });
  return found.map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 }));
};

/**
 * A socket lookup that resolves, drops every address the policy refuses, and hands only the
 * checked addresses to the socket: the connection goes where the check looked (no DNS rebinding).
 */
export function createGuardedLookup(lookup: DnsLookup, policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    resolveAllowed(hostname, lookup, policy, familyOf(options.family)).then(
      (addresses) => {
        const first = addresses[0]!;
        if (options.all === true)
          callback(
            null,
            addresses.map((a) => ({ ...a })),
          );
        else callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ""),
    );
  };
}

/** Resolves a host and keeps the addresses the policy allows; throws when none is left. */
export async function resolveAllowed(
  hostname: string,
  lookup: DnsLookup,
  policy: AddressPolicy,
  family?: 4 | 6,
): Promise<ResolvedAddress[]> {
  let found: readonly ResolvedAddress[];
  try {
    found = await lookup(hostname);
  } catch (error) {
    throw dnsError(hostname, error);
  }
  const usable = found.filter((a) => family === undefined || a.family === family);
  if (usable.length === 0) throw dnsError(hostname, undefined);
  const allowed: ResolvedAddress[] = [];
  let refused: { address: string; range: BlockedRange } | undefined;
  for (const candidate of usable) {
    const range = refusedRange(candidate.address, policy);
    if (range === null) allowed.push(candidate);
    else refused ??= { address: candidate.address, range };
  }
  if (allowed.length === 0 && refused !== undefined) {
    throw privateAddressError(hostname, refused.address, refused.range);
  }
  return allowed;
}

function dnsError(hostname: string, cause: unknown): NewsbriefError {
  return new NewsbriefError(
    "ARTICLE_FETCH_FAILED",
    `Could not find the site ${hostname}: its address did not resolve. Check the link for typos.`,
    { details: { input: hostname, reason: "dns" }, cause },
  );
}

function familyOf(value: number | string | undefined): 4 | 6 | undefined {
  if (value === 4 || value === "IPv4") return 4;
  if (value === 6 || value === "IPv6") return 6;
  return undefined;
}
