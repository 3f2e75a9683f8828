import { describe, expect, it } from "vitest";
import { AppError } from "../errors.ts";
import { createLoginThrottle } from "./login-throttle.ts";
import { MemoryCounterStore } from "./memory-counter-store.ts";

function setup() {
  let now = 1_000_000;
  const store = new MemoryCounterStore(() => now);
  const throttle = createLoginThrottle({ store, limits: { perAccount: 3, perAddress: 5, windowMs: 60_000 } });
  return { throttle, advance: (ms: number) => (now += ms) };
}

const attempt = { schoolCode: "demo", username: "student1", address: "10.0.0.1" };

describe("login throttle", () => {
  it("locks an account after its failure limit and says when to retry", async () => {
    const { throttle } = setup();
    for (let i = 0; i < 3; i++) {
      await throttle.assertAllowed(attempt);
      await throttle.recordFailure(attempt);
    }
    const error = await throttle.assertAllowed(attempt).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("RATE_LIMITED");
    expect((error as AppError).message).toMatch(/Try again in 1 minute/);
    // Other accounts behind the same address are not locked by one account's failures.
    await expect(throttle.assertAllowed({ ...attempt, username: "student2" })).resolves.toBeUndefined();
  });

  it("locks an address that sprays many accounts", async () => {
    const { throttle } = setup();
    for (let i = 0; i < 5; i++) await throttle.recordFailure({ ...attempt, username: `user${i}` });
    await expect(throttle.assertAllowed({ ...attempt, username: "fresh" })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(throttle.assertAllowed({ ...attempt, username: "fresh", address: "10.0.0.2" })).resolves.toBeUndefined();
  });

  it("unlocks when the window passes", async () => {
    const { throttle, advance } = setup();
    for (let i = 0; i < 3; i++) await throttle.recordFailure(attempt);
    await expect(throttle.assertAllowed(attempt)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    advance(60_001);
    await expect(throttle.assertAllowed(attempt)).resolves.toBeUndefined();
  });

  it("clears an account's failures after a successful sign-in", async () => {
    const { throttle } = setup();
    for (let i = 0; i < 2; i++) await throttle.recordFailure(attempt);
    await throttle.recordSuccess(attempt);
    for (let i = 0; i < 2; i++) await throttle.recordFailure(attempt);
    await expect(throttle.assertAllowed(attempt)).resolves.toBeUndefined();
  });
});
