// Presigned uploads through the router against a real S3-protocol server (s3rver): the client
// PUTs the bytes to the link, finalize checks them as POST /api/files would, and only the uploader
// can finalize. "Nothing left behind" is a listing of the test's own bucket and the upload records.
import { createHash } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { AppError, type Viewer } from "@zang/core";
import { buildTestSchool, connectTestDb, viewerFor } from "@zang/core/testing";
import { createFileStore, type FileStore } from "@zang/storage";
import { sampleElf, samplePdf, samplePng, startLocalS3, type LocalS3 } from "@zang/storage/testing";
import { MAX_UPLOAD_BYTES } from "@zang/validators";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { appRouter } from "../app-router.ts";
import { createContextInner, type Services } from "../context.ts";
import { createTestServices } from "../testing/test-services.ts";
import { createCallerFactory } from "../trpc.ts";

const db = connectTestDb();
const createCaller = createCallerFactory(appRouter);
let s3: LocalS3;
let school: Awaited<ReturnType<typeof buildTestSchool>>;
let otherSchool: Awaited<ReturnType<typeof buildTestSchool>>;
let student1: Viewer, student2: Viewer, admin: Viewer, stranger: Viewer;

beforeAll(async () => {
  s3 = await startLocalS3();
  [school, otherSchool] = await Promise.all([buildTestSchool(db, "presign"), buildTestSchool(db, "presign-other")]);
  [student1, student2, admin, stranger] = await Promise.all([
    viewerFor(db, school, "student1"),
    viewerFor(db, school, "student2"),
    viewerFor(db, school, "admin"),
    viewerFor(db, otherSchool, "student1"),
  ]);
});
afterAll(async () => {
  await s3?.stop();
  await db.close();
});

let store: FileStore;
let services: Services;
beforeEach(async () => {
  store = createFileStore(await s3.createBucket());
  services = createTestServices(db, { files: { store, linkSecret: "test-link-secret-0123456789abcdef" } });
});

const as = (viewer: Viewer) => createCaller(createContextInner({ services, viewer }));

async function bucketKeys(): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of store.listKeys()) keys.push(key);
  return keys;
}

/** Presigns as `viewer` and PUTs `bytes` to the link, as a browser would. */
async function uploadDirect(viewer: Viewer, bytes: Buffer, { name = "essay.pdf", size = bytes.length } = {}) {
  const target = await as(viewer).files.presignUpload({ name, size });
  if (!target) throw new Error("an S3 store must hand out upload links");
  const put = await fetch(target.url, { method: target.method, headers: target.headers, body: bytes });
  expect(put.status).toBe(200);
  return target;
}

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string; reason: string | undefined }> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return { code: error.code, message: error.message, reason: error.cause instanceof AppError ? error.cause.reason : undefined };
}

const uploadRecords = () => db.prisma.fileUpload.count({ where: { schoolId: school.schoolId, fileId: null } });

describe("presigned uploads", () => {
  it("takes the bytes PUT to the link, records the file as POST /api/files would, and serves it back", async () => {
    const bytes = samplePdf("presigned homework");
    const target = await uploadDirect(student1, bytes, { name: "تکلیف ریاضی.pdf" });
    expect(target.expiresAt.getTime()).toBeGreaterThan(Date.now());

    const file = await as(student1).files.finalizeUpload({ uploadId: target.uploadId, name: "تکلیف ریاضی.pdf" });

    const sha256 = createHash("sha256").update(bytes).digest("hex");
    expect(file).toEqual({ id: expect.any(String), originalName: "تکلیف ریاضی.pdf", size: bytes.length, contentType: "application/pdf", sha256 });
    expect(await bucketKeys()).toEqual([`sha256/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`]);
    const { url } = await as(student1).files.downloadUrl({ fileId: file.id });
    const download = await fetch(url);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);
    // A retried finalize (its answer was lost) gets the same file, not a second one.
    await expect(as(student1).files.finalizeUpload({ uploadId: target.uploadId, name: "تکلیف ریاضی.pdf" })).resolves.toEqual(file);
    expect(await db.prisma.file.count({ where: { sha256 } })).toBe(1);
  });

  it("refuses a program renamed .pdf, with the reason POST /api/files gives, and keeps nothing", async () => {
    const target = await uploadDirect(student1, sampleElf(), { name: "homework.pdf" });

    const refused = await failure(as(student1).files.finalizeUpload({ uploadId: target.uploadId, name: "homework.pdf" }));

    expect(refused).toMatchObject({ code: "BAD_REQUEST", reason: "type_not_allowed", message: expect.stringContaining("this file is a Linux program") });
    expect(await bucketKeys()).toEqual([]);
    expect(await uploadRecords()).toBe(0);
    expect(await failure(as(student1).files.finalizeUpload({ uploadId: target.uploadId, name: "homework.pdf" }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses an image whose name says PDF", async () => {
    const target = await uploadDirect(student1, samplePng(), { name: "scan.pdf" });
    expect(await failure(as(student1).files.finalizeUpload({ uploadId: target.uploadId, name: "scan.pdf" }))).toMatchObject({ code: "BAD_REQUEST", reason: "type_mismatch" });
    expect(await bucketKeys()).toEqual([]);
  });

  it("refuses a file over the limit: by its announced size before any link, and by its bytes at finalize", async () => {
    expect(await failure(as(student1).files.presignUpload({ name: "big.pdf", size: MAX_UPLOAD_BYTES + 1 }))).toMatchObject({
      code: "BAD_REQUEST",
      // The caller gets zod's issues; over HTTP the error formatter turns them into this sentence.
      message: expect.stringContaining("The file is larger than 20 MB."),
    });
    // A server that does not enforce the signed Content-Length (s3rver does not) lets more through: the bytes are counted again.
    const oversized = Buffer.concat([samplePdf("big"), Buffer.alloc(MAX_UPLOAD_BYTES, 0x20)]);
    const target = await uploadDirect(student1, oversized, { name: "big.pdf", size: 1024 });

    const refused = await failure(as(student1).files.finalizeUpload({ uploadId: target.uploadId, name: "big.pdf" }));

    expect(refused).toMatchObject({ code: "PAYLOAD_TOO_LARGE", reason: "too_large", message: "The file is larger than 20 MB." });
    expect(await bucketKeys()).toEqual([]);
    expect(await uploadRecords()).toBe(0);
  });

  it("lets nobody but the uploader finalize, and leaves the upload to them", async () => {
    const bytes = samplePdf("mine");
    const target = await uploadDirect(student1, bytes);

    for (const intruder of [student2, admin, stranger]) {
      const refused = await failure(as(intruder).files.finalizeUpload({ uploadId: target.uploadId, name: "essay.pdf" }));
      expect(refused).toMatchObject({ code: "NOT_FOUND", message: "This upload does not exist or is not yours. Upload the file again." });
    }
    expect(await bucketKeys()).toEqual([expect.stringMatching(/^quarantine\//)]);

    const file = await as(student1).files.finalizeUpload({ uploadId: target.uploadId, name: "essay.pdf" });
    expect(file.size).toBe(bytes.length);
  });

  it("records one file when the same upload is finalized twice at once", async () => {
    const bytes = samplePdf("double click");
    const target = await uploadDirect(student1, bytes);
    const finalize = () => as(student1).files.finalizeUpload({ uploadId: target.uploadId, name: "essay.pdf" });

    const outcomes = await Promise.allSettled([finalize(), finalize()]);

    const files = outcomes.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value.id] : []));
    const refusals = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [(outcome.reason as TRPCError).code] : []));
    expect(files.length).toBeGreaterThan(0);
    expect(new Set(files).size).toBe(1);
    expect(refusals.every((code) => code === "CONFLICT")).toBe(true);
    expect(await db.prisma.file.count({ where: { sha256: createHash("sha256").update(bytes).digest("hex") } })).toBe(1);
  });

  it("answers an unknown upload id with NOT_FOUND, and a finalize before the PUT with a retry message", async () => {
    expect(await failure(as(student1).files.finalizeUpload({ uploadId: "00000000-0000-4000-8000-000000000000", name: "essay.pdf" }))).toMatchObject({ code: "NOT_FOUND" });

    const target = await as(student1).files.presignUpload({ name: "essay.pdf", size: 100 });
    const early = await failure(as(student1).files.finalizeUpload({ uploadId: target!.uploadId, name: "essay.pdf" }));
    expect(early).toMatchObject({ code: "BAD_REQUEST", reason: "incomplete", message: "The upload never arrived. Please try again." });
    expect(await bucketKeys()).toEqual([]);
    expect(await uploadRecords()).toBe(0);
  });

  it("refuses a name with a path before signing anything, and at finalize without losing the upload", async () => {
    expect(await failure(as(student1).files.presignUpload({ name: "../../etc/passwd", size: 10 }))).toMatchObject({ code: "BAD_REQUEST", reason: "bad_name" });
    const target = await uploadDirect(student1, samplePdf("kept"));
    expect(await failure(as(student1).files.finalizeUpload({ uploadId: target.uploadId, name: "../essay.pdf" }))).toMatchObject({ reason: "bad_name" });
    await expect(as(student1).files.finalizeUpload({ uploadId: target.uploadId, name: "essay.pdf" })).resolves.toMatchObject({ originalName: "essay.pdf" });
  });

  it("answers null with the local store, so the client posts the file to /api/files", async () => {
    const local = createCaller(createContextInner({ services: createTestServices(db), viewer: student1 }));
    await expect(local.files.presignUpload({ name: "essay.pdf", size: 1000 })).resolves.toBeNull();
  });
});
