// Both ways a File row is written give the same answer; a finalize whose upload record is gone
// writes nothing (the File row and the upload's link are one statement). Every new file is pending.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestSchool, connectTestDb, viewerFor } from "../testing/index.ts";
import { recordFinalizedFile, recordUploadedFile, type StoredFileInfo } from "./record-file.ts";

const db = connectTestDb();
let school: Awaited<ReturnType<typeof buildTestSchool>>;

beforeAll(async () => {
  school = await buildTestSchool(db, "record-file");
});
afterAll(() => db.close());

const stored = (name: string): StoredFileInfo => ({ key: `sha256/ab/cd/${"a".repeat(64)}`, sha256: "a".repeat(64), size: 5_000_000_000, contentType: "application/pdf", originalName: name });

describe("recording stored files", () => {
  it("records an upload and a finalized presigned upload alike, and links the upload to its file", async () => {
    const viewer = await viewerFor(db, school, "student1");
    const direct = await recordUploadedFile({ client: db.pool, viewer, stored: stored("direct.pdf") });
    expect(direct).toEqual({ id: expect.any(String), originalName: "direct.pdf", size: 5_000_000_000, contentType: "application/pdf", sha256: "a".repeat(64) });

    const upload = await db.prisma.fileUpload.create({ data: { schoolId: viewer.schoolId, uploadedById: viewer.userId, quarantineKey: `quarantine/${randomUUID()}` }, select: { id: true } });
    const finalized = await recordFinalizedFile({ client: db.pool, viewer, stored: stored("presigned.pdf"), uploadId: upload.id });
    expect(finalized).toEqual({ ...direct, id: expect.any(String), originalName: "presigned.pdf" });
    expect(await db.prisma.fileUpload.findUniqueOrThrow({ where: { id: upload.id }, select: { fileId: true } })).toEqual({ fileId: finalized!.id });
    expect(await db.prisma.file.findUniqueOrThrow({ where: { id: finalized!.id }, select: { schoolId: true, uploadedById: true } })).toEqual({ schoolId: viewer.schoolId, uploadedById: viewer.userId });
    // Nothing refers to either yet: both wait for housekeeping's check.
    expect(await db.prisma.pendingFile.count({ where: { fileId: { in: [direct.id, finalized!.id] } } })).toBe(2);
  });

  it("writes no file when the upload record is gone", async () => {
    const viewer = await viewerFor(db, school, "student1");
    const before = await db.prisma.file.count({ where: { schoolId: viewer.schoolId } });
    expect(await recordFinalizedFile({ client: db.pool, viewer, stored: stored("orphan.pdf"), uploadId: randomUUID() })).toBeNull();
    expect(await db.prisma.file.count({ where: { schoolId: viewer.schoolId } })).toBe(before);
  });
});
