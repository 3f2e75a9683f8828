import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login } from "../auth/login.ts";
import { isAppError } from "../errors.ts";
import { createLoginThrottle } from "../rate-limit/login-throttle.ts";
import { MemoryCounterStore } from "../rate-limit/memory-counter-store.ts";
import { buildTestSchool, connectTestDb, viewerFor } from "../testing/test-db.ts";
import type { Viewer } from "../viewer.ts";
import { createUser } from "./create-user.ts";

const db = connectTestDb();
let school: Awaited<ReturnType<typeof buildTestSchool>>;
let admin: Viewer;

beforeAll(async () => {
  school = await buildTestSchool(db, "create-user");
  admin = await viewerFor(db, school, "admin");
});
afterAll(() => db.close());

describe("createUser", () => {
  it("adds a person who signs in once with the code given, then must choose a password; the log says who added them", async () => {
    const issued = await createUser({ db, viewer: admin, input: { username: "newcomer", displayName: "Nima Kamali", role: "student" } });
    expect(issued).toMatchObject({ username: "newcomer", displayName: "Nima Kamali", role: "student", schoolCode: school.code, code: expect.stringMatching(/^[0-9A-Z]{10}$/) });
    const signedIn = await login({
      db,
      throttle: createLoginThrottle({ store: new MemoryCounterStore() }),
      input: { schoolCode: school.code, username: "newcomer", password: issued.code },
      client: { ipAddress: "192.0.2.47" },
    });
    expect(signedIn.user).toMatchObject({ id: issued.userId, role: "student", mustChangePassword: true });
    expect(await db.prisma.auditEvent.findMany({ where: { schoolId: school.schoolId }, select: { action: true, actorId: true, targetUserId: true } })).toEqual([
      { action: "user_created", actorId: admin.userId, targetUserId: issued.userId },
    ]);
  });

  it("refuses a username already taken in the school, and creates nothing", async () => {
    const refused = await createUser({ db, viewer: admin, input: { username: "student1", displayName: "Someone Else", role: "teacher" } }).catch((error: unknown) => error);
    expect(isAppError(refused) && refused.code).toBe("CONFLICT");
    expect((refused as Error).message).toBe('The username "student1" is already taken in your school.');
    expect(await db.prisma.user.findFirstOrThrow({ where: { schoolId: school.schoolId, username: "student1" }, select: { displayName: true } })).toEqual({ displayName: "Student One" });
  });
});
