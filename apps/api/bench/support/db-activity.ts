// What the database did during a phase, from PostgreSQL's cumulative statistics: committed
// transactions (one per autocommitted statement) and index scans of the change feed, i.e. how
// often subscriber streams re-read messages from the database instead of taking them off the bus;
// and, when PostgreSQL runs on this machine, the CPU its backends for the database spent.
import { readFileSync } from "node:fs";
import type { Db } from "@zang/db";
import { readProcessCpuMs } from "./process-stats.ts";

export type DbActivity = { commits: number; changeFeedReads: number };

/**
 * A backend publishes its counters at most once a second; what it counted in its last second of
 * work is published after 10 s idle (PostgreSQL 15+). Read sooner, a phase is charged with the end
 * of the one before (seen: 4.1 "statements per send" that were 1.7 plus the plain inserts' tail).
 */
const STATS_FLUSH_MS = 11_000;

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

/** CPU time (ms) of each backend serving the benchmark's database, when PostgreSQL runs on this machine. */
export async function readDbBackendCpu(db: Db): Promise<Map<number, number>> {
  const { rows } = await db.pool.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`);
  return new Map(
    rows
      .filter(({ pid }) => isLocalPostgres(pid))
      .map(({ pid }) => [pid, readProcessCpuMs(pid)] as const)
      .filter(([, ms]) => Number.isFinite(ms)), // a backend that ended meanwhile
  );
}

/** A backend's pid names a process here only when PostgreSQL runs here (else it may be anything). */
function isLocalPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").startsWith("postgres");
  } catch {
    return false;
  }
}

/** CPU the database's backends spent between two readings; a backend started in between counts from zero. NaN when PostgreSQL is elsewhere. */
export function backendCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  if (after.size === 0) return Number.NaN;
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}
