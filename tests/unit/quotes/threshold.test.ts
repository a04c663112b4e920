import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import { CONFIDENCE_FEATURES } from "../../../src/quotes/confidence.ts";
import type { Quote } from "../../../src/quotes/quote.ts";
import { candidateProbabilities, TRAINED_MODEL } from "../../../src/quotes/speaker-model.ts";
import { whoSaid } from "../../../src/quotes/who-said.ts";

// A paramedic's words after "the 46-year-old said": the model hesitates between her and the
// description's guess, so they are withheld; the other speakers are given.
const text = readFileSync(
  join(import.meta.dirname, "..", "..", "fixtures", "quotes", "ambulance-waits-rise.txt"),
  "utf8",
);

/** Reads the article with a model; each quotation with the softmax probability of its best guess. */
function read(model = TRAINED_MODEL): Array<{ quote: Quote; softmax: number }> {
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
    const byStart = (s: string) => quotes.find((q) => q.quote.text.startsWith(s))?.quote;
    expect(byStart("I have held patients' hands")?.speaker).toBeNull();
    expect(byStart("I have held patients' hands")?.why?.withheld?.speaker).toBe("Lisa Carr");
    expect(byStart("Patients are paying the price")?.speaker).toBe("Karen Mills");
    for (const { quote } of quotes) {
      if (quote.why?.withheld !== undefined)
        expect(sure(quote)).toBeLessThan(TRAINED_MODEL.threshold);
      else if (quote.speaker !== null)
        expect(sure(quote)).toBeGreaterThanOrEqual(TRAINED_MODEL.threshold);
    }
  });

  it("is compared with the calibrated confidence, not the softmax probability", () => {
    // With the calibration taken out (confidence = softmax probability), some answer changes side.
    const identity = new Float64Array(CONFIDENCE_FEATURES.length);
    identity[CONFIDENCE_FEATURES.indexOf("named:log-odds")] = 1;
    identity[CONFIDENCE_FEATURES.indexOf("nobody:log-odds")] = 1;
    const raw = read({ ...TRAINED_MODEL, calibration: identity });
    expect(raw.map((r) => r.quote.text)).toEqual(quotes.map((q) => q.quote.text));
    for (const { quote, softmax } of raw) {
      if (quote.why?.withheld !== undefined || quote.speaker !== null) {
        expect(sure(quote)).toBeCloseTo(softmax, 9);
      }
    }
    const given = (q: Quote) => q.speaker !== null;
    const changed = quotes.filter((q, i) => given(q.quote) !== given(raw[i]?.quote as Quote));
    expect(changed.map((q) => q.quote.text)).toEqual(["You go home and you cannot sleep."]);
    // ... and the calibrated answer is not the softmax probability.
    expect(sure(changed[0]?.quote as Quote)).not.toBeCloseTo(changed[0]?.softmax ?? 0, 2);
  });

  it("keeps withheld words out of /whosaid for the withheld name", () => {
    const analysis = analyzeArticle({ text });
    const answer = whoSaid(analysis, "Lisa Carr");
    expect(answer.kind).toBe("speaker");
    if (answer.kind !== "speaker") return;
    const listed = answer.quotes.map((q) => q.text);
    expect(listed).toContain("morale among crews was at its lowest point");
    expect(listed.some((t) => t.startsWith("I have held"))).toBe(false);
    expect(listed.some((t) => t.startsWith("You go home"))).toBe(false);
  });
});
