import { randomUUID } from "node:crypto";
import type { Db } from "@zang/db";
import type { TScheduleLessonInput } from "@zang/validators";
import type { ClassAccess } from "../classes/class-access.ts";
import { AppError } from "../errors.ts";
import type { Viewer } from "../viewer.ts";
import { LESSON_FIELDS, loadManagedLesson, toLessonView, type LessonDeps } from "./lesson-access.ts";

/** Room limits. Seats beyond the class's members leave room for the school's admins to look in. */
export const EXTRA_ROOM_SEATS = 5;
/** A started room nobody enters closes after this long (and the lesson ends with it). */
export const ROOM_EMPTY_TIMEOUT_SECONDS = 15 * 60;
/** After the last person leaves, the room waits this long for a reconnect before it closes. */
export const ROOM_DEPARTURE_TIMEOUT_SECONDS = 5 * 60;
/** Clock skew allowance for lessons scheduled "now" from a browser whose clock runs late. */
const SCHEDULE_PAST_TOLERANCE_MS = 5 * 60_000;

/** The class's teacher schedules a lesson; its LiveKit room is created only when it starts. */
export async function scheduleLesson({ db, viewer, access, input, now = new Date() }: { db: Db; viewer: Viewer; access: ClassAccess; input: TScheduleLessonInput; now?: Date }) {
  if (input.startsAt.getTime() < now.getTime() - SCHEDULE_PAST_TOLERANCE_MS) {
    throw new AppError({ code: "INVALID_INPUT", message: "A lesson cannot be scheduled in the past." });
  }
  const lesson = await db.prisma.lesson.create({
    data: {
      schoolId: viewer.schoolId,
      classId: access.classId,
      createdById: viewer.userId,
      title: input.title,
      startsAt: input.startsAt,
      durationMinutes: input.durationMinutes,
      // Unique, and meaningless outside Zang: webhooks find their lesson by it.
      roomName: `zang-lesson-${randomUUID()}`,
    },
    select: { ...LESSON_FIELDS, roomName: true },
  });
  return toLessonView(lesson);
}

/** A class's lessons, soonest first (past ones too, for their attendance). */
export async function listLessons({ db, viewer, access }: { db: Db; viewer: Viewer; access: ClassAccess }) {
  const lessons = await db.prisma.lesson.findMany({
    where: { classId: access.classId, schoolId: viewer.schoolId },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: { ...LESSON_FIELDS, roomName: true },
  });
  return lessons.map(toLessonView);
}

/**
 * Opens the LiveKit room with its limits and marks the lesson live. Safe to repeat: creating an
 * existing room returns it, and a live lesson stays live with its first start time.
 */
export async function startLesson({ db, video, viewer, lessonId, now = new Date() }: LessonDeps & { viewer: Viewer; lessonId: string; now?: Date }) {
  const { lesson } = await loadManagedLesson({ db, viewer, lessonId });
  if (lesson.state === "ended") throw new AppError({ code: "CONFLICT", message: "This lesson has ended. Schedule a new one." });
  const members = await db.prisma.membership.count({ where: { classId: lesson.classId, schoolId: viewer.schoolId } });
  await video.rooms.createRoom({
    name: lesson.roomName,
    maxParticipants: members + EXTRA_ROOM_SEATS,
    emptyTimeoutSeconds: ROOM_EMPTY_TIMEOUT_SECONDS,
    departureTimeoutSeconds: ROOM_DEPARTURE_TIMEOUT_SECONDS,
  });
  await db.prisma.lesson.updateMany({ where: { id: lesson.id, schoolId: viewer.schoolId, state: "scheduled" }, data: { state: "live", startedAt: now } });
  const started = await db.prisma.lesson.findFirstOrThrow({ where: { id: lesson.id, schoolId: viewer.schoolId }, select: { ...LESSON_FIELDS, roomName: true } });
  if (started.state === "ended") {
    // Ended while we were opening the room (a concurrent end, or LiveKit closed it): keep it closed.
    await video.rooms.deleteRoom(lesson.roomName);
    throw new AppError({ code: "CONFLICT", message: "This lesson has ended. Schedule a new one." });
  }
  return toLessonView(started);
}

/** Closes the room for everyone and ends the lesson. Ending an ended lesson changes nothing. */
export async function endLesson({ db, video, viewer, lessonId, now = new Date() }: LessonDeps & { viewer: Viewer; lessonId: string; now?: Date }) {
  const { lesson } = await loadManagedLesson({ db, viewer, lessonId });
  if (lesson.state === "scheduled") throw new AppError({ code: "CONFLICT", message: "This lesson has not started yet." });
  if (lesson.state === "live") {
    await video.rooms.deleteRoom(lesson.roomName);
    await db.prisma.lesson.updateMany({ where: { id: lesson.id, schoolId: viewer.schoolId, state: "live" }, data: { state: "ended", endedAt: now } });
  }
  const ended = await db.prisma.lesson.findFirstOrThrow({ where: { id: lesson.id, schoolId: viewer.schoolId }, select: { ...LESSON_FIELDS, roomName: true } });
  return toLessonView(ended);
}
