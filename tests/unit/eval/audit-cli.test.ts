import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runQuotesAudit, sampleRows } from "../../../src/eval/audit-cli.ts";
import { sink } from "./sink.ts";

async function corpus(lines: readonly string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "audit-quotes-"));
  const path = join(dir, "corpus.jsonl");
  await writeFile(path, `${lines.join("\n")}\n`);
  return path;
}

const ARTICLES = [
  JSON.stringify({
    id: "a-1",
    text: 'Harbour plan approved\n\n"We won," said Mayor Ann Cole on Tuesday. "It took years," a neighbour said.',
  }),
  JSON.stringify({
    id: "a-2",
    text: 'Bridge shut\n\n"The bridge is unsafe," engineer Tomas Reyes said. "We will reopen it in May," he added.',
  }),
];

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = sink();
  const err = sink();
  const code = await runQuotesAudit(argv, out.stream, err.stream);
  return { code, out: out.text(), err: err.text() };
}

describe("audit:quotes", () => {
  it("prints one diffable line per quotation: id, offset, type, speaker or '-', confidence, rule", async () => {
    const path = await corpus(ARTICLES);
    const { code, out } = await run([path]);
    expect(code).toBe(0);
    const rows = out
      .trim()
      .split("\n")
      .map((line) => line.split("\t"));
    const cole = rows.find((r) => r[0] === "a-1" && r[6]?.includes("We won"));
    expect(cole?.slice(2, 4)).toEqual(["direct", "Ann Cole"]);
    const neighbour = rows.find((r) => r[0] === "a-1" && r[3] === "-");
    expect(neighbour?.[6]).toContain("It took years");
    expect(rows.filter((r) => r[0] === "a-2").map((r) => r[3])).toEqual([
      "Tomas Reyes",
      "Tomas Reyes",
    ]);
    // The same corpus gives the same lines: two runs diff into what a change moved.
    expect((await run([path])).out).toBe(out);
  });

  it("draws the same sample for the same seed, named answers only when asked", async () => {
    const path = await corpus(ARTICLES);
    const first = await run([path, "--sample", "2", "--seed", "7", "--named"]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^2 of 3 named quotations, seed 7/);
    expect(first.out).not.toContain("nobody");
    expect((await run([path, "--sample", "2", "--seed", "7", "--named"])).out).toBe(first.out);
    const unnamed = await run([path, "--sample", "5", "--unnamed"]);
    expect(unnamed.out).toMatch(/^1 of 1 unnamed quotations/);
    expect(unnamed.out).toContain("It took years");
  });

  it("leaves out articles held out for validation in the gold files beside the corpus", async () => {
    const root = await mkdtemp(join(tmpdir(), "audit-quotes-"));
    await mkdir(join(root, "corpus"));
    await mkdir(join(root, "quotes"));
    const path = join(root, "corpus", "news.jsonl");
    // An empty article matches no held-out one (an empty opening is in every text).
    const empty = JSON.stringify({ id: "a-3", text: "" });
    await writeFile(path, `${[...ARTICLES, empty].join("\n")}\n`);
    const [first, second] = ARTICLES.map((line) => JSON.parse(line as string).text as string);
    // The gold file holds both articles: a-1 in the tuning part (id 1...), a-2 in the validation
    // part (id 9...), its whitespace laid out differently.
    await writeFile(
      join(root, "quotes", "gold-dev.jsonl"),
      `${[
        JSON.stringify({ id: "1aaaaa-a-1", text: first, quotes: [] }),
        JSON.stringify({
          id: "9bbbbb-a-2",
          text: (second as string).replace("\n\n", "\n"),
          quotes: [],
        }),
      ].join("\n")}\n`,
    );
    const { code, out, err } = await run([path]);
    expect(code).toBe(0);
    const ids = new Set(
      out
        .trim()
        .split("\n")
        .map((line) => line.split("\t")[0]),
    );
    expect([...ids]).toEqual(["a-1"]);
    expect(err).toContain("1 of 3 articles left out: they are held out for validation");
    // Without the gold folder both articles are read.
    expect((await run([await corpus(ARTICLES)])).out).toContain("Tomas Reyes");
  });

  it("samples without replacement and reaches every row", () => {
    const rows = Array.from({ length: 50 }, (_, i) => i);
    const drawn = sampleRows(rows, 50, 3);
    expect(new Set(drawn).size).toBe(50);
    expect(sampleRows(rows, 10, 3)).toEqual(drawn.slice(0, 10));
    expect(sampleRows(rows, 10, 4)).not.toEqual(drawn.slice(0, 10));
  });

  it("refuses annotated sets, bad lines and bad flags with a clear message", async () => {
    const dir = await mkdtemp(join(tmpdir(), "audit-quotes-"));
    await writeFile(join(dir, "polnear-dev.jsonl"), `${ARTICLES[0]}\n`);
    const held = await run([join(dir, "polnear-dev.jsonl")]);
    expect(held.code).toBe(2);
    expect(held.err).toContain("is annotated");
    const broken = await run([await corpus([ARTICLES[0] as string, "{not json"])]);
    expect(broken.code).toBe(1);
    expect(broken.err).toContain("line 2 is not JSON");
    const missing = await run([join(dir, "nope.jsonl")]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/nope\.jsonl/);
    const flag = await run(["--sample", "many"]);
    expect(flag.code).toBe(2);
    expect(flag.err).toContain("--sample takes a whole number");
  });
});
