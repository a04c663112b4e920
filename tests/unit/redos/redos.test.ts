import { join } from "node:path";
import { check, type Diagnostics } from "recheck";
import { describe, expect, it } from "vitest";
import { collectRegexes, type FoundRegex } from "./collect-regexes.ts";

/**
 * Patterns the checker calls polynomial that only ever see short, bounded input, with the bound.
 * Anything else it flags must be rewritten: article text, pages and feeds are up to millions of
 * characters, where a quadratic pattern stalls the process for minutes.
 */
const BOUNDED: ReadonlyMap<string, string> = new Map([
  [
    "/(\\d+\\.\\d+\\.\\d+\\.\\d+)$/",
    "address-policy: runs on an address node:net's isIP accepted (at most 45 characters)",
  ],
  [
    "/<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)/i",
    "charset: runs on the first SNIFF_BYTES (1,024) bytes of a document only",
  ],
  [
    '/(?:^|[.!?]\\s+)(?:photo|photograph|picture|image)(?:\\s+credit)?s?\\s*:\\s+\\S[^"“”]*$/i',
    "html-text: only tested on lines shorter than 160 characters",
  ],
  [
    "/^[“”\"']+|[“”\"']+$/g",
    "parse-command: a word of a chat command (a Slack or Discord message, at most a few thousand characters)",
  ],
  [
    "/^'+|'+$/g",
    "find-speaker: a word of a speaker's name or of a chat query (a name, or a message of a few thousand characters)",
  ],
]);

/** `new RegExp(...)` calls whose pattern is built at run time, and why they are safe. */
const DYNAMIC: ReadonlyMap<string, string> = new Map([
  ["src/text/scan.ts", "copies a pattern given to it, each of which is a literal checked here"],
  ["src/article/plain-text.ts", "`</name` for an element name: a fixed string, no quantifier"],
]);

// Deterministic settings: the fuzzing checker is seeded and judged by steps of its matcher, not by
// time, so a busy machine cannot change a verdict. A 30,000-character attack string within 10^8
// steps: quadratic backtracking needs about 10^9 there, a linear pattern a few times 30,000.
const PARAMS = {
  randomSeed: 0,
  timeout: 120_000,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  attackLimit: 100_000_000,
  maxAttackStringSize: 30_000,
  maxRecallStringSize: 30_000,
} as const;

const root = join(import.meta.dirname, "..", "..", "..");
const { found, dynamic } = collectRegexes(root, "src");

function keyOf(r: FoundRegex): string {
  return `/${r.source}/${r.flags}`;
}

/** Checks every distinct pattern, two at a time (the machine has two cores). */
async function checkAll(patterns: readonly FoundRegex[]): Promise<Map<string, Diagnostics>> {
  const results = new Map<string, Diagnostics>();
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < patterns.length; i = next++) {
      const pattern = patterns[i] as FoundRegex;
      results.set(keyOf(pattern), await check(pattern.source, pattern.flags, PARAMS));
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

function describeProblem(r: FoundRegex, d: Diagnostics): string {
  if (d.status === "vulnerable") {
    return `${r.where} ${keyOf(r)}: ${d.complexity.summary}, attack ${d.attack.pattern}`;
  }
  return `${r.where} ${keyOf(r)}: ${d.status}${d.status === "unknown" ? ` (${d.error.kind})` : ""}`;
}

describe("regular expressions in src/", () => {
  it("finds the patterns in the source", () => {
    expect(found.length).toBeGreaterThan(150);
    expect(found.some((r) => r.where.startsWith("src/text/segment.ts"))).toBe(true);
  });

  it("has no run-time pattern other than the listed ones", () => {
    const unlisted = dynamic.filter((d) => !DYNAMIC.has(d.where.replace(/:\d+$/, "")));
    expect(unlisted).toEqual([]);
  });

  it("has no pattern with super-linear backtracking, except on the listed bounded inputs", async () => {
    const distinct = [...new Map(found.map((r) => [keyOf(r), r])).values()];
    const results = await checkAll(distinct);
    const problems = distinct.flatMap((r) => {
      const d = results.get(keyOf(r)) as Diagnostics;
      if (d.status === "safe") return [];
      if (d.status === "vulnerable" && d.complexity.type === "polynomial" && BOUNDED.has(keyOf(r)))
        return [];
      return [describeProblem(r, d)];
    });
    expect(problems).toEqual([]);
    // A bounded pattern that is gone or no longer flagged leaves the list too.
    const stale = [...BOUNDED.keys()].filter((key) => results.get(key)?.status !== "vulnerable");
    expect(stale).toEqual([]);
  }, 600_000);
});
