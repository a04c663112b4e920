import { isIP } from "node:net";

/** Why an address is not on the public internet: the range it falls in. */
export type BlockedRange =
  | "unspecified"
  | "loopback"
  | "private"
  | "link-local"
  | "cloud-metadata"
  | "carrier-grade-nat"
  | "multicast"
  | "reserved"
  | "documentation"
  | "unique-local";

type Rule = readonly [prefix: bigint, bits: number, range: BlockedRange];

const V4: readonly Rule[] = [
  [v4("169.254.169.254"), 32, "cloud-metadata"],
  [v4("0.0.0.0"), 8, "unspecified"],
  [v4("10.0.0.0"), 8, "private"],
  [v4("100.64.0.0"), 10, "carrier-grade-nat"],
  [v4("127.0.0.0"), 8, "loopback"],
  [v4("169.254.0.0"), 16, "link-local"],
  [v4("172.16.0.0"), 12, "private"],
  [v4("192.0.0.0"), 24, "reserved"],
  [v4("192.0.2.0"), 24, "documentation"],
  [v4("192.88.99.0"), 24, "reserved"],
  [v4("192.168.0.0"), 16, "private"],
  [v4("198.18.0.0"), 15, "reserved"],
  [v4("198.51.100.0"), 24, "documentation"],
  [v4("203.0.113.0"), 24, "documentation"],
  [v4("224.0.0.0"), 4, "multicast"],
  [v4("240.0.0.0"), 4, "reserved"],
];

// Every IPv6 range outside global unicast (2000::/3) is refused; these are the holes inside it.
const V6_INSIDE_GLOBAL: readonly Rule[] = [
  [v6("2001::"), 23, "reserved"], // IETF protocol assignments, incl. Teredo 2001::/32
  [v6("2001:db8::"), 32, "documentation"],
  [v6("3fff::"), 20, "documentation"],
];

const V6_OUTSIDE_GLOBAL: readonly Rule[] = [
  [v6("::"), 128, "unspecified"],
  [v6("::1"), 128, "loopback"],
  [v6("64:ff9b:1::"), 48, "private"],
  [v6("100::"), 64, "reserved"],
  [v6("fc00::"), 7, "unique-local"],
  [v6("fe80::"), 10, "link-local"],
  [v6("fec0::"), 10, "link-local"],
  [v6("ff00::"), 8, "multicast"],
];

// IPv6 forms that carry an IPv4 address: the embedded address decides.
// IPv4-compatible addresses are deprecated and never routed, so they are refused even when public.
const V4_EMBEDDINGS: readonly (readonly [
  prefix: bigint,
  bits: number,
  shift: bigint,
  usable: boolean,
])[] = [
  [v6("::ffff:0:0"), 96, 0n, true], // IPv4-mapped
  [v6("::ffff:0:0:0"), 96, 0n, true], // IPv4-translated (SIIT)
  [v6("64:ff9b::"), 96, 0n, true], // NAT64
  [v6("::"), 96, 0n, false], // IPv4-compatible
  [v6("2002::"), 16, 80n, true], // 6to4
];

/**
 * The non-public range an IP address falls in (loopback, private, link-local, CGNAT, multicast,
 * IPv6 ULA, IPv4-mapped forms of all of them...), or null when it is a public address.
 */
export function blockedRange(address: string): BlockedRange | null {
  const ip = stripBrackets(address);
  const family = isIP(ip);
  if (family === 4) return matchRules(v4(ip), 32, V4);
  if (family !== 6) return "reserved";
  const value = v6(ip);
  if (value === 0n || value === 1n) return value === 0n ? "unspecified" : "loopback";
  for (const [prefix, bits, shift, usable] of V4_EMBEDDINGS) {
    if (inPrefix(value, 128, prefix, bits)) {
      const embedded = matchRules((value >> shift) & 0xffffffffn, 32, V4);
      return embedded ?? (usable ? null : "reserved");
    }
  }
  if (!inPrefix(value, 128, v6("2000::"), 3)) {
    return matchRules(value, 128, V6_OUTSIDE_GLOBAL) ?? "reserved";
  }
  return matchRules(value, 128, V6_INSIDE_GLOBAL);
}

/** Words for a blocked range, for error messages: "a private address". */
export function describeRange(range: BlockedRange): string {
  const words: Record<BlockedRange, string> = {
    unspecified: "an unspecified address",
    loopback: "a loopback address (this machine)",
    private: "a private network address",
    "link-local": "a link-local address",
    "cloud-metadata": "the cloud metadata address",
    "carrier-grade-nat": "a carrier-grade NAT address",
    multicast: "a multicast address",
    reserved: "a reserved address",
    documentation: "a documentation-only address",
    "unique-local": "a private (unique local) IPv6 address",
  };
  return words[range];
}

/** Removes the brackets of an IPv6 URL host ("[::1]") and any zone id ("fe80::1%eth0"). */
export function stripBrackets(host: string): string {
  const bare = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  const zone = bare.indexOf("%");
  return zone === -1 ? bare : bare.slice(0, zone);
}

function matchRules(value: bigint, width: number, rules: readonly Rule[]): BlockedRange | null {
  for (const [prefix, bits, range] of rules) {
    if (inPrefix(value, width, prefix, bits)) return range;
  }
  return null;
}

function inPrefix(value: bigint, width: number, prefix: bigint, bits: number): boolean {
  const shift = BigInt(width - bits);
  return value >> shift === prefix >> shift;
}

function v4(address: string): bigint {
  return address
    .split(".")
    .reduce((acc, part) => (acc << 8n) | BigInt(Number.parseInt(part, 10) & 0xff), 0n);
}

/** Parses a valid IPv6 address (as checked by isIP) into its 128-bit value. */
function v6(address: string): bigint {
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1] !== undefined) {
    const value = Number(v4(dotted[1]));
    const tail = `${(value >>> 16).toString(16)}:${(value & 0xffff).toString(16)}`;
    text = text.slice(0, dotted.index) + tail;
  }
  const [head = "", rest] = text.split("::");
  const left = head === "" ? [] : head.split(":");
  const right = rest === undefined || rest === "" ? [] : rest.split(":");
  const zeros = rest === undefined ? 0 : 8 - left.length - right.length;
  const groups = [...left, ...Array<string>(zeros).fill("0"), ...right];
  return groups.reduce((acc, group) => (acc << 16n) | BigInt(Number.parseInt(group, 16)), 0n);
}
