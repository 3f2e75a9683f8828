import { randomUUID } from "node:crypto";
import { ZSendMessageInput } from "@zang/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getClassAccess } from "../classes/class-access.ts";
import { listClasses } from "../classes/list-classes.ts";
import { isMessageEvent, type MessageEvent } from "../events/class-event.ts";
import { MemoryEventBus } from "../events/memory-event-bus.ts";
import { findReadableFile } from "../files/file-access.ts";
import { buildTestSchool, connectTestDb, viewerFor } from "../testing/test-db.ts";
import type { Viewer } from "../viewer.ts";
import { deleteMessage } from "./change-message.ts";
import { listMessages } from "./list-messages.ts";
import { sendMessage } from "./send-message.ts";

const db = connectTestDb();
const events = new MemoryEventBus();
let school: Awaited<ReturnType<typeof buildTestSchool>>;
let classId: string;
let teacher: Viewer, student1: Viewer, student2: Viewer, outsider: Viewer, stranger: Viewer;

beforeAll(async () => {
  // A school of its own, so the class holds only this file's messages.
  school = await buildTestSchool(db, "attachments");
  classId = school.classIds["7-A"]!;
  [teacher, student1, student2, outsider] = await Promise.all([
    viewerFor(db, school, "teacher1"),
    viewerFor(db, school, "student1"),
    viewerFor(db, school, "student2"),
    viewerFor(db, school, "student3"),
  ]);
  stranger = await viewerFor(db, await buildTestSchool(db, "attachments-other"), "teacher1");
});
afterAll(() => db.close());

/** A File row as an upload leaves it (the bytes themselves do not matter here). */
async function uploaded(by: Viewer, originalName: string): Promise<string> {
  const file = await db.prisma.file.create({
    data: { schoolId: by.schoolId, uploadedById: by.userId, storageKey: `k/${randomUUID()}`, sha256: "a".repeat(64), size: 2048, contentType: "application/pdf", originalName },
    select: { id: true },
  });
  return file.id;
}

async function send(viewer: Viewer, body: string, fileIds: string[], clientId = randomUUID()) {
  const access = await getClassAccess({ db, viewer, classId });
  return sendMessage({ db, events, viewer, access, input: { classId, body, clientId, fileIds } });
}

const lastSeq = async () => (await db.prisma.classGroup.findUniqueOrThrow({ where: { id: classId }, select: { lastSeq: true } })).lastSeq;

describe("message attachments", () => {
  it("sends files in the order attached (each once), announces them, reads them back, and a retry returns the same files", async () => {
    const worksheet = await uploaded(teacher, "کاربرگ ۳.pdf");
    const answers = await uploaded(teacher, "answers.pdf");
    const announced: MessageEvent[] = [];
    const unsubscribe = await events.subscribe([classId], (event) => isMessageEvent(event) && announced.push(event));
    try {
      const clientId = randomUUID();
      const message = await send(teacher, "کاربرگ این هفته", [answers, worksheet, answers], clientId);
      expect(message.attachments).toEqual([
        { id: answers, originalName: "answers.pdf", size: 2048, contentType: "application/pdf" },
        { id: worksheet, originalName: "کاربرگ ۳.pdf", size: 2048, contentType: "application/pdf" },
      ]);
      expect(announced.map((event) => event.message)).toEqual([message]);

      const access = await getClassAccess({ db, viewer: student1, classId });
      const history = await listMessages({ db, access, input: { classId, limit: 1 } });
      expect(history.messages).toEqual([message]);

      await expect(send(teacher, "کاربرگ این هفته", [answers, worksheet], clientId)).resolves.toEqual(message);
      expect(await db.prisma.messageAttachment.count({ where: { messageId: message.id } })).toBe(2);
    } finally {
      unsubscribe();
    }
  });

  it("takes files without text, but not a message with neither", () => {
    const base = { classId, clientId: "c1" };
    expect(ZSendMessageInput.safeParse({ ...base, body: "  ", fileIds: [randomUUID()] }).success).toBe(true);
    const empty = ZSendMessageInput.safeParse({ ...base, body: "  " });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["body", "Write a message first."]]);
    expect(ZSendMessageInput.safeParse({ ...base, body: "x", fileIds: Array.from({ length: 11 }, () => randomUUID()) }).success).toBe(false);
  });

  it("numbers concurrent sends with and without files without gaps, each with its own files", async () => {
    const files = await Promise.all([uploaded(student1, "a.pdf"), uploaded(student1, "b.pdf")]);
    const before = await lastSeq();
    const sent = await Promise.all([
      send(student1, "one", []),
      send(student1, "two", [files[0]!]),
      send(student1, "three", []),
      send(student1, "four", []),
      send(student1, "five", [files[1]!]),
      send(student1, "six", []),
    ]);
    expect(sent.map((message) => message.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6].map((n) => Number(before) + n));
    expect(sent.map((message) => message.attachments.map((file) => file.originalName))).toEqual([[], ["a.pdf"], [], [], ["b.pdf"], []]);
  });

  it("refuses another user's or another school's file, and writes nothing", async () => {
    const theirs = await uploaded(student2, "theirs.pdf");
    const foreign = await uploaded(stranger, "foreign.pdf");
    const mine = await uploaded(student1, "mine.pdf");
    const before = await lastSeq();
    for (const fileIds of [[mine, theirs], [foreign], [randomUUID()]]) {
      await expect(send(student1, "look", fileIds)).rejects.toMatchObject({ code: "NOT_FOUND", message: "One of the attached files does not exist or is not yours." });
    }
    expect(await lastSeq()).toBe(before);
    expect(await db.prisma.messageAttachment.count({ where: { fileId: { in: [mine, theirs, foreign] } } })).toBe(0);
  });

  it("lets the class open a message's files, not outsiders, and nobody but the uploader once the message is deleted", async () => {
    const fileId = await uploaded(teacher, "lesson.pdf");
    const message = await send(teacher, "", [fileId]);
    expect(message.body).toBe("");
    const summary = (await listClasses({ db, viewer: student2 })).find((entry) => entry.id === classId);
    expect(summary?.lastMessage).toMatchObject({ id: message.id, body: "", attachmentCount: 1 });
    await expect(findReadableFile({ db, viewer: student2, fileId })).resolves.toMatchObject({ id: fileId, originalName: "lesson.pdf" });
    await expect(findReadableFile({ db, viewer: outsider, fileId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findReadableFile({ db, viewer: stranger, fileId })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const tombstone = await deleteMessage({ db, events, viewer: teacher, input: { messageId: message.id } });
    expect(tombstone).toMatchObject({ isDeleted: true, attachments: [] });
    expect((await listClasses({ db, viewer: student2 })).find((entry) => entry.id === classId)?.lastMessage).toMatchObject({ isDeleted: true, attachmentCount: 0 });
    const access = await getClassAccess({ db, viewer: student1, classId });
    const listed = (await listMessages({ db, access, input: { classId, limit: 20 } })).messages.find((entry) => entry.id === message.id);
    expect(listed).toMatchObject({ isDeleted: true, attachments: [] });
    await expect(findReadableFile({ db, viewer: student2, fileId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findReadableFile({ db, viewer: teacher, fileId })).resolves.toMatchObject({ id: fileId });
  });
});
