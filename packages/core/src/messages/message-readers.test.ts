import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getClassAccess } from "../classes/class-access.ts";
import { MemoryEventBus } from "../events/memory-event-bus.ts";
import { buildTestSchool, connectTestDb, viewerFor } from "../testing/test-db.ts";
import type { Viewer } from "../viewer.ts";
import { deleteMessage } from "./change-message.ts";
import { markRead } from "./mark-read.ts";
import { messageReaders } from "./message-readers.ts";
import { sendMessage } from "./send-message.ts";

const db = connectTestDb();
const events = new MemoryEventBus();
let school: Awaited<ReturnType<typeof buildTestSchool>>;
let classId: string;
let admin: Viewer, teacher: Viewer, otherTeacher: Viewer, student1: Viewer, student2: Viewer;

beforeAll(async () => {
  school = await buildTestSchool(db, "readers");
  classId = school.classIds["7-A"]!;
  [admin, teacher, otherTeacher, student1, student2] = await Promise.all([
    viewerFor(db, school, "admin"),
    viewerFor(db, school, "teacher1"),
    viewerFor(db, school, "teacher2"),
    viewerFor(db, school, "student1"),
    viewerFor(db, school, "student2"),
  ]);
});
afterAll(() => db.close());

async function post(viewer: Viewer, body: string) {
  const access = await getClassAccess({ db, viewer, classId });
  return sendMessage({ db, events, viewer, access, input: { classId, body, clientId: randomUUID(), replyToId: null } });
}

const names = (readers: Array<{ username: string }>) => readers.map((reader) => reader.username);

describe("messageReaders", () => {
  it("tells the class's teachers which students have read a message, as read markers reach it", async () => {
    const announcement = await post(teacher, "Test on Saturday");
    expect(await messageReaders({ db, viewer: teacher, messageId: announcement.id })).toMatchObject({
      studentCount: 2,
      readCount: 0,
      read: [],
      unread: [{ username: "student1" }, { username: "student2" }],
    });

    await markRead({ db, viewer: student1, access: await getClassAccess({ db, viewer: student1, classId }), input: { classId } });
    const later = await post(teacher, "Bring a calculator");
    const seen = await messageReaders({ db, viewer: teacher, messageId: announcement.id });
    expect(seen).toEqual({
      studentCount: 2,
      readCount: 1,
      read: [{ userId: school.userIds.student1, displayName: "Student One", username: "student1" }],
      unread: [expect.objectContaining({ username: "student2" })],
    });
    // Reading up to the first message says nothing about the one after it.
    expect(names((await messageReaders({ db, viewer: teacher, messageId: later.id })).read)).toEqual([]);
    // The school's admin may ask too.
    expect(names((await messageReaders({ db, viewer: admin, messageId: announcement.id })).read)).toEqual(["student1"]);
  });

  it("answers only the class's teachers and admins, and not for a deleted message or another school's", async () => {
    const message = await post(student1, "question");
    await expect(messageReaders({ db, viewer: student2, messageId: message.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(messageReaders({ db, viewer: otherTeacher, messageId: message.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const otherSchool = await buildTestSchool(db, "readers-other");
    await expect(messageReaders({ db, viewer: await viewerFor(db, otherSchool, "admin"), messageId: message.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deleteMessage({ db, events, viewer: student1, input: { messageId: message.id } });
    await expect(messageReaders({ db, viewer: teacher, messageId: message.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
