// Short-lived download links for files served by the API itself (the local file store). The
// signature binds file and expiry, so a link cannot be reused for another file or after it expires.
import { createHmac, timingSafeEqual } from "node:crypto";

export const DOWNLOAD_LINK_SECONDS = 300;

const signatureOf = (secret: string, fileId: string, expires: number) =>
  createHmac("sha256", secret).update(`${fileId}.${expires}`).digest("base64url");

export function signDownload({ secret, fileId, now = Date.now() }: { secret: string; fileId: string; now?: number }): { expires: number; signature: string } {
  const expires = Math.floor(now / 1000) + DOWNLOAD_LINK_SECONDS;
  return { expires, signature: signatureOf(secret, fileId, expires) };
}

export function isValidDownload({ secret, fileId, expires, signature, now = Date.now() }: { secret: string; fileId: string; expires: number; signature: string; now?: number }): boolean {
  if (!Number.isInteger(expires) || expires * 1000 < now) return false;
  const expected = Buffer.from(signatureOf(secret, fileId, expires));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
