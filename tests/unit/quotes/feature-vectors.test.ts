import { describe, expect, it } from "vitest";
import { FeatureVectors } from "../../../src/quotes/feature-vectors.ts";

describe("feature vectors cut from shared blocks", () => {
  it("hands out vectors of zeros that never share memory, across blocks", () => {
    const vectors = new FeatureVectors(46);
    const all = Array.from({ length: 600 }, () => vectors.next());
    all.forEach((v, i) => {
      expect(v.length).toBe(46);
      expect(v.every((x) => x === 0)).toBe(true);
      v.fill(i + 1);
    });
    // Every vector still holds what was written to it: no two overlap.
    all.forEach((v, i) => {
      expect(v.every((x) => x === i + 1)).toBe(true);
    });
  });
});
