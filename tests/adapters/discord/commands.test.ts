import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type HeldRoute,
  held,
  serve,
  startTestServer,
  type TestServer,
} from "../../fakes/http-server.ts";
import { seedPage, seedText } from "../../fakes/pages.ts";
import { hostilePage } from "./articles.ts";
import {
  type DiscordHarness,
  type Outcome,
  rendered,
  startDiscordHarness,
  visibleText,
} from "./harness.ts";

const HTML = "text/html; charset=utf-8";
// Slow sites: each page is held back until the test has seen the adapter defer.
const slowBrief = held(serve(HTML, seedPage()));
const slowWhosaid = held(serve(HTML, seedPage()));

let discord: DiscordHarness;
let site: TestServer;

beforeAll(async () => {
  site = await startTestServer({
    "/world/kelly-mexico": serve(HTML, seedPage()),
    "/slow/kelly-mexico": slowBrief.handler,
    "/slow/kelly-whosaid": slowWhosaid.handler,
    "/council/harbour": serve(HTML, hostilePage(20_000)),
    "/photo.png": serve("image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])),
  });
  discord = await startDiscordHarness();
});

afterAll(async () => {
  await discord.close();
  await site.close();
});

type Embed = {
  title?: string;
  url?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
};
/** Runs a command whose page is held until the adapter has deferred, then lets the page through. */
async function slashOnSlowSite(
  page: HeldRoute,
  command: Parameters<DiscordHarness["slash"]>[0],
): Promise<Outcome> {
  const since = performance.now();
  const outcome = discord.slash(command);
  await page.reached;
  await discord.fake.waitForRequest(
    (r) =>
      r.at >= since &&
      r.path.endsWith("/callback") &&
      (r.body as { type?: number } | null)?.type === 5,
  );
  page.open();
  return outcome;
}

const embedOf = (message: Record<string, unknown>) => ((message.embeds ?? []) as Embed[])[0];

/** The quoted passages of an embed as Discord shows them, without quotation marks: block quotes in the description, or fields. */
function quotesShown(embed: Embed | undefined): string[] {
  const inline = (embed?.description ?? "")
    .split("\n\n")
    .map((group) =>
      group.split("\n").filter((line) => line.startsWith("> ") && !line.startsWith("> — **")),
    )
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.map((line) => line.slice(2)).join("\n"));
  const fields = (embed?.fields ?? []).map((field) =>
    (field.value.split("\n*")[0] ?? "").replace(/^\*\*[^\n]*\*\*\n/, ""),
  );
  return [...inline, ...fields].map((quote) => rendered(quote).replace(/^“|”$/g, ""));
}

describe("/brief", () => {
  it("defers at once, then edits in the briefing with a linked title, fields and footer", async () => {
    const url = site.url("/world/kelly-mexico");
    const outcome = await discord.slash({ name: "brief", options: [{ name: "url", value: url }] });
    expect(outcome.type).toBe(5);
    expect(outcome.ephemeral).toBe(false);
    expect(outcome.requests.map((r) => [r.method, r.status])).toEqual([
      ["POST", 204],
      ["PATCH", 200],
    ]);
    const embed = embedOf(outcome.message);
    expect(embed?.title).toContain("No Mass Deportations");
    expect(embed?.url).toBe(url);
    expect(embed?.footer?.text).toMatch(/min read/);
    expect(embed?.footer?.text).toContain("Requested by Ana");
  });

  it("on a slow site, defers within Discord's window and edits the briefing in later", async () => {
    const url = site.url("/slow/kelly-mexico");
    const outcome = await slashOnSlowSite(slowBrief, {
      name: "brief",
      options: [{ name: "url", value: url }],
    });
    const [defer, edit] = outcome.requests;
    expect(outcome.type).toBe(5);
    expect(defer?.status).toBe(204);
    expect(edit?.method).toBe("PATCH");
    expect(edit?.status).toBe(200);
    expect(embedOf(outcome.message)?.title).toContain("No Mass Deportations");
  });

  it("briefs a 20,000-word article full of @everyone as a valid, truncated embed that pings nobody", async () => {
    const url = site.url("/council/harbour");
    const outcome = await discord.slash(
      { name: "brief", options: [{ name: "url", value: url }] },
      20_000,
    );
    const edit = outcome.requests.at(-1);
    expect(edit?.method).toBe("PATCH");
    expect(edit?.status).toBe(200);
    const text = visibleText(outcome.message);
    expect(text.length).toBeLessThanOrEqual(6_000);
    expect(text).not.toMatch(/@everyone|@here/);
    expect(text).not.toMatch(/(?<!\\)<@&/);
    expect(text).not.toMatch(/(?<!\\)\]\((?!https?:)/);
    expect(rendered(text)).toContain("@everyone");
    expect(rendered(embedOf(outcome.message)?.title ?? "")).toBe(
      "@everyone Council votes on the harbour budget [again](javascript:void(0))",
    );
    expect(outcome.message.allowed_mentions).toEqual({ parse: [] });
  });

  it("answers an unreadable link with an ephemeral error in plain words", async () => {
    const url = site.url("/photo.png");
    const outcome = await discord.slash({ name: "brief", options: [{ name: "url", value: url }] });
    expect(outcome.requests.map((r) => r.method)).toEqual(["POST", "DELETE", "POST"]);
    expect(outcome.ephemeral).toBe(true);
    expect(visibleText(outcome.message)).not.toBe("");
    expect(visibleText(outcome.message)).not.toMatch(/stack|Error:/);
  });

  it("answers a missing page with an ephemeral not-found message", async () => {
    const outcome = await discord.slash({
      name: "brief",
      options: [{ name: "url", value: site.url("/gone") }],
    });
    expect(outcome.ephemeral).toBe(true);
    expect(rendered(visibleText(outcome.message))).toContain("not found (404)");
  });

  it("shows the help privately when given neither a link nor text", async () => {
    const outcome = await discord.slash({ name: "brief" });
    expect(outcome.type).toBe(4);
    expect(outcome.ephemeral).toBe(true);
    expect(visibleText(outcome.message)).toContain("/brief");
  });
});

describe("/whosaid on the seed article", () => {
  beforeAll(async () => {
    const url = site.url("/world/kelly-mexico");
    await discord.slash({ name: "brief", options: [{ name: "url", value: url }] });
  });

  it("answers speaker:Kelly at once with Kelly's quotes, verbatim from the article", async () => {
    const outcome = await discord.slash({
      name: "whosaid",
      options: [{ name: "speaker", value: "Kelly" }],
    });
    expect(outcome.type).toBe(4);
    const embed = embedOf(outcome.message);
    expect(embed?.title).toContain("Kelly");
    const quotes = quotesShown(embed);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(seedText).toContain(quote.replace(/…$/, ""));
    expect(quotes.join(" ")).toContain("mass deportations");
  });

  it("offers the article's speakers in autocomplete, best matches first", async () => {
    const all = await discord.autocomplete({
      name: "whosaid",
      options: [{ name: "speaker", value: "", focused: true }],
    });
    const names = all.map((choice) => choice.name);
    expect(names.some((name) => name.includes("Kelly"))).toBe(true);
    expect(names.some((name) => name.includes("Tillerson"))).toBe(true);
    expect(names.length).toBeLessThanOrEqual(25);
    const typed = await discord.autocomplete({
      name: "whosaid",
      options: [{ name: "speaker", value: "Kel", focused: true }],
    });
    expect(typed[0]?.name).toMatch(/Kelly/);
  });

  it('names John Kelly for phrase:"mass deportations"', async () => {
    const outcome = await discord.slash({
      name: "whosaid",
      options: [{ name: "phrase", value: "mass deportations" }],
    });
    const text = rendered(visibleText(outcome.message));
    expect(text).toContain("John Kelly");
    expect(text).toContain("mass deportations");
  });

  it("lists the speakers and their quote counts with neither speaker nor phrase", async () => {
    const outcome = await discord.slash({ name: "whosaid" });
    const text = rendered(visibleText(outcome.message));
    expect(text).toMatch(/Kelly[^\n]*: \d+ quotes?/);
  });

  it("defers when asked about another article by url", async () => {
    const outcome = await slashOnSlowSite(slowWhosaid, {
      name: "whosaid",
      options: [
        { name: "speaker", value: "Tillerson" },
        { name: "url", value: site.url("/slow/kelly-whosaid") },
      ],
    });
    expect(outcome.type).toBe(5);
    expect(outcome.ephemeral).toBe(false);
    const quotes = quotesShown(embedOf(outcome.message));
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(seedText).toContain(quote.replace(/…$/, ""));
    expect(rendered(visibleText(outcome.message))).toContain("Tillerson");
  });
});

describe("quotes without a speaker", () => {
  it("are counted in the briefing and in the speaker list, not left out", async () => {
    const text = readFileSync(
      join(import.meta.dirname, "../../fixtures/present/market-flood-unattributed.txt"),
      "utf8",
    );
    const briefing = await discord.slash({
      name: "brief",
      options: [{ name: "text", value: text }],
    });
    expect(rendered(visibleText(briefing.message))).toContain("2 quotes could not be attributed.");
    const speakers = await discord.slash({ name: "whosaid" });
    expect(rendered(visibleText(speakers.message))).toContain(
      "2 quotes could not be attributed in “Rain closes the covered market”.",
    );
  });
});

describe("every answer", () => {
  it("sets allowed_mentions to {parse: []} on every reply, edit and follow-up", () => {
    const messages = discord.fake.requests.filter(
      (r) =>
        (r.path.endsWith("/callback") && (r.body as { type: number }).type === 4) ||
        (r.path.includes("/webhooks/") && r.method !== "DELETE"),
    );
    expect(messages.length).toBeGreaterThan(8);
    for (const request of messages) {
      const body = request.body as {
        type?: number;
        data?: { allowed_mentions?: unknown };
        allowed_mentions?: unknown;
      };
      const mentions = request.path.endsWith("/callback")
        ? body.data?.allowed_mentions
        : body.allowed_mentions;
      expect(mentions, `${request.method} ${request.path}`).toEqual({ parse: [] });
    }
  });

  it("was accepted by Discord's validation: no 400s anywhere", () => {
    const rejected = discord.fake.requests.filter((r) => r.status >= 400);
    expect(rejected.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([]);
  });
});
