import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

// Two quotations that nobody in the article can have said: it names no one.
const article = join(
  import.meta.dirname,
  "..",
  "..",
  "fixtures",
  "present",
  "market-flood-unattributed.txt",
);

describe("quotes without a speaker on the command line", () => {
  it("quotes lists them as unattributed and says how many there are", async () => {
    const { code, stdout } = await runCli(["quotes", article]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^No speaker is named\.\n/);
    expect(stdout).toMatch(/\nunattributed +direct +“It was the worst flooding in years\.”\n/);
    expect(stdout).toMatch(/\n2 quotes\.\n2 quotes could not be attributed\.\n$/);
  });

  it("whosaid says so instead of an empty list of speakers", async () => {
    const text = await runCli(["whosaid", article]);
    expect(text.stdout).toBe("2 quotes could not be attributed.\n");
    const json = await runCli(["whosaid", article, "--json"]);
    expect(JSON.parse(json.stdout)).toEqual({ kind: "speakers", speakers: [], unattributed: 2 });
  });

  it("brief says so under what they said, and counts them in its JSON stats", async () => {
    const text = await runCli(["brief", article]);
    expect(text.stdout).toMatch(/\nWhat they said\n {2}2 quotes could not be attributed\.\n$/);
    const json = await runCli(["brief", article, "--json"]);
    expect(JSON.parse(json.stdout).stats).toMatchObject({ quotes: 2, unattributed: 2 });
  });

  it("says nothing about attribution when every quote has a speaker", async () => {
    const stdin = "Cup final\n\n“We won the cup at last,” said coach Nora Lind after the match.\n";
    for (const command of ["quotes", "whosaid", "brief"]) {
      const { code, stdout } = await runCli([command, "-"], { stdin });
      expect(code).toBe(0);
      expect(stdout).toContain("Nora Lind");
      expect(stdout).not.toMatch(/could not be attributed/);
    }
  });
});
