import type { Db } from "@zang/db";
import type { PoolClient } from "pg";

/**
 * Runs `work` on one pooled connection inside BEGIN … COMMIT; any throw rolls back (releasing
 * the transaction's row and advisory locks) and is rethrown. `work` must use only `client`:
 * a query through the pool from inside it would wait for a second connection.
 */
export async function inTransaction<T>(db: Db, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await db.pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
