// Feed text as real feeds write it: every HTML entity, HTML escaped twice, and dates in the
// languages of the feed.
import { describe, expect, it } from "vitest";
import { parseDate } from "../../../src/article/dates.ts";
import type { FeedItem } from "../../../src/article/feed-types.ts";
import { parseFeed } from "../../../src/article/parse-feed.ts";

function rssItem(fields: string): FeedItem {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test</title><link>https://feeds.example/</link><item><guid>1</guid><link>https://feeds.example/1</link>${fields}</item></channel></rss>`;
  const [item] = parseFeed(xml, "https://feeds.example/rss").items;
  if (item === undefined) throw new Error("no item");
  return item;
}

describe("feed text", () => {
  it.each([
    ["German quotation marks", "&bdquo;Wir bleiben&ldquo;, sagte sie", "„Wir bleiben“, sagte sie"],
    ["Italian accents", "Citt&agrave; e capolu&ograve;go", "Città e capoluògo"],
    ["symbols", "5&nbsp;&euro; &ndash; 10&thinsp;% &hellip; &frac12; &rarr;", "5 € – 10 % … ½ →"],
    ["numeric references", "&#8220;Yes&#x201D; &#39;no&#39;", "“Yes” 'no'"],
    ["Greek and maths", "&alpha;&beta; &le; &infin;", "αβ ≤ ∞"],
  ])("decodes %s in titles and summaries", (_, escaped, plain) => {
    const item = rssItem(`<title>${escaped}</title><description>${escaped}</description>`);
    expect(item.title).toBe(plain);
    expect(item.summary).toBe(plain);
  });

  it.each([
    [
      "HTML escaped twice",
      "<description>&amp;lt;p&amp;gt;Caf&amp;eacute; reopens &amp;lt;b&amp;gt;today&amp;lt;/b&amp;gt;&amp;lt;/p&amp;gt;</description>",
    ],
    [
      "escaped HTML inside CDATA",
      "<description><![CDATA[&lt;p&gt;Caf&eacute; reopens &lt;b&gt;today&lt;/b&gt;&lt;/p&gt;]]></description>",
    ],
  ])("shows %s as text, not tags", (_, description) => {
    expect(rssItem(`<title>Caf&#233;</title>${description}`).summary).toBe("Café reopens today");
  });

  it("unescapes an Atom html summary escaped twice", () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>a</id><title>A</title><link href="https://feeds.example/a"/><summary type="html">&amp;lt;p&amp;gt;Ferries run &amp;amp;amp; trains wait&amp;lt;/p&amp;gt;</summary></entry></feed>`;
    expect(parseFeed(xml).items[0]?.summary).toBe("Ferries run & trains wait");
  });

  it("keeps a less-than sign that is not markup", () => {
    expect(
      rssItem("<title>Odds</title><description>Turnout 5 &lt; 10 &gt; 2 in the ward</description>")
        .summary,
    ).toBe("Turnout 5 < 10 > 2 in the ward");
  });
});

describe("feed dates", () => {
  it.each([
    ["Portuguese", "Seg, 24 Set 2018 10:00:00 -0300", "2018-09-24T13:00:00.000Z"],
    ["Portuguese, October", "Sáb, 03 Out 2020 09:15:00 -0300", "2020-10-03T12:15:00.000Z"],
    ["Spanish", "martes, 24 de septiembre de 2018 10:00:00 +0200", "2018-09-24T08:00:00.000Z"],
    [
      "Spanish, Tuesday abbreviated like March",
      "mar., 24 sept. 2018 10:00:00 +0200",
      "2018-09-24T08:00:00.000Z",
    ],
    ["French", "lundi 24 septembre 2018 10h30 +0200", "2018-09-24T08:30:00.000Z"],
    ["French, August", "Jeu, 01 Août 2019 08:00:00 +0200", "2019-08-01T06:00:00.000Z"],
    ["German", "Di, 24. Sep 2018 10:00:00 MESZ", "2018-09-24T08:00:00.000Z"],
    ["German, March", "Dienstag, 24. März 2018 10:00:00 +0100", "2018-03-24T09:00:00.000Z"],
    ["Italian", "martedì 24 settembre 2018 10:00:00 +0200", "2018-09-24T08:00:00.000Z"],
    ["English", "Mon, 24 Sep 2018 10:00:00 GMT", "2018-09-24T10:00:00.000Z"],
    ["day first with dots", "24.09.2018 10:00 +0200", "2018-09-24T08:00:00.000Z"],
  ])("reads a %s date", (_, written, iso) => {
    expect(parseDate(written)).toBe(iso);
    expect(rssItem(`<title>A</title><pubDate>${written}</pubDate>`).publishedAt).toBe(iso);
  });

  it.each(["sometime last week", "Lun, 99 Foo 2018", "not a date 12"])(
    "keeps an unreadable date %j as written",
    (written) => {
      const item = rssItem(`<title>A</title><pubDate>${written}</pubDate>`);
      expect(item.publishedAt).toBeUndefined();
      expect(item.publishedText).toBe(written);
    },
  );
});
