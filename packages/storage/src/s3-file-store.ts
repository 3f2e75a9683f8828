import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  paginateListObjectsV2,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { Readable } from "node:stream";
import { assertRangeShape, type ByteRange } from "./byte-range.ts";
import { contentDisposition } from "./content-disposition.ts";
import { FileNotFoundError, FileStoreError } from "./errors.ts";
import type { FileStore } from "./file-store.ts";
import { stageQuarantinedUpload } from "./ingest-upload.ts";
import { assertSafeKey, newQuarantineKey, newTempKey } from "./keys.ts";

export type S3FileStoreConfig = {
  kind: "s3";
  bucket: string;
  region: string;
  /** For S3-compatible services (MinIO, R2, s3rver); omit for AWS. */
  endpoint?: string;
  /** Path-style URLs (`endpoint/bucket/key`), which most S3-compatible services need. */
  forcePathStyle?: boolean;
  /** Omit to use the SDK's default chain (instance role, AWS_* variables). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Put every key under this folder of a shared bucket, e.g. "zang/". Never stored in keys. */
  keyPrefix?: string;
};

/**
 * lib-storage holds the parts in flight plus the one it is filling. One 5 MB part at a time (the
 * S3 minimum) keeps an upload of any size near 10 MB of memory, which matters more with a class
 * uploading at once than one upload's speed does. A file under one part goes up in a single PUT.
 */
const PART_SIZE = 5 * 1024 * 1024;
const PARTS_IN_FLIGHT = 1;

/**
 * Files in an S3-compatible bucket. Uploads through the API stream into `tmp/` and are copied to
 * their content key on the server side (CopyObject, up to 5 GB); clients may instead PUT to a
 * presigned `quarantine/` URL and the API finalizes. Downloads are presigned GETs that carry the
 * file's name and type, so file bytes need not pass through the API.
 */
export function createS3FileStore(config: S3FileStoreConfig): FileStore {
  const { bucket } = config;
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials: config.credentials,
    // The SDK's default since 3.729 adds CRC32 trailers to uploads and checksum parameters to
    // presigned PUTs, which S3-compatible servers (s3rver, older MinIO) reject. S3 needs neither.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const prefix = config.keyPrefix ?? "";
  const objectKey = (key: string) => {
    assertSafeKey(key);
    return prefix + key;
  };

  const store: FileStore = {
    driver: "s3",

    async writeTemp(body: Readable) {
      const key = newTempKey();
      const upload = new Upload({
        client,
        params: { Bucket: bucket, Key: objectKey(key), Body: body },
        partSize: PART_SIZE,
        queueSize: PARTS_IN_FLIGHT,
        leavePartsOnError: false,
      });
      try {
        await upload.done();
      } catch (error) {
        // A failure between the last part and the response could still have created the object.
        await store.delete(key).catch(() => undefined);
        throw error;
      }
      return key;
    },

    async commitTemp(tempKey, { key, contentType }) {
      try {
        if (await store.exists(key)) return { deduplicated: true };
        await client.send(
          new CopyObjectCommand({
            Bucket: bucket,
            Key: objectKey(key),
            CopySource: `${bucket}/${objectKey(tempKey)}`,
            MetadataDirective: "REPLACE",
            ContentType: contentType,
          }),
        );
        return { deduplicated: false };
      } catch (error) {
        throw new FileStoreError("Could not move a file into place.", { cause: error });
      } finally {
        await store.delete(tempKey).catch(() => undefined);
      }
    },

    async openRead(key: string, range?: ByteRange) {
      if (range) assertRangeShape(range);
      try {
        const response = await client.send(
          new GetObjectCommand({ Bucket: bucket, Key: objectKey(key), Range: range ? `bytes=${range.start}-${range.end ?? ""}` : undefined }),
        );
        if (!(response.Body instanceof Readable)) throw new FileStoreError("The S3 client returned a body that is not a Node stream.");
        const length = response.ContentLength ?? 0;
        const served = parseContentRange(response.ContentRange) ?? { start: 0, end: length - 1, size: length };
        return { body: response.Body, ...served, contentType: response.ContentType };
      } catch (error) {
        if (isS3Error(error, "NoSuchKey", 404)) throw new FileNotFoundError(key);
        if (isS3Error(error, "InvalidRange", 416)) throw new RangeError(`The range starts past the end of the file "${key}".`);
        throw error;
      }
    },

    async exists(key: string) {
      try {
        await client.send(new HeadObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
        return true;
      } catch (error) {
        if (isS3Error(error, "NotFound", 404)) return false;
        throw error;
      }
    },

    async delete(key: string) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
    },

    async *listKeys(under = "") {
      for await (const page of paginateListObjectsV2({ client }, { Bucket: bucket, Prefix: prefix + under })) {
        for (const { Key } of page.Contents ?? []) if (Key !== undefined) yield Key.slice(prefix.length);
      }
    },

    async presignDownload(key, { filename, contentType, expiresInSeconds, disposition = "attachment" }) {
      const command = new GetObjectCommand({
        Bucket: bucket,
        Key: objectKey(key),
        ResponseContentDisposition: contentDisposition(filename, disposition),
        ResponseContentType: contentType,
      });
      return getSignedUrl(client, command, { expiresIn: expiresInSeconds });
    },

    async presignUpload({ size, expiresInSeconds }) {
      if (!Number.isSafeInteger(size) || size <= 0) throw new RangeError(`Invalid upload size ${size}.`);
      const quarantineKey = newQuarantineKey();
      // Content-Length is signed: the client can put exactly `size` bytes, no more (S3 has no
      // size limit for a presigned PUT otherwise). The finalize step checks the bytes themselves.
      const command = new PutObjectCommand({ Bucket: bucket, Key: objectKey(quarantineKey), ContentLength: size });
      const url = await getSignedUrl(client, command, { expiresIn: expiresInSeconds });
      return { url, method: "PUT", quarantineKey, size, expiresAt: new Date(Date.now() + expiresInSeconds * 1000) };
    },

    async stagePresignedUpload(quarantineKey, options) {
      return stageQuarantinedUpload(store, quarantineKey, options);
    },
  };
  return store;
}

/** "bytes 0-99/1234" → the served range and the whole object's size. */
function parseContentRange(header: string | undefined): { start: number; end: number; size: number } | undefined {
  const match = header?.match(/^bytes (\d+)-(\d+)\/(\d+)$/);
  if (!match) return undefined;
  return { start: Number(match[1]), end: Number(match[2]), size: Number(match[3]) };
}

/** S3-compatible servers disagree on error names for HEAD and ranges; the status is reliable. */
function isS3Error(error: unknown, name: string, status: number): boolean {
  if (!(error instanceof S3ServiceException) || error.name === "NoSuchBucket") return false;
  return error.name === name || error.$metadata.httpStatusCode === status;
}
