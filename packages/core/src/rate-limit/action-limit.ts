import { AppError } from "../errors.ts";
import type { CounterStore } from "./counter-store.ts";

export type ActionLimit = {
  /** Counts one more use by `subject` (a user id, say); RATE_LIMITED once the window's limit is passed. */
  take(subject: string): Promise<void>;
};

/**
 * At most `limit` uses per subject in a fixed window, for what costs the database real work on
 * every call (a search reads up to a whole window of a class's history). Generous enough that a
 * person never meets it; a script looping on it does.
 */
export function createActionLimit({ store, name, limit, windowMs, refusal }: { store: CounterStore; name: string; limit: number; windowMs: number; refusal: (seconds: number) => string }): ActionLimit {
  return {
    async take(subject) {
      const { count, resetInMs } = await store.increment(`${name}:${subject}`, windowMs);
      if (count > limit) throw new AppError({ code: "RATE_LIMITED", message: refusal(Math.max(1, Math.ceil(resetInMs / 1000))), retryAfterMs: resetInMs });
    },
  };
}

/** Searches of class messages per user: 30 a minute. */
export function createSearchLimit(store: CounterStore, { limit = 30, windowMs = 60_000 } = {}): ActionLimit {
  return createActionLimit({
    store,
    name: "search",
    limit,
    windowMs,
    refusal: (seconds) => `Too many searches in a short time. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`,
  });
}
