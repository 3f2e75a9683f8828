import { defineConfig, mergeConfig } from "vitest/config";
import viteConfig from "./vite.config.ts";

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // Only unit tests: the browser tests under e2e/ need a server and run through vitest.e2e.config.ts.
      include: ["src/**/*.test.{ts,tsx}"],
      environment: "node",
    },
  }),
);
