import { describe, expect, it } from "vitest";
import type { Analysis } from "../../../src/analysis.ts";
import { analyzeArticle } from "../../../src/analyze.ts";
import { whoSaid } from "../../../src/quotes/who-said.ts";

function expectGrounded(text: string, analysis: Analysis): void {
  for (const q of analysis.quotes) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(q.start, q.end)).toBe(q.text);
  }
  const quoted = analysis.quotes.filter((q) => q.type !== "indirect");
  for (let i = 1; i < quoted.length; i++) {
    expect(quoted[i]?.start ?? 0).toBeGreaterThanOrEqual(quoted[i - 1]?.end ?? 0);
  }
}

// These assert that pathological inputs complete and keep the invariants; their timing is measured
// by `npm run bench`, not here.
describe("pathological inputs", () => {
  it("reads 1 MB of words without any punctuation", () => {
    const text = "word ".repeat(200_000);
    const analysis = analyzeArticle({ text });
    expect(analysis.text.sentences).toHaveLength(1);
    expect(analysis.quotes).toEqual([]);
  });

  // Each paragraph once searched to the end of the text for its next sentence end and quotation
  // mark: 100,000 one-word paragraphs (a table of one-letter cells) took minutes.
  it("reads 100,000 one-word paragraphs, each a sentence of its own", () => {
    const text = "a\n\nb\n\n".repeat(50_000);
    const analysis = analyzeArticle({ text });
    expect(analysis.text.paragraphs).toHaveLength(100_000);
    expect(analysis.text.sentences).toHaveLength(100_000);
    expect(analysis.quotes).toEqual([]);
  });

  it("finds the quotations among 50,000 paragraphs that have none", () => {
    const text = `${"x\n\n".repeat(50_000)}“At last,” said Ann Lee.`;
    const analysis = analyzeArticle({ text });
    expect(analysis.quotes.map((q) => [q.text, q.speaker])).toEqual([["At last,", "Ann Lee"]]);
  });

  it("reads 50,000 quotation marks in a row", () => {
    const text = `He said ${'"'.repeat(50_000)} and left.`;
    const analysis = analyzeArticle({ text });
    // Marks with nothing between them quote no words.
    expect(analysis.quotes).toEqual([]);
  });

  it("reads 50,000 mixed, unbalanced quotation marks", () => {
    const text = `A “b ‘c "d 'e ”f’ `.repeat(5_000);
    expectGrounded(text, analyzeArticle({ text }));
  });

  it("reads one 100 KB sentence with a quotation at its end", () => {
    const text = `Smith said that ${"the rain fell and ".repeat(5_600)}“it never stopped,” he added.`;
    const analysis = analyzeArticle({ text });
    expect(analysis.text.sentences).toHaveLength(1);
    expectGrounded(text, analysis);
    expect(analysis.quotes.some((q) => q.text === "it never stopped,")).toBe(true);
  });

  it("closes a quotation that never ends at its paragraph, not at the end of the article", () => {
    const text = `Kelly said: "${"more words ".repeat(10_000)}\n\n${"Narrative goes on. ".repeat(1_000)}`;
    const analysis = analyzeArticle({ text });
    expectGrounded(text, analysis);
    const paragraphEnd = text.indexOf("\n\n");
    const quoted = analysis.quotes.filter((q) => q.type !== "indirect");
    expect(quoted.map((q) => q.speaker)).toEqual(["Kelly"]);
    expect(quoted[0]?.end).toBeLessThanOrEqual(paragraphEnd);
  });

  it("handles thousands of names, pronouns and quotations", () => {
    const text = Array.from(
      { length: 3_000 },
      (_, i) => `"Point ${i} stands," said Dr. Ann Person${i}. She said that it was true.`,
    ).join("\n\n");
    const analysis = analyzeArticle({ text });
    expectGrounded(text, analysis);
    const answer = whoSaid(analysis, "Person2999");
    expect(answer.kind).toBe("speaker");
  });
});
