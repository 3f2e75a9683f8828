import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["./src/testing/global-setup.ts"],
    // Without DATABASE_URL every database here is an in-memory PGlite (PostgreSQL in WebAssembly):
    // slower to start and to run DDL than a real server.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each test file starts its own PGlite instances; run the files one after another so that two
    // WebAssembly databases do not compete for the CPU of a 2-core CI machine and time out.
    fileParallelism: false,
  },
});
