// The homework benchmark's school: the messaging benchmark's school (one teacher, every student in
// the class "live", a session row per student so nobody logs in) plus two assignments of that
// class — one for the warm-up, one measured — due tomorrow, so every hand-in is on time.
import type { Db } from "@zang/db";
import { buildBenchSchool } from "../support/bench-school.ts";
import type { BenchStudent } from "../support/bench-students.ts";

export type { BenchStudent };

export type HomeworkBenchSchool = {
  schoolId: string;
  warmupAssignmentId: string;
  assignmentId: string;
  /** Student 1 first; the first `warmup` of them hand in to the warm-up assignment only. */
  students: BenchStudent[];
};

export async function buildHomeworkBenchSchool({ db, students }: { db: Db; students: number }): Promise<HomeworkBenchSchool> {
  const school = await buildBenchSchool({ db, students });
  const dueAt = new Date(Date.now() + 86_400_000);
  const assignment = (title: string) =>
    db.prisma.assignment.create({
      data: { schoolId: school.schoolId, classId: school.liveClassId, createdById: school.teacherId, title, dueAt, maxPoints: 20 },
      select: { id: true },
    });
  const [warmup, measured] = [await assignment("warm-up"), await assignment("Homework 1")];
  return {
    schoolId: school.schoolId,
    warmupAssignmentId: warmup.id,
    assignmentId: measured.id,
    students: school.students,
  };
}
