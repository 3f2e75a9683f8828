// The API's own upkeep: every hour (and once soon after start) it sweeps rows that have served
// their time — expired sessions, old webhook ids, old presigned-upload records — uploads nobody
// attached, and the files of old roster imports, so tables and storage do not grow without end
// and no separate cron job is needed. Each process runs it; the sweeps are idempotent, so several processes overlapping only
// repeat a cheap indexed delete.
import { sweepExpired, sweepUnattachedFiles, type SweepResult } from "@zang/core";
import type { Db } from "@zang/db";
import type { RosterService } from "@zang/roster";
import type { FileStore } from "@zang/storage";

export const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;
/** The first sweep waits until start-up (migrations, seeding, the first requests) is over. */
const FIRST_SWEEP_AFTER_MS = 60 * 1000;

export function startHousekeeping({
  db,
  roster,
  files,
  log,
  intervalMs = HOUSEKEEPING_INTERVAL_MS,
}: {
  db: Db;
  roster?: Pick<RosterService, "removeExpiredFiles"> | undefined;
  /** The file store, whose unattached uploads are swept. */
  files?: FileStore | undefined;
  log: (line: string) => void;
  intervalMs?: number;
}): { stop(): void } {
  let running: Promise<void> | null = null;
  const sweep = () => {
    running ??= sweepExpired({ db })
      .then(async (result) => {
        if (removedAny(result)) log(`[housekeeping] removed ${result.sessions} expired sessions, ${result.webhookIds} old webhook ids, ${result.uploadRecords} old upload records`);
        const unattached = files ? await sweepUnattachedFiles({ db, store: files }) : { files: 0, objects: 0 };
        if (unattached.files > 0) log(`[housekeeping] removed ${unattached.files} uploads nobody attached (${unattached.objects} stored objects)`);
        const rosterJobs = (await roster?.removeExpiredFiles()) ?? 0;
        if (rosterJobs > 0) log(`[housekeeping] removed the kept files of ${rosterJobs} old roster imports`);
      })
      .catch((error: unknown) => log(`[housekeeping] sweep failed (will try again in an hour): ${(error as Error).message}`))
      .finally(() => (running = null));
  };
  const first = setTimeout(sweep, Math.min(FIRST_SWEEP_AFTER_MS, intervalMs));
  const every = setInterval(sweep, intervalMs);
  first.unref();
  every.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(every);
    },
  };
}

const removedAny = (result: SweepResult) => result.sessions + result.webhookIds + result.uploadRecords > 0;
