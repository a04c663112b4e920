import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const cliDocs = readFileSync(join(root, "docs", "cli.md"), "utf8");

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as dashes. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

const anchors = new Set(
  cliDocs
    .split("\n")
    .filter((line) => /^#{1,4} /.test(line))
    .map((line) => anchorOf(line.replace(/^#+ /, ""))),
);

describe("help", () => {
  it.each([[[]], [["quotes"]], [["whosaid"]], [["brief"]], [["feed"]], [["digest"]]])(
    "newsbrief %j --help ends by pointing to its docs page",
    async (command) => {
      const { code, stdout } = await runCli([...command, "--help"]);
      expect(code).toBe(0);
      const docs = /\nDocs: (docs\/([\w-]+)\.md)(?:#([\w-]+))?[^\n]*\n$/.exec(stdout);
      expect(docs).not.toBeNull();
      const [, path = "", page = "", anchor] = docs ?? [];
      expect(page).toBe("cli");
      expect(existsSync(join(root, path))).toBe(true);
      if (command.length > 0) expect(anchors).toContain(anchor);
      const pages = [...stdout.matchAll(/docs\/[\w-]+\.md/g)].map((m) => m[0]);
      for (const page of pages) expect(existsSync(join(root, page)), page).toBe(true);
    },
  );

  it("points to the page explaining the environment variables", async () => {
    const { stdout } = await runCli(["--help"]);
    expect(stdout).toContain("docs/configuration.md");
  });

  it("links every section of docs/cli.md it names", () => {
    const links = [...cliDocs.matchAll(/\]\(#([\w-]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(anchors).toContain(link);
  });

  it("documents every command the CLI has", async () => {
    const { stdout } = await runCli(["--help"]);
    const commands = [...stdout.matchAll(/^ {2}(\w+) /gm)].map((m) => m[1]);
    expect(commands).toEqual(["quotes", "whosaid", "brief", "feed", "digest"]);
    for (const command of commands) expect(anchors).toContain(command);
  });
});
