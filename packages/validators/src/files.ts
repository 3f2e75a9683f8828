import { z } from "zod";
import { ZId } from "./common.ts";

/** Most files one assignment, submission or message carries. */
export const MAX_ATTACHMENTS = 10;

/** Files to attach, by the ids their uploads returned. */
export const ZFileIds = z.array(ZId).max(MAX_ATTACHMENTS, { error: `At most ${MAX_ATTACHMENTS} files.` });

/** The largest file anyone may upload, through the API or straight to the bucket. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The name as the user's device has it; the server sanitizes it and refuses one holding a path. */
const ZUploadName = z
  .string()
  .trim()
  .min(1, { error: "The file needs a name." })
  .max(255, { error: "File names are at most 255 characters." });

export const ZPresignUploadInput = z.object({
  name: ZUploadName,
  /** Exactly the bytes that will be sent: the upload link is signed for this size. */
  size: z
    .number()
    .int()
    .min(1, { error: "The file is empty." })
    .max(MAX_UPLOAD_BYTES, { error: `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.` }),
});
export type TPresignUploadInput = z.infer<typeof ZPresignUploadInput>;

export const ZFinalizeUploadInput = z.object({ uploadId: ZId, name: ZUploadName });
export type TFinalizeUploadInput = z.infer<typeof ZFinalizeUploadInput>;
