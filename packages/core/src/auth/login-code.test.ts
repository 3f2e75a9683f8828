import { describe, expect, it } from "vitest";
import { generateLoginCode, hashLoginCode, LOGIN_CODE_ALPHABET, normalizeLoginCode, verifyLoginCode } from "./login-code.ts";

describe("login codes", () => {
  it("are 10 symbols of Crockford's base32 and differ every time", () => {
    const codes = new Set(Array.from({ length: 1000 }, generateLoginCode));
    expect(codes.size).toBe(1000);
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${LOGIN_CODE_ALPHABET}]{10}$`));
  });

  it("verify against their salted hash, forgiving case, dashes and look-alike letters", () => {
    const stored = hashLoginCode("0123ABCDEF");
    expect(verifyLoginCode(stored, "0123ABCDEF")).toBe(true);
    expect(verifyLoginCode(stored, "o123-abcdef")).toBe(true);
    expect(normalizeLoginCode("il0o 1")).toBe("11001");
    expect(verifyLoginCode(stored, "0123ABCDEG")).toBe(false);
    expect(verifyLoginCode("garbage", "0123ABCDEF")).toBe(false);
  });

  it("give the same code different hashes (per-user salt)", () => {
    expect(hashLoginCode("0123ABCDEF")).not.toBe(hashLoginCode("0123ABCDEF"));
  });
});
