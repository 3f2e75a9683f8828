// A school for the messaging benchmark: one teacher (the sender) and `students` students, all in
// the class "live". The seed factory builds the school, the teacher and the classes; the students
// are then added with set-based SQL reusing the teacher's argon2 hash (hashing 1,000 passwords
// would take seconds and measure nothing), and each gets a session row directly so no login is
// needed per subscriber.
import { buildSchool, generateSessionToken, hashSessionToken, SESSION_IDLE_MS } from "@zang/core";
import type { Db } from "@zang/db";

export const BENCH_SCHOOL_CODE = "bench";
export const BENCH_PASSWORD = "bench-pass-1234";
export const BENCH_TEACHER = "teacher1";

export type BenchSchool = {
  schoolId: string;
  teacherId: string;
  /** Where subscribers listen and the steady sender posts. */
  liveClassId: string;
  /** Where the throughput phase posts through the API (no subscribers), round robin. */
  burstClassIds: string[];
  /** Where the baseline writes plain inserts. */
  rawClassId: string;
  /** One bearer token per student, in subscriber order. */
  studentTokens: string[];
};

export async function buildBenchSchool({ db, students, burstClasses = 1 }: { db: Db; students: number; burstClasses?: number }): Promise<BenchSchool> {
  const teacher = { username: BENCH_TEACHER, role: "teacher" as const };
  const built = await buildSchool({
    db,
    spec: {
      code: BENCH_SCHOOL_CODE,
      name: "Bench school",
      users: [{ username: BENCH_TEACHER, displayName: "معلم آزمایشی", role: "teacher", password: BENCH_PASSWORD }],
      classes: ["live", "raw", ...Array.from({ length: burstClasses }, (_, index) => `burst-${index + 1}`)].map((name) => ({ name, members: [teacher] })),
    },
  });
  const schoolId = built.schoolId;
  const teacherId = built.userIds[BENCH_TEACHER]!;
  const liveClassId = built.classIds.live!;

  const numbers = Array.from({ length: students }, (_, index) => index + 1);
  const tokens = numbers.map(() => generateSessionToken());
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
    await client.query(
      `INSERT INTO "Credential" ("userId", "passwordHash")
       SELECT id, (SELECT "passwordHash" FROM "Credential" WHERE "userId" = $2) FROM unnest($1::uuid[]) AS id`,
      [studentIds, teacherId],
    );
    await client.query(
      `INSERT INTO "Membership" ("classId", "userId", "schoolId", role)
       SELECT $2, id, $3, 'student' FROM unnest($1::uuid[]) AS id`,
      [studentIds, liveClassId, schoolId],
    );
    await client.query(
      `INSERT INTO "Session" ("tokenHash", "userId", "schoolId", "expiresAt")
       SELECT decode(h, 'hex'), id, $3, now() + $4 * interval '1 millisecond'
       FROM unnest($1::text[], $2::uuid[]) AS s(h, id)`,
      [tokens.map((token) => Buffer.from(hashSessionToken(token)).toString("hex")), studentIds, schoolId, SESSION_IDLE_MS],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
  return { schoolId, teacherId, liveClassId, burstClassIds: Array.from({ length: burstClasses }, (_, index) => built.classIds[`burst-${index + 1}`]!), rawClassId: built.classIds.raw!, studentTokens: tokens };
}

/** A typical chat line, mixed Persian and English; every phase sends the same text for the same index. */
export function benchMessageBody(index: number): string {
  return `سلام بچه‌ها، تکلیف جلسه ${index} را تا فردا بفرستید — please hand in homework ${index} by tomorrow.`;
}
