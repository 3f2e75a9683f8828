import type { TGradeInput, TReturnInput } from "@zang/validators";
import { canManageClass } from "../classes/class-access.ts";
import { AppError } from "../errors.ts";
import type { MessagingDeps } from "../messages/messaging-deps.ts";
import type { Viewer } from "../viewer.ts";
import { loadAssignment } from "./assignment-access.ts";
import { postClassNotice } from "./class-notice.ts";

const teachersOnly = () => new AppError({ code: "FORBIDDEN", message: "Only the class's teachers can grade." });

/** Grades (or re-grades) a submission; the student sees it once it is returned. */
export async function gradeSubmission({ db, viewer, input }: MessagingDeps & { viewer: Viewer; input: TGradeInput }) {
  const submission = await db.prisma.submission.findFirst({
    where: { id: input.submissionId, schoolId: viewer.schoolId },
    select: { id: true, assignmentId: true },
  });
  if (!submission) throw new AppError({ code: "NOT_FOUND", message: "This submission does not exist." });
  const { assignment, access } = await loadAssignment({ db, viewer, assignmentId: submission.assignmentId });
  if (!canManageClass(access)) throw teachersOnly();
  if (input.points > assignment.maxPoints.toNumber()) {
    throw new AppError({ code: "INVALID_INPUT", message: `Points cannot exceed the maximum of ${assignment.maxPoints.toNumber()}.` });
  }
  const graded = await db.prisma.submission.update({
    where: { id: submission.id },
    data: { points: input.points, feedback: input.feedback, gradedAt: new Date(), gradedById: viewer.userId },
    select: { id: true, points: true, feedback: true, gradedAt: true, returnedAt: true },
  });
  return { ...graded, points: graded.points?.toNumber() ?? null };
}

/** Returns graded work to students (the named submissions, or every graded one) and tells the class. */
export async function returnSubmissions(deps: MessagingDeps & { viewer: Viewer; input: TReturnInput }) {
  const { db, viewer, input } = deps;
  const { assignment, access } = await loadAssignment({ db, viewer, assignmentId: input.assignmentId });
  if (!canManageClass(access)) throw teachersOnly();
  const now = new Date();
  const { count } = await db.prisma.submission.updateMany({
    where: {
      assignmentId: assignment.id,
      gradedAt: { not: null },
      returnedAt: null,
      ...(input.submissionIds ? { id: { in: input.submissionIds } } : {}),
    },
    data: { returnedAt: now },
  });
  if (count > 0) {
    await postClassNotice({
      ...deps,
      classId: assignment.classId,
      noticeId: `homework-returned-${assignment.id}-${now.getTime()}`,
      body: `✅ نمره‌های «${assignment.title}» اعلام شد — Grades for “${assignment.title}” are back.`,
    });
  }
  return { returned: count };
}
