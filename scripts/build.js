#!/usr/bin/env node
// `npm run build` (and `npm ci`, through `prepare`): compiles the core and the CLI to JavaScript in
// dist/, one file per source file, so `npx newsbrief` starts without compiling TypeScript.
// Usage: node scripts/build.js [outdir]   (default: dist)
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
/** What the CLI runs: the core and the CLI front end (the chat adapters keep running through tsx). */
const SOURCES = ["src", "adapters/cli"];

/** The .ts sources, and the .js worker entries that sit beside them. */
function entryPoints() {
  return SOURCES.flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile() && /\.(ts|js)$/.test(f.name) && !f.name.endsWith(".d.ts"))
      .map((f) => relative(root, join(f.parentPath, f.name))),
  );
}

// Every file is compiled on its own: a relative import stays an import, of the .js it becomes.
const keepRelativeImports = {
  name: "keep-relative-imports",
  setup(build) {
    // A JSON data file (the speaker model's weights) is bundled into the file that imports it.
    build.onResolve({ filter: /^\.\.?\// }, (args) =>
      args.kind === "entry-point" || args.path.endsWith(".json")
        ? undefined
        : { path: args.path.replace(/\.ts$/, ".js"), external: true },
    );
    // Worker entries register tsx to run TypeScript; compiled, they have nothing left to register.
    build.onResolve({ filter: /^tsx\/esm\/api$/ }, () => ({ path: "tsx", namespace: "no-tsx" }));
    build.onLoad({ filter: /.*/, namespace: "no-tsx" }, () => ({
      contents: "export function register() {}",
      loader: "js",
    }));
  },
};

async function main() {
  const outdir = resolve(root, process.argv[2] ?? "dist");
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    // Installed without dev dependencies: bin/newsbrief.js runs the TypeScript through tsx instead.
    process.stderr.write(
      "newsbrief build: esbuild is not installed; the CLI will run through tsx.\n",
    );
    return;
  }
  const started = performance.now();
  rmSync(outdir, { recursive: true, force: true });
  const entries = entryPoints();
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: entries,
    outbase: root,
    outdir,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    plugins: [keepRelativeImports],
  });
  // bin/newsbrief.js compares this stamp with the sources to never run a stale build.
  writeFileSync(join(outdir, "build-stamp"), `${new Date().toISOString()}\n`);
  const ms = Math.round(performance.now() - started);
  process.stdout.write(
    `newsbrief build: ${entries.length} files to ${relative(root, outdir) || "."}/ in ${ms} ms\n`,
  );
}

await main();
