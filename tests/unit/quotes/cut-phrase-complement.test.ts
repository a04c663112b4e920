import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import { speakerOf } from "./speaker-of.ts";

describe("a phrase after the verb cut after its preposition reports nothing (stop 28)", () => {
  const text = [
    "Telecom firm moves into television",
    "",
    'Andrew Vance, chief of Telora\'s new Entertainment unit, told the Screen Forum about the plans. "We want to be an entertainment facilitator," he said on the opening day of the London conference. The firm is also trialling a service.',
    "",
    "Mina Park said on Friday that the service would open in May.",
  ].join("\n");

  it("lists no reported statement made of the preposition's object", () => {
    const reported = analyzeArticle({ text }).quotes.filter((q) => q.type === "indirect");
    expect(reported.map((q) => q.text)).not.toContainEqual(
      expect.stringContaining("London conference"),
    );
  });

  it("still reads the clause after a whole time phrase", () => {
    expect(speakerOf(text, "the service would open")).toBe("Mina Park");
  });
});
