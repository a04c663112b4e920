import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { directedDegrees } from "../../../src/summary/rank.ts";
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
