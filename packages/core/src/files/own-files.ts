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

/**
 * Runs the insert that attaches files checked by `findOwnFiles`. Housekeeping may remove an
 * overdue upload in between; the insert then fails its foreign key on the file, and the caller
 * gets the same answer as for a file that was gone before.
 */
export async function attachingFiles<T>(insert: () => Promise<T>): Promise<T> {
  try {
    return await insert();
  } catch (error) {
    if (/_fileId_fkey$/.test(violatedForeignKey(error) ?? "")) throw notYours();
    throw error;
  }
}

/** The foreign key a statement violated, from `pg` (23503) or from Prisma's driver adapter (P2003). */
function violatedForeignKey(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { code, constraint, meta } = error as { code?: unknown; constraint?: unknown; meta?: { driverAdapterError?: { cause?: { constraint?: { index?: unknown } } } } };
  const name = code === "23503" ? constraint : code === "P2003" ? meta?.driverAdapterError?.cause?.constraint?.index : undefined;
  return typeof name === "string" ? name : undefined;
}
