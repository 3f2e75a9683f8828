import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FileNotFoundError, FileRejectedError, FileStoreError } from "../errors.ts";
import type { FileStore, UploadPolicy } from "../file-store.ts";
import { ingestUpload, stageUpload } from "../ingest-upload.ts";
import { sampleDocx, sampleElf, samplePdf, samplePlainZip, samplePng, sampleXlsx } from "./sample-files.ts";
import { cutOffStream, generatedPdf, readAll, sha256Of, streamOf } from "./streams.ts";

const MB = 1024 * 1024;
const HOMEWORK: UploadPolicy = { maxBytes: 20 * MB, allowedTypes: ["pdf", "png", "jpeg", "gif", "webp", "docx", "xlsx", "pptx", "text", "csv"] };

export type StoreUnderTest = { store: FileStore; cleanup(): Promise<void> };

async function keysOf(store: FileStore): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of store.listKeys()) keys.push(key);
  return keys.sort();
}

async function rejection(promise: Promise<unknown>): Promise<FileRejectedError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FileRejectedError);
  if (!(error instanceof FileRejectedError)) throw error;
  return error;
}

/**
 * The behaviour every FileStore driver must have, run against each driver's real backing
 * (a temp folder; an S3 server on loopback) so a driver cannot pass by faking.
 */
export function describeFileStore(name: string, makeStore: () => Promise<StoreUnderTest>) {
  describe(`${name} file store`, () => {
    let subject: StoreUnderTest;
    let store: FileStore;
    beforeEach(async () => {
      subject = await makeStore();
      store = subject.store;
    });
    afterEach(async () => {
      await subject.cleanup();
    });

    it("stores a PDF under its sha256 and reads it back whole and by range", async () => {
      const bytes = samplePdf("round trip");
      const stored = await ingestUpload({ store, body: streamOf(bytes, 7), declaredName: "Essay.pdf", policy: HOMEWORK });

      const sha256 = sha256Of(bytes);
      expect(stored).toEqual({
        key: `sha256/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`,
        sha256,
        size: bytes.length,
        contentType: "application/pdf",
        kind: "pdf",
        originalName: "Essay.pdf",
        deduplicated: false,
      });
      expect(await store.exists(stored.key)).toBe(true);
      const whole = await store.openRead(stored.key);
      expect(await readAll(whole.body)).toEqual(bytes);
      expect(whole).toMatchObject({ size: bytes.length, start: 0, end: bytes.length - 1 });
      const part = await store.openRead(stored.key, { start: 5, end: 8 });
      expect(await readAll(part.body)).toEqual(bytes.subarray(5, 9));
      expect(part).toMatchObject({ size: bytes.length, start: 5, end: 8 });
      expect(await keysOf(store)).toEqual([stored.key]);
    });

    it("stores identical content once and says the second upload was a duplicate", async () => {
      const bytes = samplePng();
      const first = await ingestUpload({ store, body: streamOf(bytes), declaredName: "a.png", policy: HOMEWORK });
      const second = await ingestUpload({ store, body: streamOf(bytes), declaredName: "copy of a.png", policy: HOMEWORK });

      expect(second.key).toBe(first.key);
      expect([first.deduplicated, second.deduplicated]).toEqual([false, true]);
      expect(second.originalName).toBe("copy of a.png");
      expect(await keysOf(store)).toEqual([first.key]);
    });

    it("keeps a staged upload out of its content key until it is placed, and leaves nothing when it is discarded", async () => {
      const bytes = samplePdf("staged");
      const staged = await stageUpload({ store, body: streamOf(bytes), declaredName: "staged.pdf", policy: HOMEWORK });
      expect(staged).toMatchObject({ sha256: sha256Of(bytes), size: bytes.length, contentType: "application/pdf", originalName: "staged.pdf" });
      expect(await store.exists(staged.key)).toBe(false);
      expect(await staged.place()).toMatchObject({ key: staged.key, deduplicated: false });
      expect(await keysOf(store)).toEqual([staged.key]);

      const other = await stageUpload({ store, body: streamOf(samplePdf("never placed")), declaredName: "other.pdf", policy: HOMEWORK });
      await other.discard();
      expect(await keysOf(store)).toEqual([staged.key]);
    });

    it("refuses a file over the limit as soon as it passes it, and keeps nothing", async () => {
      const upload = generatedPdf(10 * MB);
      const error = await rejection(
        ingestUpload({ store, body: upload.stream, declaredName: "big.pdf", policy: { ...HOMEWORK, maxBytes: 2 * MB } }),
      );

      expect(error.reason).toBe("too_large");
      expect(error.message).toBe("The file is larger than 2 MB.");
      expect(upload.pulled()).toBeLessThan(3 * MB);
      expect(await keysOf(store)).toEqual([]);
    });

    it("refuses an announced size over the limit without reading the body", async () => {
      const upload = generatedPdf(3 * MB);
      const error = await rejection(
        ingestUpload({ store, body: upload.stream, declaredName: "big.pdf", declaredSize: 3 * MB, policy: { ...HOMEWORK, maxBytes: 2 * MB } }),
      );

      expect(error.reason).toBe("too_large");
      expect(upload.pulled()).toBe(0);
      expect(await keysOf(store)).toEqual([]);
    });

    it("refuses a program renamed .pdf, naming what it is", async () => {
      const error = await rejection(ingestUpload({ store, body: streamOf(sampleElf()), declaredName: "homework.pdf", policy: HOMEWORK }));

      expect(error.reason).toBe("type_not_allowed");
      expect(error.message).toBe("Only PDF, images, Word/Excel/PowerPoint and text files can be uploaded; this file is a Linux program.");
      expect(await keysOf(store)).toEqual([]);
    });

    it("refuses an image whose name says PDF", async () => {
      const error = await rejection(ingestUpload({ store, body: streamOf(samplePng()), declaredName: "scan.pdf", policy: HOMEWORK }));

      expect(error.reason).toBe("type_mismatch");
      expect(error.message).toBe("The file's name ends in .pdf, but the file is a PNG image. Rename it or choose the right file.");
      expect(await keysOf(store)).toEqual([]);
    });

    it("refuses a kind the policy leaves out even when the name agrees", async () => {
      const error = await rejection(
        ingestUpload({ store, body: streamOf(samplePng()), declaredName: "photo.png", policy: { maxBytes: MB, allowedTypes: ["pdf"] } }),
      );

      expect(error.reason).toBe("type_not_allowed");
      expect(error.message).toBe("Only PDF files can be uploaded; this file is a PNG image.");
    });

    it("accepts a Word document, and refuses an archive or a workbook named .docx", async () => {
      const docx = await ingestUpload({ store, body: streamOf(sampleDocx(), 10), declaredName: "report.docx", policy: HOMEWORK });
      expect(docx.contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

      const archive = await rejection(ingestUpload({ store, body: streamOf(samplePlainZip()), declaredName: "report.docx", policy: HOMEWORK }));
      expect(archive.reason).toBe("type_not_allowed");
      expect(archive.message).toContain("this file is a ZIP archive");

      const workbook = await rejection(ingestUpload({ store, body: streamOf(sampleXlsx()), declaredName: "report.docx", policy: HOMEWORK }));
      expect(workbook.reason).toBe("type_mismatch");
      expect(workbook.message).toContain("the file is an Excel workbook");
      expect(await keysOf(store)).toEqual([docx.key]);
    });

    it("refuses a name with a path in it before reading anything", async () => {
      const upload = generatedPdf(MB);
      const error = await rejection(ingestUpload({ store, body: upload.stream, declaredName: "../../etc/passwd", policy: HOMEWORK }));

      expect(error.reason).toBe("bad_name");
      expect(upload.pulled()).toBe(0);
      expect(await keysOf(store)).toEqual([]);
    });

    it.each([
      { label: "in its first part", failAfter: 100 * 1024 },
      { label: "after several megabytes", failAfter: 7 * MB },
    ])("keeps nothing when the upload is cut off $label", async ({ failAfter }) => {
      const bytes = Buffer.concat([samplePdf(), Buffer.alloc(8 * MB, 0x20)]);
      const error = await rejection(ingestUpload({ store, body: cutOffStream(bytes, failAfter), declaredName: "cut.pdf", policy: HOMEWORK }));

      expect(error.reason).toBe("incomplete");
      expect(await keysOf(store)).toEqual([]);
    });

    it("keeps nothing when the body ends before its announced size", async () => {
      const bytes = samplePdf();
      const error = await rejection(
        ingestUpload({ store, body: streamOf(bytes), declaredName: "short.pdf", declaredSize: bytes.length + 100, policy: HOMEWORK }),
      );

      expect(error.reason).toBe("incomplete");
      expect(await keysOf(store)).toEqual([]);
    });

    it("refuses an empty file", async () => {
      const error = await rejection(ingestUpload({ store, body: streamOf(Buffer.alloc(0)), declaredName: "empty.txt", policy: HOMEWORK }));

      expect(error.reason).toBe("empty");
      expect(await keysOf(store)).toEqual([]);
    });

    it("streams a 50 MB upload without holding it in memory", async () => {
      const size = 50 * MB;
      const memory = retainedMemory();
      const upload = generatedPdf(size, { every: 5 * MB, probe: memory.sample });
      const stored = await ingestUpload({ store, body: upload.stream, declaredName: "lecture.pdf", policy: { ...HOMEWORK, maxBytes: 60 * MB } });

      expect(stored).toMatchObject({ size, sha256: upload.sha256() });
      expect(memory.peak).toBeLessThan(size / 2);
      expect((await store.openRead(stored.key)).size).toBe(size);
      expect(await keysOf(store)).toEqual([stored.key]);
    });

    it("reports a missing key as FileNotFoundError and refuses keys that are paths", async () => {
      await expect(store.openRead(`sha256/00/00/${"0".repeat(64)}`)).rejects.toBeInstanceOf(FileNotFoundError);
      expect(await store.exists(`sha256/00/00/${"0".repeat(64)}`)).toBe(false);
      await expect(store.openRead("../../etc/passwd")).rejects.toBeInstanceOf(FileStoreError);
      await expect(store.delete("/etc/passwd")).rejects.toBeInstanceOf(FileStoreError);
    });

    it("deletes a stored file", async () => {
      const stored = await ingestUpload({ store, body: streamOf(samplePdf("gone")), declaredName: "gone.pdf", policy: HOMEWORK });
      await store.delete(stored.key);

      expect(await store.exists(stored.key)).toBe(false);
      expect(await keysOf(store)).toEqual([]);
    });
  });
}

/**
 * Growth of the JS heap plus Buffer memory, sampled after a full collection so that only what
 * the code still holds counts. `sample()` is called by the upload's source every few megabytes.
 */
function retainedMemory() {
  const measure = () => {
    globalThis.gc?.();
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    return heapUsed + arrayBuffers;
  };
  const baseline = measure();
  let peak = 0;
  return {
    sample() {
      peak = Math.max(peak, measure() - baseline);
    },
    get peak() {
      return peak;
    },
  };
}
