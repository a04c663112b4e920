import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type NewsSite, startNewsSite } from "../../fakes/news-site.ts";
import { stories } from "../../fixtures/digest/stories.ts";
import { runCli } from "./run-cli.ts";

let dir: string;
let site: NewsSite;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsbrief-cli-digest-"));
  site = await startNewsSite();
  site.setFeed("/cli.xml", {
    format: "rss",
    items: stories(1, 2).map((story) => ({ story })),
    fullText: true,
  });
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(...args: string[]) {
  const env = { ALLOW_PRIVATE_URLS: "true", LOG_LEVEL: "silent" };
  const { code, stdout, stderr } = await runCli(["digest", ...args], { env });
  return { code, out: stdout, err: stderr };
}

describe("newsbrief digest", () => {
  it("adds, lists, runs (printing console digests) and removes subscriptions in the given database", async () => {
    const db = join(dir, "a.db");
    const feed = site.url("/cli.xml");
    const added = await cli(
      "add",
      "--channel",
      "console:main",
      "--feed",
      feed,
      "--schedule",
      "weekdays 07:00",
      "--tz",
      "Asia/Tokyo",
      "--json",
      "--db",
      db,
    );
    expect(added).toMatchObject({ code: 0, out: '{"id":1}\n' });
    expect((await cli("add", "--channel", "slack:C1", "--feed", feed, "--db", db)).out).toBe("2\n");

    const listed = await cli("list", "--json", "--db", db);
    const subscriptions = JSON.parse(listed.out) as {
      id: number;
      channel: string;
      cron: string;
      timeZone: string;
      nextRunAt: string;
    }[];
    expect(subscriptions.map((s) => [s.id, s.channel, s.cron, s.timeZone])).toEqual([
      [1, "console:main", "0 7 * * 1-5", "Asia/Tokyo"],
      [2, "slack:C1", "0 8 * * *", "UTC"],
    ]);
    expect(subscriptions[0]?.nextRunAt).toMatch(/T22:00:00\.000Z$/);
    expect((await cli("list", "--channel", "slack:C1", "--db", db)).out).toMatch(
      /^2\tslack:C1\tdaily 08:00 \(UTC\)/,
    );

    const ran = await cli("run", "1", "--db", db);
    expect(ran.code).toBe(0);
    expect(ran.out).toContain("News digest: 2 new stories");
    for (const s of stories(1, 2)) expect(ran.out).toContain(site.url(`/story/${s.n}`));
    expect((await cli("run", "1", "--db", db)).err).toContain("nothing-new");

    const elsewhere = await cli("run", "2", "--db", db);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.err).toContain("the CLI posts only console digests");

    expect((await cli("remove", "2", "--db", db)).out).toBe("Removed digest 2.\n");
    expect(await cli("remove", "2", "--db", db)).toMatchObject({
      code: 1,
      err: expect.stringContaining("There is no digest 2"),
    });
  });

  it.each([
    [["add", "--feed", "https://x.example/rss"], /--channel is required/],
    [["list", "--colour"], /Unknown option '--colour'/],
    [["run", "x"], /needs the digest's number/],
    [["explode"], /"explode" is not a digest command/],
    [[], /give a digest command/],
  ])(
    "exits 2 on the usage mistake %j, saying what is wrong and how to use it",
    async (args, message) => {
      const result = await cli(...args, "--db", join(dir, "errors.db"));
      expect(result.code).toBe(2);
      expect(result.err).toMatch(message);
    },
  );

  it.each([
    [
      [
        "add",
        "--channel",
        "console:main",
        "--feed",
        "https://x.example/rss",
        "--schedule",
        "sometimes",
        "--skip-check",
      ],
      /not a schedule I understand/,
    ],
    [
      [
        "add",
        "--channel",
        "console:main",
        "--feed",
        "https://x.example/rss",
        "--tz",
        "Moon/Base",
        "--skip-check",
      ],
      /not a time zone I know/,
    ],
    [["add", "--channel", "nochannel", "--feed", "https://x.example/rss"], /not a channel address/],
    [["add", "--channel", "console:main", "--feed", "notaurl"], /not a feed address I can use/],
  ])("exits 1 on %j, saying what is wrong", async (args, message) => {
    const result = await cli(...args, "--db", join(dir, "errors.db"));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
  });

  it("refuses a feed that cannot be read unless told to skip the check", async () => {
    const db = join(dir, "check.db");
    const missing = site.url("/missing.xml");
    const refused = await cli("add", "--channel", "console:main", "--feed", missing, "--db", db);
    expect(refused).toMatchObject({ code: 1, err: expect.stringContaining("404") });
    expect(
      (await cli("add", "--channel", "console:main", "--feed", missing, "--skip-check", "--db", db))
        .out,
    ).toBe("1\n");
  });

  it("prints its usage with --help", async () => {
    expect((await cli("--help")).out).toContain("newsbrief digest add --channel <platform:id>");
  });
});
