import type { Db } from "@zang/db";
import type { TSubmitInput } from "@zang/validators";
import { AppError } from "../errors.ts";
import type { Viewer } from "../viewer.ts";
import { loadAssignment } from "./assignment-access.ts";
import { assertOwnFiles } from "./file-ownership.ts";
import { judgeDeadline } from "./submission-status.ts";

export type SubmitResult = { id: string; version: number; late: boolean; submittedAt: Date };

/**
 * Hands in (or hands in again) a student's work. Every version is kept. The submission row is
 * locked while the version is added, so concurrent submits of one student get distinct versions,
 * and a retry with the same idempotency key returns the version it created the first time.
 * Lateness is decided by the server's clock.
 */
export async function submitWork({ db, viewer, input, now = new Date() }: { db: Db; viewer: Viewer; input: TSubmitInput; now?: Date }): Promise<SubmitResult> {
  const { assignment, access } = await loadAssignment({ db, viewer, assignmentId: input.assignmentId });
  if (access.role !== "student") throw new AppError({ code: "FORBIDDEN", message: "Only students of the class can submit work." });
  await assertOwnFiles({ db, viewer, fileIds: input.fileIds });

  return db.prisma.$transaction(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO "Submission" ("schoolId", "assignmentId", "studentId", "submittedAt", "isLate")
      VALUES (${viewer.schoolId}::uuid, ${assignment.id}::uuid, ${viewer.userId}::uuid, ${now}, false)
      ON CONFLICT ("assignmentId", "studentId") DO NOTHING`;
    const [submission] = await tx.$queryRaw<Array<{ id: string; currentVersion: number; gradedAt: Date | null }>>`
      SELECT id, "currentVersion", "gradedAt" FROM "Submission"
      WHERE "assignmentId" = ${assignment.id}::uuid AND "studentId" = ${viewer.userId}::uuid
      FOR UPDATE`;
    if (!submission) throw new Error("submission row vanished inside its own transaction");

    const previous = await tx.submissionVersion.findUnique({
      where: { submissionId_idempotencyKey: { submissionId: submission.id, idempotencyKey: input.idempotencyKey } },
      select: { version: true, isLate: true, submittedAt: true },
    });
    if (previous) return { id: submission.id, version: previous.version, late: previous.isLate, submittedAt: previous.submittedAt };

    if (submission.gradedAt) throw new AppError({ code: "CONFLICT", message: "Your work has been graded; it can no longer be changed." });
    const verdict = judgeDeadline({ now, dueAt: assignment.dueAt, allowLateUntil: assignment.allowLateUntil, closedAt: assignment.closedAt });
    if (!verdict.accepted) {
      throw new AppError({
        code: "CONFLICT",
        message: verdict.reason === "closed" ? "This assignment is closed." : "The deadline has passed and late work is not accepted.",
      });
    }
    const version = submission.currentVersion + 1;
    await tx.submissionVersion.create({
      data: {
        submissionId: submission.id,
        version,
        idempotencyKey: input.idempotencyKey,
        text: input.text,
        submittedAt: now,
        isLate: verdict.isLate,
        files: { create: [...new Set(input.fileIds)].map((fileId) => ({ fileId })) },
      },
      select: { id: true },
    });
    await tx.submission.update({
      where: { id: submission.id },
      data: { currentVersion: version, submittedAt: now, isLate: verdict.isLate },
      select: { id: true },
    });
    return { id: submission.id, version, late: verdict.isLate, submittedAt: now };
  });
}
