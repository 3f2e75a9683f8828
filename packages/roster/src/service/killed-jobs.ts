// A job whose process was killed mid-import stays "running" in its row. On a real server, an
// import holds its school's import lock for its whole run (claimSchool in run-import.ts), so a
// view that finds the lock free knows no import of the school is running anywhere, and marks such
// jobs interrupted before showing them. Only jobs whose heartbeat has gone quiet are marked: a
// job that has just set "running" and is about to take the lock is left alone. The embedded
// database serves every connection from one session, where the lock proves nothing: there the
// school's next import settles them.
import type { Db } from "@zang/db";
import { importLockKey, markInterruptedJobs, ROSTER_LOCK_SQL } from "../job/import-jobs.ts";

const NO_JOB = "00000000-0000-0000-0000-000000000000";
const isEmbeddedByDb = new WeakMap<Db, Promise<boolean>>();

export async function settleKilledJobs(db: Db, schoolId: string): Promise<void> {
  let isEmbedded = isEmbeddedByDb.get(db);
  if (!isEmbedded) isEmbeddedByDb.set(db, (isEmbedded = db.pool.query<{ version: string }>("SELECT version()").then(({ rows }) => /PGlite/i.test(rows[0]?.version ?? ""))));
  if (await isEmbedded) return;
  const client = await db.pool.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(${ROSTER_LOCK_SQL}) AS locked`, [importLockKey(schoolId)]);
    if (!rows[0]?.locked) return; // an import is running: its job is alive
    try {
      await markInterruptedJobs({ db, schoolId, exceptJobId: NO_JOB, isCertain: false });
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${ROSTER_LOCK_SQL})`, [importLockKey(schoolId)]);
    }
  } finally {
    client.release();
  }
}
