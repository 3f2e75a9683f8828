import { describe, expect, it } from "vitest";
import { isAppError } from "../errors.ts";
import { createSearchLimit } from "./action-limit.ts";
import { MemoryCounterStore } from "./memory-counter-store.ts";

describe("createSearchLimit", () => {
  it("lets each person search up to the limit in a window, then says when to try again", async () => {
    const limit = createSearchLimit(new MemoryCounterStore(), { limit: 3, windowMs: 60_000 });
    for (let use = 0; use < 3; use++) await limit.take("sara");
    const refused = await limit.take("sara").catch((error: unknown) => error);
    expect(isAppError(refused) && refused.code).toBe("RATE_LIMITED");
    expect((refused as Error).message).toBe("Too many searches in a short time. Try again in 60 seconds.");
    // Someone else's searches are their own.
    await expect(limit.take("nima")).resolves.toBeUndefined();
  });

  it("counts afresh once the window is over", async () => {
    const limit = createSearchLimit(new MemoryCounterStore(), { limit: 1, windowMs: 50 });
    await limit.take("sara");
    await expect(limit.take("sara")).rejects.toThrow(/Too many searches/);
    await new Promise((resolve) => setTimeout(resolve, 80));
    await expect(limit.take("sara")).resolves.toBeUndefined();
  });
});
