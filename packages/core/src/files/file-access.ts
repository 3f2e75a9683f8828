import type { Db } from "@zang/db";
import { canManageClass, getClassAccess } from "../classes/class-access.ts";
import { AppError } from "../errors.ts";
import type { Viewer } from "../viewer.ts";
import type { UploadedFile } from "./uploaded-file.ts";

const FILE_FIELDS = { id: true, storageKey: true, sha256: true, size: true, contentType: true, originalName: true } as const;
const notFound = () => new AppError({ code: "NOT_FOUND", message: "This file does not exist or you may not open it." });

/**
 * Decides whether the viewer may read a file, by what it is attached to: their own upload; an
 * assignment of a class they can read; a submission that is theirs, or in a class they teach.
 * Every other case — other schools' files included — is the same NOT_FOUND.
 */
export async function findReadableFile({ db, viewer, fileId }: { db: Db; viewer: Viewer; fileId: string }) {
  const file = await db.prisma.file.findFirst({
    where: { id: fileId, schoolId: viewer.schoolId },
    select: {
      ...FILE_FIELDS,
      uploadedById: true,
      assignments: { select: { assignment: { select: { classId: true } } } },
      submissionFiles: { select: { version: { select: { submission: { select: { studentId: true, assignment: { select: { classId: true } } } } } } } },
    },
  });
  if (!file) throw notFound();
  const { uploadedById, assignments, submissionFiles, ...view } = file;
  const result = { ...view, size: Number(view.size) };
  if (uploadedById === viewer.userId) return result;

  const canRead = async (classId: string, needsTeacher: boolean) => {
    try {
      const access = await getClassAccess({ db, viewer, classId });
      return !needsTeacher || canManageClass(access);
    } catch {
      return false;
    }
  };
  for (const { assignment } of assignments) if (await canRead(assignment.classId, false)) return result;
  for (const { version } of submissionFiles) {
    if (version.submission.studentId === viewer.userId) return result;
    if (await canRead(version.submission.assignment.classId, true)) return result;
  }
  throw notFound();
}

export type StoredFileInfo = { key: string; sha256: string; size: number; contentType: string; originalName: string };

// Every upload runs this, and the evening before a deadline a whole school uploads within minutes:
// one plain INSERT on the pool, without Prisma's compile step per statement.
const INSERT_FILE = `
INSERT INTO "File" ("schoolId", "uploadedById", "storageKey", sha256, size, "contentType", "originalName")
VALUES ($1, $2, $3, $4, $5, $6, $7)
RETURNING id, "originalName", size::float8 AS size, "contentType", sha256`;

/** Records a file that the store has accepted, as the viewer's upload. */
export async function recordUploadedFile({ db, viewer, stored }: { db: Db; viewer: Viewer; stored: StoredFileInfo }): Promise<UploadedFile> {
  const { rows } = await db.pool.query<UploadedFile>(INSERT_FILE, [
    viewer.schoolId,
    viewer.userId,
    stored.key,
    stored.sha256,
    stored.size,
    stored.contentType,
    stored.originalName,
  ]);
  return rows[0]!;
}
