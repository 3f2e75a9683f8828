import { buildTestSchool, connectTestDb } from "@zang/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importForTest, manifestCsv, oneRosterCsv, smallRoster, tempDir, writeFolder, zipArchive } from "../testing/index.ts";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";

const db = connectTestDb();
let workDir: string;
beforeAll(async () => {
  workDir = await tempDir();
});
afterAll(() => db.close());

async function schoolState(schoolId: string) {
  const users = await db.prisma.user.findMany({
    where: { schoolId, sourcedId: { not: null } },
    select: { sourcedId: true, username: true, displayName: true, role: true, disabledAt: true, updatedAt: true },
    orderBy: { sourcedId: "asc" },
  });
  const classes = await db.prisma.classGroup.findMany({ where: { schoolId, sourcedId: { not: null } }, select: { sourcedId: true, name: true, grade: true, archivedAt: true, updatedAt: true }, orderBy: { sourcedId: "asc" } });
  const memberships = await db.prisma.membership.findMany({
    where: { schoolId, sourcedId: { not: null } },
    select: { sourcedId: true, role: true, classGroup: { select: { sourcedId: true } }, user: { select: { sourcedId: true } } },
    orderBy: { sourcedId: "asc" },
  });
  return { users, classes, memberships };
}

describe("OneRoster bulk import", () => {
  it("creates users, classes and enrollments, and a login-code sheet of the new accounts", async () => {
    const school = await buildTestSchool(db, "bulk");
    const roster = smallRoster({ classes: 2, studentsPerClass: 3 });
    const path = await writeFolder(workDir, "bulk-1", roster.files);
    const result = await importForTest({ db, school, path, workDir });

    expect(result).toMatchObject({ status: "succeeded", errorCount: 0, loginCodeCount: 8, format: "oneroster" });
    expect(result.counts?.users).toMatchObject({ created: 8, updated: 0, deactivated: 0, rejected: 0 });
    expect(result.counts?.classes).toMatchObject({ created: 2 });
    expect(result.counts?.enrollments).toMatchObject({ created: 8 });
    const state = await schoolState(school.schoolId);
    expect(state.users).toHaveLength(8);
    expect(state.users.find((user) => user.sourcedId === "s-1")).toMatchObject({ username: "pupil1", role: "student", disabledAt: null });
    expect(state.memberships.find((m) => m.sourcedId === "e-t-1")).toMatchObject({ role: "teacher", classGroup: { sourcedId: "class-1" }, user: { sourcedId: "t-1" } });

    const lines = result.sheet!.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("schoolCode,username,name,role,class,loginCode");
    expect(lines).toHaveLength(9);
    expect(lines.filter((line) => line.includes(",student,"))).toHaveLength(6);
    for (const line of lines.slice(1)) expect(line).toMatch(new RegExp(`^${school.code},[a-z0-9]+,[^,]+,(student|teacher),7-[12],[0-9A-HJKMNP-TV-Z]{10}$`));
    const credential = await db.prisma.credential.findFirstOrThrow({ where: { user: { schoolId: school.schoolId, sourcedId: "s-1" } } });
    expect(credential).toMatchObject({ passwordHash: null, mustChangePassword: true, oneTimeCodeHash: expect.stringMatching(/^sha256\$[0-9a-f]{32}\$[0-9a-f]{64}$/) });
  });

  it("changes nothing when the same files are imported again, and updates only what changed", async () => {
    const school = await buildTestSchool(db, "again");
    const roster = smallRoster({ classes: 2, studentsPerClass: 3 });
    const path = await writeFolder(workDir, "again-1", roster.files);
    await importForTest({ db, school, path, workDir });
    const before = await schoolState(school.schoolId);

    const second = await importForTest({ db, school, path, workDir });
    expect(second).toMatchObject({ status: "succeeded", loginCodeCount: 0, sheet: null });
    // Both imports are in the activity log, as done on the command line; the second changed nothing.
    const logged = await db.prisma.auditEvent.findMany({ where: { schoolId: school.schoolId }, orderBy: { id: "asc" }, select: { action: true, actorId: true, details: true } });
    expect(logged.map(({ action, actorId, details }) => [action, actorId, (details as { via: string }).via])).toEqual([
      ["roster_imported", null, "command_line"],
      ["roster_imported", null, "command_line"],
    ]);
    expect((logged[1]!.details as { rosterImport: unknown }).rosterImport).toMatchObject({
      jobId: second.jobId,
      changes: { users: { created: 0, updated: 0, deactivated: 0 }, enrollments: { created: 0, updated: 0, deactivated: 0 } },
      loginCodes: 0,
    });
    expect(second.counts?.users).toMatchObject({ created: 0, updated: 0, deactivated: 0, unchanged: 8 });
    expect(second.counts?.enrollments).toMatchObject({ created: 0, updated: 0, deactivated: 0, unchanged: 8 });
    expect(await schoolState(school.schoolId)).toEqual(before);

    // s-2 is renamed, s-3 leaves, e-s-1 moves to class-2, and a new student arrives.
    const changed = smallRoster({ classes: 2, studentsPerClass: 3 });
    changed.files["users.csv"] = (changed.files["users.csv"] as string)
      .replace(/\r\ns-3,[^\r]*/, "")
      .replace(/(s-2,,,true,org-1,student,pupil2,,)[^,]*,/, "$1Parisa,")
      .concat("s-new,,,true,org-1,student,newcomer,,Nima,Kamali,,,,,,,07,\r\n");
    changed.files["enrollments.csv"] = (changed.files["enrollments.csv"] as string)
      .replace(/\r\ne-s-3,[^\r]*/, "")
      .replace("e-s-1,,,class-1", "e-s-1,,,class-2")
      .concat("e-s-new,,,class-1,org-1,s-new,student,,,\r\n");
    const third = await importForTest({ db, school, path: await writeFolder(workDir, "again-2", changed.files), workDir });
    expect(third.errors).toEqual([]);
    expect(third.counts?.users).toMatchObject({ created: 1, updated: 1, deactivated: 1, unchanged: 6 });
    expect(third.counts?.enrollments).toMatchObject({ created: 1, updated: 1, deactivated: 1, unchanged: 6 });
    expect(third.loginCodeCount).toBe(1);
    expect(third.sheet).toContain(",newcomer,Nima Kamali,student,7-1,");

    const after = await schoolState(school.schoolId);
    expect(after.users.find((user) => user.sourcedId === "s-2")?.displayName).toMatch(/^Parisa /);
    expect(after.users.find((user) => user.sourcedId === "s-3")?.disabledAt).toBeInstanceOf(Date);
    expect(after.memberships.find((m) => m.sourcedId === "e-s-1")?.classGroup.sourcedId).toBe("class-2");
    expect(after.memberships.some((m) => m.sourcedId === "e-s-3")).toBe(false);
    const untouched = after.users.find((user) => user.sourcedId === "s-4");
    expect(untouched?.updatedAt).toEqual(before.users.find((user) => user.sourcedId === "s-4")?.updatedAt);
  });

  it("reads the same package from a zip, with the files inside a folder", async () => {
    const school = await buildTestSchool(db, "zip");
    const zipPath = join(workDir, "roster.zip");
    await writeFile(zipPath, zipArchive(smallRoster().files, { folder: "export-2024/" }));
    const result = await importForTest({ db, school, path: zipPath, workDir });
    expect(result).toMatchObject({ status: "succeeded", loginCodeCount: 8 });
  });
});

describe("dry run", () => {
  it("reports what would be created and changes nothing", async () => {
    const school = await buildTestSchool(db, "dry");
    const path = await writeFolder(workDir, "dry-1", smallRoster().files);
    const result = await importForTest({ db, school, path, workDir, dryRun: true });
    expect(result).toMatchObject({ status: "succeeded", dryRun: true, loginCodeCount: 0, sheet: null, message: "Dry run: nothing was changed." });
    expect(result.counts?.users).toMatchObject({ created: 8 });
    expect(result.counts?.enrollments).toMatchObject({ created: 8 });
    expect(await schoolState(school.schoolId)).toEqual({ users: [], classes: [], memberships: [] });
    expect(await db.prisma.auditEvent.count({ where: { schoolId: school.schoolId } })).toBe(0);
  });
});

describe("delta import", () => {
  it("deactivates users and removes enrollments marked tobedeleted, leaving the rest alone", async () => {
    const school = await buildTestSchool(db, "delta");
    await importForTest({ db, school, path: await writeFolder(workDir, "delta-0", smallRoster().files), workDir });
    const delta = {
      "manifest.csv": manifestCsv({ users: "delta", enrollments: "delta" }),
      "users.csv": oneRosterCsv("users", [
        { sourcedId: "s-1", status: "tobedeleted", dateLastModified: "2024-10-01T08:00:00.000Z" },
        { sourcedId: "s-9", status: "active", dateLastModified: "2024-10-01T08:00:00.000Z", enabledUser: "true", orgSourcedIds: "org-1", role: "student", username: "late", givenName: "Late", familyName: "Comer" },
      ]),
      "enrollments.csv": oneRosterCsv("enrollments", [
        { sourcedId: "e-s-2", status: "tobedeleted", dateLastModified: "2024-10-01" },
        { sourcedId: "e-s-9", status: "active", dateLastModified: "2024-10-01", classSourcedId: "class-1", schoolSourcedId: "org-1", userSourcedId: "s-9", role: "student" },
      ]),
    };
    const result = await importForTest({ db, school, path: await writeFolder(workDir, "delta-1", delta), workDir });
    expect(result.errors).toEqual([]);
    expect(result.counts?.users).toMatchObject({ created: 1, deactivated: 1 });
    expect(result.counts?.enrollments).toMatchObject({ created: 1, deactivated: 1 });
    const state = await schoolState(school.schoolId);
    expect(state.users.find((user) => user.sourcedId === "s-1")?.disabledAt).toBeInstanceOf(Date);
    expect(state.users.filter((user) => user.disabledAt === null)).toHaveLength(8);
    expect(state.memberships.map((m) => m.sourcedId)).not.toContain("e-s-2");
    expect(state.memberships.map((m) => m.sourcedId)).toContain("e-s-9");
    expect(state.classes).toHaveLength(2); // classes absent from the delta: untouched
  });
});
