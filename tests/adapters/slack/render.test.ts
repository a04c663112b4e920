import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstLinkIn } from "../../../adapters/slack/commands.ts";
import { escapeMrkdwn, fitMrkdwn } from "../../../adapters/slack/mrkdwn.ts";
import { renderReply } from "../../../adapters/slack/render.ts";
import type { Reply, ReplyBlock } from "../../../src/index.ts";
import { mrkdwnTexts, textsOfType } from "./messages.ts";

const hostile =
  "Breaking <!channel> <!here> <@U024BE7LH> @everyone <https://evil.example|bank.com> & co";

function replyWith(blocks: ReplyBlock[], extra: Partial<Reply> = {}): Reply {
  return { visibility: "channel", blocks, fallbackText: "fallback", ...extra };
}

describe("mrkdwn escaping", () => {
  it("escapes &, < and > so article text cannot mention or link", () => {
    expect(escapeMrkdwn("<!channel> & <@U1|x>")).toBe("&lt;!channel&gt; &amp; &lt;@U1|x&gt;");
  });

  it("never cuts an escaped entity in half when fitting text", () => {
    const text = "a&b ".repeat(100);
    const fitted = fitMrkdwn(text, 50);
    expect(fitted.length).toBeLessThanOrEqual(50);
    expect(fitted.endsWith("…")).toBe(true);
    expect(fitted.replace(/&amp;/g, "")).not.toMatch(/&/);
  });

  it("fits escaped text at a word boundary with an ellipsis", () => {
    expect(fitMrkdwn("Smith & Jones said the plan would reach every province", 30)).toBe(
      "Smith &amp; Jones said the…",
    );
  });

  it("keeps text that already fits unchanged", () => {
    expect(fitMrkdwn("a < b", 10)).toBe("a &lt; b");
  });
});

describe("renderReply", () => {
  it("renders header, requester, sections, quotes, context and a link button", () => {
    const message = renderReply(
      replyWith(
        [
          { kind: "paragraph", text: "Officials met on Thursday." },
          { kind: "list", title: "Key points", items: ["One", "Two"] },
          {
            kind: "quotes",
            title: "What they said",
            quotes: [
              { text: "We will not do that", speaker: "Rex Tillerson", role: "Secretary of State" },
              { text: "the talks went well", speaker: "John Kelly", indirect: true },
              { text: "No comment", speaker: null },
            ],
          },
          { kind: "context", text: "example.com · 2 min read" },
          { kind: "link", label: "Read the article", url: "https://example.com/a?x=1&y=2" },
        ],
        { title: "Talks in Mexico", requestedBy: "alice" },
      ),
    );
    expect(message.response_type).toBe("in_channel");
    expect(message.blocks[0]).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: "Requested by alice" }],
    });
    expect(message.blocks[1]).toMatchObject({ type: "header", text: { text: "Talks in Mexico" } });
    const sections = textsOfType(message.blocks, "section");
    expect(sections).toContain("Officials met on Thursday.");
    expect(sections).toContain("*Key points*\n• One\n• Two");
    expect(sections).toContain(">“We will not do that”\n— *Rex Tillerson*, Secretary of State");
    expect(sections).toContain(">the talks went well\n— *John Kelly*");
    expect(sections).toContain(">“No comment”\n— _unattributed_");
    expect(message.blocks.at(-1)).toMatchObject({
      type: "actions",
      elements: [{ type: "button", url: "https://example.com/a?x=1&y=2" }],
    });
    expect(message.text).toBe("fallback");
  });

  it("shows errors to the requester only", () => {
    const message = renderReply({
      visibility: "requester",
      blocks: [{ kind: "paragraph", text: "That site refused the request (403)." }],
      fallbackText: "That site refused the request (403).",
    });
    expect(message.response_type).toBe("ephemeral");
    expect(message.text).toBe("That site refused the request (403).");
  });

  it("escapes hostile text in every block kind and in the fallback", () => {
    const message = renderReply(
      replyWith(
        [
          { kind: "paragraph", text: hostile },
          { kind: "list", title: hostile, items: [hostile] },
          {
            kind: "quotes",
            title: hostile,
            quotes: [{ text: hostile, speaker: hostile, role: hostile, context: hostile }],
          },
          { kind: "fields", fields: [{ name: hostile, value: hostile }] },
          { kind: "context", text: hostile },
          { kind: "link", label: hostile, url: "javascript:alert(1)" },
        ],
        { title: hostile, requestedBy: hostile, fallbackText: hostile },
      ),
    );
    expect(mrkdwnTexts(message).length).toBeGreaterThan(5);
    for (const text of mrkdwnTexts(message)) {
      expect(text).not.toContain("<");
      expect(text).not.toMatch(/[^\n]>/);
    }
    // A link that is not http(s) never becomes a button.
    expect(message.blocks.some((block) => block.type === "actions")).toBe(false);
  });

  it("never lets any string produce a mention or a link", () => {
    const text = fc.string({
      unit: fc.constantFrom("<", ">", "&", "!", "@", "|", "channel", " ", "\n", "a"),
    });
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        const message = renderReply(
          replyWith(
            [
              { kind: "paragraph", text: a },
              { kind: "quotes", quotes: [{ text: b, speaker: c }] },
              { kind: "list", items: [a, b] },
            ],
            { title: c, requestedBy: a, fallbackText: b },
          ),
        );
        return mrkdwnTexts(message).every((t) => !t.includes("<") && !/[^\n]>/.test(t));
      }),
    );
  });

  it("fits the header into 150 characters and sections into 3000", () => {
    const words = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(" ");
    const message = renderReply(replyWith([{ kind: "paragraph", text: words }], { title: words }));
    const headerText = (message.blocks[0] as { text: { text: string } }).text.text;
    expect(headerText.length).toBeLessThanOrEqual(150);
    expect(headerText.endsWith("…")).toBe(true);
    expect(words.startsWith(`${headerText.slice(0, -1)} `)).toBe(true);
    const [section] = textsOfType(message.blocks, "section");
    expect(section?.length).toBeLessThanOrEqual(3000);
    expect(words.startsWith(`${section?.slice(0, -1)} `)).toBe(true);
  });

  it("stays within 50 blocks and keeps the source line and button when there are many quotes", () => {
    const quotes = Array.from({ length: 120 }, (_, i) => ({
      text: `Quote number ${i} ${"is long ".repeat(60)}`,
      speaker: `Speaker ${i}`,
    }));
    const message = renderReply(
      replyWith(
        [
          { kind: "quotes", title: "What they said", quotes },
          { kind: "context", text: "source line" },
          { kind: "link", label: "Read", url: "https://example.com/" },
        ],
        { title: "Many quotes" },
      ),
    );
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(message.blocks.at(-1)?.type).toBe("actions");
    expect(message.blocks.at(-2)).toMatchObject({ elements: [{ text: "source line" }] });
    for (const text of textsOfType(message.blocks, "section")) {
      expect(text.length).toBeLessThanOrEqual(3000);
    }
    const shown = textsOfType(message.blocks, "section").join("\n");
    expect(shown).toContain("Quote number 0 ");
    expect(shown).toContain("— *Speaker 40*");
  });

  it("gives one section per quote while the message has room", () => {
    const quotes = [1, 2, 3].map((i) => ({ text: `Quote ${i}`, speaker: `S${i}` }));
    const message = renderReply(replyWith([{ kind: "quotes", title: "What they said", quotes }]));
    expect(textsOfType(message.blocks, "section")).toEqual([
      "*What they said*",
      ">“Quote 1”\n— *S1*",
      ">“Quote 2”\n— *S2*",
      ">“Quote 3”\n— *S3*",
    ]);
  });

  it("falls back to the title when the reply has no fallback text", () => {
    const message = renderReply(replyWith([], { title: "A & B", fallbackText: "" }));
    expect(message.text).toBe("A &amp; B");
  });
});

describe("firstLinkIn", () => {
  it("finds the first link in Slack's message markup and decodes its entities", () => {
    expect(firstLinkIn("see <https://news.example/a?b=1&amp;c=2|news.example/a> now")).toBe(
      "https://news.example/a?b=1&c=2",
    );
    expect(firstLinkIn("<mailto:a@b.c|a@b.c> then <http://x.example/>")).toBe("http://x.example/");
    expect(firstLinkIn("no link here, only <@U123>")).toBeNull();
  });
});

describe("renderReply with a long digest", () => {
  it("packs fifty items into sections, every title and link shown, within 50 blocks", () => {
    const blocks: ReplyBlock[] = Array.from({ length: 50 }, (_, i): ReplyBlock[] => [
      { kind: "link", label: `Story ${i} & more`, url: `https://news.example/story-${i}?a=1&b=2` },
      { kind: "paragraph", text: `Summary of story ${i}. ${"Detail follows here. ".repeat(8)}` },
      { kind: "quotes", quotes: [{ text: `Words of speaker ${i}`, speaker: `Speaker ${i}` }] },
    ]).flat();
    const message = renderReply(replyWith(blocks, { title: "Your digest: 50 new stories" }));
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    const shown = textsOfType(message.blocks, "section").join("\n");
    for (const i of [0, 17, 49]) {
      expect(shown).toContain(
        `*Story ${i} &amp; more*\nhttps://news.example/story-${i}?a=1&amp;b=2`,
      );
      expect(shown).toContain(`— *Speaker ${i}*`);
    }
    expect(shown).not.toContain("left out");
  });
});
