// A placed upload whose row is not written leaves no object behind, unless another file shares it.
import { Readable } from "node:stream";
import { stageUpload, type FileStore } from "@zang/storage";
import { createTempLocalStore } from "@zang/storage/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestSchool, connectTestDb, viewerFor } from "../testing/test-db.ts";
import type { Viewer } from "../viewer.ts";
import { placeStagedFile } from "./place-staged-file.ts";
import { receiveUpload } from "./receive-upload.ts";
import { UPLOAD_POLICY } from "./upload-policy.ts";

const db = connectTestDb();
let store: FileStore;
let removeStore: () => Promise<void>;
let student: Viewer;

beforeAll(async () => {
  ({ store, cleanup: removeStore } = await createTempLocalStore());
  student = await viewerFor(db, await buildTestSchool(db, "place"), "student1");
});
afterAll(async () => {
  await db.close();
  await removeStore();
});

const stage = (text: string) => stageUpload({ store, body: Readable.from([Buffer.from(text)]), declaredName: "notes.txt", policy: UPLOAD_POLICY });
async function storedKeys(): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of store.listKeys()) keys.push(key);
  return keys.sort();
}

describe("placeStagedFile", () => {
  it("removes the object again when the row is not written, and drops the staged bytes when the move never happened", async () => {
    const gone = await stage("a record that went away");
    await expect(placeStagedFile({ db, store, staged: gone, record: async () => null })).resolves.toBeNull();
    const failed = await stage("a record that failed");
    await expect(placeStagedFile({ db, store, staged: failed, record: () => Promise.reject(new Error("database down")) })).rejects.toThrow("database down");
    expect(await storedKeys()).toEqual([]);
  });

  it("keeps the object when another file already has the same bytes", async () => {
    const kept = await receiveUpload({ db, store, viewer: student, upload: { body: Readable.from([Buffer.from("shared notes")]), declaredName: "notes.txt" } });
    const duplicate = await stage("shared notes");
    await expect(placeStagedFile({ db, store, staged: duplicate, record: async () => null })).resolves.toBeNull();
    const { storageKey } = await db.prisma.file.findUniqueOrThrow({ where: { id: kept.id }, select: { storageKey: true } });
    expect(await storedKeys()).toEqual([storageKey]);
  });
});
