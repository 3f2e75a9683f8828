// The one-query session and class check must say exactly what the two separate checks say, for
// every kind of caller and class: members, strangers, admins, other schools, expired sessions.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getClassAccess } from "../classes/class-access.ts";
import { buildTestSchool, connectTestDb } from "../testing/test-db.ts";
import { authenticateForClass } from "./authenticate-for-class.ts";
import { authenticate, createSession } from "./sessions.ts";

const db = connectTestDb();
let school: Awaited<ReturnType<typeof buildTestSchool>>;
let other: Awaited<ReturnType<typeof buildTestSchool>>;

beforeAll(async () => {
  [school, other] = await Promise.all([buildTestSchool(db, "auth-class"), buildTestSchool(db, "auth-class-other")]);
});
afterAll(() => db.close());

/** What the two separate checks answer. */
async function separately(token: string, classId: string) {
  const viewer = await authenticate({ db, token });
  const classAccess = viewer ? await getClassAccess({ db, viewer, classId }).catch(() => null) : null;
  return { viewer, classAccess };
}

describe("authenticateForClass", () => {
  it("agrees with authenticate and getClassAccess for every caller and class", async () => {
    const session = (built: typeof school, username: string, expiresAt?: Date) =>
      createSession({ db, userId: built.userIds[username]!, schoolId: built.schoolId, client: {}, ...(expiresAt ? { now: new Date(expiresAt.getTime() - 31 * 24 * 3600_000) } : {}) }).then(({ token }) => token);
    const tokens = await Promise.all([
      session(school, "teacher1"),
      session(school, "student1"),
      session(school, "student3"),
      session(school, "admin"),
      session(other, "admin"),
      session(school, "student2", new Date(Date.now() - 1000)), // expired a second ago
    ]);
    tokens.push("not-a-token", "x".repeat(43));
    const archived = await db.prisma.classGroup.create({ data: { schoolId: school.schoolId, name: "old", archivedAt: new Date() }, select: { id: true } });
    await db.prisma.membership.create({ data: { classId: archived.id, userId: school.userIds.teacher1!, schoolId: school.schoolId, role: "teacher" } });
    await db.prisma.membership.update({ where: { classId_userId: { classId: school.classIds["7-A"]!, userId: school.userIds.student2! } }, data: { mutedAt: new Date() } });
    const classIds = [school.classIds["7-A"]!, school.classIds["7-B"]!, other.classIds["7-A"]!, archived.id, randomUUID(), "not-a-class"];

    // Concurrent checks share statements: the first goes alone (a prepared statement), the rest
    // together (arrays). Both forms must answer as the checks made one at a time.
    const sessionsTogether = await Promise.all(tokens.map((token) => authenticate({ db, token })));
    for (const [index, token] of tokens.entries()) expect(sessionsTogether[index]).toEqual(await authenticate({ db, token }));

    let granted = 0;
    for (const token of tokens) {
      const answers = await Promise.all(classIds.map((classId) => authenticateForClass({ db, token, classId })));
      for (const [index, classId] of classIds.entries()) {
        expect(answers[index], `token ${tokens.indexOf(token)}, class ${index}`).toEqual(await separately(token, classId));
        if (answers[index]!.classAccess) granted++;
      }
    }
    // teacher1, student1 and the admin in 7-A; student3 and the admin in 7-B; the other school's
    // admin in their own 7-A. Nobody in the archived class, a stranger's class or another school's.
    expect(granted).toBe(6);
  });
});
