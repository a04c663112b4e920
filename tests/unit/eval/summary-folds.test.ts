import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import { crossValidate, crossValidateEach } from "../../../src/eval/summary-cross-validate.ts";
import { leadSentences, type SummaryRecord } from "../../../src/eval/summary-eval.ts";
import {
  foldOf,
  gridSettings,
  prepareFoldArticles,
  SHIPPED_CONSTANTS,
  summaryWith,
  TUNING_GRID,
} from "../../../src/eval/summary-folds.ts";
import { keyPointRepeats, unigramOverlap } from "../../../src/eval/summary-key-points.ts";
import { brief } from "../../../src/summary/brief.ts";
import type { Briefing } from "../../../src/summary/briefing.ts";

const fixtures = join(import.meta.dirname, "..", "..", "fixtures", "summary");
const articles = [
  readFileSync(join(fixtures, "riverton-flood-barrier.txt"), "utf8"),
  readFileSync(join(fixtures, "harbor-strike.txt"), "utf8"),
  "Officials closed the Elm Street bridge on Friday after inspectors found cracks in two of its steel beams. " +
    "Drivers will have to use the Oak Avenue crossing, adding about ten minutes to the trip downtown. " +
    "Repairs are expected to take at least three months and cost about $2 million. " +
    "The bridge was built in 1962 and last repaired in 1998, according to city records.",
  "A hospital in Marlow will close its maternity ward in June, health officials said on Monday. " +
    "The closure follows a review that found the ward could not recruit enough midwives to run safely. " +
    "Expectant mothers will have to travel 40 miles to the maternity ward in Kenton to give birth. " +
    "The maternity ward in Kenton is already short of midwives, its managers said.",
];

/** Records whose reference is the article's own first three sentences: Lead-3 scores 100. */
function leadRecords(): SummaryRecord[] {
  return Array.from({ length: 12 }, (_, i) => {
    const text = articles[i % articles.length] ?? "";
    return { id: `article-${i}`, text, references: [leadSentences(text, 3).join("\n")] };
  });
}

describe("foldOf", () => {
  it("puts an article in the same fold whatever the order of the file", () => {
    const ids = ["cnndm-008aa71f", "cnndm-0f97307", "bbc-tech-001", "x"];
    const first = ids.map((id) => foldOf(id, 5));
    const reversed = [...ids].reverse().map((id) => foldOf(id, 5));
    expect(reversed.reverse()).toEqual(first);
    for (const fold of first) expect(fold).toBeGreaterThanOrEqual(0);
    for (const fold of first) expect(fold).toBeLessThan(5);
  });

  it("spreads many ids over every fold", () => {
    const counts = new Array(5).fill(0);
    for (let i = 0; i < 500; i++) counts[foldOf(`article-${i}`, 5)]++;
    for (const count of counts) expect(count).toBeGreaterThan(70);
  });
});

describe("the validation protocol", () => {
  it("measures exactly the summary that brief() gives", () => {
    const [article] = prepareFoldArticles(leadRecords().slice(0, 1), 3, 5);
    if (article === undefined) throw new Error("one article");
    const indexes = summaryWith(article, SHIPPED_CONSTANTS, 3);
    const briefing = brief(analyzeArticle({ text: articles[0] ?? "" }));
    expect(indexes.map((i) => article.context.candidates[i]?.text)).toEqual(
      briefing.summary.map((s) => s.text),
    );
  });

  it("tries every combination of the grid, the shipped one first", () => {
    const settings = gridSettings(TUNING_GRID);
    const sizes = Object.values(TUNING_GRID).map((values) => values.length);
    expect(settings).toHaveLength(sizes.reduce((a, b) => a * b, 1));
    expect(settings[0]).toEqual(SHIPPED_CONSTANTS);
  });

  it("chooses on the other folds the value that wins there, and scores the held-out fold", () => {
    // One sentence cannot match a three-sentence reference as well as three sentences do.
    const records = leadRecords();
    const folds = prepareFoldArticles(records, 3, 3);
    const grid = { ...singleValues(), wordsPerSentence: [1, 40] };
    const result = crossValidate(folds, 3, 3, grid);
    expect(result.configurations).toBe(2);
    expect(result.folds.map((f) => f.chosen.wordsPerSentence)).toEqual([40, 40, 40]);
    expect(result.folds.reduce((sum, f) => sum + f.articles, 0)).toBe(records.length);
    for (const fold of result.folds) expect(fold.heldOut).toEqual(fold.shipped);
  });

  it("reports, for each constant alone, the value chosen on each fold", () => {
    const folds = prepareFoldArticles(leadRecords(), 3, 3);
    const each = crossValidateEach(folds, 3, 3, { ...singleValues(), wordsPerSentence: [1, 40] });
    const words = each.find((c) => c.name === "wordsPerSentence");
    expect(words?.chosen).toEqual([40, 40, 40]);
    expect(each.find((c) => c.name === "centrality")?.chosen).toEqual([0.3, 0.3, 0.3]);
  });
});

function singleValues() {
  return {
    positionHalfLife: [SHIPPED_CONSTANTS.positionHalfLife],
    centrality: [SHIPPED_CONSTANTS.centrality],
    quotePenalty: [SHIPPED_CONSTANTS.quotePenalty],
    redundancy: [SHIPPED_CONSTANTS.redundancy],
    wordsPerSentence: [SHIPPED_CONSTANTS.wordsPerSentence],
  };
}

describe("key points that repeat the summary", () => {
  const summary = {
    start: 0,
    end: 10,
    text: "Officials closed the Elm Street bridge on Friday after inspectors found cracks.",
  };

  it("measures the share of a key point's content words already in a summary sentence", () => {
    expect(
      unigramOverlap("The Elm Street bridge was closed by officials on Friday.", summary.text),
    ).toBe(1);
    expect(
      unigramOverlap("Drivers must use the Oak Avenue crossing, adding ten minutes.", summary.text),
    ).toBe(0);
    expect(unigramOverlap("It was.", summary.text)).toBe(0);
  });

  it("counts a key point that restates a summary sentence, not one that adds facts", () => {
    const point = (text: string) => ({ start: 0, end: 1, text });
    const briefing = {
      summary: [summary],
      keyPoints: [
        point("Inspectors found cracks, and officials closed the Elm Street bridge."),
        point("Repairs will take three months and cost about $2 million."),
      ],
    } as unknown as Briefing;
    expect(keyPointRepeats(briefing)).toEqual({ keyPoints: 2, repeats: 1 });
  });
});
