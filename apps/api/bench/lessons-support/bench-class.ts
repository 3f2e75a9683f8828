// One class for the lessons benchmark: a teacher and `students` students with a session each, so
// every student can ask for a join token without logging in. The school comes from the seed
// factory; the students are added with set-based SQL (hashing 1,000 passwords would measure
// nothing) and get no password at all.
import { buildSchool, generateSessionToken, hashSessionToken, SESSION_IDLE_MS } from "@zang/core";
import type { Db } from "@zang/db";

export type LessonBenchClass = {
  schoolId: string;
  classId: string;
  teacher: { id: string; token: string };
  /** In order: student 1 first. */
  students: Array<{ id: string; token: string }>;
};

export async function buildLessonBenchClass({ db, students }: { db: Db; students: number }): Promise<LessonBenchClass> {
  const built = await buildSchool({
    db,
    spec: {
      code: "bench-lessons",
      name: "Bench lessons school",
      users: [{ username: "teacher1", displayName: "معلم آزمایشی", role: "teacher", password: "bench-pass-1234" }],
      classes: [{ name: "live", members: [{ username: "teacher1", role: "teacher" }] }],
    },
  });
  const schoolId = built.schoolId;
  const classId = built.classIds.live!;
  const teacherId = built.userIds.teacher1!;
  const numbers = Array.from({ length: students }, (_, index) => index + 1);
  const tokens = numbers.map(() => generateSessionToken());
  const teacherToken = generateSessionToken();
  const hex = (token: string) => Buffer.from(hashSessionToken(token)).toString("hex");

  const client = await db.pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ id: string; n: number }>(
      `INSERT INTO "User" ("schoolId", username, "displayName", role)
       SELECT $1, 'student' || n, 'دانش‌آموز ' || n, 'student' FROM unnest($2::int[]) AS n
       RETURNING id, substr(username, 8)::int AS n`,
      [schoolId, numbers],
    );
    const studentIds = rows.sort((a, b) => a.n - b.n).map((row) => row.id);
    await client.query(`INSERT INTO "Membership" ("classId", "userId", "schoolId", role) SELECT $2, id, $3, 'student' FROM unnest($1::uuid[]) AS id`, [
      studentIds,
      classId,
      schoolId,
    ]);
    await client.query(
      `INSERT INTO "Session" ("tokenHash", "userId", "schoolId", "expiresAt")
       SELECT decode(h, 'hex'), id, $3, now() + $4 * interval '1 millisecond' FROM unnest($1::text[], $2::uuid[]) AS s(h, id)`,
      [[...tokens.map(hex), hex(teacherToken)], [...studentIds, teacherId], schoolId, SESSION_IDLE_MS],
    );
    await client.query("COMMIT");
    return { schoolId, classId, teacher: { id: teacherId, token: teacherToken }, students: studentIds.map((id, index) => ({ id, token: tokens[index]! })) };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
