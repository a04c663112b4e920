import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../../../src/analyze.ts";
import { renderBriefing } from "../../../src/bot/render-briefing.ts";
import type { Reply } from "../../../src/bot/reply.ts";
import { brief } from "../../../src/summary/brief.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const seed = readFileSync(
  join(root, "seeds", "tillerson-kelly-mexico-no-mass-deportations.txt"),
  "utf8",
);

function paragraphs(reply: Reply): string[] {
  return reply.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
}

describe("briefing replies", () => {
  it("say how many quotes have no speaker, right after what the speakers said", () => {
    const reply = renderBriefing(brief(analyzeArticle({ text: seed })), { unattributed: 3 });
    const kinds = reply.blocks.map((b) => b.kind);
    const note = reply.blocks.findIndex(
      (b) => b.kind === "paragraph" && b.text === "3 quotes could not be attributed.",
    );
    expect(note).toBe(kinds.indexOf("quotes") + 1);
  });

  it("say nothing about attribution when every quote has a speaker", () => {
    const reply = renderBriefing(brief(analyzeArticle({ text: seed })), { unattributed: 0 });
    expect(JSON.stringify(reply)).not.toMatch(/could not be attributed/);
  });

  it("list people with their role and statement counts, and the article's numbers", () => {
    const reply = renderBriefing(brief(analyzeArticle({ text: seed })), { requestedBy: "ana" });
    const people = reply.blocks.find((b) => b.kind === "list" && b.title === "People");
    expect(people?.kind === "list" ? people.items : []).toContainEqual(
      expect.stringMatching(
        /^John Kelly \(Homeland Security chief\): \d+ quotes?(, \d+ reported)?$/,
      ),
    );
    expect(reply.requestedBy).toBe("ana");
    expect(reply.blocks.find((b) => b.kind === "context")).toMatchObject({
      text: expect.stringMatching(/^3 min read · 584 words · \d+ quotes from \d+ speakers$/),
    });
    expect(paragraphs(reply)).toHaveLength(1);
  });
});
