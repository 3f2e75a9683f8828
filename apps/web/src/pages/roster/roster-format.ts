// Small pure helpers for the roster pages (tested in roster-format.test.ts).
export type JobStatus = "queued" | "running" | "succeeded" | "refused" | "failed" | "interrupted";

export function isActive(status: JobStatus): boolean {
  return status === "queued" || status === "running";
}

export function statusTone(status: JobStatus): "neutral" | "accent" | "success" | "warning" {
  switch (status) {
    case "queued":
    case "running":
      return "accent";
    case "succeeded":
      return "success";
    case "refused":
    case "failed":
    case "interrupted":
      return "warning";
  }
}

/**
 * The note shown with a finished job: the server's own words for a refusal (they name the problem),
 * the reader's language for a failure or an interruption (the server says the same every time).
 */
export function jobNote(job: { status: JobStatus; message: string | null }, notes: Record<"failed" | "interrupted", string>): string | null {
  if (!job.message || job.status === "succeeded") return null;
  return job.status === "failed" || job.status === "interrupted" ? notes[job.status] : job.message;
}

/** How far the reading phase is, 0–1, or null when the size is unknown (or past reading). */
export function readFraction(job: { phase: string; bytesRead: bigint | number; bytesTotal: bigint | number | null }): number | null {
  if (job.phase !== "reading" || job.bytesTotal === null) return null;
  const total = Number(job.bytesTotal);
  return total > 0 ? Math.min(Number(job.bytesRead) / total, 1) : null;
}

export type KindCounts = { created: number; updated: number; unchanged: number; deactivated: number; rejected: number; ignored: number };
export type JobCounts = { users: KindCounts; classes: KindCounts; enrollments: KindCounts; notices: string[] };

/** The job's `counts` JSON, if it has the expected shape. */
export function jobCounts(value: unknown): JobCounts | null {
  if (typeof value !== "object" || value === null) return null;
  const record = value as Record<string, unknown>;
  const isKind = (kind: unknown): kind is KindCounts => typeof kind === "object" && kind !== null && typeof (kind as KindCounts).created === "number";
  if (!isKind(record.users) || !isKind(record.classes) || !isKind(record.enrollments)) return null;
  return { users: record.users, classes: record.classes, enrollments: record.enrollments, notices: Array.isArray(record.notices) ? record.notices.filter((n): n is string => typeof n === "string") : [] };
}

/** Whether running the same upload again makes sense, and how. */
export function nextSteps(job: { status: JobStatus; dryRun: boolean; errorCount: number; skipInvalid: boolean }): { runForReal: boolean; runSkipping: boolean } {
  return {
    runForReal: job.status === "succeeded" && job.dryRun,
    runSkipping: job.status === "refused" && job.errorCount > 0 && !job.skipInvalid,
  };
}
