// A job whose process was killed mid-import stays "running" in its row. On a real server, an
// import holds its school's import lock for its whole run (claimSchool in run-import.ts), so a
// view that finds nobody holding it knows no import of the school is running anywhere, and marks
// such jobs interrupted before showing them. Only jobs whose heartbeat has gone quiet are marked: a
// job that has just set "running" and is about to take the lock is left alone. The embedded
// database serves every connection from one session, where the lock proves nothing: there the
// school's next import settles them.
import { isEmbeddedServer, type Db } from "@zang/db";
import { importLockKey, markInterruptedJobs, ROSTER_LOCK_SQL } from "../job/import-jobs.ts";

const NO_JOB = "00000000-0000-0000-0000-000000000000";

export async function settleKilledJobs(db: Db, schoolId: string): Promise<void> {
  if (await isEmbeddedServer(db.pool)) return;
  // Looked up, not taken: taking it, even for a moment, would refuse an import starting then.
  const { rows } = await db.pool.query<{ held: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM pg_locks l, (SELECT ${ROSTER_LOCK_SQL} AS k) key
       WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
         AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
         AND l.classid = ((key.k >> 32) & 4294967295)::oid AND l.objid = (key.k & 4294967295)::oid
     ) AS held`,
    [importLockKey(schoolId)],
  );
  if (rows[0]?.held) return; // an import is running: its job is alive
  await markInterruptedJobs({ db, schoolId, exceptJobId: NO_JOB, isCertain: false });
}
