import { randomBytes, randomUUID } from "node:crypto";
import { AUDIT_ACTIONS } from "@zang/validators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getClassAccess } from "../classes/class-access.ts";
import { addClassMember, createClass, muteClassMember, removeClassMember, setPostingPolicy } from "../classes/manage-classes.ts";
import { MemoryEventBus } from "../events/memory-event-bus.ts";
import { deleteMessage } from "../messages/change-message.ts";
import { sendMessage } from "../messages/send-message.ts";
import { createLoginThrottle } from "../rate-limit/login-throttle.ts";
import { MemoryCounterStore } from "../rate-limit/memory-counter-store.ts";
import { buildTestSchool, connectTestDb, viewerFor } from "../testing/test-db.ts";
import { giveLoginCode, issueLoginCode } from "../users/issue-login-code.ts";
import type { Viewer } from "../viewer.ts";
import { listAuditEvents, type AuditLogEntry } from "./list-audit-events.ts";

const db = connectTestDb();
const events = new MemoryEventBus();
const throttle = createLoginThrottle({ store: new MemoryCounterStore() });
type School = Awaited<ReturnType<typeof buildTestSchool>>;

afterAll(() => db.close());

async function post(viewer: Viewer, classId: string, body: string) {
  const access = await getClassAccess({ db, viewer, classId });
  return sendMessage({ db, events, viewer, access, input: { classId, body, clientId: randomUUID(), replyToId: null } });
}

async function wholeLog(admin: Viewer, filter: { action?: AuditLogEntry["action"]; userId?: string } = {}): Promise<AuditLogEntry[]> {
  return (await listAuditEvents({ db, viewer: admin, input: { limit: 100, ...filter } })).entries;
}

/** An entry as a line that reads like the log: action, who, to whom, where, details. */
function line(entry: AuditLogEntry) {
  return [entry.action, entry.actor?.username ?? null, entry.target?.username ?? null, entry.class?.name ?? null, entry.details];
}

describe("the activity log", () => {
  let school: School;
  let admin: Viewer, teacher: Viewer, student1: Viewer, student2: Viewer;

  beforeAll(async () => {
    school = await buildTestSchool(db, "audit");
    [admin, teacher, student1, student2] = await Promise.all([
      viewerFor(db, school, "admin"),
      viewerFor(db, school, "teacher1"),
      viewerFor(db, school, "student1"),
      viewerFor(db, school, "student2"),
    ]);
  });

  it("records each administrative and moderating act once, newest first, and acts that change nothing not at all", async () => {
    const created = await createClass({ db, viewer: admin, input: { name: "8-C", grade: "8", postingPolicy: "everyone" } });
    await addClassMember({ db, viewer: admin, input: { classId: created.id, userId: school.userIds.student1!, role: "student" } });
    await addClassMember({ db, viewer: admin, input: { classId: created.id, userId: school.userIds.student1!, role: "student" } });
    await addClassMember({ db, viewer: admin, input: { classId: created.id, userId: school.userIds.teacher2!, role: "student" } });
    await addClassMember({ db, viewer: admin, input: { classId: created.id, userId: school.userIds.teacher2!, role: "teacher" } });

    const classA = school.classIds["7-A"]!;
    const access = await getClassAccess({ db, viewer: teacher, classId: classA });
    await setPostingPolicy({ db, events, viewer: teacher, access, postingPolicy: "teachers_only" });
    await setPostingPolicy({ db, events, viewer: teacher, access, postingPolicy: "teachers_only" });
    await setPostingPolicy({ db, events, viewer: teacher, access, postingPolicy: "everyone" });
    await muteClassMember({ db, events, viewer: teacher, access, input: { classId: classA, userId: school.userIds.student2!, muted: true } });
    await muteClassMember({ db, events, viewer: teacher, access, input: { classId: classA, userId: school.userIds.student2!, muted: true } });
    await muteClassMember({ db, events, viewer: teacher, access, input: { classId: classA, userId: school.userIds.student2!, muted: false } });

    const own = await post(student1, classA, "a typo");
    await deleteMessage({ db, events, viewer: student1, input: { messageId: own.id } });
    const rude = await post(student2, classA, "something rude");
    await deleteMessage({ db, events, viewer: teacher, input: { messageId: rude.id } });

    await issueLoginCode({ db, throttle, viewer: admin, userId: school.userIds.student3! });
    await giveLoginCode({ db, throttle, recipient: { schoolCode: school.code, username: "teacher2" }, actorId: null });
    await removeClassMember({ db, viewer: admin, input: { classId: created.id, userId: school.userIds.student1! } });

    const log = await wholeLog(admin);
    expect(log.map(line)).toEqual([
      ["member_removed", "admin", "student1", "8-C", { role: "student" }],
      ["login_code_issued", null, "teacher2", null, { via: "command_line" }],
      ["login_code_issued", "admin", "student3", null, { via: "web" }],
      ["message_deleted", "teacher1", "student2", "7-A", {}],
      ["member_unmuted", "teacher1", "student2", "7-A", {}],
      ["member_muted", "teacher1", "student2", "7-A", {}],
      ["posting_policy_changed", "teacher1", null, "7-A", { postingPolicy: "everyone" }],
      ["posting_policy_changed", "teacher1", null, "7-A", { postingPolicy: "teachers_only" }],
      ["member_role_changed", "admin", "teacher2", "8-C", { role: "teacher", previousRole: "student" }],
      ["member_added", "admin", "teacher2", "8-C", { role: "student" }],
      ["member_added", "admin", "student1", "8-C", { role: "student" }],
      ["class_created", "admin", null, "8-C", {}],
    ]);
    expect(log.find((entry) => entry.action === "message_deleted")).toMatchObject({ messageId: rude.id, actor: { userId: teacher.userId, displayName: "Teacher One" } });
    expect(log.every((entry, index) => index === 0 || entry.id < log[index - 1]!.id)).toBe(true);
  });

  it("logs one addition when two admins add the same person at once", async () => {
    const created = await createClass({ db, viewer: admin, input: { name: "8-D", postingPolicy: "everyone" } });
    const secondAdmin = await viewerFor(db, school, "admin");
    const add = (viewer: Viewer) => addClassMember({ db, viewer, input: { classId: created.id, userId: school.userIds.student3!, role: "student" } });
    await Promise.all([add(admin), add(secondAdmin), add(admin)]);
    const entries = (await wholeLog(admin)).filter((entry) => entry.class?.classId === created.id);
    expect(entries.map(line)).toEqual([
      ["member_added", "admin", "student3", "8-D", { role: "student" }],
      ["class_created", "admin", null, "8-D", {}],
    ]);
  });

  it("logs nothing for an act that was refused", async () => {
    const before = await wholeLog(admin);
    const classA = school.classIds["7-A"]!;
    const access = await getClassAccess({ db, viewer: teacher, classId: classA });
    const message = await post(student1, classA, "mine");
    await expect(deleteMessage({ db, events, viewer: student2, input: { messageId: message.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(muteClassMember({ db, events, viewer: teacher, access, input: { classId: classA, userId: school.userIds.teacher1!, muted: true } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(removeClassMember({ db, viewer: admin, input: { classId: classA, userId: school.userIds.student3! } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(issueLoginCode({ db, throttle, viewer: admin, userId: admin.userId })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await wholeLog(admin)).toEqual(before);
  });

  it("undoes the act when its entry cannot be written: the log never misses one", async () => {
    const trigger = `audit_refuses_${randomBytes(4).toString("hex")}`;
    await db.pool.query(`CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit log unavailable'; END $$`);
    await db.pool.query(`CREATE TRIGGER ${trigger} BEFORE INSERT ON "AuditEvent" FOR EACH ROW WHEN (NEW."schoolId" = '${school.schoolId}') EXECUTE FUNCTION ${trigger}()`);
    try {
      const classA = school.classIds["7-A"]!;
      const message = await post(student2, classA, "still here");
      await expect(deleteMessage({ db, events, viewer: teacher, input: { messageId: message.id } })).rejects.toThrow(/audit log unavailable/);
      await expect(removeClassMember({ db, viewer: admin, input: { classId: classA, userId: school.userIds.student1! } })).rejects.toThrow(/audit log unavailable/);
      await expect(issueLoginCode({ db, throttle, viewer: admin, userId: school.userIds.student1! })).rejects.toThrow(/audit log unavailable/);
      expect(await db.prisma.message.findUniqueOrThrow({ where: { id: message.id }, select: { body: true, deletedAt: true } })).toEqual({ body: "still here", deletedAt: null });
      expect(await db.prisma.membership.count({ where: { classId: classA, userId: school.userIds.student1! } })).toBe(1);
      expect(await db.prisma.credential.findUniqueOrThrow({ where: { userId: school.userIds.student1! }, select: { oneTimeCodeHash: true } })).toEqual({ oneTimeCodeHash: null });
    } finally {
      await db.pool.query(`DROP TRIGGER ${trigger} ON "AuditEvent"; DROP FUNCTION ${trigger}()`);
    }
  });

  it("pages through the whole log without gaps or repeats, and filters by kind and by person", async () => {
    const all = await wholeLog(admin);
    const paged: AuditLogEntry[] = [];
    let cursor: number | null = null;
    do {
      const page = await listAuditEvents({ db, viewer: admin, input: { limit: 5, cursor } });
      paged.push(...page.entries);
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(paged).toEqual(all);

    expect((await wholeLog(admin, { action: "member_added" })).map(line)).toEqual([
      ["member_added", "admin", "student3", "8-D", { role: "student" }],
      ["member_added", "admin", "teacher2", "8-C", { role: "student" }],
      ["member_added", "admin", "student1", "8-C", { role: "student" }],
    ]);
    const aboutStudent2 = await listAuditEvents({ db, viewer: admin, input: { limit: 100, userId: school.userIds.student2! } });
    expect(aboutStudent2.entries.map((entry) => entry.action)).toEqual(["message_deleted", "member_unmuted", "member_muted"]);
    expect(aboutStudent2.person).toEqual({ userId: school.userIds.student2, displayName: "Student Two", username: "student2" });
    const byTeacher = await wholeLog(admin, { userId: teacher.userId });
    expect(byTeacher.length).toBe(5);
    expect(byTeacher.every((entry) => entry.actor?.userId === teacher.userId)).toBe(true);
  });
});

describe("the activity log across schools", () => {
  it("shows a school's admin only their own school, and refuses another school's person as a filter", async () => {
    const [mine, theirs] = await Promise.all([buildTestSchool(db, "audit-mine"), buildTestSchool(db, "audit-theirs")]);
    const [myAdmin, theirAdmin] = await Promise.all([viewerFor(db, mine, "admin"), viewerFor(db, theirs, "admin")]);
    await issueLoginCode({ db, throttle, viewer: theirAdmin, userId: theirs.userIds.student1! });
    expect(await wholeLog(myAdmin)).toEqual([]);
    await expect(listAuditEvents({ db, viewer: myAdmin, input: { limit: 10, userId: theirs.userIds.student1! } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await wholeLog(theirAdmin)).map(line)).toEqual([["login_code_issued", "admin", "student1", null, { via: "web" }]]);
  });

  it("knows every kind of entry the database does", async () => {
    const { rows } = await db.pool.query<{ action: string }>(`SELECT unnest(enum_range(NULL::"AuditAction"))::text AS action`);
    expect(rows.map((row) => row.action).sort()).toEqual([...AUDIT_ACTIONS].sort());
  });
});
