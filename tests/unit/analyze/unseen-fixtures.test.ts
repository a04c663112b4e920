import { describe } from "vitest";
import { checkFixture } from "./fixture-check.ts";
import { UNSEEN_CASES } from "./unseen-cases.ts";

describe("analyzeArticle on articles the rules were not tuned on", () => {
  for (const fixture of UNSEEN_CASES) checkFixture(fixture);
});
