// Classes and posts for tests of the event machinery: a fresh class per test, so event numbers
// start from zero and tests do not interfere.
import { randomUUID } from "node:crypto";
import type { Db } from "@zang/db";
import { getClassAccess } from "../classes/class-access.ts";
import type { ClassEventBus } from "../events/class-event.ts";
import { sendMessage } from "../messages/send-message.ts";
import type { BuiltSchool } from "../seed/build-school.ts";
import type { Viewer } from "../viewer.ts";

/** A new class of `school` with `teacher` as its only member. */
export async function newTeacherClass(db: Db, school: Pick<BuiltSchool, "schoolId">, teacher: Viewer): Promise<string> {
  const classGroup = await db.prisma.classGroup.create({ data: { schoolId: school.schoolId, name: `c-${randomUUID().slice(0, 6)}` }, select: { id: true } });
  await db.prisma.membership.create({ data: { classId: classGroup.id, userId: teacher.userId, schoolId: school.schoolId, role: "teacher" } });
  return classGroup.id;
}

/** `author` posts `body` to the class, announcing it on `bus`. */
export async function postMessage({ db, bus, author, classId, body }: { db: Db; bus: ClassEventBus; author: Viewer; classId: string; body: string }) {
  const access = await getClassAccess({ db, viewer: author, classId });
  return sendMessage({ db, events: bus, viewer: author, access, input: { classId, body, clientId: randomUUID() } });
}
