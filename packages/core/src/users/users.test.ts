import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login } from "../auth/login.ts";
import { authenticate } from "../auth/sessions.ts";
import { createLoginThrottle, DEFAULT_LOGIN_LIMITS } from "../rate-limit/login-throttle.ts";
import { MemoryCounterStore } from "../rate-limit/memory-counter-store.ts";
import { buildTestSchool, connectTestDb, TEST_PASSWORD, viewerFor } from "../testing/test-db.ts";
import { findSchoolUsers } from "./find-school-users.ts";
import { issueLoginCode } from "./issue-login-code.ts";

const db = connectTestDb();
const client = { ipAddress: "192.0.2.44", userAgent: "vitest" };
let school: Awaited<ReturnType<typeof buildTestSchool>>;
let otherSchool: Awaited<ReturnType<typeof buildTestSchool>>;

beforeAll(async () => {
  [school, otherSchool] = await Promise.all([buildTestSchool(db, "users"), buildTestSchool(db, "users-other")]);
});
afterAll(() => db.close());

describe("findSchoolUsers", () => {
  it("finds the school's people by part of their username or name, with how they sign in and their classes", async () => {
    const admin = await viewerFor(db, school, "admin");
    const found = await findSchoolUsers({ db, viewer: admin, query: "student" });
    expect(found.map((person) => [person.username, person.role, person.signIn, person.classNames, person.classCount])).toEqual([
      ["student1", "student", "password", ["7-A"], 1],
      ["student2", "student", "password", ["7-A"], 1],
      ["student3", "student", "password", ["7-B"], 1],
    ]);
    expect(await findSchoolUsers({ db, viewer: admin, query: "Teacher Two" })).toEqual([
      expect.objectContaining({ userId: school.userIds.teacher2, username: "teacher2", role: "teacher" }),
    ]);
    expect(await findSchoolUsers({ db, viewer: admin, query: "_" })).toEqual([]);
  });

  it("finds nobody of another school", async () => {
    const found = await findSchoolUsers({ db, viewer: await viewerFor(db, otherSchool, "admin"), query: "student" });
    expect(found.length).toBe(3);
    expect(found.every((person) => Object.values(otherSchool.userIds).includes(person.userId))).toBe(true);
  });
});

describe("issueLoginCode", () => {
  it("replaces a lost password with a one-time code: old sessions end, a lockout lifts, the code signs in once and asks for a new password", async () => {
    const throttle = createLoginThrottle({ store: new MemoryCounterStore() });
    const userId = school.userIds.student2!;
    const oldSession = await login({ db, throttle, input: { schoolCode: school.code, username: "student2", password: TEST_PASSWORD }, client });
    for (let i = 0; i < DEFAULT_LOGIN_LIMITS.perAccount; i++) {
      await login({ db, throttle, input: { schoolCode: school.code, username: "student2", password: "forgotten-it" }, client }).catch(() => undefined);
    }
    await expect(login({ db, throttle, input: { schoolCode: school.code, username: "student2", password: TEST_PASSWORD }, client })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });

    const issued = await issueLoginCode({ db, throttle, viewer: await viewerFor(db, school, "admin"), userId });
    expect(issued).toMatchObject({ userId, username: "student2", displayName: "Student Two", role: "student", schoolCode: school.code });
    expect(issued.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);

    expect(await authenticate({ db, token: oldSession.token })).toBeNull();
    await expect(login({ db, throttle, input: { schoolCode: school.code, username: "student2", password: TEST_PASSWORD }, client })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    const withCode = await login({ db, throttle, input: { schoolCode: school.code, username: "student2", password: issued.code.toLowerCase() }, client });
    expect(withCode.user).toMatchObject({ id: userId, mustChangePassword: true });
    const stored = await db.prisma.credential.findUniqueOrThrow({ where: { userId } });
    expect(stored).toMatchObject({ passwordHash: null, mustChangePassword: true });
    expect(stored.oneTimeCodeHash).not.toContain(issued.code);
    const [found] = await findSchoolUsers({ db, viewer: await viewerFor(db, school, "admin"), query: "student2" });
    expect(found?.signIn).toBe("code");
  });

  it("gives an account without a credential its first code", async () => {
    const userId = school.userIds.teacher2!;
    await db.prisma.credential.delete({ where: { userId } });
    const throttle = createLoginThrottle({ store: new MemoryCounterStore() });
    const issued = await issueLoginCode({ db, throttle, viewer: await viewerFor(db, school, "admin"), userId });
    const signedIn = await login({ db, throttle, input: { schoolCode: school.code, username: "teacher2", password: issued.code }, client });
    expect(signedIn.user).toMatchObject({ id: userId, mustChangePassword: true });
  });

  it("refuses the admin's own account, another school's user and a deactivated user, and changes nothing", async () => {
    const throttle = createLoginThrottle({ store: new MemoryCounterStore() });
    const admin = await viewerFor(db, school, "admin");
    const credentialsBefore = await db.prisma.credential.findMany({ where: { user: { schoolId: { in: [school.schoolId, otherSchool.schoolId] } } }, orderBy: { userId: "asc" } });
    await expect(issueLoginCode({ db, throttle, viewer: admin, userId: admin.userId })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "Change your own password on your account page.",
    });
    await expect(issueLoginCode({ db, throttle, viewer: admin, userId: otherSchool.userIds.student1! })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db.prisma.user.update({ where: { id: otherSchool.userIds.student3! }, data: { disabledAt: new Date() } });
    const otherAdmin = await viewerFor(db, otherSchool, "admin");
    await expect(issueLoginCode({ db, throttle, viewer: otherAdmin, userId: otherSchool.userIds.student3! })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const credentialsAfter = await db.prisma.credential.findMany({ where: { user: { schoolId: { in: [school.schoolId, otherSchool.schoolId] } } }, orderBy: { userId: "asc" } });
    expect(credentialsAfter).toEqual(credentialsBefore);
  });
});
