import type { ServerResponse } from "node:http";
import type { Db } from "@zang/db";

/** 200 with {"status":"ok"} once the database answers; 503 otherwise, so load balancers stop routing here. */
export async function handleHealthz({ db, res }: { db: Db; res: ServerResponse }): Promise<void> {
  let database: "ok" | "unreachable" = "ok";
  try {
    await db.pool.query("SELECT 1");
  } catch {
    database = "unreachable";
  }
  const status = database === "ok" ? "ok" : "degraded";
  res.writeHead(database === "ok" ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify({ status, database }));
}
