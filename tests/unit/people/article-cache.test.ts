import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import { ArticleCache } from "../../../src/people/article-cache.ts";
import { readPeople } from "../../../src/people/read-people.ts";
import { lexText } from "../../../src/text/lexer.ts";
import { segmentText } from "../../../src/text/segment.ts";

const root = join(import.meta.dirname, "..", "..", "..");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

function peopleOf(text: string) {
  const model = segmentText(text);
  return readPeople(text, lexText(text, model.sentences, []), new Set());
}

describe("ArticleCache", () => {
  it("keeps a value with the article's people, apart from every other article's", () => {
    const cache = new ArticleCache<string>();
    const first = peopleOf("Mira Castell said the plan would work.");
    const second = peopleOf("Tomas Ebbe said it would not.");
    cache.set(first, "first");
    expect(cache.get(first)).toBe("first");
    expect(cache.get(second)).toBeUndefined();
    cache.set(second, "second");
    expect([cache.get(first), cache.get(second)]).toEqual(["first", "second"]);
  });

  it("gives the same analysis when the same text is analysed again after another", () => {
    const a =
      'Mira Castell, the mayor, said the bridge would reopen. "We are nearly there," she said.';
    const b = "Tomas Ebbe said the council had run out of money. The mayor disagreed.";
    const once = JSON.stringify(analyzeArticle({ text: a }));
    analyzeArticle({ text: b });
    expect(JSON.stringify(analyzeArticle({ text: a }))).toBe(once);
  });

  // V8's young-generation collector keeps a WeakMap entry whose key is young alive with its value:
  // a per-article table in a module-level WeakMap promotes every article's objects.
  it("is what per-article tables use: no WeakMap or WeakSet keyed by an article's people", () => {
    const offenders = filesUnder(join(root, "src")).flatMap((file) =>
      /new Weak(Map|Set)<\s*(People|PeopleReading)\b/.test(readFileSync(file, "utf8"))
        ? [relative(root, file)]
        : [],
    );
    expect(offenders).toEqual([]);
  });
});
