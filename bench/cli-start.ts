// `npm run bench:cli [-- runs]`: how long `newsbrief --help` takes to start, compiled (dist/, what
// bin/newsbrief.js runs after `npm ci`) and through tsx, beside node's own start and npx's. The
// runs are interleaved so that a busy machine slows every variant alike. Never part of `npm test`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { quantile } from "./stats.ts";

const root = join(import.meta.dirname, "..");

interface Variant {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
}

const VARIANTS: readonly Variant[] = [
  { name: "node -e 0 (node's own start)", command: process.execPath, args: ["-e", "0"] },
  {
    name: "node bin/newsbrief.js --help (compiled)",
    command: process.execPath,
    args: ["bin/newsbrief.js", "--help"],
  },
  {
    name: "tsx adapters/cli/main.ts --help (no build)",
    command: process.execPath,
    args: ["--import", "tsx", "adapters/cli/main.ts", "--help"],
  },
  { name: "npx newsbrief --help", command: "npx", args: ["newsbrief", "--help"] },
  { name: "npx --version (npx's own start)", command: "npx", args: ["--version"] },
];

function timeOnce(variant: Variant): number {
  const started = performance.now();
  const result = spawnSync(variant.command, variant.args, { cwd: root, stdio: "ignore" });
  if (result.status !== 0) throw new Error(`${variant.name} exited ${result.status}`);
  return performance.now() - started;
}

function main(): void {
  if (!existsSync(join(root, "dist", "build-stamp"))) {
    process.stderr.write("No build in dist/: run `npm run build` first.\n");
    process.exitCode = 1;
    return;
  }
  const runs = Number(process.argv[2] ?? 15);
  const times = new Map(VARIANTS.map((v) => [v.name, [] as number[]]));
  for (const variant of VARIANTS) timeOnce(variant); // warm the file cache
  for (let i = 0; i < runs; i++) {
    for (const variant of VARIANTS) times.get(variant.name)?.push(timeOnce(variant));
  }
  const width = Math.max(...VARIANTS.map((v) => v.name.length));
  const lines = [`newsbrief start-up, ${runs} runs each (ms)`, ""];
  lines.push(`${"".padEnd(width)}  median     min`);
  for (const [name, ms] of times) {
    const median = quantile(ms, 0.5).toFixed(0).padStart(6);
    lines.push(
      `${name.padEnd(width)}  ${median}  ${Math.min(...ms)
        .toFixed(0)
        .padStart(6)}`,
    );
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

main();
