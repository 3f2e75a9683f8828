import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The streaming test measures memory, which needs a collection before each sample.
    execArgv: ["--expose-gc"],
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
});
