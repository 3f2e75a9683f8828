import type { Db } from "@zang/db";
import type { ClassAccess } from "../classes/class-access.ts";
import { csvLine, UTF8_BOM } from "./csv.ts";
import { submissionStatus } from "./submission-status.ts";

/**
 * The class's grade book: one row per student, one column per assignment (points, or the status
 * when ungraded), then the total. UTF-8 with BOM and CRLF line ends, for Excel.
 */
export async function exportGradesCsv({ db, access }: { db: Db; access: ClassAccess }): Promise<{ filename: string; csv: string }> {
  const [classGroup, assignments, students] = await Promise.all([
    db.prisma.classGroup.findUniqueOrThrow({ where: { id: access.classId }, select: { name: true } }),
    db.prisma.assignment.findMany({
      where: { classId: access.classId },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      select: { id: true, title: true, maxPoints: true, submissions: { select: { studentId: true, points: true, isLate: true, gradedAt: true, returnedAt: true } } },
    }),
    db.prisma.membership.findMany({
      where: { classId: access.classId, role: "student" },
      select: { user: { select: { id: true, username: true, displayName: true, sourcedId: true } } },
      orderBy: { user: { displayName: "asc" } },
    }),
  ]);

  let csv = UTF8_BOM + csvLine(["username", "student_id", "name", ...assignments.map((a) => `${a.title} (/${a.maxPoints.toNumber()})`), "total"]);
  for (const { user } of students) {
    let total = 0;
    const cells = assignments.map((assignment) => {
      const submission = assignment.submissions.find((s) => s.studentId === user.id) ?? null;
      if (submission?.points != null) {
        total += submission.points.toNumber();
        return submission.points.toNumber();
      }
      return submissionStatus(submission);
    });
    csv += csvLine([user.username, user.sourcedId ?? "", user.displayName, ...cells, Math.round(total * 100) / 100]);
  }
  const safeName = classGroup.name.replace(/[^\p{L}\p{N}_-]+/gu, "-");
  return { filename: `grades-${safeName}.csv`, csv };
}
