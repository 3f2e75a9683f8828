import type { Db } from "@zang/db";
import { sanitizeFileName, type FileStore, type StagedFile } from "@zang/storage";
import type { TFinalizeUploadInput } from "@zang/validators";
import { AppError } from "../errors.ts";
import type { Viewer } from "../viewer.ts";
import { placeStagedFile } from "./place-staged-file.ts";
import { recordFinalizedFile } from "./record-file.ts";
import { claimUpload } from "./upload-claim.ts";
import { UPLOAD_POLICY } from "./upload-policy.ts";
import { dropUnfinishedUpload } from "./upload-records.ts";
import { rethrowAsRejection } from "./upload-rejection.ts";
import type { UploadedFile } from "./uploaded-file.ts";

/**
 * Checks a presigned upload exactly as POST /api/files checks a body (size limit, type from the
 * bytes, sha256 content key) and records it as the viewer's file — the same answer POST gives.
 * A refused or missing upload leaves nothing behind: the store deletes the quarantine object
 * whatever happens, and the record goes with it. Finalizing again returns the same file.
 */
export async function finalizeUpload({ db, store, viewer, input, now = new Date() }: { db: Db; store: FileStore; viewer: Viewer; input: TFinalizeUploadInput; now?: Date }): Promise<UploadedFile> {
  try {
    // Before the claim: a mistyped name must not cost the user their upload.
    sanitizeFileName(input.name);
  } catch (error) {
    rethrowAsRejection(error);
  }
  const claim = await claimUpload({ db, viewer, uploadId: input.uploadId, now });
  switch (claim.kind) {
    case "unknown":
      throw new AppError({ code: "NOT_FOUND", message: "This upload does not exist or is not yours. Upload the file again." });
    case "busy":
      throw new AppError({ code: "CONFLICT", message: "This upload is being checked already. Try again in a moment." });
    case "finalized":
      return claim.file;
    case "claimed":
      break;
  }
  let staged: StagedFile;
  try {
    staged = await store.stagePresignedUpload(claim.quarantineKey, { declaredName: input.name, policy: UPLOAD_POLICY });
  } catch (error) {
    await dropUnfinishedUpload({ db, uploadId: input.uploadId });
    rethrowAsRejection(error);
  }
  const file = await placeStagedFile({ db, store, staged, record: (client, stored) => recordFinalizedFile({ client, viewer, stored, uploadId: input.uploadId }) });
  if (!file) throw new Error("the presigned upload's record went away while it was being finalized");
  return file;
}
