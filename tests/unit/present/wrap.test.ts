import { describe, expect, it } from "vitest";
import { wrapLines, wrapText } from "../../../src/present/wrap.ts";

describe("wrapLines", () => {
  it("wraps at word boundaries with a hanging indent", () => {
    expect(wrapLines("aaa bbb ccc ddd", 9, "• ", "  ")).toEqual(["• aaa bbb", "  ccc ddd"]);
  });

  it("gives a word longer than the width a line of its own", () => {
    expect(wrapLines("averyveryverylongword x", 5)).toEqual(["averyveryverylongword", "x"]);
  });

  it("starts a new line at every newline of the text", () => {
    expect(wrapText("one two\nthree", 40, "> ", "  ")).toBe("> one two\n  three");
  });
});
