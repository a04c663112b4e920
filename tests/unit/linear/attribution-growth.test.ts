import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { readForAttribution } from "../../../src/analyze.ts";
import { attributeQuotes, attributeReported } from "../../../src/quotes/attribute.ts";

// The speaker choice alone, timed apart from the rest of the analysis: a walk back to the article's
// start per quotation or per mention would be diluted by the linear stages around it.

const seed = readFileSync(
  new URL("../../../seeds/tillerson-kelly-mexico-no-mass-deportations.txt", import.meta.url),
  "utf8",
);

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/** The article read up to the speaker choice (the analysis's own stages), then the choice alone. */
function attributionOf(text: string): () => number {
  const { people, spans, skip, found } = readForAttribution({ text });
  return () => {
    const reported = attributeReported(people, found.speech, found.events);
    return attributeQuotes(people, spans, skip, reported.events).length;
  };
}

/** CPU milliseconds of one run of the speaker choice, after a full garbage collection. */
function cpuMs(attribute: () => number): { ms: number; quotes: number } {
  collectGarbage();
  const before = process.cpuUsage();
  const quotes = attribute();
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, quotes };
}

describe("choosing speakers grows linearly with the article", () => {
  it("the seed article 200 times costs at most 2.5× per doubling of 50 times", () => {
    // Both articles are read before any timing and stay in memory throughout, so that both sizes
    // are timed with the same heap: a larger heap alone makes the garbage collector cost more.
    const small = attributionOf(Array.from({ length: 50 }, () => seed).join("\n\n"));
    const large = attributionOf(Array.from({ length: 200 }, () => seed).join("\n\n"));
    // Warmed up first, so that compiling the code is not counted against the small size.
    for (let i = 0; i < 3; i++) cpuMs(small);
    cpuMs(large);
    let bestSmall = Number.POSITIVE_INFINITY;
    let bestLarge = Number.POSITIVE_INFINITY;
    let quotes = { small: 0, large: 0 };
    // Best of four at each size, in turns: a busy machine slows both alike, a pause counts once.
    for (let i = 0; i < 4; i++) {
      const s = cpuMs(small);
      const l = cpuMs(large);
      bestSmall = Math.min(bestSmall, s.ms);
      bestLarge = Math.min(bestLarge, l.ms);
      quotes = { small: s.quotes, large: l.quotes };
    }
    // The work really grew fourfold: every copy's quotations were weighed.
    expect(quotes.large).toBe(quotes.small * 4);
    // Two doublings: linear work costs about 2× per doubling, a walk back to the article's start per
    // quotation 4× (less at these sizes, where the linear part still weighs).
    expect(Math.sqrt(bestLarge / Math.max(bestSmall, 0.5))).toBeLessThanOrEqual(2.5);
  }, 120_000);
});
