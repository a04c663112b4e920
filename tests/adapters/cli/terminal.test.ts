import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

// Written for this test: article text that tries to clear the screen, retitle the window,
// hide a link and overwrite a line with a carriage return.
const HOSTILE = [
  "Port fees rise \u001b[2J\u001b[H again",
  "",
  "The port authority raised its fees on Monday.\u001b]0;pwned\u0007",
  "",
  "“Nobody \u001b]8;;https://evil.example\u001b\\told\u001b]8;;\u001b\\ us,\r100% safe” said shipping agent Lena Holm.",
  "",
  "Holm said the rise would cost \u009b31mher firm dearly.",
].join("\n");

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must not appear
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe("text output for a terminal", () => {
  it.each([
    [["quotes", "-"]],
    [["whosaid", "-"]],
    [["whosaid", "-", "Holm"]],
    [["whosaid", "-", "told us"]],
    [["brief", "-"]],
  ])(
    "newsbrief %j prints no escape sequence or control character from the article",
    async (args) => {
      const result = await runCli(args, { stdin: HOSTILE });
      expect(result.code).toBe(0);
      expect(result.stdout).not.toMatch(CONTROL);
      expect(result.stdout).not.toMatch(/\[2J|\]0;pwned|evil\.example/);
    },
  );

  it("still shows the words around the sequences", async () => {
    const result = await runCli(["quotes", "-"], { stdin: HOSTILE });
    expect(result.stdout).toMatch(/Nobody told us, ?100% safe/);
  });

  it("strips a feed's item titles too", async () => {
    const feed = JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      title: "Harbour \u001b[31mNews",
      items: [{ id: "1", url: "https://harbour.example/a", title: "Fees \u001b]0;x\u0007rise" }],
    });
    const result = await runCli(["feed", "-"], { stdin: feed });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(CONTROL);
    expect(result.stdout).toContain("Harbour News");
    expect(result.stdout).toContain("- Fees rise");
  });

  it("keeps JSON output exact: the quotes are slices of the input, escaped by JSON", async () => {
    const result = await runCli(["quotes", "-", "--json"], { stdin: HOSTILE });
    const json = JSON.parse(result.stdout) as {
      quotes: { start: number; end: number; text: string }[];
    };
    expect(json.quotes.length).toBeGreaterThan(0);
    for (const q of json.quotes) expect(q.text).toBe(HOSTILE.slice(q.start, q.end));
    expect(result.stdout).not.toMatch(CONTROL);
  });
});
