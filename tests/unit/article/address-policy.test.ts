import { describe, expect, it } from "vitest";
import { type BlockedRange, blockedRange } from "../../../src/article/address-policy.ts";

const REFUSED: readonly (readonly [address: string, range: BlockedRange])[] = [
  ["0.0.0.0", "unspecified"],
  ["0.1.2.3", "unspecified"],
  ["127.0.0.1", "loopback"],
  ["127.255.255.254", "loopback"],
  ["10.0.0.1", "private"],
  ["10.255.255.255", "private"],
  ["172.16.0.1", "private"],
  ["172.31.255.255", "private"],
  ["192.168.0.1", "private"],
  ["192.168.255.255", "private"],
  ["169.254.0.1", "link-local"],
  ["169.254.169.254", "cloud-metadata"],
  ["100.64.0.1", "carrier-grade-nat"],
  ["100.127.255.255", "carrier-grade-nat"],
  ["100.100.100.200", "carrier-grade-nat"], // Alibaba Cloud metadata
  ["224.0.0.1", "multicast"],
  ["239.255.255.250", "multicast"],
  ["240.0.0.1", "reserved"],
  ["255.255.255.255", "reserved"],
  ["192.0.0.8", "reserved"],
  ["192.0.2.10", "documentation"],
  ["198.18.0.1", "reserved"],
  ["::", "unspecified"],
  ["::1", "loopback"],
  ["[::1]", "loopback"],
  ["fc00::1", "unique-local"],
  ["fd12:3456:789a::1", "unique-local"],
  ["fd00:ec2::254", "unique-local"], // AWS metadata over IPv6
  ["fe80::1", "link-local"],
  ["fe80::1%eth0", "link-local"],
  ["fec0::1", "link-local"],
  ["ff02::1", "multicast"],
  ["::ffff:127.0.0.1", "loopback"],
  ["::ffff:7f00:1", "loopback"],
  ["::ffff:10.1.2.3", "private"],
  ["::ffff:169.254.169.254", "cloud-metadata"],
  ["::ffff:192.168.1.1", "private"],
  ["::ffff:100.64.0.1", "carrier-grade-nat"],
  ["::ffff:0:a00:1", "private"], // IPv4-translated form of 10.0.0.1
  ["::127.0.0.1", "loopback"], // IPv4-compatible form
  ["::8.8.8.8", "reserved"], // IPv4-compatible addresses are never routed
  ["64:ff9b::10.0.0.1", "private"], // NAT64
  ["64:ff9b::127.0.0.1", "loopback"],
  ["2002:7f00:1::", "loopback"], // 6to4 around 127.0.0.1
  ["2002:a9fe:a9fe::1", "cloud-metadata"], // 6to4 around 169.254.169.254
  ["2001:db8::1", "documentation"],
  ["2001::1", "reserved"], // Teredo
  ["100::1", "reserved"],
  ["not-an-ip", "reserved"],
];

const PUBLIC = [
  "8.8.8.8",
  "1.1.1.1",
  "93.184.216.34",
  "172.32.0.1",
  "100.128.0.1",
  "169.255.0.1",
  "11.0.0.1",
  "2001:4860:4860::8888",
  "2606:4700:4700::1111",
  "::ffff:8.8.8.8",
  "64:ff9b::8.8.8.8",
  "2002:0808:0808::1",
];

describe("blockedRange", () => {
  it.each(REFUSED)("refuses %s as %s", (address, range) => {
    expect(blockedRange(address)).toBe(range);
  });

  it.each(PUBLIC)("lets public address %s through", (address) => {
    expect(blockedRange(address)).toBeNull();
  });
});
