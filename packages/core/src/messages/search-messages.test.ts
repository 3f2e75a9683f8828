import { randomUUID } from "node:crypto";
import { ZSearchMessagesInput } from "@zang/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getClassAccess, type ClassAccess } from "../classes/class-access.ts";
import { MemoryEventBus } from "../events/memory-event-bus.ts";
import { buildTestSchool, connectTestDb, viewerFor } from "../testing/test-db.ts";
import type { Viewer } from "../viewer.ts";
import { deleteMessage } from "./change-message.ts";
import { searchMessages } from "./search-messages.ts";
import { sendMessage } from "./send-message.ts";

const db = connectTestDb();
const events = new MemoryEventBus();
let teacher: Viewer, student: Viewer, admin: Viewer;
let classA: string, classB: string;

beforeAll(async () => {
  const school = await buildTestSchool(db, "search");
  [teacher, student, admin] = await Promise.all([viewerFor(db, school, "teacher1"), viewerFor(db, school, "student1"), viewerFor(db, school, "admin")]);
  classA = school.classIds["7-A"]!;
  classB = school.classIds["7-B"]!;
});
afterAll(() => db.close());

async function post(viewer: Viewer, classId: string, body: string) {
  const access = await getClassAccess({ db, viewer, classId });
  return sendMessage({ db, events, viewer, access, input: { classId, body, clientId: randomUUID(), replyToId: null } });
}

async function search(access: ClassAccess, query: string, options: { cursor?: number; limit?: number; window?: number } = {}) {
  const input = ZSearchMessagesInput.parse({ classId: access.classId, query, cursor: options.cursor, limit: options.limit });
  return searchMessages({ db, access, input, ...(options.window ? { window: options.window } : {}) });
}

const bodies = (result: { messages: Array<{ body: string }> }) => result.messages.map((message) => message.body);

describe("searchMessages", () => {
  it("finds a message however its Persian was typed: Arabic letter forms, half-spaces, digits, case", async () => {
    const access = await getClassAccess({ db, viewer: student, classId: classA });
    await post(teacher, classA, "كتاب رياضي را بياوريد"); // typed on an Arabic keyboard: ك and ي
    await post(student, classA, "می‌خواهم تمرین ۱۲ را دوباره بفرستم");
    await post(teacher, classA, "Physics HOMEWORK is on page 40");
    await post(teacher, classA, "مسئله‌ها را حل کنید");

    expect(bodies(await search(access, "کتاب ریاضی"))).toEqual(["كتاب رياضي را بياوريد"]);
    expect(bodies(await search(access, "میخواهم"))).toEqual(["می‌خواهم تمرین ۱۲ را دوباره بفرستم"]);
    expect(bodies(await search(access, "تمرین 12"))).toEqual(["می‌خواهم تمرین ۱۲ را دوباره بفرستم"]);
    expect(bodies(await search(access, "homework"))).toEqual(["Physics HOMEWORK is on page 40"]);
    expect(bodies(await search(access, "مسیله"))).toEqual(["مسئله‌ها را حل کنید"]);
    expect(bodies(await search(access, "page ۴۰"))).toEqual(["Physics HOMEWORK is on page 40"]);
    // Vowel marks between the letters (the letters a match must contain are checked first).
    await post(teacher, classA, "مَدرِسهٔ ما");
    expect(bodies(await search(access, "مدرسه"))).toEqual(["مَدرِسهٔ ما"]);
    // Whatever the letters, only messages that contain the words: "را" is in three, newest first.
    expect(bodies(await search(access, "را"))).toEqual(["مسئله‌ها را حل کنید", "می‌خواهم تمرین ۱۲ را دوباره بفرستم", "كتاب رياضي را بياوريد"]);
    expect((await search(access, "nothing like this")).messages).toEqual([]);
  });

  it("takes the query as text, not as a pattern, and any white space for a space", async () => {
    const access = await getClassAccess({ db, viewer: student, classId: classA });
    await post(teacher, classA, "Answer: (3+4)*2 = 14. See [ch.2] ***");
    await post(teacher, classA, "first line\n\n   second line");
    expect(bodies(await search(access, "(3+4)*2"))).toEqual(["Answer: (3+4)*2 = 14. See [ch.2] ***"]);
    expect(bodies(await search(access, "[ch.2]"))).toEqual(["Answer: (3+4)*2 = 14. See [ch.2] ***"]);
    expect(bodies(await search(access, "***"))).toEqual(["Answer: (3+4)*2 = 14. See [ch.2] ***"]);
    expect((await search(access, "3.4")).messages).toEqual([]); // "." is a dot, not any character
    expect(bodies(await search(access, "line   second"))).toEqual(["first line\n\n   second line"]);
  });

  it("finds neither deleted messages nor other classes' messages, and answers the whole message", async () => {
    const accessA = await getClassAccess({ db, viewer: teacher, classId: classA });
    const gone = await post(teacher, classA, "zebra crossing (to be deleted)");
    await deleteMessage({ db, events, viewer: teacher, input: { messageId: gone.id } });
    const elsewhere = await post(admin, classB, "zebra in class B");
    const kept = await post(student, classA, "a zebra in 7-A");

    const found = await search(accessA, "ZEBRA");
    expect(found).toEqual({ messages: [expect.objectContaining({ id: kept.id, body: "a zebra in 7-A", authorName: "Student One", seq: kept.seq })], nextCursor: null });
    const accessB = await getClassAccess({ db, viewer: admin, classId: classB });
    expect((await search(accessB, "zebra")).messages.map((message) => message.id)).toEqual([elsewhere.id]);
  });

  it("goes on where it stopped, a page or a window at a time, finding each match once", async () => {
    const accessB = await getClassAccess({ db, viewer: admin, classId: classB });
    const posted = [];
    for (let index = 1; index <= 12; index++) posted.push(await post(admin, classB, index % 3 === 0 ? `quiz ${index}` : `note ${index}`));

    // Pages of 2 in windows of 5 messages: the search may answer fewer than a page, and says where to go on.
    const seen: string[] = [];
    const answers: number[] = [];
    let cursor: number | undefined;
    for (let round = 0; round < 10; round++) {
      const result = await search(accessB, "quiz", { limit: 2, window: 5, ...(cursor ? { cursor } : {}) });
      seen.push(...bodies(result));
      answers.push(result.messages.length);
      if (result.nextCursor === null) break;
      cursor = result.nextCursor;
    }
    expect(seen).toEqual(["quiz 12", "quiz 9", "quiz 6", "quiz 3"]);
    expect(answers.length).toBeGreaterThan(2); // windows of 5 cannot hold the class's 13 messages at once
    // A full page goes on from its last message.
    const firstPage = await search(accessB, "quiz", { limit: 2 });
    expect(firstPage).toMatchObject({ messages: [{ body: "quiz 12" }, { body: "quiz 9" }], nextCursor: posted[8]!.seq });
    expect(bodies(await search(accessB, "quiz", { limit: 2, cursor: firstPage.nextCursor! }))).toEqual(["quiz 6", "quiz 3"]);
  });

  it("refuses a search too short to mean anything, in words", () => {
    const refused = ZSearchMessagesInput.safeParse({ classId: classA, query: " ي‌ " });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe("Type at least 2 letters to search.");
    expect(ZSearchMessagesInput.safeParse({ classId: classA, query: "x".repeat(101) }).error?.issues[0]?.message).toBe("A search is at most 100 characters.");
  });
});
