import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import { directedDegrees, scoreSentences } from "../../../src/summary/rank.ts";
import { prepareSummary } from "../../../src/summary/summarize.ts";
import { cosine, type SentenceTerms, tfidfVectors } from "../../../src/summary/terms.ts";

function terms(words: string[]): SentenceTerms {
  return { words: words.length, terms: words, names: 0, numbers: 0 };
}

describe("directedDegrees", () => {
  it("equals the all-pairs sums of cosine similarity to earlier and to later sentences", () => {
    const word = fc.constantFrom("flood", "river", "council", "vote", "barrier", "cost", "mayor");
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { maxLength: 8 }), { minLength: 1, maxLength: 12 }),
        (sentences) => {
          const { vectors } = tfidfVectors(sentences.map(terms));
          const { back, fwd } = directedDegrees(vectors);
          vectors.forEach((vector, i) => {
            let before = 0;
            let after = 0;
            vectors.forEach((other, j) => {
              if (j < i) before += cosine(vector, other);
              if (j > i) after += cosine(vector, other);
            });
            expect(back[i]).toBeCloseTo(before, 9);
            expect(fwd[i]).toBeCloseTo(after, 9);
          });
        },
      ),
    );
  });
});

describe("tfidfVectors", () => {
  it("weighs a word shared by every sentence below a word only one sentence has", () => {
    const space = tfidfVectors([
      terms(["flood", "barrier"]),
      terms(["flood", "vote"]),
      terms(["flood"]),
    ]);
    const first = space.vectors[0];
    const weightOf = (term: string) =>
      first?.weights[first.ids.indexOf(space.vocabulary.get(term) ?? -1)] ?? 0;
    expect(weightOf("barrier")).toBeGreaterThan(weightOf("flood"));
  });
});

describe("scoreSentences", () => {
  const text = [
    "Officials closed the Elm Street bridge on Friday after inspectors found cracks in two steel beams.",
    "Photo: City of Elm/Getty Images",
    '"We could not take the risk of leaving it open for another day," said the city engineer Maria Gonzales.',
    "Will drivers put up with a detour of ten minutes each way until the summer?",
    "Repairs are expected to take at least three months and cost about $2 million.",
  ].join("\n\n");
  const context = prepareSummary(analyzeArticle({ text }));
  const { candidates, graph } = context;
  const settings = { positionHalfLife: 2, centrality: 0, quotePenalty: 0.25 };

  it("gives the lead prior by place among eligible sentences, less the penalty for a quotation or question", () => {
    const { scores } = scoreSentences(candidates, graph, settings);
    expect(scores).toEqual([
      1,
      Number.NEGATIVE_INFINITY,
      0.5 ** (1 / 2) - 0.25,
      0.5 - 0.25,
      0.5 ** (3 / 2),
    ]);
  });

  it("adds centrality: a sentence the rest of the story develops gains, up to the weight", () => {
    const plain = scoreSentences(candidates, graph, settings).scores;
    const central = scoreSentences(candidates, graph, { ...settings, centrality: 0.3 }).scores;
    central.forEach((score, i) => {
      if (!Number.isFinite(score)) return;
      const gain = score - (plain[i] ?? 0);
      expect(gain).toBeGreaterThanOrEqual(0);
      expect(gain).toBeLessThanOrEqual(0.3 + 1e-12);
    });
    expect(Math.max(...graph.centrality)).toBeCloseTo(1, 12);
  });
});
