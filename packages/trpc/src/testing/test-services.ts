import { mkdtempSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLoginThrottle, createSearchLimit, MemoryCounterStore, MemoryEventBus } from "@zang/core";
import { createRosterService, rosterFiles } from "@zang/roster";
import { createFileStore, type FileStore } from "@zang/storage";
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
  const store = testFileStore();
  return {
    db,
    loginThrottle: createLoginThrottle({ store: new MemoryCounterStore() }),
    searchLimit: createSearchLimit(new MemoryCounterStore()),
    events: new MemoryEventBus(),
    ...(livekit ? { video: createVideo(livekit) } : {}),
    roster: createRosterService({ db, store, workDir: join(testDataDir(), "imports") }),
    files: { store, linkSecret: "test-link-secret-0123456789abcdef" },
    ...overrides,
  };
}

let dataDir: string | undefined;

/** The test services' data folder (one per test process): roster scratch space and the file store. */
function testDataDir(): string {
  dataDir ??= mkdtempSync(join(tmpdir(), "zang-trpc-test-"));
  return dataDir;
}

function testFileStore(): FileStore {
  return createFileStore({ kind: "local", rootDir: join(testDataDir(), "files") });
}

/** Keeps `content` as the upload of roster job `jobId`, as a finished web upload leaves it. */
export async function keepTestRosterUpload(jobId: string, content: string): Promise<void> {
  const path = join(testDataDir(), `upload-${jobId}`);
  await writeFile(path, content);
  await rosterFiles(testFileStore()).keepUpload(jobId, path);
}
