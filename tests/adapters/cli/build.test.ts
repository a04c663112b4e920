import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve, startTestServer, type TestServer } from "../../fakes/http-server.ts";
import { runCli } from "./run-cli.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const seed = join(root, "seeds", "tillerson-kelly-mexico-no-mass-deportations.txt");
// Inside the project, so the compiled files find node_modules as dist/ does.
const out = join(root, "node_modules", ".cache", `newsbrief-build-test-${process.pid}`);
const run = promisify(execFile);

/** Runs the compiled CLI, as bin/newsbrief.js does after `npm ci`. */
async function compiled(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [join(out, "adapters", "cli", "main.js"), ...args],
      { cwd: root, env: { PATH: process.env.PATH, ...env }, maxBuffer: 64 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let site: TestServer;

beforeAll(async () => {
  await run(process.execPath, [join(root, "scripts", "build.js"), out], { cwd: root });
  // A page past the size that is read off the main thread, so the compiled worker runs too.
  const paragraphs = Array.from(
    { length: 2_800 },
    (_, i) =>
      `<p>Paragraph ${i} of the harbour report says the pier needs new piles before the winter storms arrive.</p>`,
  );
  const page = `<!doctype html><html><head><title>Harbour report</title></head><body><article><h1>Harbour report</h1>${paragraphs.join("")}<p>“We will rebuild the pier,” said harbour master Ines Moreau.</p></article></body></html>`;
  expect(page.length).toBeGreaterThan(256 * 1024);
  site = await startTestServer({ "/report": serve("text/html; charset=utf-8", page) });
}, 120_000);

afterAll(async () => {
  await site?.close();
  rmSync(out, { recursive: true, force: true });
});

describe("the compiled CLI (npm ci runs the build through prepare)", () => {
  it("is plain JavaScript importing JavaScript: no TypeScript left to compile at start", () => {
    const files = readdirSync(out, { recursive: true }).map(String);
    expect(files).toContain(join("adapters", "cli", "main.js"));
    expect(files.some((f) => f.endsWith(".ts"))).toBe(false);
    const main = readFileSync(join(out, "adapters", "cli", "cli.js"), "utf8");
    expect(main).not.toMatch(/\.ts["']/);
    expect(main).toMatch(/import\("\.\/quotes\.js"\)/);
  });

  it.each([
    [["--help"]],
    [["quotes", seed, "--json"]],
    [["whosaid", seed, "Kelly"]],
    [["brief", seed, "--json", "--sentences", "2"]],
    [["quotes", "/no/such/file", "--json"]],
  ])("prints what the TypeScript CLI prints for %j", async (args) => {
    const [built, source] = await Promise.all([compiled(args), runCli(args)]);
    expect(built).toEqual(source);
  });

  it("briefs a large page through the compiled extraction worker", async () => {
    const result = await compiled(["brief", site.url("/report"), "--json"], {
      ALLOW_PRIVATE_URLS: "true",
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).title).toBe("Harbour report");
  });

  it("is what package.json runs: prepare builds it, bin/newsbrief.js starts it, dist/ is not committed", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(pkg.scripts.prepare).toBe("node scripts/build.js");
    expect(pkg.bin.newsbrief).toBe("bin/newsbrief.js");
    expect(readFileSync(join(root, "bin", "newsbrief.js"), "utf8")).toContain(
      "../dist/adapters/cli/main.js",
    );
    expect(readFileSync(join(root, ".gitignore"), "utf8").split("\n")).toContain("dist/");
    expect(existsSync(join(out, "build-stamp"))).toBe(true);
  });
});
