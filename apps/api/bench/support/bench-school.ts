// A school for the messaging benchmark: one teacher (the sender) and `students` students, all in
// the class "live". The seed factory builds the school, the teacher and the classes; the students
// come from addBenchStudents, with the teacher's password and a session each.
import { buildSchool } from "@zang/core";
import type { Db } from "@zang/db";
import { addBenchStudents, type BenchStudent } from "./bench-students.ts";

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
  /** Student 1 first, each with a session. */
  students: BenchStudent[];
  /** One bearer token per student, in subscriber order. */
  studentTokens: string[];
};

export async function buildBenchSchool({
  db,
  students,
  burstClasses = 1,
  code = BENCH_SCHOOL_CODE,
}: {
  db: Db;
  students: number;
  burstClasses?: number;
  /** Unique per run when the database is not the bench's own. */
  code?: string;
}): Promise<BenchSchool> {
  const teacher = { username: BENCH_TEACHER, role: "teacher" as const };
  const built = await buildSchool({
    db,
    spec: {
      code,
      name: "Bench school",
      users: [{ username: BENCH_TEACHER, displayName: "معلم آزمایشی", role: "teacher", password: BENCH_PASSWORD }],
      classes: ["live", "raw", ...Array.from({ length: burstClasses }, (_, index) => `burst-${index + 1}`)].map((name) => ({ name, members: [teacher] })),
    },
  });
  const schoolId = built.schoolId;
  const teacherId = built.userIds[BENCH_TEACHER]!;
  const liveClassId = built.classIds.live!;

  const added = await addBenchStudents({ db, schoolId, classId: liveClassId, count: students, sharePasswordOf: teacherId });
  return {
    schoolId,
    teacherId,
    liveClassId,
    burstClassIds: Array.from({ length: burstClasses }, (_, index) => built.classIds[`burst-${index + 1}`]!),
    rawClassId: built.classIds.raw!,
    students: added,
    studentTokens: added.map((student) => student.token),
  };
}

/** Removes a bench school and everything in it (every table's rows hang off their school). */
export async function removeBenchSchool(db: Db, schoolId: string): Promise<void> {
  await db.pool.query(`DELETE FROM "School" WHERE id = $1`, [schoolId]);
}

/** A typical chat line, mixed Persian and English; every phase sends the same text for the same index. */
export function benchMessageBody(index: number): string {
  return `سلام بچه‌ها، تکلیف جلسه ${index} را تا فردا بفرستید — please hand in homework ${index} by tomorrow.`;
}
