// Builds the long-lived services from configuration. Redis is optional: without it, state that
// must be shared between API processes (rate-limit counters, live class events) stays in this process.
// LiveKit is optional too: without it, lesson procedures say what to configure.
import { createLoginThrottle, createSearchLimit, MemoryCounterStore, MemoryEventBus, RedisCounterStore, RedisEventBus } from "@zang/core";
import type { Db } from "@zang/db";
import { createRosterService } from "@zang/roster";
import { createFileStore, type FileStoreConfig } from "@zang/storage";
import type { Services } from "@zang/trpc";
import { createVideo, type VideoConfig } from "@zang/video";
import { Redis } from "ioredis";
import { randomBytes } from "node:crypto";

export type Infrastructure = { services: Services; redis: Redis | null; close(): Promise<void> };

export function createServices({
  db,
  redisUrl,
  video,
  roster,
  files,
}: {
  db: Db;
  redisUrl?: string | undefined;
  video?: VideoConfig | undefined;
  /** Local scratch space for roster imports (what they keep goes to the file store); whether the database is the embedded PGlite. */
  roster?: { workDir: string; isEmbedded: boolean } | undefined;
  files?: { store: FileStoreConfig; linkSecret?: string | undefined } | undefined;
}): Infrastructure {
  const redis = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 3, enableAutoPipelining: true }) : null;
  const counterStore = redis ? new RedisCounterStore(redis) : new MemoryCounterStore();
  const events = redis ? new RedisEventBus(redis) : new MemoryEventBus();
  const fileStore = files ? createFileStore(files.store) : null;
  return {
    services: {
      db,
      loginThrottle: createLoginThrottle({ store: counterStore }),
      searchLimit: createSearchLimit(counterStore),
      events,
      ...(video ? { video: createVideo(video) } : {}),
      ...(fileStore ? { files: { store: fileStore, linkSecret: files?.linkSecret ?? randomBytes(32).toString("hex") } } : {}),
      ...(roster && fileStore
        ? { roster: createRosterService({ db, store: fileStore, ...roster, onInternalError: (error) => console.error("[roster] import failed:", error) }) }
        : {}),
    },
    redis,
    async close() {
      await events.close();
      await redis?.quit();
    },
  };
}
