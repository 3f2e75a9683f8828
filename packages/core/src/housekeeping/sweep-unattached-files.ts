// Uploads nobody attached (a composer closed before Send, a file an assignment let go of, the
// files of a deleted message) go once they have waited KEEP_UNATTACHED_FILES_MS: the File row, and its object when no other
// row shares it. Only files marked pending are read, never the whole File table.
import type { Db } from "@zang/db";
import type { FileStore } from "@zang/storage";
import { deleteUnreferencedObjects } from "../files/content-objects.ts";
import { KEEP_UNATTACHED_FILES_MS } from "../files/pending-files.ts";
import { inTransaction } from "../sql/in-transaction.ts";

const BATCH_SIZE = 200;

// The file rows are locked too: attaching a file takes a key-share lock on its row (the foreign
// key's check), so a file being attached right now is skipped and checked at the next sweep, and
// a file locked here cannot be attached until this transaction ends (the attach then finds it gone).
const TAKE_DUE = `
SELECT f.id FROM "PendingFile" p JOIN "File" f ON f.id = p."fileId"
WHERE p.since < $1 ORDER BY p.since LIMIT $2
FOR UPDATE OF p, f SKIP LOCKED`;

// A statement of its own, after the locks: it sees every attachment committed before them.
// A deleted message's attachments do not hold a file (they go with it, by cascade).
const DELETE_UNATTACHED = `
DELETE FROM "File" f WHERE f.id = ANY($1::uuid[])
  AND NOT EXISTS (SELECT 1 FROM "MessageAttachment" a JOIN "Message" m ON m.id = a."messageId" WHERE a."fileId" = f.id AND m."deletedAt" IS NULL)
  AND NOT EXISTS (SELECT 1 FROM "AssignmentFile" a WHERE a."fileId" = f.id)
  AND NOT EXISTS (SELECT 1 FROM "SubmissionFile" s WHERE s."fileId" = f.id)
RETURNING "storageKey"`;

const FORGET_CHECKED = `DELETE FROM "PendingFile" WHERE "fileId" = ANY($1::uuid[])`;

export type UnattachedSweep = { files: number; objects: number };

export async function sweepUnattachedFiles({ db, store, now = new Date() }: { db: Db; store: FileStore; now?: Date }): Promise<UnattachedSweep> {
  const dueBefore = new Date(now.getTime() - KEEP_UNATTACHED_FILES_MS);
  const total: UnattachedSweep = { files: 0, objects: 0 };
  for (;;) {
    const batch = await inTransaction(db, async (client) => {
      const { rows: due } = await client.query<{ id: string }>(TAKE_DUE, [dueBefore, BATCH_SIZE]);
      const ids = due.map(({ id }) => id);
      const { rows: removed } = await client.query<{ storageKey: string }>(DELETE_UNATTACHED, [ids]);
      await client.query(FORGET_CHECKED, [ids]);
      // Still inside the transaction: if it rolls back, the rows come back and the next sweep
      // repeats the whole batch (deleting a missing object is no error).
      const objects = await deleteUnreferencedObjects(client, store, removed.map(({ storageKey }) => storageKey));
      return { taken: ids.length, files: removed.length, objects };
    });
    total.files += batch.files;
    total.objects += batch.objects;
    if (batch.taken < BATCH_SIZE) return total;
  }
}
