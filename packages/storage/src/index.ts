/**
 * @zang/storage — every file in the product (homework and message attachments).
 *
 * - `createFileStore(config)` gives a FileStore: a local folder (the embedded default) or an
 *   S3-compatible bucket. Files live under content keys `sha256/<ab>/<cd>/<hash>`, so the same
 *   bytes are stored once; the database row holds the key, name and type.
 * - `ingestUpload({ store, body, declaredName, policy })` is the only way in: one streaming pass
 *   counts (stops at `maxBytes`), hashes and sniffs the bytes, writes them to a temp object and
 *   only then moves them to their key. Any failure leaves nothing behind and throws a typed
 *   error: FileRejectedError (`reason` + a message for the user) or FileStoreError (ours).
 *   `stageUpload` is the same up to the move, which the caller then makes (`place`) when it is
 *   ready, e.g. while it holds a lock on the content key.
 * - S3 only: `presignDownload` for direct downloads, `presignUpload` + `stagePresignedUpload`
 *   for direct uploads that are then checked exactly like `ingestUpload`. Local returns null
 *   and the API streams through `openRead` itself.
 * - Authorization is the caller's: the API checks the database before it calls any of this.
 */
export { resolveRange, type ByteRange } from "./byte-range.ts";
export { contentDisposition } from "./content-disposition.ts";
export { createFileStore, type FileStoreConfig } from "./create-file-store.ts";
export { FileNotFoundError, FileRejectedError, FileStoreError, isFileRejectedError, type FileRejectReason } from "./errors.ts";
export { describeKinds, FILE_KIND_INFO, FILE_KINDS, type FileKind } from "./file-kinds.ts";
export { MAX_FILE_NAME_LENGTH, sanitizeFileName } from "./file-name.ts";
export type { DownloadLinkOptions, FileStore, FinalizeOptions, IngestedFile, PresignedUpload, StagedFile, StoredObject, UploadPolicy } from "./file-store.ts";
export { ingestUpload, stageUpload, type IngestUploadOptions } from "./ingest-upload.ts";
export { contentKey } from "./keys.ts";
export type { LocalFileStoreConfig } from "./local-file-store.ts";
export type { S3FileStoreConfig } from "./s3-file-store.ts";
export { formatBytes } from "./upload-inspection.ts";
