// What the database did during a phase, from PostgreSQL's cumulative statistics: committed
// transactions (one per autocommitted statement) and index scans of the change feed, i.e. how
// often subscriber streams re-read messages from the database instead of taking them off the bus.
import type { Db } from "@zang/db";

export type DbActivity = { commits: number; changeFeedReads: number };

/** Backends publish their counters at most about once a second, and when idle. */
const STATS_FLUSH_MS = 1500;

export async function readDbActivity(db: Db, { settle = true } = {}): Promise<DbActivity> {
  if (settle) await new Promise((resolve) => setTimeout(resolve, STATS_FLUSH_MS));
  const { rows } = await db.pool.query<{ commits: string; reads: string }>(
    `SELECT (SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()) AS commits,
            (SELECT idx_scan FROM pg_stat_user_indexes WHERE indexrelname = 'Message_classId_changeSeq_key') AS reads`,
  );
  return { commits: Number(rows[0]!.commits), changeFeedReads: Number(rows[0]!.reads ?? 0) };
}

export function activityBetween(before: DbActivity, after: DbActivity): DbActivity {
  return { commits: after.commits - before.commits, changeFeedReads: after.changeFeedReads - before.changeFeedReads };
}
