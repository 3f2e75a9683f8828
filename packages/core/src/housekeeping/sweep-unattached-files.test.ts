// Uploads nobody attached (and a deleted message's files) go after their wait, with their object
// unless another file shares it; attached files, younger uploads and files being attached or
// uploaded at that moment stay.
import { Readable } from "node:stream";
import { stageUpload, type FileStore } from "@zang/storage";
import { createTempLocalStore } from "@zang/storage/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getClassAccess } from "../classes/class-access.ts";
import { MemoryEventBus } from "../events/memory-event-bus.ts";
import { KEEP_UNATTACHED_FILES_MS } from "../files/pending-files.ts";
import { placeStagedFile } from "../files/place-staged-file.ts";
import { receiveUpload } from "../files/receive-upload.ts";
import { recordUploadedFile } from "../files/record-file.ts";
import { UPLOAD_POLICY } from "../files/upload-policy.ts";
import { createAssignment, updateAssignment } from "../homework/manage-assignments.ts";
import { deleteMessage } from "../messages/change-message.ts";
import { sendMessage } from "../messages/send-message.ts";
import { inTransaction } from "../sql/in-transaction.ts";
import { buildTestSchool, connectTestDb, viewerFor } from "../testing/test-db.ts";
import type { Viewer } from "../viewer.ts";
import { sweepUnattachedFiles } from "./sweep-unattached-files.ts";

const db = connectTestDb();
/** Embedded PGlite is one session that serves nothing else while a transaction is open: no race to test there. */
const isEmbedded = !process.env.DATABASE_URL;
const events = new MemoryEventBus();
let store: FileStore;
let removeStore: () => Promise<void>;
let teacher: Viewer;
let classId: string;

beforeAll(async () => {
  ({ store, cleanup: removeStore } = await createTempLocalStore());
  const school = await buildTestSchool(db, "unattached");
  classId = school.classIds["7-A"]!;
  teacher = await viewerFor(db, school, "teacher1");
});
afterAll(async () => {
  await db.close();
  await removeStore();
});

const textOf = (text: string) => ({ body: Readable.from([Buffer.from(text)]), declaredName: `${text.slice(0, 12)}.txt` });
const upload = (text: string) => receiveUpload({ db, store, viewer: teacher, upload: textOf(text) });
const keyOf = async (fileId: string) => (await db.prisma.file.findUniqueOrThrow({ where: { id: fileId }, select: { storageKey: true } })).storageKey;
const fileExists = async (fileId: string) => (await db.prisma.file.count({ where: { id: fileId } })) === 1;
const isPending = async (fileId: string) => (await db.prisma.pendingFile.count({ where: { fileId } })) === 1;
/** As if uploaded (or let go of) `ms` ago. */
const waited = (fileIds: string[], ms: number) => db.prisma.pendingFile.updateMany({ where: { fileId: { in: fileIds } }, data: { since: new Date(Date.now() - ms) } });
const overdue = (...fileIds: string[]) => waited(fileIds, KEEP_UNATTACHED_FILES_MS + 60_000);

async function sendWithFiles(fileIds: string[]) {
  const access = await getClassAccess({ db, viewer: teacher, classId });
  return sendMessage({ db, events, viewer: teacher, access, input: { classId, body: "", clientId: crypto.randomUUID(), fileIds } });
}

describe("sweepUnattachedFiles", () => {
  it("removes an overdue upload nobody attached with its object, keeps younger and attached ones, and forgets their marks", async () => {
    const [abandoned, young, inMessage, inAssignment] = await Promise.all([upload("abandoned draft"), upload("young draft"), upload("in a message"), upload("in an assignment")]);
    await sendWithFiles([inMessage.id]);
    const access = await getClassAccess({ db, viewer: teacher, classId });
    await createAssignment({ db, events, viewer: teacher, access, input: { classId, title: "Read", instructions: "", dueAt: new Date(Date.now() + 86_400_000), maxPoints: 10, allowLateUntil: null, fileIds: [inAssignment.id] } });
    await overdue(abandoned.id, inMessage.id, inAssignment.id);
    await waited([young.id], KEEP_UNATTACHED_FILES_MS - 60_000);
    const abandonedKey = await keyOf(abandoned.id);

    const result = await sweepUnattachedFiles({ db, store });

    expect(result).toMatchObject({ files: 1, objects: 1 });
    expect(await fileExists(abandoned.id)).toBe(false);
    expect(await store.exists(abandonedKey)).toBe(false);
    for (const kept of [young, inMessage, inAssignment]) {
      expect(await fileExists(kept.id)).toBe(true);
      expect(await store.exists(await keyOf(kept.id))).toBe(true);
    }
    expect([await isPending(young.id), await isPending(inMessage.id), await isPending(inAssignment.id)]).toEqual([true, false, false]);
    expect(await sweepUnattachedFiles({ db, store })).toEqual({ files: 0, objects: 0 });
  });

  it("keeps the object while another file has the same bytes", async () => {
    const abandoned = await upload("shared bytes");
    const sent = await upload("shared bytes");
    await sendWithFiles([sent.id]);
    await overdue(abandoned.id);

    expect(await sweepUnattachedFiles({ db, store })).toEqual({ files: 1, objects: 0 });
    expect(await fileExists(abandoned.id)).toBe(false);
    expect(await store.exists(await keyOf(sent.id))).toBe(true);
  });

  it("lets a deleted message's files go after the wait, unless a live message also has them", async () => {
    const [photo, shared] = await Promise.all([upload("a photo posted by mistake"), upload("a worksheet posted twice")]);
    const mistake = await sendWithFiles([photo.id, shared.id]);
    await sendWithFiles([shared.id]);
    await sweepUnattachedFiles({ db, store, now: new Date(Date.now() + KEEP_UNATTACHED_FILES_MS + 60_000) });
    expect([await isPending(photo.id), await isPending(shared.id)]).toEqual([false, false]);

    await deleteMessage({ db, events, viewer: teacher, input: { messageId: mistake.id } });
    expect([await isPending(photo.id), await isPending(shared.id)]).toEqual([true, true]);
    expect(await sweepUnattachedFiles({ db, store })).toEqual({ files: 0, objects: 0 });
    await overdue(photo.id, shared.id);
    const photoKey = await keyOf(photo.id);

    expect(await sweepUnattachedFiles({ db, store })).toEqual({ files: 1, objects: 1 });
    expect([await fileExists(photo.id), await store.exists(photoKey)]).toEqual([false, false]);
    expect(await fileExists(shared.id)).toBe(true);
    expect(await db.prisma.messageAttachment.count({ where: { messageId: mistake.id } })).toBe(1);
  });

  it("restarts the wait of files an assignment lets go of", async () => {
    const [kept, dropped] = await Promise.all([upload("kept sheet"), upload("dropped sheet")]);
    const access = await getClassAccess({ db, viewer: teacher, classId });
    const fields = { title: "Sheets", instructions: "", dueAt: new Date(Date.now() + 86_400_000), maxPoints: 10, allowLateUntil: null };
    const assignment = await createAssignment({ db, events, viewer: teacher, access, input: { classId, ...fields, fileIds: [kept.id, dropped.id] } });
    await sweepUnattachedFiles({ db, store, now: new Date(Date.now() + KEEP_UNATTACHED_FILES_MS + 60_000) });
    expect([await isPending(kept.id), await isPending(dropped.id)]).toEqual([false, false]);

    await updateAssignment({ db, events, viewer: teacher, input: { assignmentId: assignment.id, ...fields, fileIds: [kept.id] } });
    expect([await isPending(kept.id), await isPending(dropped.id)]).toEqual([false, true]);
    await overdue(dropped.id);
    expect(await sweepUnattachedFiles({ db, store })).toEqual({ files: 1, objects: 1 });
    expect([await fileExists(kept.id), await fileExists(dropped.id)]).toEqual([true, false]);
  });

  it.skipIf(isEmbedded)("skips a file being attached at that moment, and keeps it once the attachment is in", async () => {
    const file = await upload("attached mid-sweep");
    await overdue(file.id);
    const access = await getClassAccess({ db, viewer: teacher, classId });
    const assignment = await createAssignment({ db, events, viewer: teacher, access, input: { classId, title: "Mid", instructions: "", dueAt: new Date(Date.now() + 86_400_000), maxPoints: 10, allowLateUntil: null, fileIds: [] } });

    // The attachment's transaction holds the file row's key-share lock until it commits.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let attached!: () => void;
    const inserted = new Promise<void>((resolve) => (attached = resolve));
    const attaching = inTransaction(db, async (client) => {
      await client.query(`INSERT INTO "AssignmentFile" ("assignmentId", "fileId") VALUES ($1, $2)`, [assignment.id, file.id]);
      attached();
      await held;
    });
    await inserted;
    expect(await sweepUnattachedFiles({ db, store })).toEqual({ files: 0, objects: 0 });
    expect(await isPending(file.id)).toBe(true);
    release();
    await attaching;

    expect(await sweepUnattachedFiles({ db, store })).toEqual({ files: 0, objects: 0 });
    expect(await fileExists(file.id)).toBe(true);
    expect(await isPending(file.id)).toBe(false);
  });

  it.skipIf(isEmbedded)("leaves the object to an upload of the same bytes that is recording its file during the sweep", async () => {
    const abandoned = await upload("same bytes, racing");
    await overdue(abandoned.id);
    const key = await keyOf(abandoned.id);

    // The new upload has moved its bytes into the key (finding the object there) and holds the
    // key while its row is written; the sweep must wait for it, then see the row.
    const staged = await stageUpload({ store, ...textOf("same bytes, racing"), policy: UPLOAD_POLICY });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let moved!: () => void;
    const placed = new Promise<void>((resolve) => (moved = resolve));
    const uploading = placeStagedFile({
      db,
      store,
      staged,
      record: async (client, stored) => {
        expect(stored.deduplicated).toBe(true);
        moved();
        await held;
        return recordUploadedFile({ client, viewer: teacher, stored });
      },
    });
    await placed;
    let swept = false;
    const sweeping = sweepUnattachedFiles({ db, store }).finally(() => (swept = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(swept).toBe(false);
    release();
    const fresh = await uploading;

    expect(await sweeping).toEqual({ files: 1, objects: 0 });
    expect(await fileExists(abandoned.id)).toBe(false);
    expect(await keyOf(fresh!.id)).toBe(key);
    expect(await store.exists(key)).toBe(true);
  });

  it.skipIf(isEmbedded)("tells a sender whose file the sweep removed while the send waited that the file does not exist", async () => {
    const access = await getClassAccess({ db, viewer: teacher, classId });
    const assign = (fileId: string) =>
      createAssignment({ db, events, viewer: teacher, access, input: { classId, title: "Late", instructions: "", dueAt: new Date(Date.now() + 86_400_000), maxPoints: 10, allowLateUntil: null, fileIds: [fileId] } });
    for (const attach of [(fileId: string) => sendWithFiles([fileId]), assign]) {
      const file = await upload(`removed while attaching ${Math.random()}`);
      // As the sweep does: the file row locked, then deleted; the attach passed its check before.
      let remove!: () => void;
      const removing = new Promise<void>((resolve) => (remove = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const sweep = inTransaction(db, async (client) => {
        await client.query(`SELECT 1 FROM "File" WHERE id = $1 FOR UPDATE`, [file.id]);
        locked();
        await removing;
        await client.query(`DELETE FROM "File" WHERE id = $1`, [file.id]);
      });
      await isLocked;
      // Settled into a value at once: it fails while this test still waits on the sweep.
      const attaching = attach(file.id).then(
        () => "attached",
        (error: unknown) => error,
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      remove();
      await sweep;
      expect(await attaching).toMatchObject({ code: "NOT_FOUND", message: "One of the attached files does not exist or is not yours." });
    }
  });
});
