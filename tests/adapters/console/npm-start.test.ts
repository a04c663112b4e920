// `npm start` as a user runs it: a real process, .env read from the working directory, commands from a
// pipe, a clean exit at the end of input or on SIGTERM.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..", "..");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsbrief-start-"));
  writeFileSync(
    join(dir, ".env"),
    "DATABASE_PATH=./state/bot.db\nCONSOLE_USER=dotenv-user\nLOG_LEVEL=silent\n",
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(input: string | null) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(SLACK|DISCORD|DATABASE|CONSOLE|LOG)_/.test(name),
    ),
  );
  const child = spawn(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "adapters/main.ts")], {
    cwd: dir,
    env,
    stdio: "pipe",
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => {
    out += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    out += d.toString();
  });
  if (input !== null) child.stdin.end(input);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => out };
}

describe("npm start", () => {
  it("briefs the seed article, answers `echo '/whosaid Kelly' |`, reads .env, and exits 0 at EOF", async () => {
    const run = start("/whosaid Kelly\n");
    expect(await run.exited).toBe(0);
    const out = run.output();
    expect(out).toContain("Briefing the sample article");
    expect(out).toContain("(requested by dotenv-user)");
    const answer = out.slice(out.indexOf("(requested by")).replace(/\s+/g, " ");
    expect(answer).toContain("== What John Kelly said ==");
    expect(answer).toContain("There will be no — repeat, no — mass deportations.");
    expect(existsSync(join(dir, "state", "bot.db"))).toBe(true);
  }, 60_000);

  it("shuts down cleanly on SIGTERM while waiting for input", async () => {
    const run = start(null);
    let poll: NodeJS.Timeout | undefined;
    const briefed = new Promise<void>((resolve) => {
      poll = setInterval(() => {
        if (run.output().includes("(requested by")) resolve();
      }, 50);
    });
    // If the process dies before briefing, fail at once with its output rather than time out.
    const early = await Promise.race([briefed.then(() => null), run.exited.then((code) => code)]);
    clearInterval(poll);
    expect(early, run.output()).toBeNull();
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    // A clean close checkpoints the WAL into the database file.
    expect(existsSync(join(dir, "state", "bot.db-wal"))).toBe(false);
  }, 60_000);
});
