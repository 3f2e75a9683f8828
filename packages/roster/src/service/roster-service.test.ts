// Web imports across API processes: each process has its own scratch folder, and they share the
// database and the file store (a local folder here, S3 in a deployment of several machines). What
// one process imported, another serves and imports again; what is kept goes after its time.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { isAppError } from "@zang/core";
import { buildTestSchool, connectTestDb, viewerFor } from "@zang/core/testing";
import { createFileStore, type FileStore } from "@zang/storage";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../testing/index.ts";
import { createRosterService, type ImportOptions, type RosterService } from "./roster-service.ts";

const db = connectTestDb();
const REAL: ImportOptions = { dryRun: false, skipInvalid: false, resetCodes: false };
const CSV = "externalId,givenName,familyName,grade,className\r\np-1,Sara,Kamali,8,8-A\r\np-2,Nima,Rad,8,8-A\r\n";
let dataDir: string;
let store: FileStore;

beforeAll(async () => {
  dataDir = await tempDir("zang-roster-service-");
  store = createFileStore({ kind: "local", rootDir: join(dataDir, "files") });
});
afterAll(() => db.close());

/** One API process's roster service: its own scratch folder, the shared store. */
function processNamed(name: string, processStore: FileStore = store): { service: RosterService; workDir: string; failures: unknown[] } {
  const workDir = join(dataDir, name);
  const failures: unknown[] = [];
  return { service: createRosterService({ db, store: processStore, workDir, onInternalError: (error) => failures.push(error) }), workDir, failures };
}

async function finishedJob(service: RosterService, jobId: string) {
  await service.idle();
  return db.prisma.rosterImportJob.findUniqueOrThrow({ where: { id: jobId }, select: { status: true, loginCodeCount: true, message: true, bytesTotal: true } });
}

describe("roster imports from the web, across processes", () => {
  it("serves the sheet and imports the upload again from a process that never saw them", async () => {
    const school = await buildTestSchool(db, "roster-processes");
    const admin = await viewerFor(db, school, "admin");
    const first = processNamed("first");
    const second = processNamed("second");

    const dry = await first.service.startUpload({ viewer: admin, fileName: "roster.csv", body: Readable.from([Buffer.from(CSV)]), options: { ...REAL, dryRun: true } });
    expect(await finishedJob(first.service, dry.jobId)).toMatchObject({ status: "succeeded", loginCodeCount: 0, bytesTotal: BigInt(CSV.length) });
    expect(await readdir(first.workDir)).toEqual([]); // the scratch copy goes with its import

    const real = await second.service.startFromJob({ viewer: admin, fromJobId: dry.jobId, options: REAL });
    expect(await finishedJob(second.service, real.jobId)).toMatchObject({ status: "succeeded", loginCodeCount: 2, bytesTotal: BigInt(CSV.length) });
    expect(await db.prisma.user.count({ where: { schoolId: school.schoolId, sourcedId: { in: ["p-1", "p-2"] } } })).toBe(2);

    const sheet = await text((await first.service.openLoginCodes({ viewer: admin, jobId: real.jobId }))!);
    const lines = sheet.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("schoolCode,username,name,role,class,loginCode");
    expect(lines.slice(1).map((line) => line.split(",")[2])).toEqual(expect.arrayContaining(["Sara Kamali", "Nima Rad"]));
    expect(await first.service.openLoginCodes({ viewer: admin, jobId: dry.jobId })).toBeNull(); // a dry run issues no codes
    expect([...first.failures, ...second.failures]).toEqual([]);

    // The activity log has the real import, by the admin who started it; the dry run changed nothing and is not there.
    const logged = await db.prisma.auditEvent.findMany({ where: { schoolId: school.schoolId }, select: { action: true, actorId: true, details: true } });
    expect(logged).toEqual([
      {
        action: "roster_imported",
        actorId: admin.userId,
        details: {
          via: "web",
          rosterImport: {
            jobId: real.jobId,
            fileName: "roster.csv",
            changes: { users: { created: 2, updated: 0, deactivated: 0 }, classes: { created: 1, updated: 0, deactivated: 0 }, enrollments: { created: 2, updated: 0, deactivated: 0 } },
            loginCodes: 2,
          },
        },
      },
    ]);
  });

  it("removes what it kept after the retention time; an import of it then says to upload again", async () => {
    const school = await buildTestSchool(db, "roster-retention");
    const admin = await viewerFor(db, school, "admin");
    const { service } = processNamed("retention");
    const old = await service.startUpload({ viewer: admin, fileName: "roster.csv", body: Readable.from([Buffer.from(CSV)]), options: REAL });
    expect(await finishedJob(service, old.jobId)).toMatchObject({ status: "succeeded", loginCodeCount: 2 });
    const recent = await service.startUpload({ viewer: admin, fileName: "roster.csv", body: Readable.from([Buffer.from(CSV)]), options: { ...REAL, dryRun: true } });
    expect(await finishedJob(service, recent.jobId)).toMatchObject({ status: "succeeded" });
    await db.prisma.rosterImportJob.update({ where: { id: old.jobId }, data: { createdAt: new Date(Date.now() - 8 * 24 * 3600 * 1000) } });

    expect(await service.removeExpiredFiles()).toBe(1);
    expect(await service.openLoginCodes({ viewer: admin, jobId: old.jobId })).toBeNull();
    const refusal = await service.startFromJob({ viewer: admin, fromJobId: old.jobId, options: REAL }).catch((error: unknown) => error);
    expect(isAppError(refusal) && refusal.code).toBe("NOT_FOUND");
    expect((refusal as Error).message).toMatch(/no longer kept/);
    const again = await service.startFromJob({ viewer: admin, fromJobId: recent.jobId, options: { ...REAL, dryRun: true } });
    expect(await finishedJob(service, again.jobId)).toMatchObject({ status: "succeeded" });
  });

  it("fails the import and changes nothing when the login-code sheet cannot be kept", async () => {
    const school = await buildTestSchool(db, "roster-unkept");
    const admin = await viewerFor(db, school, "admin");
    const refusingSheets: FileStore = {
      ...store,
      commitTemp: (tempKey, target) => (target.key.endsWith("login-codes.csv") ? Promise.reject(new Error("the store is down")) : store.commitTemp(tempKey, target)),
    };
    const { service, failures } = processNamed("unkept", refusingSheets);
    const { jobId } = await service.startUpload({ viewer: admin, fileName: "roster.csv", body: Readable.from([Buffer.from(CSV)]), options: REAL });
    expect(await finishedJob(service, jobId)).toMatchObject({ status: "failed", loginCodeCount: 0, message: expect.stringMatching(/Nothing was changed/) });
    expect(await db.prisma.user.count({ where: { schoolId: school.schoolId, sourcedId: { not: null } } })).toBe(0);
    expect(await db.prisma.auditEvent.count({ where: { schoolId: school.schoolId } })).toBe(0);
    expect(failures.map((error) => (error as Error).message)).toEqual(["the store is down"]);
  });
});
