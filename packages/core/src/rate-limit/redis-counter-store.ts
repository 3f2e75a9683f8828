import type { Redis } from "ioredis";
import type { CounterStore } from "./counter-store.ts";

// INCR and the window's expiry must be one atomic step, or a crash between them leaves a counter
// that never expires and locks an account out for good.
const INCREMENT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
return {count, ttl}
`;

/** Counters shared by every API process through Redis. */
export class RedisCounterStore implements CounterStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = "zang:rl:",
  ) {}

  async increment(key: string, windowMs: number) {
    const [count, ttl] = (await this.redis.eval(INCREMENT_SCRIPT, 1, this.prefix + key, String(windowMs))) as [number, number];
    return { count, resetInMs: Math.max(ttl, 0) };
  }

  async peek(key: string) {
    const [value, ttl] = await this.redis.multi().get(this.prefix + key).pttl(this.prefix + key).exec().then((replies) => [
      replies?.[0]?.[1] as string | null,
      replies?.[1]?.[1] as number,
    ] as const);
    return { count: value ? Number(value) : 0, resetInMs: Math.max(ttl ?? 0, 0) };
  }

  async reset(key: string) {
    await this.redis.del(this.prefix + key);
  }
}
