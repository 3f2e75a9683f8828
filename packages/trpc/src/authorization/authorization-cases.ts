// How each procedure is attacked by the authorization-matrix test. Every procedure of the router
// must have an entry: a new procedure without one fails the test, so nobody ships a procedure
// whose cross-school behaviour was never checked.
import { randomUUID } from "node:crypto";
import { MemoryEventBus, sendMessage, submitWork, type BuiltSchool } from "@zang/core";
import { viewerFor } from "@zang/core/testing";
import type { Db } from "@zang/db";
import { createImportJob } from "@zang/roster";
import { keepTestRosterUpload } from "../testing/test-services.ts";

export type SchoolRole = "admin" | "teacher" | "student";

export type AttackFixture = {
  db: Db;
  /** The victim school: inputs point at its objects. */
  victim: BuiltSchool & { code: string };
  password: string;
};

export type ProcedureCase =
  | {
      /** Callable without signing in. Keep this list as short as it is now. */
      kind: "public";
      /** A call that an anonymous caller may legitimately make. */
      input: (fixture: AttackFixture) => unknown | Promise<unknown>;
    }
  | {
      /** Takes ids of the victim school's objects: a caller from another school must be refused. */
      kind: "school";
      /** A role of the victim school that may make this call, proving the input is meaningful. */
      allowedRole: SchoolRole;
      input: (fixture: AttackFixture) => unknown | Promise<unknown>;
    }
  | {
      /** Acts only on the caller's own account or school: another school's caller succeeds but sees nothing of the victim's. */
      kind: "self";
      allowedRole: SchoolRole;
      input?: (fixture: AttackFixture) => unknown | Promise<unknown>;
    };

export const AUTHORIZATION_CASES: Record<string, ProcedureCase> = {
  "auth.login": {
    kind: "public",
    input: ({ victim, password }) => ({ schoolCode: victim.code, username: "student2", password }),
  },
  "auth.me": { kind: "self", allowedRole: "student" },
  "auth.logout": { kind: "self", allowedRole: "student" },
  "auth.logoutEverywhere": { kind: "self", allowedRole: "student" },
  "auth.changePassword": {
    kind: "self",
    allowedRole: "student",
    input: ({ password }) => ({ currentPassword: password, newPassword: "another-long-password" }),
  },
  "classes.list": { kind: "self", allowedRole: "teacher" },
  "classes.get": { kind: "school", allowedRole: "student", input: ({ victim }) => ({ classId: victim.classIds["7-A"] }) },
  "classes.members": { kind: "school", allowedRole: "teacher", input: ({ victim }) => ({ classId: victim.classIds["7-A"] }) },
  "classes.create": { kind: "self", allowedRole: "admin", input: () => ({ name: "8-C", grade: "8" }) },
  "classes.findPeople": { kind: "school", allowedRole: "admin", input: ({ victim }) => ({ classId: victim.classIds["7-A"], query: "student" }) },
  "classes.addMember": {
    kind: "school",
    allowedRole: "admin",
    input: ({ victim }) => ({ classId: victim.classIds["7-B"], userId: victim.userIds.student1, role: "student" }),
  },
  "classes.removeMember": {
    kind: "school",
    allowedRole: "admin",
    input: ({ victim }) => ({ classId: victim.classIds["7-B"], userId: victim.userIds.student3 }),
  },
  "classes.setPostingPolicy": {
    kind: "school",
    allowedRole: "teacher",
    input: ({ victim }) => ({ classId: victim.classIds["7-A"], postingPolicy: "everyone" }),
  },
  "classes.rename": {
    kind: "school",
    allowedRole: "admin",
    input: async (fixture) => ({ classId: await classInVictimSchool(fixture), name: "renamed", grade: "9" }),
  },
  "classes.setArchived": { kind: "school", allowedRole: "admin", input: async (fixture) => ({ classId: await classInVictimSchool(fixture), archived: true }) },
  "classes.archived": { kind: "self", allowedRole: "admin" },
  "classes.muteMember": {
    kind: "school",
    allowedRole: "teacher",
    input: ({ victim }) => ({ classId: victim.classIds["7-A"], userId: victim.userIds.student2, muted: false }),
  },
  "messages.send": {
    kind: "school",
    allowedRole: "student",
    input: ({ victim }) => ({ classId: victim.classIds["7-A"], body: "سلام", clientId: randomUUID() }),
  },
  "messages.list": { kind: "school", allowedRole: "student", input: ({ victim }) => ({ classId: victim.classIds["7-A"], limit: 10 }) },
  "messages.search": { kind: "school", allowedRole: "student", input: ({ victim }) => ({ classId: victim.classIds["7-A"], query: "hello" }) },
  "messages.edit": {
    kind: "school",
    allowedRole: "student",
    input: async (fixture) => ({ messageId: await postInVictimClass(fixture), body: "edited" }),
  },
  "messages.delete": { kind: "school", allowedRole: "student", input: async (fixture) => ({ messageId: await postInVictimClass(fixture) }) },
  "messages.pin": {
    kind: "school",
    allowedRole: "teacher",
    input: async (fixture) => ({ messageId: await postInVictimClass(fixture), pinned: true }),
  },
  "messages.readers": { kind: "school", allowedRole: "teacher", input: async (fixture) => ({ messageId: await postInVictimClass(fixture) }) },
  "messages.markRead": { kind: "school", allowedRole: "student", input: ({ victim }) => ({ classId: victim.classIds["7-A"] }) },
  "messages.onEvent": { kind: "school", allowedRole: "student", input: ({ victim }) => ({ classId: victim.classIds["7-A"] }) },
  "homework.create": {
    kind: "school",
    allowedRole: "teacher",
    input: ({ victim }) => ({ classId: victim.classIds["7-A"], title: "تمرین", dueAt: inADay(), maxPoints: 20 }),
  },
  "homework.update": {
    kind: "school",
    allowedRole: "teacher",
    input: async (fixture) => ({ assignmentId: await assignmentInVictimClass(fixture), title: "changed", dueAt: inADay(), maxPoints: 20 }),
  },
  "homework.delete": { kind: "school", allowedRole: "teacher", input: async (fixture) => ({ assignmentId: await assignmentInVictimClass(fixture) }) },
  "homework.close": { kind: "school", allowedRole: "teacher", input: async (fixture) => ({ assignmentId: await assignmentInVictimClass(fixture) }) },
  "homework.dueSoon": { kind: "self", allowedRole: "student" },
  "homework.toGrade": { kind: "self", allowedRole: "teacher" },
  "homework.list": { kind: "school", allowedRole: "student", input: ({ victim }) => ({ classId: victim.classIds["7-A"] }) },
  "homework.submit": {
    kind: "school",
    allowedRole: "student",
    input: async (fixture) => ({ assignmentId: await assignmentInVictimClass(fixture), text: "answer", idempotencyKey: randomUUID() }),
  },
  "homework.mine": { kind: "school", allowedRole: "student", input: async (fixture) => ({ assignmentId: await assignmentInVictimClass(fixture) }) },
  "homework.submissions": { kind: "school", allowedRole: "teacher", input: async (fixture) => ({ assignmentId: await assignmentInVictimClass(fixture) }) },
  "homework.grade": {
    kind: "school",
    allowedRole: "teacher",
    input: async (fixture) => ({ submissionId: await submissionInVictimClass(fixture), points: 18.5, feedback: "آفرین" }),
  },
  "homework.return": { kind: "school", allowedRole: "teacher", input: async (fixture) => ({ assignmentId: await assignmentInVictimClass(fixture) }) },
  "files.downloadUrl": { kind: "school", allowedRole: "student", input: async (fixture) => ({ fileId: await fileOfVictimStudent(fixture) }) },
  "files.presignUpload": { kind: "self", allowedRole: "student", input: () => ({ name: "essay.pdf", size: 1024 }) },
  "files.finalizeUpload": {
    kind: "school",
    allowedRole: "student",
    input: async (fixture) => ({ uploadId: await finalizedUploadOfVictimStudent(fixture), name: "a.txt" }),
  },
  "homework.gradesCsv": { kind: "school", allowedRole: "teacher", input: ({ victim }) => ({ classId: victim.classIds["7-A"] }) },
  "lessons.schedule": {
    kind: "school",
    allowedRole: "teacher",
    input: ({ victim }) => ({ classId: victim.classIds["7-A"], title: "ریاضی", startsAt: inADay(), durationMinutes: 45 }),
  },
  "lessons.list": { kind: "school", allowedRole: "student", input: ({ victim }) => ({ classId: victim.classIds["7-A"] }) },
  "lessons.start": { kind: "school", allowedRole: "teacher", input: async (fixture) => ({ lessonId: await lessonInVictimClass(fixture, "scheduled") }) },
  "lessons.join": { kind: "school", allowedRole: "student", input: async (fixture) => ({ lessonId: await lessonInVictimClass(fixture, "live") }) },
  "lessons.end": { kind: "school", allowedRole: "teacher", input: async (fixture) => ({ lessonId: await lessonInVictimClass(fixture, "live") }) },
  "lessons.raiseHand": {
    kind: "school",
    allowedRole: "student",
    input: async (fixture) => ({ lessonId: await lessonInVictimClass(fixture, "live"), raised: true }),
  },
  "lessons.myHand": { kind: "school", allowedRole: "student", input: async (fixture) => ({ lessonId: await lessonInVictimClass(fixture, "live") }) },
  "lessons.setSpeaker": {
    kind: "school",
    allowedRole: "teacher",
    input: async (fixture) => ({ lessonId: await lessonInVictimClass(fixture, "live"), userId: fixture.victim.userIds.student2, allowed: true }),
  },
  "lessons.hands": { kind: "school", allowedRole: "teacher", input: async (fixture) => ({ lessonId: await lessonInVictimClass(fixture, "live") }) },
  "lessons.attendance": { kind: "school", allowedRole: "teacher", input: async (fixture) => ({ lessonId: await lessonInVictimClass(fixture, "live") }) },
  "lessons.attendanceCsv": { kind: "school", allowedRole: "teacher", input: async (fixture) => ({ lessonId: await lessonInVictimClass(fixture, "live") }) },
  "roster.jobs": { kind: "self", allowedRole: "admin", input: () => ({ limit: 10 }) },
  "roster.job": { kind: "school", allowedRole: "admin", input: async (fixture) => ({ jobId: await rosterJobInVictimSchool(fixture) }) },
  "roster.rerun": {
    kind: "school",
    allowedRole: "admin",
    input: async (fixture) => ({ fromJobId: await rosterJobInVictimSchool(fixture, { withUpload: true }), dryRun: true, skipInvalid: false, resetCodes: false }),
  },
  "roster.template": { kind: "self", allowedRole: "admin", input: () => ({ language: "fa" }) },
  "users.find": { kind: "self", allowedRole: "admin", input: () => ({ query: "student" }) },
  "users.create": { kind: "self", allowedRole: "admin", input: () => ({ username: `new-${randomUUID().slice(0, 8)}`, displayName: "New Person", role: "student" }) },
  "users.issueLoginCode": { kind: "school", allowedRole: "admin", input: ({ victim }) => ({ userId: victim.userIds.student3 }) },
  // Reactivating an active account: answered without changing it, so later cases keep their people.
  "users.setActive": { kind: "school", allowedRole: "admin", input: ({ victim }) => ({ userId: victim.userIds.student2, active: true }) },
  // Acts on the caller's own school only: another school's admin changes theirs, never the victim's.
  "schools.update": { kind: "self", allowedRole: "admin", input: () => ({ name: "Renamed School", timeZone: "Asia/Kabul", locale: "en" }) },
  "audit.list": { kind: "school", allowedRole: "admin", input: ({ victim }) => ({ userId: victim.userIds.teacher1, limit: 10 }) },
};

const inADay = () => new Date(Date.now() + 86_400_000);

/** A fresh assignment of teacher1 in the victim's 7-A, without submissions. */
async function assignmentInVictimClass({ db, victim }: AttackFixture): Promise<string> {
  const assignment = await db.prisma.assignment.create({
    data: {
      schoolId: victim.schoolId,
      classId: victim.classIds["7-A"]!,
      createdById: victim.userIds.teacher1!,
      title: "target",
      dueAt: inADay(),
      maxPoints: 20,
    },
    select: { id: true },
  });
  return assignment.id;
}

/** A fresh lesson of teacher1 in the victim's 7-A, scheduled or already live (no LiveKit room needed). */
async function lessonInVictimClass({ db, victim }: AttackFixture, state: "scheduled" | "live"): Promise<string> {
  const lesson = await db.prisma.lesson.create({
    data: {
      schoolId: victim.schoolId,
      classId: victim.classIds["7-A"]!,
      createdById: victim.userIds.teacher1!,
      title: "target",
      startsAt: inADay(),
      durationMinutes: 45,
      roomName: `zang-lesson-${randomUUID()}`,
      state,
      startedAt: state === "live" ? new Date() : null,
    },
    select: { id: true },
  });
  return lesson.id;
}

/** A fresh submission of student1 (the rightful student) to a fresh assignment. */
async function submissionInVictimClass(fixture: AttackFixture): Promise<string> {
  const assignmentId = await assignmentInVictimClass(fixture);
  const viewer = await viewerFor(fixture.db, fixture.victim, "student1");
  const result = await submitWork({ db: fixture.db, viewer, input: { assignmentId, text: "answer", fileIds: [], idempotencyKey: randomUUID() } });
  return result.id;
}

/** A fresh message by student1 (the rightful caller of student cases) in the victim's 7-A. */
/** A class of its own for each attack that changes one, so no other case loses its class. */
async function classInVictimSchool({ db, victim }: AttackFixture): Promise<string> {
  const created = await db.prisma.classGroup.create({ data: { schoolId: victim.schoolId, name: `target-${randomUUID().slice(0, 8)}` }, select: { id: true } });
  return created.id;
}

async function postInVictimClass({ db, victim }: AttackFixture): Promise<string> {
  const viewer = await viewerFor(db, victim, "student1");
  const classId = victim.classIds["7-A"]!;
  const message = await sendMessage({
    db,
    events: new MemoryEventBus(),
    viewer,
    access: { classId, role: "student", postingPolicy: "everyone", isMuted: false },
    input: { classId, body: "a message to attack", clientId: randomUUID() },
  });
  return message.id;
}

/** A finished dry-run import of the victim school; with its upload kept, so that it can be run again. */
async function rosterJobInVictimSchool({ db, victim }: AttackFixture, { withUpload = false } = {}): Promise<string> {
  const jobId = await createImportJob({
    db,
    job: { schoolId: victim.schoolId, createdById: victim.userIds.admin!, actor: "admin", source: "web", fileName: "roster.csv", dryRun: true, skipInvalid: false, resetCodes: false },
  });
  if (withUpload) {
    await keepTestRosterUpload(jobId, "externalId,givenName,familyName,grade,className\r\nx-1,Sara,Kamali,7,7-A\r\n");
  }
  return jobId;
}

/** A file uploaded by student1 (the rightful student) in the victim school. */
async function fileOfVictimStudent({ db, victim }: AttackFixture): Promise<string> {
  const file = await db.prisma.file.create({
    data: { schoolId: victim.schoolId, uploadedById: victim.userIds.student1!, storageKey: "sha256/00/00/test", sha256: "0".repeat(64), size: 3, contentType: "text/plain", originalName: "a.txt" },
    select: { id: true },
  });
  return file.id;
}

/**
 * A presigned upload of student1 in the victim school, already finalized: finalizing it again
 * answers from the database, so the case needs no bucket (the test services store files locally).
 */
async function finalizedUploadOfVictimStudent(fixture: AttackFixture): Promise<string> {
  const fileId = await fileOfVictimStudent(fixture);
  const upload = await fixture.db.prisma.fileUpload.create({
    data: { schoolId: fixture.victim.schoolId, uploadedById: fixture.victim.userIds.student1!, quarantineKey: `quarantine/${randomUUID()}`, fileId },
    select: { id: true },
  });
  return upload.id;
}
