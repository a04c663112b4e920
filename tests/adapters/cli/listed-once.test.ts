import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

// The mayor's reported statement holds her own quotation; the councillor's holds the mayor's.
const article = join(
  import.meta.dirname,
  "..",
  "..",
  "fixtures",
  "quotes",
  "bridge-delay-promises.txt",
);

describe("a quote is listed once on the command line", () => {
  it("whosaid shows the mayor's quotation without the reported sentence around it", async () => {
    const { code, stdout } = await runCli(["whosaid", article, "Okafor"]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        "Ruth Okafor (Mayor): 2 quotes",
        "  - “frustrating but unavoidable”",
        "  - “open by the summer holidays”",
        "",
      ].join("\n"),
    );
  });

  it("whosaid keeps the councillor's reported sentence that quotes the mayor", async () => {
    const { stdout } = await runCli(["whosaid", article, "Patel"]);
    expect(stdout).toMatch(/^Dev Patel: 1 quote, 2 reported\n/);
    expect(stdout).toContain(
      '\n  - Okafor had promised last spring that the bridge would be "open by the summer holidays".\n',
    );
  });

  it("brief counts each speaker's statements once", async () => {
    const { stdout } = await runCli(["brief", article]);
    expect(stdout).toContain("5 quotes from 2 speakers");
    expect(stdout).toMatch(
      /\n {2}• Dev Patel: 1 quote, 2 reported\n {2}• Ruth Okafor \(Mayor\): 2 quotes\n/,
    );
  });
});
