import type { Db } from "@zang/db";
import { AppError } from "../errors.ts";
import type { Viewer } from "../viewer.ts";

/** Files may only be attached by the user who uploaded them, within their school. */
export async function assertOwnFiles({ db, viewer, fileIds }: { db: Db; viewer: Viewer; fileIds: readonly string[] }): Promise<void> {
  if (fileIds.length === 0) return;
  const unique = [...new Set(fileIds)];
  const owned = await db.prisma.file.count({ where: { id: { in: unique }, schoolId: viewer.schoolId, uploadedById: viewer.userId } });
  if (owned !== unique.length) throw new AppError({ code: "NOT_FOUND", message: "One of the attached files does not exist or is not yours." });
}
