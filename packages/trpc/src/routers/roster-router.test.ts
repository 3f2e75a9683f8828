// Roster imports through the router: only the school's admins, and a dry run followed by the real
// import of the same upload.
import { TRPCError } from "@trpc/server";
import { buildTestSchool, connectTestDb, viewerFor } from "@zang/core/testing";
import { createImportJob } from "@zang/roster";
import { text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../app-router.ts";
import { createContextInner } from "../context.ts";
import { createTestServices, keepTestRosterUpload } from "../testing/test-services.ts";
import { createCallerFactory } from "../trpc.ts";

const db = connectTestDb();
const services = createTestServices(db);
const createCaller = createCallerFactory(appRouter);
let school: Awaited<ReturnType<typeof buildTestSchool>>;

beforeAll(async () => {
  school = await buildTestSchool(db, "roster");
});
afterAll(async () => {
  await services.roster?.idle();
  await db.close();
});

const callerAs = async (username: string) => createCaller(createContextInner({ services, viewer: await viewerFor(db, school, username) }));

async function uploadedJob(content: string): Promise<string> {
  const jobId = await createImportJob({
    db,
    job: { schoolId: school.schoolId, createdById: school.userIds.admin!, actor: "admin", source: "web", fileName: "roster.csv", dryRun: true, skipInvalid: false, resetCodes: false },
  });
  await keepTestRosterUpload(jobId, content);
  return jobId;
}

describe("roster router", () => {
  it("refuses teachers and students of the school", async () => {
    const jobId = await uploadedJob("externalId,givenName,familyName,grade,className\r\nx-1,Sara,Kamali,7,8-A\r\n");
    for (const username of ["teacher1", "student1"]) {
      const caller = await callerAs(username);
      for (const call of [
        () => caller.roster.jobs({ limit: 5 }),
        () => caller.roster.job({ jobId }),
        () => caller.roster.rerun({ fromJobId: jobId, dryRun: false, skipInvalid: false, resetCodes: false }),
        () => caller.roster.template({ language: "en" }),
      ]) {
        const error = await call().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(TRPCError);
        expect((error as TRPCError).code).toBe("FORBIDDEN");
      }
    }
  });

  it("runs a dry run, then the real import of the same upload, and lists both", async () => {
    const admin = await callerAs("admin");
    const uploadId = await uploadedJob("externalId,givenName,familyName,grade,className\r\nr-1,Sara,Kamali,8,8-A\r\nr-2,Nima,Rad,8,8-A\r\n");
    const dry = await admin.roster.rerun({ fromJobId: uploadId, dryRun: true, skipInvalid: false, resetCodes: false });
    await services.roster!.idle();
    const dryJob = await admin.roster.job({ jobId: dry.jobId });
    expect(dryJob).toMatchObject({ status: "succeeded", dryRun: true, actor: "admin", source: "web", errors: [] });
    expect(dryJob.counts).toMatchObject({ users: { created: 2 }, classes: { created: 1 } });
    expect(await db.prisma.user.count({ where: { schoolId: school.schoolId, sourcedId: { not: null } } })).toBe(0);

    const real = await admin.roster.rerun({ fromJobId: dry.jobId, dryRun: false, skipInvalid: false, resetCodes: false });
    await services.roster!.idle();
    expect(await admin.roster.job({ jobId: real.jobId })).toMatchObject({ status: "succeeded", loginCodeCount: 2 });
    const sheet = await services.roster!.openLoginCodes({ viewer: await viewerFor(db, school, "admin"), jobId: real.jobId });
    expect((await text(sheet!)).split("\r\n").filter(Boolean)).toHaveLength(3); // header and two accounts
    const jobs = await admin.roster.jobs({ limit: 10 });
    expect(jobs.map((job) => job.id)).toEqual(expect.arrayContaining([dry.jobId, real.jobId]));
    expect(jobs[0]!.createdAt.getTime()).toBeGreaterThanOrEqual(jobs[1]!.createdAt.getTime());
  });

  it("gives the template in Persian", async () => {
    const admin = await callerAs("admin");
    expect(await admin.roster.template({ language: "fa" })).toMatch(/^\uFEFFشناسه,نام,نام خانوادگی,پایه,کلاس,نقش,نام کاربری\r\n/);
  });
});
