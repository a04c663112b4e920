import { describe } from "vitest";
import { FIFTH_BATCH_CASES } from "./fifth-batch-cases.ts";
import { checkFixture } from "./fixture-check.ts";
import { FOURTH_BATCH_CASES } from "./fourth-batch-cases.ts";
import { HELD_OUT_CASES } from "./held-out-cases.ts";
import { SEVENTH_BATCH_CASES } from "./seventh-batch-cases.ts";
import { SIXTH_BATCH_CASES } from "./sixth-batch-cases.ts";
import { THIRD_BATCH_CASES } from "./third-batch-cases.ts";
import { UNSEEN_CASES } from "./unseen-cases.ts";

describe("analyzeArticle on articles the rules were not tuned on", () => {
  for (const fixture of UNSEEN_CASES) checkFixture(fixture);
});

describe("analyzeArticle on articles written after the rules were changed", () => {
  for (const fixture of HELD_OUT_CASES) checkFixture(fixture);
});

describe("analyzeArticle on a third set, written after the second set's fixes", () => {
  for (const fixture of THIRD_BATCH_CASES) checkFixture(fixture);
});

describe("analyzeArticle on a fourth set, written after the third set's fixes", () => {
  for (const fixture of FOURTH_BATCH_CASES) checkFixture(fixture);
});

describe("analyzeArticle on a fifth set, written after the fourth set's fixes", () => {
  for (const fixture of FIFTH_BATCH_CASES) checkFixture(fixture);
});

describe("analyzeArticle on a sixth set, written after the fifth set's fixes", () => {
  for (const fixture of SIXTH_BATCH_CASES) checkFixture(fixture);
});

describe("analyzeArticle on a seventh set, written after the sixth set's fixes", () => {
  for (const fixture of SEVENTH_BATCH_CASES) checkFixture(fixture);
});
