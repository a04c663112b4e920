import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runQuotesEval } from "../../../src/eval/quotes-cli.ts";
import { splitOf } from "../../../src/eval/quotes-split.ts";
import { sink } from "./sink.ts";

function article(id: string, text: string, words: string, speaker: string): string {
  const start = text.indexOf(words);
  return JSON.stringify({
    id,
    text,
    quotes: [{ start, end: start + words.length, text: words, speaker }],
  });
}

describe("eval:quotes", () => {
  it("splits dev articles by the first hex digit of their id, other ids by a fixed hash", () => {
    expect(splitOf("02b46b-bbc-sport-260")).toBe("tuning");
    expect(splitOf("7fffff-x")).toBe("tuning");
    expect(splitOf("8007d0-bbc-sport-208")).toBe("validation");
    expect(splitOf("f0e674-bbc")).toBe("validation");
    expect(splitOf("polnear-dev/a")).toBe(splitOf("polnear-dev/a"));
  });

  it("reports each gold file, the tuning and validation parts and the total, and shows only tuning errors", async () => {
    const dir = await mkdtemp(join(tmpdir(), "eval-quotes-"));
    const text = '"We won," said Mayor Ann Cole.';
    const right = article("1aaaaa", text, "We won,", "Ann Cole");
    const wrong = article("9bbbbb", text, "We won,", "Bill Smith");
    await writeFile(join(dir, "gold-a.jsonl"), `${right}\n${wrong}\n`);
    const out = sink();
    const err = sink();
    const code = await runQuotesEval(
      [join(dir, "gold-a.jsonl"), "--errors"],
      out.stream,
      err.stream,
    );
    expect(code).toBe(0);
    const lines = out.text().split("\n");
    const row = (label: string) => lines.find((l) => l.startsWith(label)) ?? "";
    expect(row("gold-a.jsonl")).toMatch(/0\.500 \(1\/2\)\s+50\.0% \(1\/2\)/);
    expect(row("gold tuning")).toMatch(/1\.000 \(1\/1\)\s+0\.0% \(0\/1\)/);
    expect(row("gold validation")).toMatch(/0\.000 \(0\/1\)\s+100\.0% \(1\/1\)/);
    // The validation article's error is not printed: only the tuning part's.
    expect(out.text()).toContain("Errors of the tuning part");
    expect(out.text()).not.toContain("9bbbbb");
  });

  it("never prints a held-out silver set's errors (polnear-dev) unless the whole is asked for", async () => {
    const dir = await mkdtemp(join(tmpdir(), "eval-quotes-"));
    const text = '"We won," said Mayor Ann Cole.';
    const ids = ["1aaaaa", "2aaaaa", "3aaaaa", "4aaaaa", "5aaaaa", "6aaaaa"];
    const lines = ids.map((id) => article(`p/${id}`, text, "We won,", "Bill Smith"));
    await writeFile(join(dir, "silver-dev.jsonl"), `${lines.join("\n")}\n`);
    await writeFile(join(dir, "silver-train.jsonl"), `${lines.join("\n")}\n`);
    const run = async (argv: string[]) => {
      const out = sink();
      await runQuotesEval(argv, out.stream, sink().stream);
      return out.text().split("Errors of the")[1] ?? "";
    };
    expect(await run([join(dir, "silver-dev.jsonl"), "--errors"])).not.toContain("Bill Smith");
    expect(await run([join(dir, "silver-train.jsonl"), "--errors"])).toContain("Bill Smith");
    expect(await run([join(dir, "silver-dev.jsonl"), "--errors", "--split", "all"])).toContain(
      "Bill Smith",
    );
  });

  it("rejects an unknown split with the usage", async () => {
    const out = sink();
    const err = sink();
    expect(await runQuotesEval(["x.jsonl", "--split", "both"], out.stream, err.stream)).toBe(2);
    expect(err.text()).toMatch(/--split takes tuning, validation or all/);
  });
});
