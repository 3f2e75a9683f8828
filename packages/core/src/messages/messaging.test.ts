import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getClassAccess } from "../classes/class-access.ts";
import { getClassDetail } from "../classes/class-detail.ts";
import { listClasses } from "../classes/list-classes.ts";
import { muteClassMember, setPostingPolicy } from "../classes/manage-classes.ts";
import { isMessageEvent, type ClassEvent, type MessageEvent } from "../events/class-event.ts";
import { subscribeClassEvents } from "../events/class-event-subscription.ts";
import { encodeCursor } from "../events/event-cursor.ts";
import { MemoryEventBus } from "../events/memory-event-bus.ts";
import { buildTestSchool, connectTestDb, viewerFor } from "../testing/test-db.ts";
import type { Viewer } from "../viewer.ts";
import { deleteMessage, editMessage, MAX_PINNED_MESSAGES, pinMessage } from "./change-message.ts";
import { listMessages } from "./list-messages.ts";
import { markRead } from "./mark-read.ts";
import { sendMessage } from "./send-message.ts";

const db = connectTestDb();
const events = new MemoryEventBus();
let school: Awaited<ReturnType<typeof buildTestSchool>>;
let classId: string;
let teacher: Viewer, student1: Viewer, student2: Viewer, outsider: Viewer;

beforeAll(async () => {
  school = await buildTestSchool(db, "messaging");
  classId = school.classIds["7-A"]!;
  [teacher, student1, student2, outsider] = await Promise.all([
    viewerFor(db, school, "teacher1"),
    viewerFor(db, school, "student1"),
    viewerFor(db, school, "student2"),
    viewerFor(db, school, "student3"),
  ]);
});
afterAll(() => db.close());

async function send(viewer: Viewer, body: string, extra: { clientId?: string; replyToId?: string; classId?: string } = {}) {
  const target = extra.classId ?? classId;
  const access = await getClassAccess({ db, viewer, classId: target });
  return sendMessage({ db, events, viewer, access, input: { classId: target, body, clientId: extra.clientId ?? randomUUID(), replyToId: extra.replyToId ?? null } });
}

async function freshClass(): Promise<string> {
  const built = await buildTestSchool(db, "fresh");
  return built.classIds["7-A"]!;
}

describe("sending", () => {
  it("numbers messages in order within the class and returns them with author and reply preview", async () => {
    const first = await send(teacher, "سلام بچه‌ها! Welcome 👋");
    const reply = await send(student1, "سلام استاد", { replyToId: first.id });
    expect(reply.seq).toBeGreaterThan(first.seq);
    expect(reply).toMatchObject({ authorName: "Student One", authorRole: "student", replyTo: { id: first.id, authorName: "Teacher One" } });
    expect(first.body).toBe("سلام بچه‌ها! Welcome 👋");
  });

  it("returns and announces, alone or sent together, exactly the messages the history reads back", async () => {
    // A school of its own, so the class holds only this test's messages.
    const fresh = await buildTestSchool(db, "send-shape");
    const target = fresh.classIds["7-A"]!;
    const [classTeacher, classStudent] = await Promise.all([viewerFor(db, fresh, "teacher1"), viewerFor(db, fresh, "student1")]);
    const announced: MessageEvent[] = [];
    const unsubscribe = await events.subscribe([target], (event) => isMessageEvent(event) && announced.push(event));
    try {
      const first = await send(classTeacher, "first", { classId: target });
      const together = await Promise.all([
        send(classStudent, "a reply", { classId: target, replyToId: first.id }),
        send(classTeacher, "بعدی", { classId: target }),
        send(classStudent, "another reply", { classId: target, replyToId: first.id }),
      ]);
      const access = await getClassAccess({ db, viewer: classTeacher, classId: target });
      const history = (await listMessages({ db, access, input: { classId: target, limit: 10 } })).messages;
      const sent = [first, ...together].sort((a, b) => a.seq - b.seq);
      expect(sent.filter((message) => message.replyTo?.id === first.id)).toHaveLength(2);
      expect([...history].reverse()).toEqual(sent);
      expect(announced.map((event) => event.kind === "message.created" && event.message)).toEqual(sent);
    } finally {
      unsubscribe();
    }
  });

  it("is idempotent: a retried send with the same clientId returns the first message", async () => {
    const clientId = randomUUID();
    const attempts = await Promise.all(Array.from({ length: 5 }, () => send(student1, "retry me", { clientId })));
    expect(new Set(attempts.map((m) => m.id)).size).toBe(1);
    expect(await db.prisma.message.count({ where: { authorId: student1.userId, clientId } })).toBe(1);
  });

  it("refuses a reply to a message of another class", async () => {
    const other = await send(outsider, "in 7-B", { classId: school.classIds["7-B"] });
    await expect(send(student1, "reply", { replyToId: other.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses students in announcement mode and muted students, but not teachers", async () => {
    const access = await getClassAccess({ db, viewer: teacher, classId });
    await setPostingPolicy({ db, events, viewer: teacher, access, postingPolicy: "teachers_only" });
    try {
      await expect(send(student1, "may I?")).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/announcement/) });
      await expect(send(teacher, "announcement")).resolves.toHaveProperty("id");
    } finally {
      await setPostingPolicy({ db, events, viewer: teacher, access, postingPolicy: "everyone" });
    }
    await muteClassMember({ db, events, viewer: teacher, access, input: { classId, userId: student2.userId, muted: true } });
    try {
      await expect(send(student2, "hello")).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/muted/) });
      const detail = await getClassDetail({ db, viewer: student2, access: await getClassAccess({ db, viewer: student2, classId }) });
      expect(detail).toMatchObject({ canPost: false, cannotPostReason: "muted", isMuted: true });
      await expect(listMessages({ db, access: await getClassAccess({ db, viewer: student2, classId }), input: { classId, limit: 5 } })).resolves.toHaveProperty("messages");
    } finally {
      await muteClassMember({ db, events, viewer: teacher, access, input: { classId, userId: student2.userId, muted: false } });
    }
  });

  it("rings members' streams when the posting policy or a mute changes, without moving their cursor or saying who", async () => {
    const fresh = await buildTestSchool(db, "doorbell");
    const target = fresh.classIds["7-A"]!;
    const [classTeacher, classStudent] = await Promise.all([viewerFor(db, fresh, "teacher1"), viewerFor(db, fresh, "student1")]);
    const access = await getClassAccess({ db, viewer: classTeacher, classId: target });
    const posted = await send(classTeacher, "before", { classId: target });
    const received: Array<{ event: ClassEvent; cursor: string }> = [];
    const subscription = await subscribeClassEvents({ db, bus: events, classIds: [target], cursor: null, onEvent: (event, cursor) => received.push({ event, cursor: encodeCursor(cursor) }) });
    try {
      await setPostingPolicy({ db, events, viewer: classTeacher, access, postingPolicy: "teachers_only" });
      await muteClassMember({ db, events, viewer: classTeacher, access, input: { classId: target, userId: classStudent.userId, muted: true } });
      const after = await send(classTeacher, "after", { classId: target });
      await vi.waitFor(() => expect(received).toHaveLength(3));
      const at = (seq: number) => encodeCursor(new Map([[target, seq]]));
      expect(received).toEqual([
        { event: { classId: target, kind: "class.updated" }, cursor: at(posted.seq) },
        { event: { classId: target, kind: "class.updated" }, cursor: at(posted.seq) },
        { event: expect.objectContaining({ kind: "message.created", seq: after.seq }), cursor: at(after.seq) },
      ]);
      // Numbering is untouched: the next message follows the one before the doorbells.
      expect(after.seq).toBe(posted.seq + 1);
    } finally {
      subscription.stop();
    }
  });

  it("refuses non-members and other schools' users before anything is written", async () => {
    await expect(getClassAccess({ db, viewer: outsider, classId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const stranger = await viewerFor(db, await buildTestSchool(db, "stranger"), "admin");
    await expect(getClassAccess({ db, viewer: stranger, classId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("history", () => {
  it("pages newest first by keyset and stays stable while others send", async () => {
    const target = await freshClass();
    const built = await db.prisma.classGroup.findUniqueOrThrow({ where: { id: target }, select: { schoolId: true } });
    const sender = await db.prisma.membership.findFirstOrThrow({ where: { classId: target, role: "teacher" }, select: { userId: true } });
    const viewer: Viewer = { userId: sender.userId, schoolId: built.schoolId, role: "teacher", displayName: "T", sessionId: randomUUID() };
    const access = await getClassAccess({ db, viewer, classId: target });
    const post = (body: string) => sendMessage({ db, events, viewer, access, input: { classId: target, body, clientId: randomUUID() } });
    await Promise.all(Array.from({ length: 30 }, (_, i) => post(`m${i}`)));

    const seen: number[] = [];
    let before: number | null = null;
    let concurrent = 0;
    for (;;) {
      const page: Awaited<ReturnType<typeof listMessages>> = await listMessages({ db, access, input: { classId: target, before, limit: 7 } });
      seen.push(...page.messages.map((m) => m.seq));
      // New messages arrive between pages; they must not shift or repeat older pages.
      await Promise.all([post(`late${concurrent++}`), post(`late${concurrent++}`)]);
      if (!page.hasMore) break;
      before = page.messages.at(-1)!.seq;
    }
    expect(seen).toHaveLength(30);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(new Set(seen).size).toBe(30);
  });
});

describe("read state", () => {
  it("counts unread messages from others, excludes deleted ones, and clears on markRead", async () => {
    const viewerClasses = async (viewer: Viewer) => (await listClasses({ db, viewer })).find((c) => c.id === classId)!;
    const access1 = await getClassAccess({ db, viewer: student1, classId });
    await markRead({ db, viewer: student1, access: access1, input: { classId } });
    expect((await viewerClasses(student1)).unreadCount).toBe(0);

    const a = await send(teacher, "one");
    await send(teacher, "two");
    const own = await send(student1, "my own message");
    const doomed = await send(teacher, "three (to be deleted)");
    await deleteMessage({ db, events, viewer: teacher, input: { messageId: doomed.id } });
    const summary = await viewerClasses(student1);
    expect(summary.unreadCount).toBe(2);
    expect(summary.lastMessage).toMatchObject({ id: doomed.id, isDeleted: true, body: "" });

    await markRead({ db, viewer: student1, access: access1, input: { classId, messageId: a.id } });
    expect((await viewerClasses(student1)).unreadCount).toBe(1);
    // The marker never moves back.
    const result = await markRead({ db, viewer: student1, access: access1, input: { classId, messageId: a.id } });
    await markRead({ db, viewer: student1, access: access1, input: { classId } });
    expect((await viewerClasses(student1)).unreadCount).toBe(0);
    expect(result.lastReadSeq).toBe(a.seq);
    expect(own.seq).toBeGreaterThan(a.seq);
  });
});

describe("edit, delete and pin", () => {
  it("lets only the author edit, and announces the change with the next class event number", async () => {
    const received: MessageEvent[] = [];
    const unsubscribe = await events.subscribe([classId], (event) => isMessageEvent(event) && received.push(event));
    try {
      const message = await send(student1, "typo");
      await expect(editMessage({ db, events, viewer: student2, input: { messageId: message.id, body: "hijack" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(editMessage({ db, events, viewer: teacher, input: { messageId: message.id, body: "teacher edit" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
      const edited = await editMessage({ db, events, viewer: student1, input: { messageId: message.id, body: "fixed" } });
      expect(edited).toMatchObject({ id: message.id, body: "fixed", seq: message.seq });
      expect(edited.editedAt).toBeInstanceOf(Date);
      expect(edited.changeSeq).toBeGreaterThan(message.changeSeq);
      expect(received.map((e) => [e.kind, e.message.id, e.seq])).toEqual([
        ["message.created", message.id, message.changeSeq],
        ["message.edited", message.id, edited.changeSeq],
      ]);
    } finally {
      unsubscribe();
    }
  });

  it("lets the author or a teacher delete, leaving a tombstone that cannot be edited", async () => {
    const mine = await send(student1, "delete me");
    await expect(deleteMessage({ db, events, viewer: student2, input: { messageId: mine.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const tombstone = await deleteMessage({ db, events, viewer: teacher, input: { messageId: mine.id } });
    expect(tombstone).toMatchObject({ id: mine.id, body: "", isDeleted: true });
    await expect(editMessage({ db, events, viewer: student1, input: { messageId: mine.id, body: "back" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const own = await send(student2, "my mistake");
    await expect(deleteMessage({ db, events, viewer: student2, input: { messageId: own.id } })).resolves.toMatchObject({ isDeleted: true });
  });

  it("lets teachers pin up to the limit", async () => {
    const target = await freshClass();
    const teacherRow = await db.prisma.membership.findFirstOrThrow({ where: { classId: target, role: "teacher" }, select: { userId: true, schoolId: true } });
    const classTeacher: Viewer = { userId: teacherRow.userId, schoolId: teacherRow.schoolId, role: "teacher", displayName: "T", sessionId: randomUUID() };
    const access = await getClassAccess({ db, viewer: classTeacher, classId: target });
    const posts = await Promise.all(
      Array.from({ length: MAX_PINNED_MESSAGES + 1 }, (_, i) => sendMessage({ db, events, viewer: classTeacher, access, input: { classId: target, body: `p${i}`, clientId: randomUUID() } })),
    );
    const results = await Promise.allSettled(posts.map((post) => pinMessage({ db, events, viewer: classTeacher, input: { messageId: post.id, pinned: true } })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(MAX_PINNED_MESSAGES);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(["CONFLICT"]);
    const detail = await getClassDetail({ db, viewer: classTeacher, access });
    expect(detail.pinned).toHaveLength(MAX_PINNED_MESSAGES);
    await expect(pinMessage({ db, events, viewer: student1, input: { messageId: posts[0]!.id, pinned: false } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
