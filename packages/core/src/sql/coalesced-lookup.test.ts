// Concurrent sessions and class checks share statements, and sharing changes no answer: each
// caller gets exactly its own row, strangers and other schools get nothing, a bad key fails alone.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate, createSession } from "../auth/sessions.ts";
import { getClassAccess } from "../classes/class-access.ts";
import { countQueries } from "../testing/count-queries.ts";
import { buildTestSchool, connectTestDb, viewerFor } from "../testing/test-db.ts";
import type { Viewer } from "../viewer.ts";

const db = connectTestDb();
let school: Awaited<ReturnType<typeof buildTestSchool>>;
let other: Awaited<ReturnType<typeof buildTestSchool>>;

beforeAll(async () => {
  [school, other] = await Promise.all([buildTestSchool(db, "coalesce"), buildTestSchool(db, "coalesce-other")]);
});
afterAll(() => db.close());

const USERNAMES = ["admin", "teacher1", "teacher2", "student1", "student2", "student3"];

describe("authenticate, many at once", () => {
  it("answers every token with its own viewer in a few statements, and unknown tokens with null", async () => {
    const sessions = await Promise.all(
      Array.from({ length: 60 }, (_, index) => {
        const built = index % 2 === 0 ? school : other;
        const username = USERNAMES[index % USERNAMES.length]!;
        return createSession({ db, userId: built.userIds[username]!, schoolId: built.schoolId, client: {} }).then(({ token }) => ({ token, built, username }));
      }),
    );
    const unknown = "z".repeat(43);
    const counter = countQueries(db.pool, `FROM "Session" s JOIN "User" u`);
    let viewers: Array<Viewer | null>;
    try {
      viewers = await Promise.all([...sessions.map(({ token }) => authenticate({ db, token })), authenticate({ db, token: unknown })]);
    } finally {
      counter.restore();
    }
    sessions.forEach(({ built, username }, index) => {
      expect(viewers[index]).toMatchObject({ userId: built.userIds[username], schoolId: built.schoolId });
    });
    expect(viewers.at(-1)).toBeNull();
    expect(counter.count()).toBeLessThanOrEqual(3);
  });
});

describe("getClassAccess, many at once", () => {
  it("gives members their role, admins of the school access, and strangers and other schools NOT_FOUND", async () => {
    const viewer = (built: typeof school, username: string) => viewerFor(db, built, username);
    const [teacher1, student1, student3, admin, otherAdmin] = await Promise.all([
      viewer(school, "teacher1"),
      viewer(school, "student1"),
      viewer(school, "student3"),
      viewer(school, "admin"),
      viewer(other, "admin"),
    ]);
    const classA = school.classIds["7-A"]!;
    await db.prisma.membership.update({ where: { classId_userId: { classId: classA, userId: student1.userId } }, data: { mutedAt: new Date() } });
    const counter = countQueries(db.pool, `FROM unnest(`);
    const asks = [
      [teacher1, classA],
      [student1, classA],
      [student3, classA],
      [admin, classA],
      [otherAdmin, classA],
      [teacher1, other.classIds["7-A"]!],
      [teacher1, randomUUID()],
    ] as const;
    let answers: Array<PromiseSettledResult<unknown>>;
    try {
      answers = await Promise.allSettled(Array.from({ length: 10 }, () => asks.map(([who, classId]) => getClassAccess({ db, viewer: who, classId }))).flat());
    } finally {
      counter.restore();
    }
    // 70 checks; the first goes alone, the rest wait for it and go together.
    expect(counter.count()).toBeGreaterThanOrEqual(1);
    expect(counter.count()).toBeLessThanOrEqual(3);
    const outcome = (answer: PromiseSettledResult<unknown>) => (answer.status === "fulfilled" ? answer.value : (answer.reason as { code: string }).code);
    const expected = [
      { classId: classA, role: "teacher", isMuted: false, postingPolicy: "everyone" },
      { classId: classA, role: "student", isMuted: true, postingPolicy: "everyone" },
      "NOT_FOUND",
      { classId: classA, role: "admin", isMuted: false, postingPolicy: "everyone" },
      "NOT_FOUND",
      "NOT_FOUND",
      "NOT_FOUND",
    ];
    expect(answers.map(outcome)).toEqual(Array.from({ length: 10 }, () => expected).flat());
  });

  it("fails only the lookup whose key the database refuses; its neighbours still get their answers", async () => {
    const teacher1 = await viewerFor(db, school, "teacher1");
    const classA = school.classIds["7-A"]!;
    const [before, broken, after] = await Promise.allSettled([
      getClassAccess({ db, viewer: teacher1, classId: classA }),
      getClassAccess({ db, viewer: teacher1, classId: "not-a-uuid" }),
      getClassAccess({ db, viewer: teacher1, classId: classA }),
    ]);
    expect(before).toMatchObject({ status: "fulfilled", value: { role: "teacher" } });
    expect(broken.status).toBe("rejected");
    expect(after).toMatchObject({ status: "fulfilled", value: { role: "teacher" } });
  });
});
