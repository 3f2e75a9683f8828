import type { UploadPolicy } from "@zang/storage";
import { MAX_UPLOAD_BYTES } from "@zang/validators";

/**
 * What any upload may be — through POST /api/files or straight to the bucket — decided from the
 * bytes: PDF, images, Office documents, text, and the audio and video a spoken answer comes in.
 */
export const UPLOAD_POLICY: UploadPolicy = {
  maxBytes: MAX_UPLOAD_BYTES,
  allowedTypes: ["pdf", "png", "jpeg", "gif", "webp", "docx", "xlsx", "pptx", "text", "csv", "mp3", "m4a", "ogg", "mp4", "webm"],
};

/** How long a presigned upload link stays valid: long enough for 20 MB on a slow phone connection. */
export const PRESIGNED_UPLOAD_SECONDS = 15 * 60;
