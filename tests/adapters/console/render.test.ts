import { describe, expect, it } from "vitest";
import { renderPlain } from "../../../adapters/console/render.ts";
import type { Reply } from "../../../src/index.ts";

const reply = (blocks: Reply["blocks"], extra: Partial<Reply> = {}): Reply => ({
  visibility: "channel",
  blocks,
  fallbackText: "fallback",
  ...extra,
});

describe("the console renderer", () => {
  it("prints the title, link, paragraphs, bullets, quotes with speakers and who asked", () => {
    const text = renderPlain(
      reply(
        [
          { kind: "paragraph", text: "Kelly denied plans for mass deportations." },
          { kind: "list", title: "Key points", items: ["One.", "Two."] },
          {
            kind: "quotes",
            title: "What they said",
            quotes: [
              {
                text: "There will be no mass deportations.",
                speaker: "John Kelly",
                role: "Homeland Security chief",
              },
              { text: "the plans were misreported", speaker: "John Kelly", indirect: true },
              { text: "Nobody knows.", speaker: null },
            ],
          },
          { kind: "link", label: "Read the article", url: "https://news.example/a" },
        ],
        { title: "No mass deportations", url: "https://news.example/a", requestedBy: "Ana" },
      ),
    );
    expect(text).toBe(
      [
        "== No mass deportations ==",
        "https://news.example/a",
        "",
        "Kelly denied plans for mass deportations.",
        "",
        "Key points",
        "  • One.",
        "  • Two.",
        "",
        "What they said",
        "  “There will be no mass deportations.” — John Kelly, Homeland Security chief",
        "  the plans were misreported — John Kelly",
        "  “Nobody knows.” — unattributed",
        "",
        "Read the article <https://news.example/a>",
        "",
        "(requested by Ana)",
        "",
      ].join("\n"),
    );
  });

  it("strips terminal control sequences from article text", () => {
    const text = renderPlain(
      reply([{ kind: "paragraph", text: "Safe\u001b[2J\u001b]0;owned\u0007 text" }]),
    );
    expect(text.includes("\u001b") || text.includes("\u0007")).toBe(false);
    expect(text).toContain("Safe text");
  });

  it("falls back to the plain text when a reply has no blocks", () => {
    expect(renderPlain(reply([]))).toBe("fallback\n");
  });
});
