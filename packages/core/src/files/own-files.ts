import type { Db } from "@zang/db";
import { AppError } from "../errors.ts";
import type { Viewer } from "../viewer.ts";

/** A file as the things it is attached to list it. */
export type AttachedFileView = { id: string; originalName: string; size: number; contentType: string };

const notYours = () => new AppError({ code: "NOT_FOUND", message: "One of the attached files does not exist or is not yours." });

/**
 * The viewer's own uploads among `fileIds`, once each and in the order given. Files may only be
 * attached by the user who uploaded them, within their school: any other id (another user's,
 * another school's, made up) refuses the whole list.
 */
export async function findOwnFiles({ db, viewer, fileIds }: { db: Db; viewer: Viewer; fileIds: readonly string[] }): Promise<AttachedFileView[]> {
  if (fileIds.length === 0) return [];
  const unique = [...new Set(fileIds)];
  const files = await db.prisma.file.findMany({
    where: { id: { in: unique }, schoolId: viewer.schoolId, uploadedById: viewer.userId },
    select: { id: true, originalName: true, size: true, contentType: true },
  });
  if (files.length !== unique.length) throw notYours();
  const byId = new Map(files.map((file) => [file.id, { ...file, size: Number(file.size) }]));
  return unique.map((id) => byId.get(id)!);
}

/** As `findOwnFiles`, for callers that only need the check. */
export async function assertOwnFiles(options: { db: Db; viewer: Viewer; fileIds: readonly string[] }): Promise<void> {
  await findOwnFiles(options);
}
