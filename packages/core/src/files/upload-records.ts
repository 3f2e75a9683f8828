// The FileUpload rows that bind a presigned upload's quarantine object to the user who asked for it.
import type { Db } from "@zang/db";
import type { Viewer } from "../viewer.ts";

/** By then the bucket's lifecycle rule has removed the object, and a retried finalize is long over. */
export const KEEP_UPLOAD_RECORDS_MS = 24 * 60 * 60 * 1000;

export async function recordPresignedUpload({ db, viewer, quarantineKey }: { db: Db; viewer: Viewer; quarantineKey: string }): Promise<string> {
  const row = await db.prisma.fileUpload.create({
    data: { schoolId: viewer.schoolId, uploadedById: viewer.userId, quarantineKey },
    select: { id: true },
  });
  return row.id;
}

/** Sweeps the viewer's own old records as they presign again, so the table never needs a job. */
export async function forgetStaleUploads({ db, viewer, now }: { db: Db; viewer: Viewer; now: Date }): Promise<void> {
  await db.prisma.fileUpload.deleteMany({ where: { uploadedById: viewer.userId, createdAt: { lt: new Date(now.getTime() - KEEP_UPLOAD_RECORDS_MS) } } });
}

/** After a failed finalize: the store has already deleted the quarantine object, so the record goes too. */
export async function dropUnfinishedUpload({ db, uploadId }: { db: Db; uploadId: string }): Promise<void> {
  await db.prisma.fileUpload.deleteMany({ where: { id: uploadId, fileId: null } });
}
