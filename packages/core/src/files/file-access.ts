import type { Db } from "@zang/db";
import { canManageClass, getClassAccess } from "../classes/class-access.ts";
import { AppError } from "../errors.ts";
import type { Viewer } from "../viewer.ts";

const FILE_FIELDS = { id: true, storageKey: true, sha256: true, size: true, contentType: true, originalName: true } as const;
const notFound = () => new AppError({ code: "NOT_FOUND", message: "This file does not exist or you may not open it." });

/**
 * Decides whether the viewer may read a file, by what it is attached to: their own upload; an
 * assignment of a class they can read; a message, not deleted, of a class they can read; a
 * submission that is theirs, or in a class they teach.
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
      messageAttachments: { where: { message: { deletedAt: null } }, select: { message: { select: { classId: true } } } },
    },
  });
  if (!file) throw notFound();
  const { uploadedById, assignments, submissionFiles, messageAttachments, ...view } = file;
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
  for (const { message } of messageAttachments) if (await canRead(message.classId, false)) return result;
  for (const { version } of submissionFiles) {
    if (version.submission.studentId === viewer.userId) return result;
    if (await canRead(version.submission.assignment.classId, true)) return result;
  }
  throw notFound();
}
