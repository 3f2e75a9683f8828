import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password.ts";

describe("password hashing", () => {
  it("stores argon2id hashes with a random salt", async () => {
    const [first, second] = await Promise.all([hashPassword("a long passphrase"), hashPassword("a long passphrase")]);
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toEqual(second);
  });

  it("accepts the right password and rejects a wrong one", async () => {
    const stored = await hashPassword("رمز عبور فارسی ۱۲۳");
    expect(await verifyPassword(stored, "رمز عبور فارسی ۱۲۳")).toBe(true);
    expect(await verifyPassword(stored, "رمز عبور فارسی 123")).toBe(false);
  });

  it("treats a malformed stored hash as a wrong password, not a crash", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});
