import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DISCORD_LIMITS, embedLength } from "../../../adapters/discord/embed-limits.ts";
import { escapeDiscord } from "../../../adapters/discord/escape.ts";
import { renderReply } from "../../../adapters/discord/render.ts";
import type { Reply, ReplyBlock } from "../../../src/index.ts";
import { messageProblems } from "../../fakes/discord-validate.ts";

const hostile =
  "Breaking @everyone @here <@&123456789012345678> [free](javascript:alert(1)) **now**";

function replyWith(blocks: ReplyBlock[], extra: Partial<Reply> = {}): Reply {
  return { visibility: "channel", blocks, fallbackText: "fallback", ...extra };
}

/** What Discord shows for escaped text: a backslash before punctuation disappears, so does a zero-width space. */
function shown(markdown: string): string {
  return markdown.replace(/\\([^\p{L}\p{N}\s])/gu, "$1").replace(/\u200b/g, "");
}

/** The message body discord.js would send for a rendered reply. */
function bodyOf(reply: Reply): Record<string, unknown> {
  const message = renderReply(reply);
  return {
    ...(message.content === undefined ? {} : { content: message.content }),
    embeds: message.embeds,
    allowed_mentions: message.allowedMentions,
  };
}

// Characters that make Discord markdown, plus enough letters to spell mentions.
const markdownish = fc.constantFrom(
  ..."\\*_~`|<>[]()#-+.:1 \n\t@&everyonhr".split(""),
  "@everyone",
  "@here",
);

describe("Discord markdown escaping", () => {
  it("turns mass mentions, role mentions and masked links into plain text", () => {
    const escaped = escapeDiscord(hostile);
    expect(escaped).not.toMatch(/@everyone|@here/);
    expect(escaped).toContain("\\<@&123456789012345678\\>");
    expect(escaped).toContain("\\[free\\]\\(javascript:alert\\(1\\)\\)");
    expect(escaped).toContain("\\*\\*now\\*\\*");
  });

  it("escapes list, heading and quote markers only where they would format", () => {
    expect(escapeDiscord("- one\n# two\n> three\n1. four")).toBe(
      "\\- one\n\\# two\n\\> three\n1\\. four",
    );
    expect(escapeDiscord("well-known 3.5 percent")).toBe("well-known 3.5 percent");
  });

  it("shows any text exactly as written once Discord renders it", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: markdownish, maxLength: 80 }), fc.string()),
        (text) => {
          expect(shown(escapeDiscord(text))).toBe(text.replace(/\u200b/g, ""));
        },
      ),
    );
  });
});

describe("renderReply", () => {
  it("renders a briefing-shaped reply as one embed with a linked title, fields and footer", () => {
    const reply = replyWith(
      [
        { kind: "paragraph", text: "Summary sentence." },
        { kind: "list", title: "Key points", items: ["First point.", "Second point."] },
        {
          kind: "quotes",
          title: "What they said",
          quotes: [
            { text: "There will be no mass deportations.", speaker: "John Kelly", role: "DHS" },
            { text: "the trip would be tough", speaker: "Donald Trump", indirect: true },
          ],
        },
        { kind: "list", title: "People", items: ["John Kelly, DHS (1 quote)"] },
        { kind: "context", text: "2 min read · 400 words" },
        { kind: "link", label: "Read the article", url: "https://news.example/a_(b)" },
      ],
      { title: "Kelly in Mexico", url: "https://news.example/a", requestedBy: "Ana" },
    );
    const { embeds, ephemeral, allowedMentions } = renderReply(reply);
    expect(ephemeral).toBe(false);
    expect(allowedMentions).toEqual({ parse: [] });
    const [embed] = embeds;
    expect(embed?.title).toBe("Kelly in Mexico");
    expect(embed?.url).toBe("https://news.example/a");
    expect(embed?.description).toContain("Summary sentence.");
    expect(embed?.description).toContain("**Key points**\n• First point.\n• Second point.");
    expect(embed?.description).toContain("[Read the article](https://news.example/a_%28b%29)");
    expect(embed?.fields?.map((f) => f.name)).toEqual(["What they said", "\u200b", "People"]);
    expect(embed?.fields?.[0]?.value).toBe(
      "**John Kelly, DHS**\n“There will be no mass deportations.”",
    );
    expect(embed?.fields?.[1]?.value).toBe("**Donald Trump**\nthe trip would be tough");
    expect(embed?.footer?.text).toBe("2 min read · 400 words · Requested by Ana");
  });

  it("shows untitled quotes inline with their speaker, and a phrase match with its sentence", () => {
    const reply = replyWith([
      { kind: "paragraph", text: "John Kelly" },
      {
        kind: "quotes",
        quotes: [
          {
            text: "no mass deportations",
            speaker: "John Kelly",
            role: "Homeland Security chief",
            context: "There will be no mass deportations.",
          },
        ],
      },
    ]);
    const [embed] = renderReply(reply).embeds;
    expect(embed?.fields).toBeUndefined();
    expect(embed?.description).toBe(
      "John Kelly\n\n> “no mass deportations”\n> — **John Kelly, Homeland Security chief**\n*There will be no mass deportations.*",
    );
  });

  it("names a lone speaker once, after their last quote, and skips a sentence that is only the quote", () => {
    const quotes = [
      { text: "First.", speaker: "John Kelly", context: "“First.”" },
      { text: "Second.", speaker: "John Kelly" },
    ];
    const [embed] = renderReply(replyWith([{ kind: "quotes", quotes }])).embeds;
    expect(embed?.description).toBe("> “First.”\n\n> “Second.”\n> — **John Kelly**");
  });

  it("labels a quote without a speaker as every front end does, and leaves reported speech unquoted", () => {
    const quotes = [
      { text: "Nobody knows.", speaker: null },
      { text: "the talks went well", speaker: "John Kelly", indirect: true },
    ];
    const [embed] = renderReply(
      replyWith([{ kind: "quotes", title: "What they said", quotes }]),
    ).embeds;
    expect(embed?.fields).toEqual([
      { name: "What they said", value: "**unattributed**\n“Nobody knows.”" },
      { name: "\u200b", value: "**John Kelly**\nthe talks went well" },
    ]);
  });

  it("keeps a digest's stories in order: title link, summary, then its quote", () => {
    const story = (n: number): ReplyBlock[] => [
      { kind: "link", label: `Story ${n}`, url: `https://news.example/${n}` },
      { kind: "paragraph", text: `Summary ${n}.` },
      { kind: "quotes", quotes: [{ text: `Quote ${n}`, speaker: `Speaker ${n}` }] },
    ];
    const [embed] = renderReply(replyWith([...story(1), ...story(2)], { title: "Digest" })).embeds;
    expect(embed?.description).toBe(
      [1, 2]
        .map(
          (n) =>
            `[Story ${n}](https://news.example/${n})\n\nSummary ${n}.\n\n> “Quote ${n}”\n> — **Speaker ${n}**`,
        )
        .join("\n\n"),
    );
  });

  it("escapes hostile article text everywhere Discord renders markdown", () => {
    const reply = replyWith(
      [
        { kind: "paragraph", text: hostile },
        { kind: "quotes", quotes: [{ text: hostile, speaker: hostile }] },
        { kind: "fields", fields: [{ name: hostile, value: hostile }] },
      ],
      { title: hostile },
    );
    const [embed] = renderReply(reply).embeds;
    const texts = [
      embed?.title,
      embed?.description,
      ...(embed?.fields ?? []).flatMap((f) => [f.name, f.value]),
    ];
    for (const text of texts) {
      expect(text).not.toMatch(/@everyone|@here|(?<!\\)<@&|(?<!\\)\[free(?<!\\)\]/);
      expect(shown(text ?? "")).toContain(
        "@everyone @here <@&123456789012345678> [free](javascript:alert(1))",
      );
    }
  });

  it("never puts a non-http URL in the embed", () => {
    const reply = replyWith([{ kind: "link", label: "click", url: "javascript:alert(1)" }], {
      title: "T",
      url: "javascript:alert(1)",
    });
    const [embed] = renderReply(reply).embeds;
    expect(embed?.url).toBeUndefined();
    expect(embed?.description).toBe("click: javascript:alert\\(1\\)");
  });

  it("keeps 25 fields at most and says how many were left out", () => {
    const quotes = Array.from({ length: 40 }, (_, i) => ({ text: `Quote ${i}`, speaker: `P${i}` }));
    const titled: ReplyBlock = { kind: "quotes", title: "What they said", quotes };
    const [embed] = renderReply(replyWith([titled])).embeds;
    expect(embed?.fields).toHaveLength(24);
    expect(embed?.footer?.text).toBe("16 more not shown");
  });

  it("shrinks a huge reply to fit 6000 characters, dropping the last fields first", () => {
    const long = "word ".repeat(5_000);
    const quotes = Array.from({ length: 10 }, (_, i) => ({ text: long, speaker: `P${i}` }));
    const reply = replyWith(
      [
        { kind: "paragraph", text: long },
        { kind: "quotes", title: "Said", quotes },
      ],
      {
        title: long,
      },
    );
    const [embed] = renderReply(reply).embeds;
    expect(embed).toBeDefined();
    if (embed === undefined) return;
    expect(embedLength(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.embedsTotal);
    expect(embed.title?.endsWith("word…")).toBe(true);
    expect(embed.footer?.text).toMatch(/^\d+ more not shown$/);
    expect(messageProblems(bodyOf(reply))).toEqual([]);
  });

  it("marks replies for the requester as ephemeral", () => {
    const message = renderReply({
      ...replyWith([{ kind: "paragraph", text: "x" }]),
      visibility: "requester",
    });
    expect(message.ephemeral).toBe(true);
  });

  it("falls back to the plain text when a reply has nothing to put in an embed", () => {
    const message = renderReply(replyWith([], { fallbackText: "Only @everyone text" }));
    expect(message.embeds).toEqual([]);
    expect(message.content).toBe("Only @\u200beveryone text");
  });

  it("always produces a message Discord accepts, whatever the reply holds", () => {
    const text = fc.oneof(
      fc.string({ maxLength: 50 }),
      fc.string({ minLength: 900, maxLength: 7_000 }),
    );
    const block: fc.Arbitrary<ReplyBlock> = fc.oneof(
      fc.record({ kind: fc.constant("paragraph" as const), text }),
      fc.record({ kind: fc.constant("context" as const), text }),
      fc.record({
        kind: fc.constant("list" as const),
        title: text,
        items: fc.array(text, { maxLength: 30 }),
      }),
      fc.record({
        kind: fc.constant("link" as const),
        label: text,
        url: fc.oneof(fc.webUrl(), text),
      }),
      fc.record({
        kind: fc.constant("quotes" as const),
        quotes: fc.array(
          fc.record({ text, speaker: fc.option(text, { nil: null }), context: text }),
          { maxLength: 30 },
        ),
      }),
      fc.record({
        kind: fc.constant("fields" as const),
        fields: fc.array(fc.record({ name: text, value: text }), { maxLength: 30 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), text, text, (blocks, title, fallbackText) => {
        const reply = replyWith(blocks, { title, fallbackText, requestedBy: title });
        expect(messageProblems(bodyOf(reply))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
