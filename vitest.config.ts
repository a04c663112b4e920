import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Test files share a worker's module cache instead of importing the core, bolt, discord.js and
    // the HTML parsers again for every file: most of the suite's former wall time. So a test file
    // must leave no global state behind: restore fake timers (vi.useRealTimers in afterEach), close
    // its servers and stores, and use no vi.mock, vi.stubEnv or vi.stubGlobal without undoing it.
    isolate: false,
  },
});
