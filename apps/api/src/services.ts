// Builds the long-lived services from configuration. Redis is optional: without it, state that
// must be shared between API processes (rate-limit counters, live class events) stays in this process.
import { createLoginThrottle, MemoryCounterStore, MemoryEventBus, RedisCounterStore, RedisEventBus } from "@zang/core";
import type { Db } from "@zang/db";
import type { Services } from "@zang/trpc";
import { Redis } from "ioredis";

export type Infrastructure = { services: Services; redis: Redis | null; close(): Promise<void> };

export function createServices({ db, redisUrl }: { db: Db; redisUrl?: string | undefined }): Infrastructure {
  const redis = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 3, enableAutoPipelining: true }) : null;
  const counterStore = redis ? new RedisCounterStore(redis) : new MemoryCounterStore();
  const events = redis ? new RedisEventBus(redis) : new MemoryEventBus();
  return {
    services: { db, loginThrottle: createLoginThrottle({ store: counterStore }), events },
    redis,
    async close() {
      await events.close();
      await redis?.quit();
    },
  };
}
