/**
 * Why an upload was refused. Each reason is the user's to fix (a smaller file, another format,
 * another name, a retry), so the message is written for them and the API can show it as is.
 */
export type FileRejectReason = "too_large" | "type_not_allowed" | "type_mismatch" | "bad_name" | "incomplete" | "empty";

export class FileRejectedError extends Error {
  override name = "FileRejectedError";
  readonly reason: FileRejectReason;

  constructor({ reason, message, cause }: { reason: FileRejectReason; message: string; cause?: unknown }) {
    super(message, { cause });
    this.reason = reason;
  }
}

/** The key names no stored object. */
export class FileNotFoundError extends Error {
  override name = "FileNotFoundError";
  readonly key: string;

  constructor(key: string) {
    super(`No stored file has the key "${key}".`);
    this.key = key;
  }
}

/**
 * The storage itself failed (disk full, bucket unreachable, a bad key from our own code): not the
 * user's fault, so the API should answer 500 and log `cause` without showing it.
 */
export class FileStoreError extends Error {
  override name = "FileStoreError";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export function isFileRejectedError(error: unknown): error is FileRejectedError {
  return error instanceof FileRejectedError;
}
