import { describe, expect, it } from "vitest";
import { speakerOf } from "./speaker-of.ts";

describe("a he or she reporting the words before it (stop 26)", () => {
  it("is not the subject of the words it reports", () => {
    const text = [
      "Tarrant attacks Penhale",
      "",
      "Gideon Penhale has had his chance and has failed, Roland Tarrant has said.",
      "",
      "Mr Penhale has failed to fix the roads, he claimed, saying he has the “wrong plan” for them.",
      "",
      "“Worst of all, the council has wasted money,” he said.",
    ].join("\n");
    expect(speakerOf(text, "wrong plan")).toBe("Roland Tarrant");
    expect(speakerOf(text, "Worst of all")).not.toBe("Gideon Penhale");
  });

  it("still binds a pronoun that opens the reported words' own clause", () => {
    const text = [
      "Minister defends record",
      "",
      "Delia Marsh spoke to reporters on Monday. Her record as minister meant she took the blame, she argued, calling it “only fair”.",
    ].join("\n");
    expect(speakerOf(text, "only fair")).toBe("Delia Marsh");
  });
});
