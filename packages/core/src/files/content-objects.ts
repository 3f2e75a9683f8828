// Objects are content-addressed: every upload of the same bytes shares one object (`sha256/…`),
// so an object may go only when no File row refers to it — and that check must not interleave
// with an upload about to refer to it (the upload would find the object, keep none of its own
// bytes, and record a row for an object that is then deleted). A PostgreSQL advisory lock per
// key serialises the two: an upload holds its key shared (uploads of the same bytes run side by
// side) from the move into the key until its row is committed; removal holds the key exclusively
// from its check until the object is gone.
import type { FileStore } from "@zang/storage";
import type { PoolClient } from "pg";

type Queryable = Pick<PoolClient, "query">;

/** Held until the caller's transaction ends. Keys hash to 64 bits; a collision only serialises two keys. */
export async function lockContentKey(client: Queryable, key: string, mode: "shared" | "exclusive"): Promise<void> {
  const lock = mode === "shared" ? "pg_advisory_xact_lock_shared" : "pg_advisory_xact_lock";
  await client.query(`SELECT ${lock}(hashtextextended($1, 0))`, [key]);
}

/**
 * Inside a transaction: deletes each key's object when no File row refers to it (rows this
 * transaction deleted do not count). Keys are locked in order, so two sweeps cannot deadlock.
 * Returns how many objects were deleted.
 */
export async function deleteUnreferencedObjects(client: Queryable, store: FileStore, keys: Iterable<string>): Promise<number> {
  let deleted = 0;
  for (const key of [...new Set(keys)].sort()) {
    await lockContentKey(client, key, "exclusive");
    // A statement after the lock: it sees every upload's row committed before the lock was granted.
    const { rows } = await client.query<{ used: boolean }>(`SELECT EXISTS (SELECT 1 FROM "File" WHERE "storageKey" = $1) AS used`, [key]);
    if (rows[0]!.used) continue;
    await store.delete(key);
    deleted += 1;
  }
  return deleted;
}
