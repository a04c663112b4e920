import { describe, expect, it } from "vitest";
import { decodeBody, decodeWindows1252 } from "../../../src/article/charset.ts";

const cp1252 = (text: string) =>
  Buffer.from(
    [...text].map(
      (c) =>
        ({ "“": 0x93, "”": 0x94, "’": 0x92, "€": 0x80, "—": 0x97, é: 0xe9 })[c] ?? c.charCodeAt(0),
    ),
  );

describe("decodeBody", () => {
  it("reads UTF-8 when nothing is declared and the bytes are valid UTF-8", () => {
    expect(decodeBody(Buffer.from("“Café” — €5", "utf8"), undefined, "html")).toBe("“Café” — €5");
  });

  it("falls back to Windows-1252 for undeclared bytes that are not UTF-8", () => {
    expect(decodeBody(cp1252("“Café” — €5"), undefined, "html")).toBe("“Café” — €5");
  });

  it("follows the charset of the Content-Type header", () => {
    expect(decodeBody(cp1252("“Café”"), "windows-1252", "html")).toBe("“Café”");
  });

  it("reads ISO-8859-1 as Windows-1252, as browsers do, so curly quotes survive", () => {
    expect(decodeBody(cp1252("“Café”"), "ISO-8859-1", "html")).toBe("“Café”");
  });

  it("follows a <meta charset> inside the page", () => {
    const page = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>'), cp1252("“é”")]);
    expect(decodeBody(page, undefined, "html")).toBe('<meta charset="windows-1252"><p>“é”');
  });

  it("follows a <meta http-equiv> Content-Type inside the page", () => {
    const page = Buffer.concat([
      Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">'),
      Buffer.from([0xa3]),
    ]);
    expect(decodeBody(page, undefined, "html").endsWith("Ł")).toBe(true);
  });

  it("follows the encoding of an XML declaration", () => {
    const xml = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="windows-1252"?><t>'),
      cp1252("€"),
    ]);
    expect(decodeBody(xml, undefined, "xml")).toContain("<t>€");
  });

  it("lets a byte-order mark win over a wrong header", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("“ok”", "utf8")]);
    expect(decodeBody(bytes, "windows-1252", "html")).toBe("“ok”");
  });

  it("reads UTF-16 with a byte-order mark", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Grüße", "utf16le")]);
    expect(decodeBody(bytes, undefined, "text")).toBe("Grüße");
  });

  it("ignores an unknown charset label instead of failing", () => {
    expect(decodeBody(Buffer.from("plain", "utf8"), "x-made-up", "html")).toBe("plain");
  });

  it("does not look for <meta> tags in plain text", () => {
    const text = Buffer.concat([
      Buffer.from('Say <meta charset="iso-8859-2"> '),
      Buffer.from("é", "utf8"),
    ]);
    expect(decodeBody(text, undefined, "text").endsWith("é")).toBe(true);
  });
});

describe("decodeWindows1252", () => {
  it("maps the 0x80-0x9F range to the characters browsers show", () => {
    expect(
      decodeWindows1252(Buffer.from([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99])),
    ).toBe("€…‘’“”–—™");
  });
});
