// Raised hands: a student asks to speak, the teacher grants or revokes the microphone. The grant
// is applied to the connected participant through LiveKit's UpdateParticipant, and remembered
// here so a student who reconnects gets a token with the same permission.
import { speakerPermission } from "@zang/video";
import type { Db } from "@zang/db";
import { AppError } from "../errors.ts";
import type { Viewer } from "../viewer.ts";
import { assertLive, loadLesson, loadManagedLesson, type LessonDeps } from "./lesson-access.ts";

export async function raiseHand({ db, viewer, lessonId, raised, now = new Date() }: { db: Db; viewer: Viewer; lessonId: string; raised: boolean; now?: Date }) {
  const { lesson, access } = await loadLesson({ db, viewer, lessonId });
  if (access.role !== "student") throw new AppError({ code: "FORBIDDEN", message: "Only the class's students raise their hand." });
  assertLive(lesson);
  const key = { lessonId: lesson.id, userId: viewer.userId };
  if (raised) {
    // Keep the first raise time, so the teacher's queue does not reorder when a student clicks twice.
    await db.prisma.lessonHand.upsert({ where: { lessonId_userId: key }, create: { ...key, raisedAt: now }, update: {}, select: { lessonId: true } });
    await db.prisma.lessonHand.updateMany({ where: { ...key, raisedAt: null }, data: { raisedAt: now } });
  } else {
    await db.prisma.lessonHand.updateMany({ where: key, data: { raisedAt: null } });
  }
  return handOf(db, key);
}

/** The student's own hand: whether it is up and whether they may speak. A page opened again shows it as it was. */
export async function myHand({ db, viewer, lessonId }: { db: Db; viewer: Viewer; lessonId: string }) {
  const { lesson, access } = await loadLesson({ db, viewer, lessonId });
  if (access.role !== "student") throw new AppError({ code: "FORBIDDEN", message: "Only the class's students raise their hand." });
  return handOf(db, { lessonId: lesson.id, userId: viewer.userId });
}

async function handOf(db: Db, key: { lessonId: string; userId: string }) {
  const hand = await db.prisma.lessonHand.findUnique({ where: { lessonId_userId: key }, select: { raisedAt: true, grantedAt: true } });
  return { raised: (hand?.raisedAt ?? null) !== null, canSpeak: (hand?.grantedAt ?? null) !== null };
}

/**
 * The teacher lets a student speak (microphone only) or takes it back; taking it back also lowers
 * the hand. `isConnected` is false when the student is not in the room right now: the permission
 * then applies from their next join.
 */
export async function setSpeaker({ db, video, viewer, lessonId, userId, allowed, now = new Date() }: LessonDeps & { viewer: Viewer; lessonId: string; userId: string; allowed: boolean; now?: Date }) {
  const { lesson } = await loadManagedLesson({ db, viewer, lessonId });
  assertLive(lesson);
  const student = await db.prisma.membership.findFirst({
    where: { classId: lesson.classId, userId, schoolId: viewer.schoolId, role: "student" },
    select: { userId: true },
  });
  if (!student) throw new AppError({ code: "NOT_FOUND", message: "This student is not in the class." });
  // LiveKit first: if it cannot be reached, nobody is told the student may speak.
  const { updated } = await video.rooms.updatePermission({ room: lesson.roomName, identity: userId, permission: speakerPermission({ canSpeak: allowed }) });
  const key = { lessonId: lesson.id, userId };
  const change = allowed ? { grantedAt: now, raisedAt: null } : { grantedAt: null, raisedAt: null };
  await db.prisma.lessonHand.upsert({ where: { lessonId_userId: key }, create: { ...key, ...change }, update: change, select: { lessonId: true } });
  return { userId, canSpeak: allowed, isConnected: updated };
}

/** The teacher's view: raised hands in the order they went up, then the students who may speak. */
export async function listHands({ db, viewer, lessonId }: { db: Db; viewer: Viewer; lessonId: string }) {
  const { lesson } = await loadManagedLesson({ db, viewer, lessonId });
  const hands = await db.prisma.lessonHand.findMany({
    where: { lessonId: lesson.id, OR: [{ raisedAt: { not: null } }, { grantedAt: { not: null } }] },
    orderBy: [{ raisedAt: { sort: "asc", nulls: "last" } }, { grantedAt: "asc" }],
    select: { raisedAt: true, grantedAt: true, user: { select: { id: true, displayName: true } } },
  });
  return hands.map(({ raisedAt, grantedAt, user }) => ({
    userId: user.id,
    displayName: user.displayName,
    raisedAt,
    grantedAt,
    isRaised: raisedAt !== null,
    canSpeak: grantedAt !== null,
  }));
}
