import { createLoginThrottle, MemoryCounterStore, MemoryEventBus } from "@zang/core";
import type { Db } from "@zang/db";
import type { Services } from "../context.ts";

/** Services for createCaller tests: the real database, in-process rate limits and events. */
export function createTestServices(db: Db): Services {
  return { db, loginThrottle: createLoginThrottle({ store: new MemoryCounterStore() }), events: new MemoryEventBus() };
}
