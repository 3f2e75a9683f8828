// What admins see of import jobs: the school's recent jobs, and one job with its first problems.
// Every query carries the viewer's school, so another school's job ids answer NOT_FOUND. A job
// left running by a killed process is settled first (killed-jobs.ts).
import { AppError, type Viewer } from "@zang/core";
import type { Db, Prisma } from "@zang/db";
import { wordNotice, wordProblem, type ImportNotice, type ProblemLocale } from "../problems/problem-catalog.ts";
import { settleKilledJobs } from "./killed-jobs.ts";

const JOB_SELECT = {
  id: true,
  actor: true,
  source: true,
  fileName: true,
  format: true,
  dryRun: true,
  skipInvalid: true,
  resetCodes: true,
  status: true,
  phase: true,
  rowsRead: true,
  bytesRead: true,
  bytesTotal: true,
  counts: true,
  errorCount: true,
  loginCodeCount: true,
  message: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
} satisfies Prisma.RosterImportJobSelect;

export type RosterJobView = Prisma.RosterImportJobGetPayload<{ select: typeof JOB_SELECT }>;

/** Problems shown with a job; the whole list is the error report download. */
export const SHOWN_ERRORS = 200;

const isUnfinished = (job: { status: string }) => job.status === "running" || job.status === "queued";

export async function listRosterJobs({ db, viewer, limit }: { db: Db; viewer: Viewer; limit: number }): Promise<RosterJobView[]> {
  const read = () => db.prisma.rosterImportJob.findMany({ where: { schoolId: viewer.schoolId }, orderBy: { createdAt: "desc" }, take: limit, select: JOB_SELECT });
  const jobs = await read();
  if (!jobs.some(isUnfinished)) return jobs;
  await settleKilledJobs(db, viewer.schoolId);
  return read();
}

/** The job and its first problems, worded in `locale`. */
export async function getRosterJob({ db, viewer, jobId, locale = "en" }: { db: Db; viewer: Viewer; jobId: string; locale?: ProblemLocale }) {
  const read = () => db.prisma.rosterImportJob.findFirst({ where: { id: jobId, schoolId: viewer.schoolId }, select: JOB_SELECT });
  let job = await read();
  if (job && isUnfinished(job)) {
    await settleKilledJobs(db, viewer.schoolId);
    job = await read();
  }
  if (!job) throw new AppError({ code: "NOT_FOUND", message: "No such import." });
  const rows = await db.prisma.rosterImportError.findMany({
    where: { jobId: job.id },
    orderBy: { id: "asc" },
    take: SHOWN_ERRORS,
    select: { file: true, line: true, column: true, code: true, args: true, message: true },
  });
  // `language` says which way the message runs: refusals of a whole upload are English whatever the locale.
  const errors = rows.map(({ file, line, column, ...problem }) => ({ file, line, column, ...wordProblem(problem, locale) }));
  return { ...job, counts: withWordedNotices(job.counts, locale), errors };
}

/** A job's counts (JSON, from jobs of any age) with each notice worded in `locale`. */
function withWordedNotices(counts: Prisma.JsonValue, locale: ProblemLocale): Prisma.JsonValue {
  if (typeof counts !== "object" || counts === null || Array.isArray(counts) || !Array.isArray(counts.notices)) return counts;
  return { ...counts, notices: counts.notices.map((notice) => wordNotice(notice as ImportNotice | string, locale)) };
}

/** The job, if it belongs to the viewer's school (for downloads). */
export async function requireRosterJob({ db, viewer, jobId }: { db: Db; viewer: Viewer; jobId: string }) {
  const job = await db.prisma.rosterImportJob.findFirst({
    where: { id: jobId, schoolId: viewer.schoolId },
    select: { id: true, fileName: true, loginCodeCount: true, status: true, dryRun: true },
  });
  if (!job) throw new AppError({ code: "NOT_FOUND", message: "No such import." });
  return job;
}
