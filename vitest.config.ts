import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Files that assert wall-clock latency (acks within 1 s or 3 s, an event loop free within 0.5 s,
// Discord's 3 s answer window): they run one at a time, after the rest, with nothing else of the
// suite competing for the CPU. A new test that measures time belongs in this list.
const TIMED = [
  "tests/adapters/slack/http-mode.test.ts",
  "tests/adapters/slack/socket-mode.test.ts",
  "tests/adapters/discord/commands.test.ts",
  "tests/adapters/discord/resilience.test.ts",
  "tests/unit/article/extract-off-thread.test.ts",
];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Test files share a worker's module cache instead of importing the core, bolt, discord.js and
    // the HTML parsers again for every file: most of the suite's former wall time. So a test file
    // must leave no global state behind: restore fake timers (vi.useRealTimers in afterEach), close
    // its servers and stores, and use no vi.mock, vi.stubEnv or vi.stubGlobal without undoing it.
    isolate: false,
    projects: [
      {
        extends: true,
        test: {
          name: "parallel",
          include: ["tests/**/*.test.ts"],
          exclude: TIMED,
          // At least two files at once even on two cores: much of the suite waits on child
          // processes (the CLI, npm start, the crash test's runners) rather than computing.
          maxWorkers: Math.max(2, availableParallelism() - 1),
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: "timed", include: TIMED, maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
