// Files that nothing may refer to: every upload until it is attached, and the files an assignment
// or a deleted message let go of. Housekeeping checks each once it is this old
// (sweep-unattached-files.ts) and removes it unless something refers to it by then.
import type { Db } from "@zang/db";

/**
 * How long an upload may wait to be attached: a composer or an assignment form left open over a
 * weekend still sends. After that, sending it answers that the file does not exist.
 */
export const KEEP_UNATTACHED_FILES_MS = 3 * 24 * 60 * 60 * 1000;

const RESTART_WAIT = `ON CONFLICT ("fileId") DO UPDATE SET since = EXCLUDED.since`;

/** Starts (or restarts) the wait of files that may no longer be attached to anything. */
export async function markFilesPending({ db, fileIds }: { db: Db; fileIds: readonly string[] }): Promise<void> {
  if (fileIds.length === 0) return;
  await db.pool.query(`INSERT INTO "PendingFile" ("fileId") SELECT id FROM "File" WHERE id = ANY($1::uuid[]) ${RESTART_WAIT}`, [fileIds]);
}

/** The same for a deleted message's files: they go after the wait, as its text went at once. */
export async function markMessageFilesPending({ db, messageId }: { db: Db; messageId: string }): Promise<void> {
  await db.pool.query(`INSERT INTO "PendingFile" ("fileId") SELECT "fileId" FROM "MessageAttachment" WHERE "messageId" = $1 ${RESTART_WAIT}`, [messageId]);
}
