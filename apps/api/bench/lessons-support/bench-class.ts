// One class for the lessons benchmark: a teacher and `students` students with a session each, so
// every student can ask for a join token without logging in. The school comes from the seed
// factory; the students come from addBenchStudents, with a session each and no password at all.
import { buildSchool } from "@zang/core";
import type { Db } from "@zang/db";
import { addBenchSession, addBenchStudents, type BenchStudent } from "../support/bench-students.ts";

export type LessonBenchClass = {
  schoolId: string;
  classId: string;
  teacher: { id: string; token: string };
  /** In order: student 1 first. */
  students: BenchStudent[];
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
  const added = await addBenchStudents({ db, schoolId, classId, count: students });
  const teacherToken = await addBenchSession({ db, schoolId, userId: teacherId });
  return { schoolId, classId, teacher: { id: teacherId, token: teacherToken }, students: added };
}
