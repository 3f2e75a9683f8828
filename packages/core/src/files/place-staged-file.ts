import type { Db } from "@zang/db";
import type { FileStore, IngestedFile, StagedFile } from "@zang/storage";
import type { PoolClient } from "pg";
import { inTransaction } from "../sql/in-transaction.ts";
import { deleteUnreferencedObjects, lockContentKey } from "./content-objects.ts";

/**
 * Moves a checked upload into its content key and records it with `record`, holding the key
 * shared (content-objects.ts) from the move until the row is committed, so housekeeping cannot
 * remove the object in between. When `record` throws or writes nothing (null), the moved object
 * is removed again unless another row refers to it; before the move, the staged bytes are dropped.
 */
export async function placeStagedFile<T>({
  db,
  store,
  staged,
  record,
}: {
  db: Db;
  store: FileStore;
  staged: StagedFile;
  record: (client: PoolClient, stored: IngestedFile) => Promise<T | null>;
}): Promise<T | null> {
  let placed = false;
  let result: T | null;
  try {
    result = await inTransaction(db, async (client) => {
      await lockContentKey(client, staged.key, "shared");
      const stored = await staged.place();
      placed = true;
      return record(client, stored);
    });
  } catch (error) {
    await (placed ? removeIfUnreferenced(db, store, staged.key) : staged.discard()).catch(() => undefined);
    throw error;
  }
  if (result === null) await removeIfUnreferenced(db, store, staged.key);
  return result;
}

const removeIfUnreferenced = (db: Db, store: FileStore, key: string) => inTransaction(db, (client) => deleteUnreferencedObjects(client, store, [key]));
