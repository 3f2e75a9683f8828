// The RosterImportJob record: created before an import starts, moved forward while it runs, and
// finished in the same transaction as the import's changes (so a job that says "succeeded" did).
import type { Db, Prisma } from "@zang/db";
import type { ImportCounts } from "../merge/apply.ts";
import type { ImportNotice } from "../problems/problem-catalog.ts";

export type ImportJobSource = "web" | "cli";

export type NewImportJob = {
  schoolId: string;
  createdById: string | null;
  actor: string;
  source: ImportJobSource;
  fileName: string;
  dryRun: boolean;
  skipInvalid: boolean;
  resetCodes: boolean;
  bytesTotal?: number | null;
};

export async function createImportJob({ db, job }: { db: Db; job: NewImportJob }): Promise<string> {
  const created = await db.prisma.rosterImportJob.create({
    data: { ...job, bytesTotal: job.bytesTotal ?? null },
    select: { id: true },
  });
  return created.id;
}

/** The advisory lock key (`$1`) of the roster work of a school: `job.<schoolId>` while an import runs, `<schoolId>` while it merges. */
export const ROSTER_LOCK_SQL = `hashtextextended('zang.roster.' || $1, 0)`;
export const importLockKey = (schoolId: string) => `job.${schoolId}`;

/** A running job whose heartbeat is older than this was killed (the process ended mid-import). */
export const STALE_JOB_MS = 30_000;
export const INTERRUPTED_MESSAGE = "The import stopped before it finished (its process ended). Nothing was changed: run it again.";

/**
 * Marks the school's jobs that stopped without finishing. `isCertain`: the caller holds the
 * school's import lock, so no other job of the school can be running.
 */
export async function markInterruptedJobs({ db, schoolId, exceptJobId, isCertain }: { db: Db; schoolId: string; exceptJobId: string; isCertain: boolean }): Promise<void> {
  await db.pool.query(
    `UPDATE "RosterImportJob" SET status = 'interrupted', phase = 'done', "finishedAt" = now(), message = $3
     WHERE "schoolId" = $1 AND id <> $2
       AND ((status = 'running' AND ($4 OR coalesce("heartbeatAt", "createdAt") < now() - make_interval(secs => $5)))
         -- a job still queued after an hour lost its upload with its process
         OR (status = 'queued' AND "createdAt" < now() - interval '1 hour'))`,
    [schoolId, exceptJobId, INTERRUPTED_MESSAGE, isCertain, STALE_JOB_MS / 1000],
  );
}

export type JobProgress = { phase: string; rowsRead: number; bytesRead: number; bytesTotal: number | null };

/**
 * Writes progress to the job row from the shared pool, at most one update in flight: while the
 * import's transaction holds the embedded database, updates wait and must never be awaited by
 * the import itself. `WHERE status = 'running'` keeps a late update from undoing the final state.
 */
export function createProgressWriter({ db, jobId, intervalMs = 1000 }: { db: Db; jobId: string; intervalMs?: number }) {
  let latest: JobProgress | null = null;
  let inFlight: Promise<void> | null = null;
  let lastSent = 0;
  const send = () => {
    if (!latest || inFlight) return;
    const progress = latest;
    latest = null;
    lastSent = Date.now();
    inFlight = db.pool
      .query(
        `UPDATE "RosterImportJob" SET phase = $2, "rowsRead" = $3, "bytesRead" = $4, "bytesTotal" = coalesce($5, "bytesTotal"), "heartbeatAt" = now()
         WHERE id = $1 AND status = 'running'`,
        [jobId, progress.phase, progress.rowsRead, progress.bytesRead, progress.bytesTotal],
      )
      .then(
        () => {},
        () => {}, // progress is best effort; the final state is written with the import
      )
      .finally(() => {
        inFlight = null;
        if (latest && Date.now() - lastSent >= intervalMs) send();
      });
  };
  return {
    report(progress: JobProgress, { force = false } = {}) {
      latest = progress;
      if (force || Date.now() - lastSent >= intervalMs) send();
    },
    /** Waits for the update in flight (call only when the import's transaction is over). */
    async settle() {
      latest = null;
      await inFlight;
    },
  };
}

export type FinishedJob = {
  status: "succeeded" | "refused" | "failed";
  format: string | null;
  counts: (ImportCounts & { notices: ImportNotice[]; rows: Record<string, number> }) | null;
  errorCount: number;
  loginCodeCount: number;
  message: string | null;
};

export function finishJobSql(): string {
  return `UPDATE "RosterImportJob" SET status = $2::"RosterImportStatus", format = $3, counts = $4::jsonb, "errorCount" = $5, "loginCodeCount" = $6,
            message = $7, phase = 'done', "finishedAt" = now(), "heartbeatAt" = now()
          WHERE id = $1`;
}

export function finishJobParams(jobId: string, job: FinishedJob): unknown[] {
  return [jobId, job.status, job.format, job.counts ? JSON.stringify(job.counts) : null, job.errorCount, job.loginCodeCount, job.message];
}

export type JobCounts = Prisma.JsonValue;
