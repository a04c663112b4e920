import { describe, expect, it } from "vitest";
import {
  lcsIndexes,
  rougeLsum,
  rougeN,
  rougeTokens,
  scoreRouge,
  scoreRougeMax,
} from "../../../src/eval/rouge.ts";

describe("rougeTokens", () => {
  it("lower-cases, splits on anything but [a-z0-9] and stems tokens longer than 3 characters", () => {
    expect(rougeTokens("U.S. GDP grew 3.5% -- Officials said")).toEqual([
      "u",
      "s",
      "gdp",
      "grew",
      "3",
      "5",
      "offici",
      "said",
    ]);
  });

  it("does not stem tokens of 3 characters or fewer", () => {
    // NLTK would stem "bus" to "bu", but rouge-score never stems it.
    expect(rougeTokens("bus uses")).toEqual(["bus", "use"]);
  });

  it("drops letters outside a-z, such as accented ones", () => {
    expect(rougeTokens("café Zürich")).toEqual(["caf", "z", "rich"]);
  });
});

describe("rougeN", () => {
  const ref = rougeTokens("the cat sat on the mat");
  const pred = rougeTokens("the cat lay on the mat");

  it("counts clipped unigram overlap: 5 of 6 tokens on each side", () => {
    const score = rougeN(ref, pred, 1);
    expect(score.precision).toBeCloseTo(5 / 6, 10);
    expect(score.recall).toBeCloseTo(5 / 6, 10);
    expect(score.f1).toBeCloseTo(5 / 6, 10);
  });

  it("counts bigram overlap: the cat, on the, the mat of 5 bigrams", () => {
    expect(rougeN(ref, pred, 2).f1).toBeCloseTo(3 / 5, 10);
  });

  it("matches stemmed forms: P = 2/3, R = 1, F1 = 0.8", () => {
    const score = rougeN(rougeTokens("Running dogs"), rougeTokens("the dog runs"), 1);
    expect(score.precision).toBeCloseTo(2 / 3, 10);
    expect(score.recall).toBe(1);
    expect(score.f1).toBeCloseTo(0.8, 10);
  });

  it("clips repeated words to the reference count", () => {
    // Reference has "the" once; the prediction's three "the" count once: P = 1/3, R = 1/2.
    const score = rougeN(["the", "cat"], ["the", "the", "the"], 1);
    expect(score.precision).toBeCloseTo(1 / 3, 10);
    expect(score.recall).toBeCloseTo(1 / 2, 10);
    expect(score.f1).toBeCloseTo(0.4, 10);
  });

  it("scores an empty prediction as zero", () => {
    expect(rougeN(ref, [], 1)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe("rougeLsum", () => {
  it("reads back the same LCS indexes as rouge-score", () => {
    expect(lcsIndexes(["a", "b", "c", "d"], ["a", "c", "x"])).toEqual([0, 2]);
    // On ties rouge-score moves up the reference, so the later "a" is kept.
    expect(lcsIndexes(["a", "a"], ["a"])).toEqual([1]);
  });

  it("takes the union LCS of each reference sentence over all candidate sentences", () => {
    // Ref 1 [a b c d]: LCS with [a c x] is a,c; with [b d e] is b,d: 4 hits. Ref 2 [e f]: e. 5 of 6.
    const score = rougeLsum(
      [
        ["a", "b", "c", "d"],
        ["e", "f"],
      ],
      [
        ["a", "c", "x"],
        ["b", "d", "e"],
      ],
    );
    expect(score.precision).toBeCloseTo(5 / 6, 10);
    expect(score.recall).toBeCloseTo(5 / 6, 10);
  });

  it("never counts a candidate token twice", () => {
    // Both reference sentences match "a b", but the candidate has one of each: P = 1, R = 1/2.
    const score = rougeLsum(
      [
        ["a", "b"],
        ["a", "b"],
      ],
      [["a", "b"]],
    );
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(0.5, 10);
    expect(score.f1).toBeCloseTo(2 / 3, 10);
  });
});

describe("scoreRouge", () => {
  it("gives 1 for a summary identical to its reference", () => {
    const text = "Kelly promised no mass deportations.\nTillerson met Videgaray.";
    const scores = scoreRouge(text, text);
    expect([scores.rouge1.f1, scores.rouge2.f1, scores.rougeLsum.f1]).toEqual([1, 1, 1]);
  });

  it("splits ROUGE-Lsum sentences on newlines only", () => {
    // As one line the LCS of "b a" against "a b" is one token; as two lines both tokens match.
    expect(scoreRouge("a b", "b a").rougeLsum.f1).toBeCloseTo(0.5, 10);
    expect(scoreRouge("a b", "b\na").rougeLsum.f1).toBe(1);
  });

  it("keeps the best F1 over several references, measure by measure", () => {
    const scores = scoreRougeMax(["nothing alike here", "the cat sat"], "the cat sat");
    expect(scores.rouge1.f1).toBe(1);
    expect(scores.rouge2.f1).toBe(1);
  });
});
