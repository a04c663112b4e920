import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import { CONFIDENCE_FEATURES } from "../../../src/quotes/confidence.ts";
import type { Quote } from "../../../src/quotes/quote.ts";
import { candidateProbabilities, speakerModel } from "../../../src/quotes/speaker-model.ts";
import { whoSaid } from "../../../src/quotes/who-said.ts";

// The quotations of a hand-written article, read with thresholds the tests set. The model is a frozen
// copy of weights fitted by `npm run train:attribution` (tests/fixtures/models/), so that a retrain
// moves the shipped answers (checked by the fixtures and eval:quotes) but not this test of the
// mechanism: the threshold, the calibrated confidence and /whosaid.
const MODEL = speakerModel(
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, "..", "..", "fixtures", "models", "threshold-model.json"),
      "utf8",
    ),
  ),
);
const text = readFileSync(
  join(import.meta.dirname, "..", "..", "fixtures", "quotes", "ambulance-waits-rise.txt"),
  "utf8",
);

/** Reads the article with a model; each quotation with the softmax probability of its best guess. */
function read(model = MODEL): Array<{ quote: Quote; softmax: number }> {
  const softmax = new Map<number, number>();
  const analysis = analyzeArticle(
    { text },
    {
      attribution: {
        model,
        observe: (span, candidates) =>
          softmax.set(span.start, Math.max(...candidateProbabilities(model, candidates))),
      },
    },
  );
  const direct = analysis.quotes.filter((q) => q.type === "direct");
  return direct.map((quote) => ({ quote, softmax: softmax.get(quote.start) ?? Number.NaN }));
}

/** The confidence the threshold was compared with: the speaker's, or the withheld guess's. */
function sure(quote: Quote): number {
  return quote.why?.withheld?.confidence ?? quote.confidence;
}

describe("the threshold", () => {
  const quotes = read();

  it("withholds a guess under it and gives the speakers over it", () => {
    const given = quotes.filter(({ quote }) => quote.speaker !== null);
    expect(given.length).toBeGreaterThan(2);
    // Raise the threshold just over the least sure named quotation: it alone falls under.
    const weakest = given.reduce((a, b) => (sure(b.quote) < sure(a.quote) ? b : a));
    const threshold = sure(weakest.quote) + 1e-6;
    const again = read({ ...MODEL, threshold });
    const same = again.find(({ quote }) => quote.start === weakest.quote.start)?.quote;
    expect(same?.speaker).toBeNull();
    expect(same?.why?.withheld?.speaker).toBe(weakest.quote.speaker);
    for (const { quote } of again) {
      if (quote.why?.withheld !== undefined) expect(sure(quote)).toBeLessThan(threshold);
      else if (quote.speaker !== null) expect(sure(quote)).toBeGreaterThanOrEqual(threshold);
    }
    expect(again.filter(({ quote }) => quote.speaker !== null).length).toBeGreaterThan(1);
  });

  it("is compared with the calibrated confidence, not the softmax probability", () => {
    // With the calibration taken out (confidence = softmax probability) the confidence is the softmax.
    const identity = new Float64Array(CONFIDENCE_FEATURES.length);
    identity[CONFIDENCE_FEATURES.indexOf("named:log-odds")] = 1;
    identity[CONFIDENCE_FEATURES.indexOf("nobody:log-odds")] = 1;
    const raw = read({ ...MODEL, calibration: identity });
    expect(raw.map((r) => r.quote.text)).toEqual(quotes.map((q) => q.quote.text));
    for (const { quote, softmax } of raw) {
      if (quote.why?.withheld !== undefined || quote.speaker !== null) {
        expect(sure(quote)).toBeCloseTo(softmax, 9);
      }
    }
    // A threshold between a named guess's softmax probability and its calibrated confidence: the
    // calibrated side decides, whichever way round the two are.
    const guesses = quotes.filter(({ quote }) => (quote.speaker ?? quote.why?.withheld) != null);
    const apart = guesses.reduce((a, b) =>
      Math.abs(sure(b.quote) - b.softmax) > Math.abs(sure(a.quote) - a.softmax) ? b : a,
    );
    expect(Math.abs(sure(apart.quote) - apart.softmax)).toBeGreaterThan(0.02);
    const threshold = (sure(apart.quote) + apart.softmax) / 2;
    const again = read({ ...MODEL, threshold }).find((q) => q.quote.start === apart.quote.start);
    expect(again?.quote.speaker !== null).toBe(sure(apart.quote) >= threshold);
  });

  it("keeps withheld words out of /whosaid for the withheld name", () => {
    const mine = quotes.filter(({ quote }) => quote.speaker === "Sarah Whitcombe");
    expect(mine.length).toBeGreaterThan(1);
    // Raise the threshold just over her least sure quotation: that one is withheld, the rest stay.
    const least = mine.reduce((a, b) => (sure(b.quote) < sure(a.quote) ? b : a));
    const threshold = sure(least.quote) + 1e-6;
    const model = { ...MODEL, threshold };
    const answer = whoSaid(analyzeArticle({ text }, { attribution: { model } }), "Sarah Whitcombe");
    expect(answer.kind).toBe("speaker");
    if (answer.kind !== "speaker") return;
    const listed = answer.quotes.map((q) => q.text);
    expect(listed).not.toContain(least.quote.text);
    for (const { quote } of mine) {
      if (sure(quote) >= threshold) expect(listed).toContain(quote.text);
    }
  });
});
