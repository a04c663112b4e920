import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { isNewsbriefError } from "../../../src/errors.ts";
import { runSummaryEval } from "../../../src/eval/summary-cli.ts";
import {
  evaluateSummaries,
  formatEvaluation,
  leadSentences,
  parseSummaryRecords,
} from "../../../src/eval/summary-eval.ts";

const article =
  "The bridge closed on Friday. Inspectors found cracks in two beams. Repairs will take three months. Drivers must use Oak Avenue.";

describe("parseSummaryRecords", () => {
  it("reads reference or references, and ids", () => {
    const records = parseSummaryRecords(
      [
        JSON.stringify({ id: "a", text: article, reference: "The bridge closed." }),
        "",
        JSON.stringify({ text: article, references: ["One.", "Two."] }),
      ].join("\n"),
      "test.jsonl",
    );
    expect(records.map((r) => [r.id, r.references])).toEqual([
      ["a", ["The bridge closed."]],
      ["3", ["One.", "Two."]],
    ]);
  });

  it.each([
    ["{oops", /test\.jsonl line 1 is not valid JSON/],
    [JSON.stringify({ id: "x", reference: "r" }), /line 1 has no "text"/],
    [JSON.stringify({ id: "x", text: article }), /line 1 has no "reference" or "references"/],
    ["\n\n", /test\.jsonl has no records/],
  ])("names the line and the problem of %s", (content, message) => {
    let caught: unknown;
    try {
      parseSummaryRecords(content, "test.jsonl");
    } catch (error) {
      caught = error;
    }
    expect(isNewsbriefError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(message);
  });
});

describe("evaluateSummaries", () => {
  const records = parseSummaryRecords(
    JSON.stringify({
      id: "a",
      text: article,
      references: ["Nothing alike.", "The bridge closed on Friday."],
    }),
    "test",
  );

  it("takes the Lead-N baseline from newsbrief's own sentence splitter", () => {
    expect(leadSentences(article, 2)).toEqual([
      "The bridge closed on Friday.",
      "Inspectors found cracks in two beams.",
    ]);
  });

  it("scores a perfect summary 100 against the best reference and reports the gap to Lead-N", () => {
    const evaluation = evaluateSummaries(records, 1, () => ["The bridge closed on Friday."]);
    expect(evaluation.newsbrief).toEqual({ rouge1: 100, rouge2: 100, rougeLsum: 100 });
    expect(evaluation.lead.rouge1).toBe(100);
    expect(evaluation.difference.rouge1).toBe(0);
  });

  it("scores a summary with nothing in common 0", () => {
    const evaluation = evaluateSummaries(records, 2, () => ["Zebras graze."]);
    expect(evaluation.newsbrief.rouge1).toBe(0);
    expect(evaluation.difference.rouge1).toBeLessThan(0);
    expect(formatEvaluation(evaluation)).toMatch(/Lead-2/);
  });
});

describe("npm run eval:summary", () => {
  function streams() {
    const out = new PassThrough();
    const err = new PassThrough();
    const text = { out: "", err: "" };
    out.on("data", (c: Buffer) => {
      text.out += c.toString();
    });
    err.on("data", (c: Buffer) => {
      text.err += c.toString();
    });
    return { out, err, text };
  }

  it("prints newsbrief, Lead-3 and the difference for a JSONL file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsbrief-eval-"));
    const path = join(dir, "dev.jsonl");
    writeFileSync(
      path,
      `${JSON.stringify({ id: "a", text: article, reference: "The bridge closed on Friday.\nRepairs will take three months." })}\n`,
    );
    const { out, err, text } = streams();
    expect(await runSummaryEval([path], out, err)).toBe(0);
    expect(text.out).toMatch(/newsbrief\s+[\d.]+\s+[\d.]+\s+[\d.]+/);
    expect(text.out).toMatch(/Lead-3\s+[\d.]+/);
    expect(text.out).toMatch(/difference\s+[+-][\d.]+/);
  });

  it("explains a bad argument and a missing file", async () => {
    const bad = streams();
    expect(await runSummaryEval(["--sentences", "0", "x.jsonl"], bad.out, bad.err)).toBe(2);
    expect(bad.text.err).toMatch(/--sentences takes a whole number/);
    const missing = streams();
    expect(await runSummaryEval(["/no/such/file.jsonl"], missing.out, missing.err)).toBe(1);
    expect(missing.text.err).toMatch(/Cannot read \/no\/such\/file\.jsonl: no such file/);
  });
});
