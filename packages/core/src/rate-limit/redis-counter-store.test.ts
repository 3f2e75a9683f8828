import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { RedisCounterStore } from "./redis-counter-store.ts";

const redisUrl = process.env.REDIS_URL;
if (!redisUrl) console.warn("[skipped] RedisCounterStore tests: REDIS_URL is not set");

describe.skipIf(!redisUrl)("RedisCounterStore (real Redis)", () => {
  const redis = new Redis(redisUrl ?? "redis://127.0.0.1:6379", { lazyConnect: true });
  const prefix = `zang:test:${randomBytes(4).toString("hex")}:`;
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it("counts atomically across many concurrent increments and sets the window once", async () => {
    const store = new RedisCounterStore(redis, prefix);
    const results = await Promise.all(Array.from({ length: 50 }, () => store.increment("k", 10_000)));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const peek = await store.peek("k");
    expect(peek.count).toBe(50);
    expect(peek.resetInMs).toBeGreaterThan(9_000);
    expect(peek.resetInMs).toBeLessThanOrEqual(10_000);
  });

  it("is shared by two clients, as two API processes would share it", async () => {
    const other = new Redis(redisUrl ?? "", { lazyConnect: true });
    try {
      await new RedisCounterStore(redis, prefix).increment("shared", 10_000);
      await new RedisCounterStore(other, prefix).increment("shared", 10_000);
      expect((await new RedisCounterStore(redis, prefix).peek("shared")).count).toBe(2);
    } finally {
      await other.quit();
    }
  });

  it("expires the window and resets on demand", async () => {
    const store = new RedisCounterStore(redis, prefix);
    await store.increment("short", 50);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect((await store.peek("short")).count).toBe(0);
    await store.increment("reset-me", 10_000);
    await store.reset("reset-me");
    expect((await store.peek("reset-me")).count).toBe(0);
  });
});
