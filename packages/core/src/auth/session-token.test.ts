import { describe, expect, it } from "vitest";
import { generateSessionToken, hashSessionToken, looksLikeSessionToken } from "./session-token.ts";

describe("session tokens", () => {
  it("are 256-bit base64url strings, never repeated", () => {
    const tokens = new Set(Array.from({ length: 1000 }, generateSessionToken));
    expect(tokens.size).toBe(1000);
    for (const token of tokens) expect(looksLikeSessionToken(token)).toBe(true);
  });

  it("hash to a 32-byte sha256 digest that does not contain the token", () => {
    const token = generateSessionToken();
    const digest = hashSessionToken(token);
    expect(digest.byteLength).toBe(32);
    expect(Buffer.from(digest).toString("base64url")).not.toEqual(token);
    expect(hashSessionToken(token)).toEqual(digest);
  });

  it("rejects forged shapes before any lookup", () => {
    expect(looksLikeSessionToken("")).toBe(false);
    expect(looksLikeSessionToken("x".repeat(44))).toBe(false);
    expect(looksLikeSessionToken("' OR 1=1 --".padEnd(43, "a"))).toBe(false);
  });
});
