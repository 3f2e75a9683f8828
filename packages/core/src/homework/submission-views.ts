import type { Db, Prisma } from "@zang/db";
import type { TSubmissionFilter } from "@zang/validators";
import { canManageClass } from "../classes/class-access.ts";
import { AppError } from "../errors.ts";
import type { Viewer } from "../viewer.ts";
import { loadAssignment } from "./assignment-access.ts";
import { submissionStatus } from "./submission-status.ts";

const LATEST_VERSION = {
  orderBy: { version: "desc" },
  take: 1,
  select: {
    version: true,
    text: true,
    submittedAt: true,
    isLate: true,
    files: { select: { file: { select: { id: true, originalName: true, size: true, contentType: true } } } },
  },
} as const satisfies Prisma.Submission$versionsArgs;

const SUBMISSION_FIELDS = {
  id: true,
  studentId: true,
  currentVersion: true,
  submittedAt: true,
  isLate: true,
  points: true,
  feedback: true,
  gradedAt: true,
  returnedAt: true,
  versions: LATEST_VERSION,
} as const satisfies Prisma.SubmissionSelect;

type SubmissionRow = Prisma.SubmissionGetPayload<{ select: typeof SUBMISSION_FIELDS }>;

function latestOf(row: SubmissionRow) {
  const latest = row.versions[0];
  return latest
    ? { version: latest.version, text: latest.text, submittedAt: latest.submittedAt, isLate: latest.isLate, files: latest.files.map(({ file }) => ({ ...file, size: Number(file.size) })) }
    : null;
}

/** The student's own latest submission; grade and feedback only once returned. */
export async function mySubmission({ db, viewer, assignmentId }: { db: Db; viewer: Viewer; assignmentId: string }) {
  const { assignment, access } = await loadAssignment({ db, viewer, assignmentId });
  if (access.role !== "student") throw new AppError({ code: "FORBIDDEN", message: "Only students have their own submissions." });
  const row = await db.prisma.submission.findUnique({
    where: { assignmentId_studentId: { assignmentId: assignment.id, studentId: viewer.userId } },
    select: SUBMISSION_FIELDS,
  });
  const isReturned = row?.returnedAt != null;
  return {
    assignmentId: assignment.id,
    id: row?.id ?? null,
    status: submissionStatus(row ?? null),
    version: row?.currentVersion ?? 0,
    late: row?.isLate ?? false,
    submittedAt: row?.submittedAt ?? null,
    latest: row ? latestOf(row) : null,
    points: isReturned ? (row!.points?.toNumber() ?? null) : null,
    maxPoints: assignment.maxPoints.toNumber(),
    feedback: isReturned ? (row!.feedback ?? null) : null,
    returnedAt: row?.returnedAt ?? null,
  };
}

/**
 * The teacher's table: one row per student of the class, with or without a submission, filtered
 * to missing, late or ungraded work when asked.
 */
export async function listSubmissions({ db, viewer, assignmentId, filter }: { db: Db; viewer: Viewer; assignmentId: string; filter: TSubmissionFilter }) {
  const { assignment, access } = await loadAssignment({ db, viewer, assignmentId });
  if (!canManageClass(access)) throw new AppError({ code: "FORBIDDEN", message: "Only the class's teachers can see submissions." });
  const students = await db.prisma.membership.findMany({
    where: { classId: assignment.classId, role: "student" },
    select: { user: { select: { id: true, displayName: true, username: true } } },
    orderBy: { user: { displayName: "asc" } },
  });
  const submissions = await db.prisma.submission.findMany({ where: { assignmentId: assignment.id }, select: SUBMISSION_FIELDS });
  const byStudent = new Map(submissions.map((s) => [s.studentId, s]));
  const rows = students.map(({ user }) => {
    const row = byStudent.get(user.id) ?? null;
    return {
      student: user,
      submissionId: row?.id ?? null,
      status: submissionStatus(row),
      version: row?.currentVersion ?? 0,
      late: row?.isLate ?? false,
      submittedAt: row?.submittedAt ?? null,
      latest: row ? latestOf(row) : null,
      points: row?.points?.toNumber() ?? null,
      feedback: row?.feedback ?? null,
      gradedAt: row?.gradedAt ?? null,
      returnedAt: row?.returnedAt ?? null,
    };
  });
  const keep = {
    all: () => true,
    missing: (r: (typeof rows)[number]) => r.submissionId === null,
    late: (r: (typeof rows)[number]) => r.late,
    ungraded: (r: (typeof rows)[number]) => r.submissionId !== null && r.gradedAt === null,
  }[filter];
  return { assignmentId: assignment.id, maxPoints: assignment.maxPoints.toNumber(), rows: rows.filter(keep) };
}
