import type { Readable } from "node:stream";
import { FileNotFoundError, FileRejectedError, FileStoreError } from "./errors.ts";
import { FILE_KIND_INFO } from "./file-kinds.ts";
import { sanitizeFileName } from "./file-name.ts";
import type { FileStore, FinalizeOptions, IngestedFile, StagedFile, UploadPolicy } from "./file-store.ts";
import { contentKey, isQuarantineKey } from "./keys.ts";
import { tooLarge, UploadInspection, type Inspected } from "./upload-inspection.ts";

export type IngestUploadOptions = {
  store: FileStore;
  body: Readable;
  /** The name the client sent; sanitized here, refused if it holds a path. */
  declaredName: string;
  declaredType?: string;
  /** The request's Content-Length, if any: over the limit is refused before a byte is read. */
  declaredSize?: number;
  policy: UploadPolicy;
};

/**
 * The one way a file enters storage. The body is read once, through the checks in
 * UploadInspection, into a temp object; only an accepted file is moved to its content key.
 * Whatever fails, nothing stays behind and the error is typed: FileRejectedError for the user's
 * file, FileStoreError for our storage. The body is consumed: on failure it has been destroyed.
 */
export async function ingestUpload(options: IngestUploadOptions): Promise<IngestedFile> {
  return (await stageUpload(options)).place();
}

/**
 * `ingestUpload` up to the move: the checked bytes wait in a temp object until the caller places
 * them (when it holds what it needs to, such as a lock on the content key) or discards them.
 */
export async function stageUpload({ store, body, declaredName, declaredType, declaredSize, policy }: IngestUploadOptions): Promise<StagedFile> {
  let originalName: string;
  try {
    originalName = sanitizeFileName(declaredName);
    if (declaredSize !== undefined && declaredSize > policy.maxBytes) throw tooLarge(policy.maxBytes);
  } catch (error) {
    body.destroy();
    throw error;
  }

  const inspection = new UploadInspection(body, { policy, fileName: originalName, declaredType, declaredSize });
  let tempKey: string;
  try {
    tempKey = await store.writeTemp(inspection.chunks);
  } catch (error) {
    body.destroy();
    throw inspection.rejection ?? storeFailure("Could not write the upload to storage.", error);
  }
  const accepted = inspection.result;
  if (!accepted) {
    // The store finished although the checks did not: never keep what was not accepted.
    await store.delete(tempKey).catch(() => undefined);
    throw inspection.rejection ?? new FileStoreError("The store finished writing before the upload was checked.");
  }
  return staged({ store, tempKey, accepted, originalName });
}

/**
 * Checks an object that a client uploaded straight to the bucket, exactly as `ingestUpload`
 * would have, and stages it for the move to its content key. Drivers with presigned uploads call
 * this from `stagePresignedUpload`. A refused upload's quarantine object is deleted here; an
 * accepted one goes when it is placed or discarded.
 */
export async function stageQuarantinedUpload(store: FileStore, quarantineKey: string, { declaredName, declaredType, policy }: FinalizeOptions): Promise<StagedFile> {
  // It is about to be deleted: refuse anything but a quarantine key, whoever passed it.
  if (!isQuarantineKey(quarantineKey)) throw new FileStoreError(`Not a quarantine key: "${quarantineKey}".`);
  let accepted: Inspected;
  let originalName: string;
  try {
    originalName = sanitizeFileName(declaredName);
    const object = await store.openRead(quarantineKey);
    if (object.size > policy.maxBytes) {
      object.body.destroy();
      throw tooLarge(policy.maxBytes);
    }
    const inspection = new UploadInspection(object.body, { policy, fileName: originalName, declaredType, declaredSize: object.size });
    accepted = await inspection.drain();
  } catch (error) {
    await store.delete(quarantineKey).catch(() => undefined);
    if (error instanceof FileRejectedError) throw error;
    if (error instanceof FileNotFoundError) {
      throw new FileRejectedError({ reason: "incomplete", message: "The upload never arrived. Please try again.", cause: error });
    }
    throw storeFailure("Could not read the upload back from storage.", error);
  }
  return staged({ store, tempKey: quarantineKey, accepted, originalName });
}

function staged({ store, tempKey, accepted, originalName }: { store: FileStore; tempKey: string; accepted: Inspected; originalName: string }): StagedFile {
  const key = contentKey(accepted.sha256);
  const contentType = FILE_KIND_INFO[accepted.kind].mime;
  const file = { key, sha256: accepted.sha256, size: accepted.size, contentType, kind: accepted.kind, originalName };
  return {
    ...file,
    async place() {
      try {
        const { deduplicated } = await store.commitTemp(tempKey, { key, contentType });
        return { ...file, deduplicated };
      } catch (error) {
        await store.delete(tempKey).catch(() => undefined);
        throw storeFailure("Could not move the upload into place.", error);
      }
    },
    async discard() {
      await store.delete(tempKey).catch(() => undefined);
    },
  };
}

function storeFailure(message: string, error: unknown): FileStoreError {
  return error instanceof FileStoreError ? error : new FileStoreError(message, { cause: error });
}
