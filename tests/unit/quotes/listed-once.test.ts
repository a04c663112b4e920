import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import { type WhoSaidAnswer, whoSaid } from "../../../src/quotes/who-said.ts";

// The mayor's reported statement holds her own quotation; the councillor's holds the mayor's.
const text = readFileSync(
  join(import.meta.dirname, "..", "..", "fixtures", "quotes", "bridge-delay-promises.txt"),
  "utf8",
);
const analysis = analyzeArticle({ text });

function listed(answer: WhoSaidAnswer): Array<[string, string]> {
  if (answer.kind !== "speaker") throw new Error(`expected a speaker, got ${answer.kind}`);
  return answer.quotes.map((q) => [q.type, q.text]);
}

describe("a quote is listed once", () => {
  it("lists the quotation, not the reported sentence of the same speaker that holds it", () => {
    expect(listed(whoSaid(analysis, "Okafor"))).toEqual([
      ["partial", "frustrating but unavoidable"],
      ["partial", "open by the summer holidays"],
    ]);
    expect(analysis.quotes.some((q) => q.text.startsWith("engineers had found cracks"))).toBe(
      false,
    );
  });

  it("keeps a reported sentence that holds another speaker's quotation: two claims", () => {
    expect(listed(whoSaid(analysis, "Patel"))).toEqual([
      [
        "indirect",
        'Okafor had promised last spring that the bridge would be "open by the summer holidays".',
      ],
      ["indirect", "the council should publish the engineers' report in full"],
      ["direct", "People have waited long enough for a straight answer,"],
    ]);
  });

  it("counts each statement once in the list of speakers", () => {
    const answer = whoSaid(analysis);
    if (answer.kind !== "speakers") throw new Error(`expected speakers, got ${answer.kind}`);
    expect(answer.speakers.map((s) => [s.entity.name, s.quoteCount, s.reportedCount])).toEqual([
      ["Dev Patel", 3, 2],
      ["Ruth Okafor", 2, 0],
    ]);
  });
});
