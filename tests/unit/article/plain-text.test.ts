import { describe, expect, it } from "vitest";
import { detectInputKind } from "../../../src/article/input-kind.ts";
import { decodeEntities, htmlToText, truncate } from "../../../src/article/plain-text.ts";

describe("htmlToText", () => {
  it.each([
    ["<p>Hello <b>world</b></p><p>Again</p>", "Hello world Again"],
    ["Rock &amp; roll &#8220;live&#x201D; &hellip; &nbsp;x", "Rock & roll “live” … x"],
    ["a < b and c > d", "a < b and c > d"],
    ["<script>var a = '<p>no</p>';</script>Shown<style>p{}</style>", "Shown"],
    ["before<!-- hidden <p>x</p> -->after", "beforeafter"],
    ["<![CDATA[x < y]]> kept", "x < y kept"],
    ["text<!-- never closed", "text"],
    ["<p>unclosed <b>bold", "unclosed bold"],
    ["&unknown; &#0; &#xD800;", "&unknown; \ufffd \ufffd"],
  ])("turns %j into %j", (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it("handles a megabyte of pathological markup in one pass", () => {
    const nasty = "<".repeat(500_000) + "<a".repeat(200_000) + "<script".repeat(50_000);
    expect(typeof htmlToText(nasty)).toBe("string");
  });
});

describe("decodeEntities and truncate", () => {
  it("leaves text without ampersands alone", () => {
    expect(decodeEntities("plain")).toBe("plain");
  });

  it("cuts at a word boundary with an ellipsis", () => {
    expect(truncate("The council voted to approve the plan on Tuesday", 30)).toBe(
      "The council voted to approve…",
    );
    expect(truncate("short", 30)).toBe("short");
  });
});

describe("detectInputKind", () => {
  it.each([
    ["https://news.example/a", "url"],
    ["  <https://news.example/a?b=1>  ", "url"],
    ["HTTP://NEWS.EXAMPLE/A", "url"],
    ["file:///etc/passwd", "url"],
    ["<!doctype html><html><body>x</body></html>", "html"],
    ["<!-- saved page --><html lang=en><p>x</p></html>", "html"],
    ["<p>Pasted</p><p>fragment</p>", "html"],
    ["The article says <b> is bold.", "text"],
    ["Read https://news.example/a for more", "text"],
    ["https://a.example/ https://b.example/", "text"],
    ["", "text"],
  ])("reads %j as %s", (input, kind) => {
    expect(detectInputKind(input)).toBe(kind);
  });
});
