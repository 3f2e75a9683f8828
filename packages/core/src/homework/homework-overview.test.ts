import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getClassAccess } from "../classes/class-access.ts";
import { MemoryEventBus } from "../events/memory-event-bus.ts";
import { buildTestSchool, connectTestDb, viewerFor } from "../testing/test-db.ts";
import type { Viewer } from "../viewer.ts";
import { gradeSubmission } from "./grade-and-return.ts";
import { dueSoon, toGrade } from "./homework-overview.ts";
import { closeAssignment, createAssignment } from "./manage-assignments.ts";
import { submitWork } from "./submit-work.ts";

const db = connectTestDb();
const events = new MemoryEventBus();
const HOUR = 3_600_000;
/** "Now" for this test: the server's clock is passed in, as hand-ins take it. */
const NOW = new Date("2030-05-01T08:00:00.000Z");
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);

let school: Awaited<ReturnType<typeof buildTestSchool>>;
let teacher1: Viewer, teacher2: Viewer, student1: Viewer, student2: Viewer;

beforeAll(async () => {
  school = await buildTestSchool(db, "overview");
  [teacher1, teacher2, student1, student2] = await Promise.all([
    viewerFor(db, school, "teacher1"),
    viewerFor(db, school, "teacher2"),
    viewerFor(db, school, "student1"),
    viewerFor(db, school, "student2"),
  ]);
});
afterAll(() => db.close());

async function assign(teacher: Viewer, className: "7-A" | "7-B", title: string, dueAt: Date, allowLateUntil: Date | null = null) {
  const classId = school.classIds[className]!;
  const access = await getClassAccess({ db, viewer: teacher, classId });
  return createAssignment({ db, events, viewer: teacher, access, input: { classId, title, instructions: "", dueAt, allowLateUntil, maxPoints: 10, fileIds: [] } });
}

const handIn = (student: Viewer, assignmentId: string, now: Date) =>
  submitWork({ db, viewer: student, input: { assignmentId, text: "done", fileIds: [], idempotencyKey: randomUUID() }, now });

describe("what needs doing across one's classes", () => {
  it("lists a student's work still to hand in, soonest first, and a teacher's hand-ins still to grade, longest waiting first", async () => {
    await assign(teacher1, "7-A", "Essay", at(24 * HOUR));
    const quiz = await assign(teacher1, "7-A", "Quiz", at(0));
    const lateOk = await assign(teacher1, "7-A", "Map", at(-HOUR), at(HOUR));
    await assign(teacher1, "7-A", "Missed", at(-HOUR));
    const closed = await assign(teacher1, "7-A", "Cancelled", at(2 * HOUR));
    await closeAssignment({ db, events, viewer: teacher1, assignmentId: closed.id });
    const poem = await assign(teacher1, "7-A", "Poem", at(48 * HOUR));
    await assign(teacher2, "7-B", "Other class", at(HOUR));

    const poemHandIn = await handIn(student1, poem.id, at(-2 * HOUR));
    await handIn(student2, quiz.id, at(-HOUR));

    const titles = (items: Array<{ title: string }>) => items.map((item) => item.title);
    // Late work still accepted comes first (it was due first); closed, missed, handed-in and other classes' work does not show.
    expect(titles(await dueSoon({ db, viewer: student1, now: NOW }))).toEqual(["Map", "Quiz", "Essay"]);
    expect(await dueSoon({ db, viewer: student1, now: NOW })).toContainEqual({
      assignmentId: lateOk.id,
      classId: school.classIds["7-A"],
      className: "7-A",
      title: "Map",
      dueAt: at(-HOUR),
      allowLateUntil: at(HOUR),
    });
    expect(titles(await dueSoon({ db, viewer: student2, now: NOW }))).toEqual(["Map", "Essay", "Poem"]);
    // A second past the due time, work that takes no late hand-ins drops off the list.
    expect(titles(await dueSoon({ db, viewer: student1, now: at(1000) }))).toEqual(["Map", "Essay"]);

    expect(await toGrade({ db, viewer: teacher1 })).toEqual([
      { assignmentId: poem.id, classId: school.classIds["7-A"], className: "7-A", title: "Poem", dueAt: at(48 * HOUR), ungraded: 1 },
      expect.objectContaining({ assignmentId: quiz.id, ungraded: 1 }),
    ]);
    await gradeSubmission({ db, events, viewer: teacher1, input: { submissionId: poemHandIn.id, points: 9, feedback: "" } });
    expect(titles(await toGrade({ db, viewer: teacher1 }))).toEqual(["Quiz"]);
  });

  it("gives each role only its own list, and nothing from classes one is not in", async () => {
    expect(await toGrade({ db, viewer: teacher2 })).toEqual([]);
    expect(await toGrade({ db, viewer: student1 })).toEqual([]);
    expect(await dueSoon({ db, viewer: teacher1, now: NOW })).toEqual([]);
    const student3 = await viewerFor(db, school, "student3");
    expect((await dueSoon({ db, viewer: student3, now: NOW })).map((item) => item.className)).toEqual(["7-B"]);
  });
});
