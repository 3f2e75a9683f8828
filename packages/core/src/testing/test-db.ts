// Test helpers: a Db on the run's fresh database, and a two-school fixture for isolation tests.
import { randomBytes } from "node:crypto";
import { createDb, type Db } from "@zang/db";
import { testDatabaseUrl } from "@zang/db/testing";
import { buildSchool, type BuiltSchool } from "../seed/build-school.ts";
import type { Viewer } from "../viewer.ts";

export function connectTestDb(): Db {
  return createDb({ url: testDatabaseUrl(), poolSize: 4 });
}

export const TEST_PASSWORD = "correct-horse-battery";

/** A small school with a unique code, so test files can share one database without colliding. */
export async function buildTestSchool(db: Db, prefix = "school"): Promise<BuiltSchool & { code: string }> {
  const code = `${prefix}-${randomBytes(4).toString("hex")}`;
  const built = await buildSchool({
    db,
    spec: {
      code,
      name: `School ${code}`,
      users: [
        { username: "admin", displayName: "Admin", role: "admin", password: TEST_PASSWORD },
        { username: "teacher1", displayName: "Teacher One", role: "teacher", password: TEST_PASSWORD },
        { username: "teacher2", displayName: "Teacher Two", role: "teacher", password: TEST_PASSWORD },
        { username: "student1", displayName: "Student One", role: "student", password: TEST_PASSWORD },
        { username: "student2", displayName: "Student Two", role: "student", password: TEST_PASSWORD },
        { username: "student3", displayName: "Student Three", role: "student", password: TEST_PASSWORD },
      ],
      classes: [
        { name: "7-A", grade: "7", members: [{ username: "teacher1", role: "teacher" }, { username: "student1", role: "student" }, { username: "student2", role: "student" }] },
        { name: "7-B", grade: "7", members: [{ username: "teacher2", role: "teacher" }, { username: "student3", role: "student" }] },
      ],
    },
  });
  return { ...built, code };
}

/** A viewer for a user of a built school, with a real session row behind it. */
export async function viewerFor(db: Db, school: BuiltSchool, username: string): Promise<Viewer> {
  const user = await db.prisma.user.findUniqueOrThrow({
    where: { id: school.userIds[username] },
    select: { id: true, schoolId: true, role: true, displayName: true },
  });
  const session = await db.prisma.session.create({
    data: { tokenHash: Uint8Array.from(randomBytes(32)), userId: user.id, schoolId: user.schoolId, expiresAt: new Date(Date.now() + 3_600_000) },
    select: { id: true },
  });
  return { userId: user.id, schoolId: user.schoolId, role: user.role, displayName: user.displayName, sessionId: session.id };
}
