import { describe, expect, it } from "vitest";
import { itemKeys, normaliseLink, normaliseTitle } from "../../../src/digest/item-keys.ts";

describe("normaliseLink", () => {
  it.each([
    ["https://www.News.example/a/b/?utm_source=x&id=3&fbclid=y#top", "news.example/a/b?id=3"],
    ["http://news.example:80/a/b?b=2&a=1", "news.example/a/b?a=1&b=2"],
    ["https://news.example/a/index.html", "news.example/a"],
    ["https://news.example:8443/a", "news.example:8443/a"],
  ])("normalises %s to %s", (link, expected) => {
    expect(normaliseLink(link)).toBe(expected);
  });

  it("gives nothing for links that are not web addresses", () => {
    expect(normaliseLink("mailto:desk@news.example")).toBeNull();
    expect(normaliseLink("not a link")).toBeNull();
  });
});

describe("itemKeys", () => {
  const feedUrl = "https://news.example/feed";

  it("keys an item by guid, link and title, so any one surviving a rewrite still matches", () => {
    const original = itemKeys({
      feedUrl,
      guid: "1",
      link: "https://news.example/a?utm_medium=rss",
      title: "Council approves the harbour plan",
    });
    const rewritten = itemKeys({
      feedUrl,
      guid: "2",
      link: "http://www.news.example/a",
      title: "Council Approves the Harbour Plan!",
    });
    expect(original).toHaveLength(3);
    expect(rewritten.filter((key) => original.includes(key))).toHaveLength(2);
  });

  it("does not dedupe on short generic titles", () => {
    expect(
      itemKeys({ feedUrl, link: "https://news.example/1", title: "Morning briefing" }),
    ).toEqual(["l:news.example/1"]);
  });

  it("keys an item with only a title by feed and title", () => {
    expect(itemKeys({ feedUrl, title: "Update" })).toEqual([`t:${feedUrl} update`]);
    expect(itemKeys({ feedUrl })).toEqual([]);
  });

  it("normalises accents, quotes and punctuation in titles", () => {
    expect(normaliseTitle("  “Café” talks — résumé, again ")).toBe("cafe talks resume again");
  });
});
