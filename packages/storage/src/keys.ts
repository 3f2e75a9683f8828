import { randomUUID } from "node:crypto";
import { FileStoreError } from "./errors.ts";

/**
 * Object keys, the same in every driver (an S3 `keyPrefix` is added below them, never stored):
 * - `sha256/<ab>/<cd>/<hash>` — a file, named by its content, so equal files are stored once;
 * - `tmp/<uuid>` — bytes still being written or checked by `ingestUpload`;
 * - `quarantine/<uuid>` — where a presigned upload lands until `stagePresignedUpload` checks it;
 * - `roster/<jobId>/…` — a roster import's upload and login-code sheet (written by @zang/roster,
 *   removed by the API's housekeeping after 7 days).
 * A bucket lifecycle rule that expires `tmp/` and `quarantine/` after a day sweeps up after a
 * crashed process; nothing else ever needs to.
 */
export const TEMP_PREFIX = "tmp/";
export const QUARANTINE_PREFIX = "quarantine/";

export function contentKey(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new FileStoreError(`Not a sha256 hex digest: "${sha256}".`);
  return `sha256/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

export function newTempKey(): string {
  return `${TEMP_PREFIX}${randomUUID()}`;
}

export function newQuarantineKey(): string {
  return `${QUARANTINE_PREFIX}${randomUUID()}`;
}

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const QUARANTINE_KEY = new RegExp(`^${QUARANTINE_PREFIX}${UUID}$`);

/** Finalizing deletes the object it is given, so it must only ever be given a quarantine key. */
export function isQuarantineKey(key: string): boolean {
  return QUARANTINE_KEY.test(key);
}

/**
 * Keys come from our database, but the local driver turns them into paths: refuse anything that
 * is not plain segments of letters, digits, `.`, `_` and `-` (so no `..`, no leading `/`).
 */
export function assertSafeKey(key: string): void {
  const isSafe = key.length > 0 && key.length <= 512 && key.split("/").every((segment) => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(segment));
  if (!isSafe) throw new FileStoreError(`Not a valid storage key: "${key}".`);
}
