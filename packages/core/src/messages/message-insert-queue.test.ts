// Concurrent sends to one class share statements, and batching changes nothing a sender can see:
// numbers stay gapless and in order, retries return the first message, a bad row fails alone.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countQueries } from "../testing/count-queries.ts";
import { buildTestSchool, connectTestDb, viewerFor } from "../testing/test-db.ts";
import type { Viewer } from "../viewer.ts";
import { insertMessage } from "./message-insert-queue.ts";
import { MESSAGE_COLUMNS, MESSAGE_JOINS, toMessage, type MessageRow, type NewMessage } from "./message-sql.ts";

const db = connectTestDb();
let school: Awaited<ReturnType<typeof buildTestSchool>>;
let teacher: Viewer;

beforeAll(async () => {
  school = await buildTestSchool(db, "insert-queue");
  teacher = await viewerFor(db, school, "teacher1");
});
afterAll(() => db.close());

async function newClass(): Promise<string> {
  const classGroup = await db.prisma.classGroup.create({ data: { schoolId: school.schoolId, name: `q-${randomUUID().slice(0, 6)}` }, select: { id: true } });
  return classGroup.id;
}

const send = (classId: string, clientId: string, extra: { replyToId?: string; attachments?: NewMessage["attachments"] } = {}) =>
  insertMessage(db.pool, {
    classId,
    schoolId: school.schoolId,
    authorId: teacher.userId,
    authorName: teacher.displayName,
    authorRole: teacher.role,
    clientId,
    body: `body of ${clientId}`,
    replyTo: extra.replyToId ? { id: extra.replyToId, authorName: "", body: "", isDeleted: false } : null,
    attachments: extra.attachments ?? [],
  });


describe("insertMessage", () => {
  it("writes concurrent sends to one class in few statements, numbered 1…n without gaps in call order", async () => {
    const classId = await newClass();
    const counter = countQueries(db.pool, `INSERT INTO "Message"`);
    let created;
    try {
      created = await Promise.all(Array.from({ length: 100 }, (_, index) => send(classId, `m${index}`)));
    } finally {
      counter.restore();
    }
    expect(created.map((message) => message!.seq)).toEqual(Array.from({ length: 100 }, (_, index) => index + 1));
    expect(created.map((message) => message!.body)).toEqual(Array.from({ length: 100 }, (_, index) => `body of m${index}`));
    expect(counter.count()).toBeLessThan(10);
    // What each send returns is what a read of the class gives.
    const { rows } = await db.pool.query<MessageRow>(`SELECT ${MESSAGE_COLUMNS} FROM "Message" m ${MESSAGE_JOINS} WHERE m."classId" = $1 ORDER BY m.seq`, [classId]);
    expect(rows.map(toMessage)).toEqual(created);
    const { lastSeq } = await db.prisma.classGroup.findUniqueOrThrow({ where: { id: classId }, select: { lastSeq: true } });
    expect(Number(lastSeq)).toBe(100);
  });

  it("writes a send with files on its own, between the batches before and after it, in call order", async () => {
    const classId = await newClass();
    const file = await db.prisma.file.create({
      data: { schoolId: school.schoolId, uploadedById: teacher.userId, storageKey: "k", sha256: "b".repeat(64), size: 10, contentType: "image/png", originalName: "board.png" },
      select: { id: true, originalName: true, contentType: true },
    });
    const attachments = [{ ...file, size: 10 }];
    const created = await Promise.all(["a", "b", "with-file", "c", "d"].map((clientId) => send(classId, clientId, clientId === "with-file" ? { attachments } : {})));
    expect(created.map((message) => [message!.clientId, message!.seq, message!.attachments])).toEqual([
      ["a", 1, []],
      ["b", 2, []],
      ["with-file", 3, attachments],
      ["c", 4, []],
      ["d", 5, []],
    ]);
    const { rows } = await db.pool.query<MessageRow>(`SELECT ${MESSAGE_COLUMNS} FROM "Message" m ${MESSAGE_JOINS} WHERE m."classId" = $1 ORDER BY m.seq`, [classId]);
    expect(rows.map(toMessage)).toEqual(created);
  });

  it("creates one message for a clientId repeated in the same batch or later, without spending a number", async () => {
    const classId = await newClass();
    const [first, repeat, other] = await Promise.all([send(classId, "same"), send(classId, "same"), send(classId, "other")]);
    expect(first?.seq).toBe(1);
    expect(repeat).toBeNull();
    expect(other?.seq).toBe(2);
    expect(await send(classId, "same")).toBeNull();
    expect((await send(classId, "after"))?.seq).toBe(3);
  });

  it("fails only the send whose row is refused, and the rest of its batch still lands", async () => {
    const classId = await newClass();
    const results = await Promise.allSettled([
      send(classId, "fine-1"),
      send(classId, "broken", { replyToId: randomUUID() }), // no such message: the foreign key refuses the row
      send(classId, "fine-2"),
      send(classId, "fine-3"),
    ]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled", "fulfilled"]);
    const rows = await db.prisma.message.findMany({ where: { classId }, select: { clientId: true }, orderBy: { seq: "asc" } });
    expect(rows.map((row) => row.clientId)).toEqual(["fine-1", "fine-2", "fine-3"]);
  });
});
