#!/usr/bin/env node
// `npx newsbrief`: runs the CLI compiled to dist/ by `npm ci` (or `npm run build`), which starts in
// a fraction of the time. When dist/ is missing or older than a source file, it runs the
// TypeScript through tsx instead, so an edit is never hidden behind a stale build.
import { readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const SOURCES = ["src", "adapters/cli"];

/** The newest modification time under a folder, stopping early once past `limit`. */
function newerThan(dir, limit) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    // A hand-written walk: readdirSync's `recursive` option costs several times more here.
    if (entry.isDirectory() ? newerThan(path, limit) : statSync(path).mtimeMs > limit) return true;
  }
  return false;
}

/** True when dist/ was built after the last change to any source file (a few ms of stat calls). */
function buildIsFresh() {
  let built;
  try {
    built = statSync(`${root}/dist/build-stamp`).mtimeMs;
  } catch {
    return false;
  }
  return !SOURCES.some((dir) => newerThan(`${root}/${dir}`, built));
}

if (buildIsFresh()) {
  await import("../dist/adapters/cli/main.js");
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../adapters/cli/main.ts");
}
