// Counts, from the database and the file store rather than from the answers the clients saw, what
// became of every measured student's work: one submission, one version, holding their own file,
// whose bytes are in the store under its sha256.
import type { Db } from "@zang/db";
import type { FileStore } from "@zang/storage";

export type ExpectedHandIn = { studentId: string; fileId: string | null; sha256: string | null };

export type HandInAudit = {
  /** Students whose work is stored exactly once and whole. */
  intact: number;
  /** Students without a submission, or whose submission lacks their file. */
  lost: number;
  /** Versions beyond one per student, and uploads beyond one per student. */
  duplicated: number;
  /** Stored versions whose file is not the one the student uploaded, or whose bytes differ. */
  wrongFile: number;
  /** File rows whose object is missing from the store. */
  missingObjects: number;
  firstProblem: string | null;
};

type SubmissionRow = { student_id: string; current_version: number; versions: number; file_ids: string[] };
type FileRow = { id: string; uploaded_by_id: string; sha256: string; size: number; storage_key: string };

export async function auditHandIns({
  db,
  store,
  schoolId,
  assignmentId,
  expected,
  fileBytes,
}: {
  db: Db;
  store: FileStore;
  schoolId: string;
  assignmentId: string;
  expected: ExpectedHandIn[];
  fileBytes: number;
}): Promise<HandInAudit> {
  const { rows: submissions } = await db.pool.query<SubmissionRow>(
    `SELECT s."studentId" AS student_id, s."currentVersion" AS current_version, count(DISTINCT v.id)::int AS versions,
            coalesce(array_agg(DISTINCT sf."fileId") FILTER (WHERE sf."fileId" IS NOT NULL), '{}') AS file_ids
     FROM "Submission" s
     LEFT JOIN "SubmissionVersion" v ON v."submissionId" = s.id
     LEFT JOIN "SubmissionFile" sf ON sf."versionId" = v.id
     WHERE s."assignmentId" = $1
     GROUP BY s.id`,
    [assignmentId],
  );
  const { rows: files } = await db.pool.query<FileRow>(
    `SELECT id, "uploadedById" AS uploaded_by_id, sha256, size::int AS size, "storageKey" AS storage_key FROM "File" WHERE "schoolId" = $1`,
    [schoolId],
  );
  const submissionOf = new Map(submissions.map((row) => [row.student_id, row]));
  const fileById = new Map(files.map((row) => [row.id, row]));
  const uploadsBy = new Map<string, number>();
  for (const file of files) uploadsBy.set(file.uploaded_by_id, (uploadsBy.get(file.uploaded_by_id) ?? 0) + 1);

  const audit: HandInAudit = { intact: 0, lost: 0, duplicated: 0, wrongFile: 0, missingObjects: 0, firstProblem: null };
  const problem = (text: string) => void (audit.firstProblem ??= text);
  for (const student of expected) {
    const submission = submissionOf.get(student.studentId);
    audit.duplicated += Math.max(0, (uploadsBy.get(student.studentId) ?? 0) - 1);
    if (!submission || submission.file_ids.length === 0) {
      audit.lost += 1;
      problem(`student ${student.studentId}: ${submission ? "submission without its file" : "no submission"}`);
      continue;
    }
    if (submission.versions !== 1 || submission.current_version !== 1) {
      audit.duplicated += Math.max(0, submission.versions - 1);
      problem(`student ${student.studentId}: ${submission.versions} versions, current ${submission.current_version}`);
    }
    const stored = fileById.get(submission.file_ids[0]!);
    const isOwnFile =
      submission.file_ids.length === 1 &&
      stored !== undefined &&
      stored.uploaded_by_id === student.studentId &&
      stored.size === fileBytes &&
      (student.fileId === null || stored.id === student.fileId) &&
      (student.sha256 === null || stored.sha256 === student.sha256);
    if (!isOwnFile) {
      audit.wrongFile += 1;
      problem(`student ${student.studentId}: stored files ${submission.file_ids.join(", ")} are not the uploaded ${student.fileId}`);
      continue;
    }
    if (submission.versions === 1) audit.intact += 1;
  }
  for (const file of files) {
    if (await store.exists(file.storage_key)) continue;
    audit.missingObjects += 1;
    problem(`file ${file.id}: no object under ${file.storage_key}`);
  }
  return audit;
}
