// Opaque bearer tokens: 256 random bits for the client, only their sha256 in the database, so a
// leaked sessions table cannot be replayed.
import { createHash, randomBytes } from "node:crypto";

export function generateSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSessionToken(token: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(createHash("sha256").update(token, "utf8").digest());
}

/** Cheap shape check before touching the database: 32 bytes in base64url is 43 characters. */
export function looksLikeSessionToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
