import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const root = join(import.meta.dirname, "..", "..", "..");

/** The first `text` block of the README: the briefing it shows of the seed article. */
function readmeExample(): string {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const start = readme.indexOf("```text\n");
  const end = readme.indexOf("```", start + 8);
  return readme.slice(start + 8, end);
}

describe("the README's example briefing", () => {
  it("is what `newsbrief brief` prints for the seed article today", async () => {
    const seed = join(root, "seeds", "tillerson-kelly-mexico-no-mass-deportations.txt");
    const result = await runCli(["brief", seed], { stdin: "", env: {} });
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd()).toBe(readmeExample().trimEnd());
  });
});
