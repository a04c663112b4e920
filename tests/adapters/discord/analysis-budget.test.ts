import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shapeNamed } from "../../../bench/shapes.ts";
import { slashInteraction } from "../../fakes/discord-interactions.ts";
import { serve, startTestServer, type TestServer } from "../../fakes/http-server.ts";
import { seedPage } from "../../fakes/pages.ts";
import { type DiscordHarness, startDiscordHarness, visibleText } from "./harness.ts";

const hostile = (name: string, chars: number) => shapeNamed(name).make(chars);

let site: TestServer;
let discord: DiscordHarness;
let strict: DiscordHarness;

beforeAll(async () => {
  site = await startTestServer({
    "/seed": serve("text/html; charset=utf-8", seedPage()),
    // A million characters of one-word paragraphs, two million of quotations: seconds of analysis.
    "/paragraphs": serve("text/plain; charset=utf-8", hostile("tiny paragraphs", 1_000_000)),
    "/quotes": serve("text/plain; charset=utf-8", hostile("quote-dense", 2_000_000)),
  });
  // One bot with time for the whole analysis, one with a deadline the quotations cannot meet.
  discord = await startDiscordHarness({ core: { ANALYSIS_TIMEOUT_MS: "60000" } });
  strict = await startDiscordHarness({ core: { ANALYSIS_TIMEOUT_MS: "1500" } });
});

afterAll(async () => {
  await site.close();
  await discord.close();
  await strict.close();
});

const brief = (url: string) => ({ name: "brief", options: [{ name: "url", value: url }] });

/** Milliseconds from a /whosaid's dispatch to the bot's callback for it. */
async function whoSaidAckMs(channelId: string): Promise<number> {
  const { fake, target } = discord;
  const command = { name: "whosaid", options: [{ name: "speaker", value: "Kelly" }] };
  const sent = fake.dispatchInteraction(slashInteraction({ ...target, channelId }, command));
  const callback = await fake.waitForRequest(
    (r) => r.method === "POST" && r.path.includes(`/interactions/${sent.id}/`),
    10_000,
  );
  return callback.at - (fake.dispatchedAt(sent.id) ?? 0);
}

describe("a hostile article in Discord", () => {
  it("answers other channels' interactions within a second while it is analysed", async () => {
    let answered = false;
    const answer = discord.slash(brief(site.url("/paragraphs")), 60_000).finally(() => {
      answered = true;
    });
    const acks: number[] = [];
    for (let i = 0; !answered && i < 600; i++) {
      acks.push(await whoSaidAckMs(`30000000000000100${i % 5}`));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // The briefing of the whole article arrives, and many acks were answered while it was made.
    expect((await answer).ephemeral).toBe(false);
    expect(acks.length).toBeGreaterThan(3);
    expect(Math.max(...acks)).toBeLessThan(1_000);
  }, 90_000);

  it("tells the user an article took too long to analyse, then briefs the next one", async () => {
    const failure = await strict.slash(brief(site.url("/quotes")), 30_000);
    expect(visibleText(failure.message)).toContain("This article took too long to analyse.");
    const next = await strict.slash(brief(site.url("/seed")), 30_000);
    expect(visibleText(next.message)).toContain("No Mass Deportations");
  }, 60_000);
});
