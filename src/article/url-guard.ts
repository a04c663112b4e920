import { isIP } from "node:net";
import { NewsbriefError } from "../errors.ts";
import { type BlockedRange, blockedRange, describeRange, stripBrackets } from "./address-policy.ts";

/** Which addresses the fetcher may connect to. */
export interface AddressPolicy {
  /** Lifts the address check entirely (ALLOW_PRIVATE_URLS): intranet deployments and tests. */
  readonly allowPrivateUrls: boolean;
  /** Exact addresses allowed even though they are private (one intranet host, a test server). */
  readonly trustedAddresses?: readonly string[];
}

/**
 * Parses a link and checks what can be checked before any DNS lookup: the scheme (http or https
 * only), no embedded credentials, and the address when the host is an IP literal.
 */
export function checkUrl(raw: string, policy: AddressPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch (error) {
    throw new NewsbriefError("INPUT_INVALID", `"${shorten(raw)}" is not a valid link.`, {
      details: { input: shorten(raw), reason: "bad-url" },
      cause: error,
    });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new NewsbriefError(
      "URL_NOT_ALLOWED",
      `Cannot read ${shorten(raw)}: only http:// and https:// links can be read.`,
      { details: { input: shorten(raw), reason: "protocol" } },
    );
  }
  if (url.username !== "" || url.password !== "") {
    throw new NewsbriefError(
      "URL_NOT_ALLOWED",
      `Cannot read ${url.host}: links with a user name or password are not fetched. Remove the "user@" part.`,
      { details: { input: url.host, reason: "credentials" } },
    );
  }
  const host = stripBrackets(url.hostname);
  if (isIP(host) !== 0) checkAddress(host, url, policy);
  return url;
}

/** Throws URL_NOT_ALLOWED when the policy refuses a resolved address of the URL's host. */
export function checkAddress(address: string, url: URL, policy: AddressPolicy): void {
  const range = refusedRange(address, policy);
  if (range !== null) throw privateAddressError(url.hostname, address, range);
}

/** The blocked range an address is in, or null when the policy lets newsbrief connect to it. */
export function refusedRange(address: string, policy: AddressPolicy): BlockedRange | null {
  if (policy.allowPrivateUrls) return null;
  const bare = stripBrackets(address);
  if (policy.trustedAddresses?.includes(bare)) return null;
  return blockedRange(bare);
}

/** The error for a host that resolves only to addresses newsbrief must not reach. */
export function privateAddressError(
  host: string,
  address: string,
  range: BlockedRange,
): NewsbriefError {
  const where = stripBrackets(host) === stripBrackets(address) ? host : `${host} (${address})`;
  return new NewsbriefError(
    "URL_NOT_ALLOWED",
    `Refused to fetch ${where}: it is ${describeRange(range)}, not a public web site. ` +
      "newsbrief only reads public pages (an intranet deployment can set ALLOW_PRIVATE_URLS=true).",
    { details: { input: host, reason: "private-address" } },
  );
}

/** A link trimmed for error messages, so a pasted novel does not end up in one. */
export function shorten(text: string, max = 120): string {
  const flat = text
    .slice(0, max * 4)
    .trim()
    .replace(/\s+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
