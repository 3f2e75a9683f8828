import type { Db } from "@zang/db";
import type { TSubmitInput } from "@zang/validators";
import { AppError } from "../errors.ts";
import { attachingFiles } from "../files/own-files.ts";
import type { Viewer } from "../viewer.ts";
import { insertFirstHandIn, withLockedSubmission, type StoredVersion, type VersionFacts } from "./submission-sql.ts";
import { loadSubmitTarget } from "./submit-target.ts";
import { judgeDeadline } from "./submission-status.ts";

export type SubmitResult = { id: string; version: number; late: boolean; submittedAt: Date };

const resultOf = (stored: StoredVersion): SubmitResult => ({ id: stored.submissionId, version: stored.version, late: stored.isLate, submittedAt: stored.submittedAt });

/**
 * Hands in (or hands in again) a student's work. Every version is kept. The submission row is
 * locked while a version is added, so concurrent submits of one student get distinct versions,
 * and a retry with the same idempotency key returns the version it created the first time.
 * Lateness is decided by the server's clock.
 */
export async function submitWork(options: { db: Db; viewer: Viewer; input: TSubmitInput; now?: Date }): Promise<SubmitResult> {
  return attachingFiles(() => handIn(options));
}

async function handIn({ db, viewer, input, now = new Date() }: { db: Db; viewer: Viewer; input: TSubmitInput; now?: Date }): Promise<SubmitResult> {
  const fileIds = [...new Set(input.fileIds)];
  const assignment = await loadSubmitTarget({ db, viewer, assignmentId: input.assignmentId, fileIds });
  const verdict = judgeDeadline({ now, dueAt: assignment.dueAt, allowLateUntil: assignment.allowLateUntil, closedAt: assignment.closedAt });
  const facts: Omit<VersionFacts, "isLate"> = {
    schoolId: viewer.schoolId,
    assignmentId: assignment.id,
    studentId: viewer.userId,
    idempotencyKey: input.idempotencyKey,
    text: input.text,
    fileIds,
    submittedAt: now,
  };

  // Most hand-ins are a student's first: one statement, no transaction to hold open.
  if (verdict.accepted) {
    const first = await insertFirstHandIn(db, { ...facts, isLate: verdict.isLate });
    if (first) return resultOf(first);
  }

  return withLockedSubmission(db, { assignmentId: assignment.id, studentId: viewer.userId }, async (tx, submission) => {
    // A retry is answered before the deadline is judged again: it already got in on time.
    const previous = submission ? await tx.versionByKey(submission.id, input.idempotencyKey) : null;
    if (previous) return resultOf(previous);
    if (submission?.gradedAt) throw new AppError({ code: "CONFLICT", message: "Your work has been graded; it can no longer be changed." });
    if (!verdict.accepted) {
      throw new AppError({
        code: "CONFLICT",
        message: verdict.reason === "closed" ? "This assignment is closed." : "The deadline has passed and late work is not accepted.",
      });
    }
    if (!submission) throw new AppError({ code: "NOT_FOUND", message: "This assignment does not exist." });
    return resultOf(await tx.addVersion(submission, { ...facts, isLate: verdict.isLate }));
  });
}
