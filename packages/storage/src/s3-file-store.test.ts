import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFileStore } from "./create-file-store.ts";
import { FileRejectedError, FileStoreError } from "./errors.ts";
import type { FileStore, UploadPolicy } from "./file-store.ts";
import { ingestUpload } from "./ingest-upload.ts";
import { samplePdf, sampleElf } from "./testing/sample-files.ts";
import { describeFileStore } from "./testing/file-store-contract.ts";
import { startLocalS3, type LocalS3 } from "./testing/s3-server.ts";
import { sha256Of, streamOf } from "./testing/streams.ts";

let s3: LocalS3;
beforeAll(async () => {
  s3 = await startLocalS3();
});
afterAll(async () => {
  await s3?.stop();
});

// Every test gets its own bucket, so "nothing left behind" is a listing of that bucket.
describeFileStore("S3", async () => ({ store: createFileStore(await s3.createBucket()), cleanup: async () => {} }));

const POLICY: UploadPolicy = { maxBytes: 1024 * 1024, allowedTypes: ["pdf", "png", "jpeg"] };

describe("S3 file store", () => {
  let store: FileStore;
  beforeEach(async () => {
    store = createFileStore(await s3.createBucket());
  });

  async function keys(): Promise<string[]> {
    const found: string[] = [];
    for await (const key of store.listKeys()) found.push(key);
    return found;
  }

  it("signs a download link that plain fetch can follow, with the Persian name and the type", async () => {
    const bytes = samplePdf("download");
    const stored = await ingestUpload({ store, body: streamOf(bytes), declaredName: "تکلیف ریاضی.pdf", policy: POLICY });
    const url = await store.presignDownload(stored.key, { filename: stored.originalName, contentType: stored.contentType, expiresInSeconds: 60 });
    if (url === null) throw new Error("The S3 store must sign download links.");

    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="_____ _____.pdf"; filename*=UTF-8''${encodeURIComponent("تکلیف ریاضی.pdf")}`,
    );
  });

  it("accepts a presigned upload once finalize has checked it, and removes the quarantine copy", async () => {
    const bytes = samplePdf("direct upload");
    const upload = await store.presignUpload({ size: bytes.length, expiresInSeconds: 60 });
    if (upload === null) throw new Error("The S3 store must sign upload links.");
    const put = await fetch(upload.url, { method: upload.method, body: bytes });
    expect(put.status).toBe(200);
    expect(await keys()).toEqual([upload.quarantineKey]);

    const staged = await store.stagePresignedUpload(upload.quarantineKey, { declaredName: "direct.pdf", policy: POLICY });
    expect(await keys()).toEqual([upload.quarantineKey]);
    const stored = await staged.place();

    expect(stored).toMatchObject({ sha256: sha256Of(bytes), size: bytes.length, contentType: "application/pdf", originalName: "direct.pdf" });
    expect(await keys()).toEqual([stored.key]);
  });

  it("deletes a presigned upload that finalize refuses", async () => {
    const bytes = sampleElf();
    const upload = await store.presignUpload({ size: bytes.length, expiresInSeconds: 60 });
    await fetch(upload!.url, { method: "PUT", body: bytes });

    const error = await store.stagePresignedUpload(upload!.quarantineKey, { declaredName: "homework.pdf", policy: POLICY }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(FileRejectedError);
    expect(error).toMatchObject({ reason: "type_not_allowed" });
    expect(await keys()).toEqual([]);
  });

  it("signs Content-Length into an upload link, so S3 takes no more bytes than were allowed", async () => {
    const upload = await store.presignUpload({ size: 1234, expiresInSeconds: 60 });
    const signedHeaders = new URL(upload!.url).searchParams.get("X-Amz-SignedHeaders")?.split(";");

    expect(signedHeaders).toContain("content-length");
    expect(upload!.quarantineKey).toMatch(/^quarantine\/[0-9a-f-]{36}$/);
  });

  it("refuses at finalize a presigned upload over the limit, and deletes it", async () => {
    // s3rver does not check signatures, so this body gets past the signed length; finalize must not.
    const bytes = Buffer.concat([samplePdf(), Buffer.alloc(POLICY.maxBytes, 0x20)]);
    const upload = await store.presignUpload({ size: 100, expiresInSeconds: 60 });
    await fetch(upload!.url, { method: "PUT", body: bytes });

    const error = await store.stagePresignedUpload(upload!.quarantineKey, { declaredName: "big.pdf", policy: POLICY }).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ reason: "too_large", message: "The file is larger than 1 MB." });
    expect(await keys()).toEqual([]);
  });

  it("reports a presigned upload that never arrived as incomplete", async () => {
    const upload = await store.presignUpload({ size: 10, expiresInSeconds: 60 });
    const error = await store.stagePresignedUpload(upload!.quarantineKey, { declaredName: "a.pdf", policy: POLICY }).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ reason: "incomplete" });
  });

  it("stages only quarantine keys, so it can never delete a stored file", async () => {
    const stored = await ingestUpload({ store, body: streamOf(samplePdf()), declaredName: "a.pdf", policy: POLICY });

    await expect(store.stagePresignedUpload(stored.key, { declaredName: "a.pdf", policy: POLICY })).rejects.toBeInstanceOf(FileStoreError);
    expect(await store.exists(stored.key)).toBe(true);
  });

  it("keeps a store's objects under its key prefix without putting the prefix in keys", async () => {
    const config = await s3.createBucket({ keyPrefix: "zang/" });
    const prefixed = createFileStore(config);
    const stored = await ingestUpload({ store: prefixed, body: streamOf(samplePdf()), declaredName: "a.pdf", policy: POLICY });

    const listing = await s3.client.send(new ListObjectsV2Command({ Bucket: config.bucket }));
    expect(stored.key.startsWith("sha256/")).toBe(true);
    expect(listing.Contents?.map(({ Key }) => Key)).toEqual([`zang/${stored.key}`]);
  });
});
