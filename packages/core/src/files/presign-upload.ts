import type { Db } from "@zang/db";
import { sanitizeFileName, type FileStore } from "@zang/storage";
import type { TPresignUploadInput } from "@zang/validators";
import type { Viewer } from "../viewer.ts";
import { forgetStaleUploads, recordPresignedUpload } from "./upload-records.ts";
import { PRESIGNED_UPLOAD_SECONDS } from "./upload-policy.ts";
import { rethrowAsRejection } from "./upload-rejection.ts";

/** Where and how the client sends the bytes; then it calls `files.finalizeUpload` with `uploadId`. */
export type PresignedUploadTarget = {
  url: string;
  method: "PUT";
  /** Send these with the PUT (none today: browsers set Content-Length, which the link is signed for). */
  headers: Record<string, string>;
  uploadId: string;
  expiresAt: Date;
};

/**
 * A link to PUT the file straight into the bucket's quarantine, recorded as the viewer's, or null
 * when the store takes no direct uploads (the local folder): the client then POSTs to /api/files.
 * The name and size are checked now so a file that cannot be accepted is not sent at all; the
 * bytes themselves are checked when the upload is finalized.
 */
export async function presignUpload({ db, store, viewer, input, now = new Date() }: { db: Db; store: FileStore; viewer: Viewer; input: TPresignUploadInput; now?: Date }): Promise<PresignedUploadTarget | null> {
  try {
    sanitizeFileName(input.name);
  } catch (error) {
    rethrowAsRejection(error);
  }
  const link = await store.presignUpload({ size: input.size, expiresInSeconds: PRESIGNED_UPLOAD_SECONDS });
  if (!link) return null;
  await forgetStaleUploads({ db, viewer, now });
  const uploadId = await recordPresignedUpload({ db, viewer, quarantineKey: link.quarantineKey });
  return { url: link.url, method: link.method, headers: {}, uploadId, expiresAt: link.expiresAt };
}
