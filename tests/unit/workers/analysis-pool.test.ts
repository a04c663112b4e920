import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { shapeNamed } from "../../../bench/shapes.ts";
import { analyzeArticle } from "../../../src/analyze.ts";
import { brief } from "../../../src/summary/brief.ts";
import { createAnalysisPool } from "../../../src/workers/analysis-pool.ts";
import { longestPause } from "../event-loop.ts";

const seed = readFileSync(
  join(import.meta.dirname, "../../../seeds/tillerson-kelly-mexico-no-mass-deportations.txt"),
  "utf8",
);
const shape = (name: string) => shapeNamed(name).make;

const pool = createAnalysisPool({ timeoutMs: 60_000 });
afterAll(() => pool.close());

describe("the analysis pool", () => {
  it("gives the same analysis and briefing as the calling thread", async () => {
    const article = { text: seed, url: "https://news.example/mexico" };
    const analysis = analyzeArticle(article);
    expect(await pool.analyze(article)).toEqual(analysis);
    expect(await pool.brief(article, { sentences: 2 })).toEqual({
      analysis,
      briefing: brief(analysis, { sentences: 2 }),
    });
  }, 60_000);

  it("sends the long lists of a large analysis back whole, in chunks", async () => {
    // 40,000 paragraphs and sentences, thousands of quotations and mentions: past one chunk each.
    const text = `${shape("tiny paragraphs")(120_000)}\n\n${shape("quote-dense")(400_000)}`;
    const analysis = analyzeArticle({ text });
    expect(analysis.text.sentences.length).toBeGreaterThan(20_000);
    expect(analysis.quotes.length).toBeGreaterThan(10_000);
    expect(await pool.analyze({ text })).toEqual(analysis);
  }, 120_000);

  it("keeps the event loop free while it analyses a hostile article of 2,000,000 characters", async () => {
    // Hundreds of thousands of paragraphs: seconds of analysis, and tens of MB to send back.
    const text = shape("tiny paragraphs")(2_000_000);
    let sentences = 0;
    const pause = await longestPause(async () => {
      sentences = (await pool.brief({ text }, {})).analysis.text.sentences.length;
    });
    expect(sentences).toBe(666_667);
    // On the calling thread the same article stops the event loop for seconds; here no pause may
    // keep a chat command's acknowledgement waiting a second.
    expect(pause).toBeLessThan(1_000);
  }, 120_000);

  it("gives up on an article past the deadline, replaces the worker and analyses the next one", async () => {
    // 2 s: more than a cold worker's first small article takes on a busy machine, far less than
    // the 2,000,000 characters of quotations (seconds of CPU).
    const quick = createAnalysisPool({ timeoutMs: 2_000, size: 1 });
    try {
      await quick.analyze({ text: "Warm-up." });
      await expect(
        quick.brief({ text: shape("quote-dense")(2_000_000) }, {}),
      ).rejects.toMatchObject({
        code: "ANALYSIS_TIMEOUT",
        message: "This article took too long to analyse (more than 2 s).",
      });
      const next = await quick.analyze({ text: seed });
      expect(next.quotes.length).toBeGreaterThan(5);
    } finally {
      await quick.close();
    }
  }, 60_000);
});
