import type { Readable } from "node:stream";
import type { ByteRange } from "./byte-range.ts";
import type { FileKind } from "./file-kinds.ts";

/** What an upload may be: checked on the bytes, not only the name. */
export type UploadPolicy = { maxBytes: number; allowedTypes: readonly FileKind[] };

/** A file the store has accepted; the API records it (core's `recordUploadedFile`). */
export type IngestedFile = {
  key: string;
  sha256: string;
  size: number;
  /** The MIME type of `kind`, as stored and served. */
  contentType: string;
  kind: FileKind;
  /** The sanitized name, for display and downloads only: the key never depends on it. */
  originalName: string;
  /** True when identical bytes were already stored under `key`. */
  deduplicated: boolean;
};

/**
 * An accepted upload still in its temp (or quarantine) object. Call exactly one of the two:
 * `place` moves it to its content key, `discard` drops it.
 */
export type StagedFile = Omit<IngestedFile, "deduplicated"> & {
  place(): Promise<IngestedFile>;
  discard(): Promise<void>;
};

export type StoredObject = {
  body: Readable;
  /** Size of the whole object, not of the range. */
  size: number;
  /** The bytes `body` carries, inclusive, as for a `Content-Range` header. */
  start: number;
  end: number;
  /** What the store knows; the database row is the source of truth (a local file has none). */
  contentType: string | undefined;
};

export type DownloadLinkOptions = {
  filename: string;
  contentType: string;
  expiresInSeconds: number;
  /** "inline" lets a browser show an image or PDF; defaults to "attachment". */
  disposition?: "attachment" | "inline";
};

export type PresignedUpload = {
  url: string;
  method: "PUT";
  /** The key to hand back to `stagePresignedUpload`; keep it server-side with the uploader. */
  quarantineKey: string;
  /** The signature covers Content-Length: the client must send exactly this many bytes. */
  size: number;
  expiresAt: Date;
};

export type FinalizeOptions = { declaredName: string; declaredType?: string; policy: UploadPolicy };

/**
 * Where files live. Callers normally use `ingestUpload` or `stageUpload` (which verify the bytes)
 * and the read side; `writeTemp`/`commitTemp` are the two halves of a store write that they drive.
 * Authorization is not here: the API checks the database before it calls any of this.
 */
export interface FileStore {
  readonly driver: "local" | "s3";
  /**
   * Streams `body` into a new `tmp/` object and returns its key. If the body or the store fails,
   * the partial object is removed before the error is rethrown.
   */
  writeTemp(body: Readable): Promise<string>;
  /**
   * Moves a temp (or quarantine) object to `key`. If `key` already exists the temp is dropped
   * instead — same key, same bytes. The temp is gone afterwards whether this succeeds or throws.
   */
  commitTemp(tempKey: string, target: { key: string; contentType: string }): Promise<{ deduplicated: boolean }>;
  /** Throws FileNotFoundError for a missing key and RangeError for a range past the end. */
  openRead(key: string, range?: ByteRange): Promise<StoredObject>;
  exists(key: string): Promise<boolean>;
  /**
   * Removes an object; a missing one is not an error. Content keys are shared by every upload of
   * the same bytes: delete one only when no database row refers to it any more.
   */
  delete(key: string): Promise<void>;
  /** Every key under `prefix` (all keys by default), for sweeps and tests. */
  listKeys(prefix?: string): AsyncIterable<string>;
  /** A time-limited GET URL (S3); null when the API must stream the file itself (local). */
  presignDownload(key: string, options: DownloadLinkOptions): Promise<string | null>;
  /**
   * A time-limited PUT URL into quarantine (S3), for a client-declared size the caller has
   * already checked against the policy; null when uploads must go through the API (local).
   */
  presignUpload(options: { size: number; expiresInSeconds: number }): Promise<PresignedUpload | null>;
  /**
   * Reads a presigned upload back through the same checks as `ingestUpload` and stages it for
   * its content key. A refused upload's quarantine object is deleted at once; an accepted one
   * when the staged file is placed or discarded.
   */
  stagePresignedUpload(quarantineKey: string, options: FinalizeOptions): Promise<StagedFile>;
}
