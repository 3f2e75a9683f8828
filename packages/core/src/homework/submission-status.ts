/** What a student (and the teacher's table) sees for one assignment. */
export type SubmissionStatus = "not_submitted" | "submitted" | "submitted_late" | "graded" | "returned";

export function submissionStatus(submission: { isLate: boolean; gradedAt: Date | null; returnedAt: Date | null } | null): SubmissionStatus {
  if (!submission) return "not_submitted";
  if (submission.returnedAt) return "returned";
  if (submission.gradedAt) return "graded";
  return submission.isLate ? "submitted_late" : "submitted";
}

export type DeadlineVerdict = { accepted: true; isLate: boolean } | { accepted: false; reason: "closed" | "deadline_passed" };

/**
 * Decides by the server's clock. Work arriving exactly at the due time is on time; a millisecond
 * later it is late, and accepted only until `allowLateUntil` (inclusive).
 */
export function judgeDeadline({ now, dueAt, allowLateUntil, closedAt }: { now: Date; dueAt: Date; allowLateUntil: Date | null; closedAt: Date | null }): DeadlineVerdict {
  if (closedAt && closedAt <= now) return { accepted: false, reason: "closed" };
  if (now <= dueAt) return { accepted: true, isLate: false };
  if (allowLateUntil && now <= allowLateUntil) return { accepted: true, isLate: true };
  return { accepted: false, reason: "deadline_passed" };
}
