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

  it("prints the folds, the value each constant takes on each fold and the key points' repeats", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsbrief-eval-"));
    const path = join(dir, "dev.jsonl");
    const lines = Array.from({ length: 6 }, (_, i) =>
      JSON.stringify({ id: `a${i}`, text: article, reference: "The bridge closed on Friday." }),
    );
    writeFileSync(path, `${lines.join("\n")}\n`);
    const { out, err, text } = streams();
    expect(await runSummaryEval([path, "--folds", "3"], out, err)).toBe(0);
    expect(text.out).toMatch(/Folds: 3 by FNV-1a hash of the id/);
    expect(text.out).toMatch(/position half-life\s+3\s+(?:\d+ ){2}\d+\s+[+-]/);
    expect(text.out).toMatch(/out-of-fold mean ± sd [+-][\d.]+ ± [\d.]+/);
    expect(text.out).toMatch(/Key points repeating a summary sentence .*: \d+ of \d+/);
    const without = streams();
    expect(await runSummaryEval([path, "--folds", "0"], without.out, without.err)).toBe(0);
    expect(without.text.out).not.toMatch(/Folds:/);
  });

  it("explains a bad argument and a missing file", async () => {
    const bad = streams();
    expect(await runSummaryEval(["--sentences", "0", "x.jsonl"], bad.out, bad.err)).toBe(2);
    expect(bad.text.err).toMatch(/--sentences takes a whole number/);
    const folds = streams();
    expect(await runSummaryEval(["--folds", "1", "x.jsonl"], folds.out, folds.err)).toBe(2);
    expect(folds.text.err).toMatch(/--folds takes 0 or 2 to 20/);
    const missing = streams();
    expect(await runSummaryEval(["/no/such/file.jsonl"], missing.out, missing.err)).toBe(1);
    expect(missing.text.err).toMatch(/Cannot read \/no\/such\/file\.jsonl: no such file/);
  });
});
