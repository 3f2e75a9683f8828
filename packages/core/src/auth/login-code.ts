// One-time login codes for accounts created by a roster import. A million argon2 hashes would take
// hours, so codes carry their own strength instead: 10 symbols of Crockford's base32 (50 random
// bits, no I/L/O/U to misread on paper), stored as sha256 of a per-user random salt and the code.
// The roster merge makes them in SQL (packages/roster); this module is the one definition of the
// format that both sides follow, and what login uses to check a code.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** Crockford's base32 alphabet: digits and capitals without I, L, O and U. */
export const LOGIN_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const LOGIN_CODE_LENGTH = 10;
const HASH_PREFIX = "sha256";

/** What a person may type for a code: any case, with spaces or dashes, O for 0, I or L for 1. */
export function normalizeLoginCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replaceAll("O", "0")
    .replace(/[IL]/g, "1");
}

export function generateLoginCode(): string {
  const bytes = randomBytes(LOGIN_CODE_LENGTH);
  let code = "";
  for (const byte of bytes) code += LOGIN_CODE_ALPHABET[byte & 31]; // 256 is a multiple of 32: no bias
  return code;
}

export function hashLoginCode(code: string, salt: Buffer = randomBytes(16)): string {
  const digest = createHash("sha256").update(salt).update(normalizeLoginCode(code), "utf8").digest();
  return `${HASH_PREFIX}$${salt.toString("hex")}$${digest.toString("hex")}`;
}

export function verifyLoginCode(stored: string, candidate: string): boolean {
  const [prefix, saltHex, digestHex] = stored.split("$");
  if (prefix !== HASH_PREFIX || !saltHex || !digestHex) return false;
  const normalized = normalizeLoginCode(candidate);
  if (normalized.length !== LOGIN_CODE_LENGTH) return false;
  const expected = Buffer.from(digestHex, "hex");
  const actual = createHash("sha256").update(Buffer.from(saltHex, "hex")).update(normalized, "utf8").digest();
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** A credential that signs in once with `code`, then asks for a password of one's own. */
export function oneTimeCodeCredential(code: string) {
  return { passwordHash: null, oneTimeCodeHash: hashLoginCode(code), mustChangePassword: true };
}
