import type { Db } from "@zang/db";
import type { ClassAccess } from "../classes/class-access.ts";
import type { Viewer } from "../viewer.ts";
import { ASSIGNMENT_FIELDS } from "./assignment-access.ts";
import { toAssignment } from "./assignment-view.ts";
import { submissionStatus } from "./submission-status.ts";

/**
 * A class's assignments, soonest due first. A student's items carry their own status; a
 * teacher's carry how many have submitted and how many await grading.
 */
export async function listAssignments({ db, viewer, access }: { db: Db; viewer: Viewer; access: ClassAccess }) {
  const isStudent = access.role === "student";
  const assignments = await db.prisma.assignment.findMany({
    where: { classId: access.classId, schoolId: viewer.schoolId },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    select: {
      ...ASSIGNMENT_FIELDS,
      files: { select: { file: { select: { id: true, originalName: true, size: true, contentType: true } } } },
      submissions: isStudent
        ? { where: { studentId: viewer.userId }, select: { isLate: true, gradedAt: true, returnedAt: true, currentVersion: true, submittedAt: true } }
        : { select: { isLate: true, gradedAt: true, returnedAt: true, currentVersion: true, submittedAt: true } },
    },
  });
  return assignments.map(({ submissions, files, ...assignment }) => {
    const base = {
      ...toAssignment(assignment),
      files: files.map(({ file }) => ({ ...file, size: Number(file.size) })),
    };
    if (isStudent) {
      const mine = submissions[0] ?? null;
      return { ...base, status: submissionStatus(mine), submittedAt: mine?.submittedAt ?? null, version: mine?.currentVersion ?? 0, counts: null };
    }
    return {
      ...base,
      status: null,
      submittedAt: null,
      version: null,
      counts: {
        submitted: submissions.length,
        late: submissions.filter((s) => s.isLate).length,
        ungraded: submissions.filter((s) => !s.gradedAt).length,
        returned: submissions.filter((s) => s.returnedAt).length,
      },
    };
  });
}
