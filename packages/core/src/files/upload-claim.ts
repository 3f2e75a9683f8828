import type { Db } from "@zang/db";
import type { Viewer } from "../viewer.ts";
import { toUploadedFile, UPLOADED_FILE_SELECT, type UploadedFile } from "./uploaded-file.ts";

/** A finalize that crashed mid-way leaves its claim behind; after this long another may take over. */
const CLAIM_TIMEOUT_MS = 5 * 60 * 1000;

export type UploadClaim =
  | { kind: "claimed"; quarantineKey: string }
  /** Finalized before: the retry gets the same file. */
  | { kind: "finalized"; file: UploadedFile }
  /** Another finalize of this upload is checking the bytes right now. */
  | { kind: "busy" }
  /** No such upload of this viewer: unknown, someone else's, or another school's. */
  | { kind: "unknown" };

/**
 * Takes the viewer's own upload for finalizing. Every condition — the id, the viewer as uploader,
 * their school — is in the claiming statement, so an upload of someone else is never touched.
 */
export async function claimUpload({ db, viewer, uploadId, now }: { db: Db; viewer: Viewer; uploadId: string; now: Date }): Promise<UploadClaim> {
  const owned = { id: uploadId, schoolId: viewer.schoolId, uploadedById: viewer.userId };
  const { count } = await db.prisma.fileUpload.updateMany({
    where: { ...owned, fileId: null, OR: [{ claimedAt: null }, { claimedAt: { lt: new Date(now.getTime() - CLAIM_TIMEOUT_MS) } }] },
    data: { claimedAt: now },
  });
  const upload = await db.prisma.fileUpload.findFirst({ where: owned, select: { quarantineKey: true, file: { select: UPLOADED_FILE_SELECT } } });
  if (!upload) return { kind: "unknown" };
  if (upload.file) return { kind: "finalized", file: toUploadedFile(upload.file) };
  return count === 1 ? { kind: "claimed", quarantineKey: upload.quarantineKey } : { kind: "busy" };
}
