import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLoginThrottle, MemoryCounterStore, MemoryEventBus } from "@zang/core";
import { createRosterService } from "@zang/roster";
import { createFileStore } from "@zang/storage";
import type { Db } from "@zang/db";
import { createVideo } from "@zang/video";
import { testLiveKitConfig } from "@zang/video/testing";
import type { Services } from "../context.ts";

/**
 * Services for createCaller tests: the real database, in-process rate limits and events, and the
 * run's LiveKit (stand-in or real) when `@zang/video/testing/global-setup` started one.
 */
export function createTestServices(db: Db, overrides: Partial<Services> = {}): Services {
  const livekit = testLiveKitConfig();
  return {
    db,
    loginThrottle: createLoginThrottle({ store: new MemoryCounterStore() }),
    events: new MemoryEventBus(),
    ...(livekit ? { video: createVideo(livekit) } : {}),
    roster: createRosterService({ db, workDir: testRosterWorkDir() }),
    files: { store: createFileStore({ kind: "local", rootDir: join(testRosterWorkDir(), "files") }), linkSecret: "test-link-secret-0123456789abcdef" },
    ...overrides,
  };
}

let rosterWorkDir: string | undefined;

/** Where the test services' roster imports keep their uploads (one folder per test process). */
export function testRosterWorkDir(): string {
  rosterWorkDir ??= mkdtempSync(join(tmpdir(), "zang-roster-test-"));
  return rosterWorkDir;
}
