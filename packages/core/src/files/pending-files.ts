// Files that nothing may refer to: every upload until it is attached, and a file an assignment
// let go of. Housekeeping checks each once it is this old (sweep-unattached-files.ts).
import type { Db } from "@zang/db";

/**
 * How long an upload may wait to be attached: a composer or an assignment form left open over a
 * weekend still sends. After that, sending it answers that the file does not exist.
 */
export const KEEP_UNATTACHED_FILES_MS = 3 * 24 * 60 * 60 * 1000;

/** Starts (or restarts) the wait of files that may no longer be attached to anything. */
export async function markFilesPending({ db, fileIds }: { db: Db; fileIds: readonly string[] }): Promise<void> {
  if (fileIds.length === 0) return;
  await db.pool.query(
    `INSERT INTO "PendingFile" ("fileId") SELECT id FROM "File" WHERE id = ANY($1::uuid[]) ON CONFLICT ("fileId") DO UPDATE SET since = EXCLUDED.since`,
    [fileIds],
  );
}
