import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  anchorsOf,
  brokenLinks,
  documentationFiles,
  isRelative,
  linksOf,
  slugOf,
} from "./markdown.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const files = documentationFiles(root);
const readme = readFileSync(join(root, "README.md"), "utf8");

describe("GitHub's heading anchors", () => {
  it.each([
    ["Discord: `npm run start:shards`", "discord-npm-run-startshards"],
    ["What PostgreSQL guarantees, and how", "what-postgresql-guarantees-and-how"],
    ["The console bot: `npm start`", "the-console-bot-npm-start"],
    ["Node's own", "nodes-own"],
    ["`DATABASE_URL` and [PostgreSQL](https://postgresql.org)", "database_url-and-postgresql"],
    ["1× / 10× — growth", "1--10--growth"],
  ])("turns the heading %j into #%s", (heading, slug) => {
    expect(slugOf(heading)).toBe(slug);
  });

  it("numbers repeated headings and ignores headings inside code blocks", () => {
    const anchors = anchorsOf("## Tests\n\n```md\n## Fenced\n```\n\n### Tests\n");
    expect([...anchors]).toEqual(["tests", "tests-1"]);
  });
});

describe("the link checker", () => {
  const dir = mkdtempSync(join(tmpdir(), "newsbrief-links-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reports a missing file, a missing heading and a link out of the repository", () => {
    mkdirSync(join(dir, "docs"));
    writeFileSync(join(dir, "docs", "a.md"), "# A\n\n## Setting up\n");
    const page = join(dir, "README.md");
    writeFileSync(
      page,
      [
        "[ok](docs/a.md#setting-up) [self](#readme) `[code](nowhere.md)`",
        "[gone](docs/b.md) [typo](docs/a.md#set-up) [up](../elsewhere.md)",
        "```sh",
        "[fenced](nowhere.md)",
        "```",
        "# Readme",
      ].join("\n"),
    );
    expect(brokenLinks(dir, page)).toEqual([
      "README.md:2: docs/b.md: no such file",
      "README.md:2: docs/a.md#set-up: no heading #set-up in docs/a.md",
      "README.md:2: ../elsewhere.md: outside the repository",
    ]);
  });

  it("leaves web links to the web", () => {
    expect(isRelative("https://api.slack.com/apps")).toBe(false);
    expect(isRelative("mailto:someone@example.com")).toBe(false);
    expect(isRelative("docs/cli.md#brief")).toBe(true);
    expect(isRelative("#quick-start")).toBe(true);
  });
});

describe("the documentation's links", () => {
  it("covers the README and every page of docs/", () => {
    expect(files.map((file) => relative(root, file))).toEqual(
      expect.arrayContaining(["README.md", "docs/configuration.md", "docs/architecture.md"]),
    );
    const relativeLinks = files.flatMap((file) =>
      linksOf(readFileSync(file, "utf8")).filter((link) => isRelative(link.target)),
    );
    // The scan finds the links, so an empty list of broken ones below means something.
    expect(relativeLinks.length).toBeGreaterThan(50);
  });

  it.each(files.map((file) => [relative(root, file), file]))(
    "every relative link in %s reaches an existing file and heading",
    (_name, file) => {
      expect(brokenLinks(root, file)).toEqual([]);
    },
  );

  it("links every page of docs/ from the README", () => {
    const linked = new Set(linksOf(readme).map((link) => link.target.split("#")[0]));
    const pages = files.slice(1).map((file) => `docs/${basename(file)}`);
    expect(pages.filter((page) => !linked.has(page))).toEqual([]);
  });

  it("keeps the README under 15,000 bytes", () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(15_000);
  });

  it("gives in the README the test command CI runs", () => {
    const ci = readFileSync(join(root, ".ci", "run"), "utf8");
    expect(ci).toMatch(/^npm test$/m);
    expect(readme).toMatch(/^npm test\b/m);
  });
});
