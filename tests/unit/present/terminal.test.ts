import { describe, expect, it } from "vitest";
import { stripTerminalControls } from "../../../src/present/terminal.ts";

describe("stripTerminalControls", () => {
  it.each([
    ["a screen clear and a colour", "Safe\u001b[2J\u001b[31;1m text", "Safe text"],
    ["a window title ended by BEL", "a\u001b]0;owned\u0007b", "ab"],
    [
      "a hyperlink ended by ST",
      "see \u001b]8;;https://x.example\u001b\\here\u001b]8;;\u001b\\.",
      "see here.",
    ],
    ["the 8-bit CSI", "x\u009b2Jy", "xy"],
    ["a device control string", "x\u001bPq#0;2;0;0;0\u001b\\y", "xy"],
    ["a reset and a charset switch", "\u001bc\u001b(Bok", "ok"],
    ["a carriage return that would overwrite the line", "paid 100\rpaid 999", "paid 100paid 999"],
    ["backspaces and a bell", "ab\b\bcd\u0007", "abcd"],
  ])("removes %s", (_name, input, expected) => {
    expect(stripTerminalControls(input)).toBe(expected);
  });

  it("keeps tabs, newlines and every printable character", () => {
    const text = "Col\tumn\n“Quoted” — Ünïcödé, 😀, العربية";
    expect(stripTerminalControls(text)).toBe(text);
  });

  it("keeps the words after a string sequence left open", () => {
    expect(stripTerminalControls("x\u001b]0;the rest of the article")).toBe(
      "x0;the rest of the article",
    );
  });

  it("keeps the words of an open string with other introducers in it, less the CSI among them", () => {
    expect(stripTerminalControls("x\u009dopen \u009b31mred\u0090 more\u001b[1mbold")).toBe(
      "xopen red morebold",
    );
  });

  it("removes a string that another introducer opens inside and its end closes", () => {
    expect(stripTerminalControls("a\u009db\u009dc\u0007d")).toBe("ad");
  });
});
