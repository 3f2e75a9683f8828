// A job left "running" by a process that was killed mid-import is shown as interrupted — but not
// while an import of the school holds its lock, and not while its heartbeat is fresh. The embedded
// database (tests without DATABASE_URL) cannot tell, and leaves such jobs to the next import.
import { buildTestSchool, connectTestDb, viewerFor } from "@zang/core/testing";
import { afterAll, describe, expect, it } from "vitest";
import { createImportJob, importLockKey, INTERRUPTED_MESSAGE, ROSTER_LOCK_SQL } from "../job/import-jobs.ts";
import { getRosterJob, listRosterJobs } from "./job-views.ts";

const db = connectTestDb();
const isEmbedded = !process.env.DATABASE_URL;
afterAll(() => db.close());

async function runningJob(school: { schoolId: string; userIds: Record<string, string> }, heartbeatAgoMs: number): Promise<string> {
  const jobId = await createImportJob({
    db,
    job: { schoolId: school.schoolId, createdById: school.userIds.admin!, actor: "admin", source: "web", fileName: "roster.csv", dryRun: false, skipInvalid: false, resetCodes: false },
  });
  await db.prisma.rosterImportJob.update({ where: { id: jobId }, data: { status: "running", phase: "merging", heartbeatAt: new Date(Date.now() - heartbeatAgoMs) } });
  return jobId;
}

describe("import jobs as admins see them", () => {
  it("shows a job whose import died as interrupted, in the list and on its own", async () => {
    const school = await buildTestSchool(db, "killed-job");
    const admin = await viewerFor(db, school, "admin");
    const killed = await runningJob(school, 60_000);
    const shown = isEmbedded ? { status: "running" } : { status: "interrupted", phase: "done", message: INTERRUPTED_MESSAGE };
    expect(await getRosterJob({ db, viewer: admin, jobId: killed })).toMatchObject(shown);

    const alsoKilled = await runningJob(school, 60_000);
    const listed = await listRosterJobs({ db, viewer: admin, limit: 10 });
    expect(listed.find((job) => job.id === alsoKilled)).toMatchObject(shown);
  });

  it("words a job's notices in the reader's language, and keeps those stored as English text", async () => {
    const school = await buildTestSchool(db, "job-notices");
    const admin = await viewerFor(db, school, "admin");
    const jobId = await runningJob(school, 0);
    const notices = [{ code: "skippedAbsent", args: ["courses.csv"] }, "An English notice of an older job."];
    await db.prisma.rosterImportJob.update({ where: { id: jobId }, data: { status: "succeeded", phase: "done", counts: { rows: {}, notices } } });
    const job = await getRosterJob({ db, viewer: admin, jobId, locale: "fa" });
    expect(job.counts).toEqual({
      rows: {},
      notices: [
        { message: "courses.csv خوانده نشد: در manifest با حالت absent آمده است.", language: "fa" },
        { message: "An English notice of an older job.", language: "en" },
      ],
    });
  });

  it.skipIf(isEmbedded)("leaves a job alone while an import of the school holds the lock, or while its heartbeat is fresh", async () => {
    const school = await buildTestSchool(db, "live-job");
    const admin = await viewerFor(db, school, "admin");
    const quiet = await runningJob(school, 60_000); // a long merge sends no heartbeats
    const importer = await db.pool.connect();
    try {
      await importer.query(`SELECT pg_advisory_lock(${ROSTER_LOCK_SQL})`, [importLockKey(school.schoolId)]);
      expect(await getRosterJob({ db, viewer: admin, jobId: quiet })).toMatchObject({ status: "running" });
      await importer.query(`SELECT pg_advisory_unlock(${ROSTER_LOCK_SQL})`, [importLockKey(school.schoolId)]);
    } finally {
      importer.release();
    }
    expect(await getRosterJob({ db, viewer: admin, jobId: quiet })).toMatchObject({ status: "interrupted" });

    const starting = await runningJob(school, 0); // has set "running", about to take the lock
    expect(await getRosterJob({ db, viewer: admin, jobId: starting })).toMatchObject({ status: "running" });
  });
});
