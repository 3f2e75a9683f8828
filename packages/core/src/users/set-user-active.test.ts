import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "../audit/list-audit-events.ts";
import { login } from "../auth/login.ts";
import { authenticate } from "../auth/sessions.ts";
import { createLoginThrottle } from "../rate-limit/login-throttle.ts";
import { MemoryCounterStore } from "../rate-limit/memory-counter-store.ts";
import { buildTestSchool, connectTestDb, TEST_PASSWORD, viewerFor } from "../testing/test-db.ts";
import { findSchoolUsers } from "./find-school-users.ts";
import { setUserActive } from "./set-user-active.ts";

const db = connectTestDb();
const client = { ipAddress: "192.0.2.46", userAgent: "vitest" };
const throttle = createLoginThrottle({ store: new MemoryCounterStore() });
let school: Awaited<ReturnType<typeof buildTestSchool>>;

beforeAll(async () => {
  school = await buildTestSchool(db, "deactivate");
});
afterAll(() => db.close());

const signIn = (password = TEST_PASSWORD) => login({ db, throttle, input: { schoolCode: school.code, username: "student1", password }, client });

describe("setUserActive", () => {
  it("deactivates an account: its sessions end, it cannot sign in, and reactivating brings it back as it was", async () => {
    const admin = await viewerFor(db, school, "admin");
    const userId = school.userIds.student1!;
    const session = await signIn();

    await setUserActive({ db, viewer: admin, input: { userId, active: false } });
    expect(await authenticate({ db, token: session.token })).toBeNull();
    await expect(signIn()).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    // Still in its class, and still found by the admin, marked as deactivated.
    expect(await db.prisma.membership.count({ where: { userId } })).toBe(1);
    expect(await findSchoolUsers({ db, viewer: admin, query: "student1" })).toEqual([expect.objectContaining({ userId, isActive: false, classNames: ["7-A"] })]);

    // Deactivating again changes nothing.
    await setUserActive({ db, viewer: admin, input: { userId, active: false } });
    await setUserActive({ db, viewer: admin, input: { userId, active: true } });
    expect((await signIn()).user).toMatchObject({ id: userId, mustChangePassword: false });
    expect(await findSchoolUsers({ db, viewer: admin, query: "student1" })).toEqual([expect.objectContaining({ userId, isActive: true })]);

    const log = await listAuditEvents({ db, viewer: admin, input: { limit: 10, userId } });
    expect(log.entries.map((entry) => [entry.action, entry.actor?.username])).toEqual([
      ["user_reactivated", "admin"],
      ["user_deactivated", "admin"],
    ]);
  });

  it("refuses the admin's own account and another school's user, and changes nothing", async () => {
    const admin = await viewerFor(db, school, "admin");
    const otherSchool = await buildTestSchool(db, "deactivate-other");
    await expect(setUserActive({ db, viewer: admin, input: { userId: admin.userId, active: false } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(setUserActive({ db, viewer: admin, input: { userId: otherSchool.userIds.student1!, active: false } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.prisma.user.count({ where: { schoolId: { in: [school.schoolId, otherSchool.schoolId] }, disabledAt: { not: null } } })).toBe(0);
  });
});
