import {defineConfig} from "vitest/config";

/** Browser tests: build the notebooks, serve them on 127.0.0.1, drive Debian's Chromium. */
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    globalSetup: ["tests/browser/globalSetup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000
  }
});
