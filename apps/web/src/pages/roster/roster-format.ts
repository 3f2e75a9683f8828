// Small pure helpers for the roster pages (tested in roster-format.test.ts).
import { formatNumber } from "../../format/format-number.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { RosterMessages } from "./roster-messages.ts";

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
 * The note shown with a finished job, and its language: the reader's for a failure, an
 * interruption or rows with problems (the server says the same every time); for an upload
 * refused as a whole, its problem as the server words it.
 */
export function jobNote(
  job: { status: JobStatus; message: string | null; counts: unknown; errorCount: number; errors: ReadonlyArray<{ message: string; language: Locale }> },
  { notes, locale }: { notes: RosterMessages["statusNote"]; locale: Locale },
): { text: string; language: Locale } | null {
  if (!job.message || job.status === "succeeded") return null;
  if (job.status === "failed" || job.status === "interrupted") return { text: notes[job.status], language: locale };
  // Rows were checked and some had problems (each is listed in the reader's language).
  if (job.status === "refused" && job.counts !== null) return { text: notes.problems(job.errorCount, formatNumber(job.errorCount, locale)), language: locale };
  // The upload as a whole was refused: its one problem says why (worded in the page's language
  // when the server knows it by code, else in the server's English).
  const refusal = job.errors[0];
  return refusal ? { text: refusal.message, language: refusal.language } : { text: job.message, language: "en" };
}

/** How far the reading phase is, 0–1, or null when the size is unknown (or past reading). */
export function readFraction(job: { phase: string; bytesRead: bigint | number; bytesTotal: bigint | number | null }): number | null {
  if (job.phase !== "reading" || job.bytesTotal === null) return null;
  const total = Number(job.bytesTotal);
  return total > 0 ? Math.min(Number(job.bytesRead) / total, 1) : null;
}

export type KindCounts = { created: number; updated: number; unchanged: number; deactivated: number; rejected: number; ignored: number };
/** A notice worded by the server, with the language it is in. */
export type JobNotice = { message: string; language: Locale };
export type JobCounts = { users: KindCounts; classes: KindCounts; enrollments: KindCounts; notices: JobNotice[] };

/** The job's `counts` JSON, if it has the expected shape. */
export function jobCounts(value: unknown): JobCounts | null {
  if (typeof value !== "object" || value === null) return null;
  const record = value as Record<string, unknown>;
  const isKind = (kind: unknown): kind is KindCounts => typeof kind === "object" && kind !== null && typeof (kind as KindCounts).created === "number";
  if (!isKind(record.users) || !isKind(record.classes) || !isKind(record.enrollments)) return null;
  return { users: record.users, classes: record.classes, enrollments: record.enrollments, notices: Array.isArray(record.notices) ? record.notices.filter(isNotice) : [] };
}

function isNotice(value: unknown): value is JobNotice {
  const notice = value as JobNotice | null;
  return typeof notice === "object" && notice !== null && typeof notice.message === "string" && (notice.language === "en" || notice.language === "fa");
}

/** Whether running the same upload again makes sense, and how. */
export function nextSteps(job: { status: JobStatus; dryRun: boolean; errorCount: number; skipInvalid: boolean }): { runForReal: boolean; runSkipping: boolean } {
  return {
    runForReal: job.status === "succeeded" && job.dryRun,
    runSkipping: job.status === "refused" && job.errorCount > 0 && !job.skipInvalid,
  };
}
