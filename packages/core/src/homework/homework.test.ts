import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getClassAccess } from "../classes/class-access.ts";
import { MemoryEventBus } from "../events/memory-event-bus.ts";
import { listMessages } from "../messages/list-messages.ts";
import { buildTestSchool, connectTestDb, viewerFor } from "../testing/test-db.ts";
import type { Viewer } from "../viewer.ts";
import { UTF8_BOM } from "./csv.ts";
import { gradeSubmission, returnSubmissions } from "./grade-and-return.ts";
import { exportGradesCsv } from "./grades-csv.ts";
import { listAssignments } from "./list-assignments.ts";
import { closeAssignment, createAssignment, deleteAssignment, updateAssignment } from "./manage-assignments.ts";
import { listSubmissions, mySubmission } from "./submission-views.ts";
import { submitWork } from "./submit-work.ts";

const db = connectTestDb();
const events = new MemoryEventBus();
let school: Awaited<ReturnType<typeof buildTestSchool>>;
let classId: string;
let teacher: Viewer, otherTeacher: Viewer, student1: Viewer, student2: Viewer, outsiderStudent: Viewer, strangerAdmin: Viewer;

beforeAll(async () => {
  school = await buildTestSchool(db, "homework");
  const stranger = await buildTestSchool(db, "homework-stranger");
  classId = school.classIds["7-A"]!;
  [teacher, otherTeacher, student1, student2, outsiderStudent, strangerAdmin] = await Promise.all([
    viewerFor(db, school, "teacher1"),
    viewerFor(db, school, "teacher2"),
    viewerFor(db, school, "student1"),
    viewerFor(db, school, "student2"),
    viewerFor(db, school, "student3"),
    viewerFor(db, stranger, "admin"),
  ]);
});
afterAll(() => db.close());

const dueAt = new Date("2030-03-01T08:00:00.000Z");
const at = (offsetMs: number) => new Date(dueAt.getTime() + offsetMs);

async function newAssignment(overrides: { allowLateUntil?: Date | null; title?: string; maxPoints?: number } = {}) {
  const access = await getClassAccess({ db, viewer: teacher, classId });
  return createAssignment({
    db,
    events,
    viewer: teacher,
    access,
    input: {
      classId,
      title: overrides.title ?? `Essay ${randomUUID().slice(0, 4)}`,
      instructions: "Write about your summer.",
      dueAt,
      maxPoints: overrides.maxPoints ?? 20,
      allowLateUntil: overrides.allowLateUntil ?? null,
      fileIds: [],
    },
  });
}

const submit = (viewer: Viewer, assignmentId: string, now: Date, idempotencyKey = randomUUID(), text = "my answer") =>
  submitWork({ db, viewer, input: { assignmentId, text, fileIds: [], idempotencyKey }, now });

describe("deadlines (server clock)", () => {
  it("is on time at the exact due second and refuses a millisecond later when late work is not accepted", async () => {
    const assignment = await newAssignment();
    await expect(submit(student1, assignment.id, at(0))).resolves.toMatchObject({ version: 1, late: false });
    await expect(submit(student2, assignment.id, at(1))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/deadline has passed/) });
  });

  it("accepts late work until the late limit and marks it late", async () => {
    const assignment = await newAssignment({ allowLateUntil: at(3_600_000) });
    await expect(submit(student1, assignment.id, at(1000))).resolves.toMatchObject({ late: true });
    await expect(submit(student2, assignment.id, at(3_600_001))).rejects.toMatchObject({ code: "CONFLICT" });
    const mine = await mySubmission({ db, viewer: student1, assignmentId: assignment.id });
    expect(mine).toMatchObject({ status: "submitted_late", late: true, points: null });
  });

  it("refuses submissions to a closed assignment", async () => {
    const assignment = await newAssignment();
    await closeAssignment({ db, events, viewer: teacher, assignmentId: assignment.id });
    await expect(submit(student1, assignment.id, at(-60_000))).rejects.toMatchObject({ message: "This assignment is closed." });
  });
});

describe("submitting", () => {
  it("keeps every version and never duplicates one under retries", async () => {
    const assignment = await newAssignment();
    const key = randomUUID();
    const retries = await Promise.all(Array.from({ length: 8 }, () => submit(student1, assignment.id, at(-5000), key, "first")));
    expect(new Set(retries.map((r) => `${r.id}:${r.version}`))).toEqual(new Set([`${retries[0]!.id}:1`]));
    const second = await submit(student1, assignment.id, at(-4000), randomUUID(), "second");
    expect(second.version).toBe(2);
    const concurrent = await Promise.all(Array.from({ length: 5 }, (_, i) => submit(student1, assignment.id, at(-3000), randomUUID(), `c${i}`)));
    expect(concurrent.map((r) => r.version).sort()).toEqual([3, 4, 5, 6, 7]);
    const versions = await db.prisma.submissionVersion.findMany({ where: { submissionId: second.id }, select: { version: true } });
    expect(versions.map((v) => v.version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("answers a retry after the deadline with the version it created in time", async () => {
    const assignment = await newAssignment();
    const key = randomUUID();
    const inTime = await submit(student1, assignment.id, at(-1), key);
    await expect(submit(student1, assignment.id, at(60_000), key)).resolves.toEqual(inTime);
    await expect(submit(student1, assignment.id, at(60_000))).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("keeps each attached file once with the version it belongs to", async () => {
    const assignment = await newAssignment();
    const file = await db.prisma.file.create({
      data: { schoolId: school.schoolId, uploadedById: student1.userId, storageKey: "k", sha256: "1".repeat(64), size: 1, contentType: "text/plain", originalName: "a.txt" },
      select: { id: true },
    });
    const input = { assignmentId: assignment.id, text: "", fileIds: [file.id, file.id], idempotencyKey: randomUUID() };
    const first = await submitWork({ db, viewer: student1, input, now: at(-2) });
    const second = await submitWork({ db, viewer: student1, input: { ...input, idempotencyKey: randomUUID() }, now: at(-1) });

    const versions = await db.prisma.submissionVersion.findMany({ where: { submissionId: first.id }, select: { version: true, files: { select: { fileId: true } } }, orderBy: { version: "asc" } });
    expect(versions).toEqual([
      { version: 1, files: [{ fileId: file.id }] },
      { version: 2, files: [{ fileId: file.id }] },
    ]);
    expect(second).toMatchObject({ id: first.id, version: 2 });
  });

  it("refuses teachers, non-members and other schools", async () => {
    const assignment = await newAssignment();
    await expect(submit(teacher, assignment.id, at(-1))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(submit(outsiderStudent, assignment.id, at(-1))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(submit(strangerAdmin, assignment.id, at(-1))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses to attach another user's file", async () => {
    const assignment = await newAssignment();
    const file = await db.prisma.file.create({
      data: { schoolId: school.schoolId, uploadedById: student2.userId, storageKey: "k", sha256: "0".repeat(64), size: 1, contentType: "text/plain", originalName: "a.txt" },
      select: { id: true },
    });
    await expect(
      submitWork({ db, viewer: student1, input: { assignmentId: assignment.id, text: "", fileIds: [file.id], idempotencyKey: randomUUID() }, now: at(-1) }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("grading and returning", () => {
  it("walks submitted → graded → returned, and shows points to the student only once returned", async () => {
    const assignment = await newAssignment({ maxPoints: 20 });
    const submission = await submit(student1, assignment.id, at(-1000));
    await expect(gradeSubmission({ db, events, viewer: teacher, input: { submissionId: submission.id, points: 21, feedback: "" } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(gradeSubmission({ db, events, viewer: otherTeacher, input: { submissionId: submission.id, points: 10, feedback: "" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await gradeSubmission({ db, events, viewer: teacher, input: { submissionId: submission.id, points: 18.5, feedback: "خیلی خوب بود" } });

    expect(await mySubmission({ db, viewer: student1, assignmentId: assignment.id })).toMatchObject({ status: "graded", points: null, feedback: null });
    await expect(submit(student1, assignment.id, at(-500))).rejects.toMatchObject({ message: expect.stringMatching(/graded/) });

    expect(await returnSubmissions({ db, events, viewer: teacher, input: { assignmentId: assignment.id } })).toEqual({ returned: 1 });
    expect(await mySubmission({ db, viewer: student1, assignmentId: assignment.id })).toMatchObject({ status: "returned", points: 18.5, feedback: "خیلی خوب بود", maxPoints: 20 });
    const listed = await listAssignments({ db, viewer: student1, access: await getClassAccess({ db, viewer: student1, classId }) });
    expect(listed.find((a) => a.id === assignment.id)).toMatchObject({ status: "returned" });
  });

  it("filters the teacher's table by missing, late and ungraded", async () => {
    const assignment = await newAssignment({ allowLateUntil: at(60_000) });
    const onTime = await submit(student1, assignment.id, at(-1));
    await submit(student2, assignment.id, at(1));
    const rows = async (filter: "all" | "missing" | "late" | "ungraded") =>
      (await listSubmissions({ db, viewer: teacher, assignmentId: assignment.id, filter })).rows.map((r) => r.student.username).sort();
    expect(await rows("all")).toEqual(["student1", "student2"]);
    expect(await rows("late")).toEqual(["student2"]);
    expect(await rows("missing")).toEqual([]);
    await gradeSubmission({ db, events, viewer: teacher, input: { submissionId: onTime.id, points: 20, feedback: "" } });
    expect(await rows("ungraded")).toEqual(["student2"]);
    await expect(listSubmissions({ db, viewer: student1, assignmentId: assignment.id, filter: "all" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("editing assignments", () => {
  it("allows edits and deletion only before any submission", async () => {
    const assignment = await newAssignment();
    const fields = { assignmentId: assignment.id, title: "Renamed", instructions: "", dueAt, maxPoints: 10, allowLateUntil: null, fileIds: [] };
    await expect(updateAssignment({ db, events, viewer: teacher, input: fields })).resolves.toMatchObject({ title: "Renamed", maxPoints: 10 });
    await submit(student1, assignment.id, at(-1));
    await expect(updateAssignment({ db, events, viewer: teacher, input: fields })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(deleteAssignment({ db, events, viewer: teacher, assignmentId: assignment.id })).rejects.toMatchObject({ code: "CONFLICT" });
    const untouched = await newAssignment();
    await expect(deleteAssignment({ db, events, viewer: student1, assignmentId: untouched.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteAssignment({ db, events, viewer: teacher, assignmentId: untouched.id })).resolves.toEqual({ ok: true });
  });
});

describe("class notices and grade export", () => {
  it("announces a new assignment in the class conversation", async () => {
    const assignment = await newAssignment({ title: "نقاشی پاییز" });
    const access = await getClassAccess({ db, viewer: student1, classId });
    const { messages } = await listMessages({ db, access, input: { classId, limit: 20 } });
    expect(messages.some((m) => m.clientId === `homework-new-${assignment.id}` && m.body.includes("نقاشی پاییز"))).toBe(true);
  });

  it("exports the grade book as UTF-8 CSV with a BOM, Persian names intact", async () => {
    await db.prisma.user.update({ where: { id: student2.userId }, data: { displayName: "محمدی, زهرا" } });
    const assignment = await newAssignment({ title: "Quiz, part 1" });
    const submission = await submit(student2, assignment.id, at(-1));
    await gradeSubmission({ db, events, viewer: teacher, input: { submissionId: submission.id, points: 17.25, feedback: "" } });
    const { filename, csv } = await exportGradesCsv({ db, access: await getClassAccess({ db, viewer: teacher, classId }) });
    expect(filename).toBe("grades-7-A.csv");
    expect(csv.startsWith(UTF8_BOM + "username,student_id,name,")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toContain('"Quiz, part 1 (/20)"');
    const column = lines[0]!.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).indexOf('"Quiz, part 1 (/20)"');
    const row = lines.find((line) => line.startsWith("student2,"))!;
    expect(row).toContain(`"محمدی, زهرا"`);
    expect(row.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)[column]).toBe("17.25");
    const student1Row = lines.find((line) => line.startsWith("student1,"))!;
    expect(student1Row.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)[column]).toBe("not_submitted");
  });
});
