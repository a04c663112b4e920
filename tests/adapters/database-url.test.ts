// A DATABASE_URL nobody answers at: `npm start` and the CLI stop with one line naming host, port and
// reason, exit non-zero, and print no stack trace (and never the password).
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function run(args: string[], databaseUrl: string): Promise<{ code: number | null; err: string }> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(SLACK|DISCORD|DATABASE)_/.test(name)),
  );
  const child = spawn(process.execPath, ["--import", "tsx", ...args], {
    cwd: ROOT,
    env: { ...env, DATABASE_URL: databaseUrl, CONSOLE_SEED: "off" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let err = "";
  child.stderr.on("data", (d: Buffer) => {
    err += d.toString();
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, err })));
}

describe("an unreachable DATABASE_URL", () => {
  it("stops npm start and the CLI with one line: host, port and reason, exit 1", async () => {
    const port = await closedPort();
    const url = `postgres://newsbrief:hunter2@127.0.0.1:${port}/newsbrief`;
    const [start, cli] = await Promise.all([
      run([join(ROOT, "adapters/main.ts")], url),
      run([join(ROOT, "adapters/cli/main.ts"), "digest", "list"], url),
    ]);
    const reason = `Could not connect to PostgreSQL at 127.0.0.1:${port} (DATABASE_URL): connection refused (is PostgreSQL running there?).`;
    expect(start).toEqual({ code: 1, err: `newsbrief: ${reason}\n` });
    // The CLI's exit code for a store that failed is 70 (docs/cli.md); the reason is its first line.
    expect(cli.code).toBe(70);
    expect(cli.err).toMatch(
      new RegExp(`^newsbrief[ a-z]*: ${reason.replace(/[().?]/g, "\\$&")}\\n`),
    );
    expect(`${start.err}${cli.err}`).not.toContain("hunter2");
  }, 60_000);
});
