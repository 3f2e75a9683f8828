import type { Db } from "@zang/db";
import type { Video } from "@zang/video";
import { canManageClass, getClassAccess, type ClassAccess } from "../classes/class-access.ts";
import { AppError } from "../errors.ts";
import type { Viewer } from "../viewer.ts";

/** What every lesson function depends on: the database, and LiveKit when it is configured. */
export type LessonDeps = { db: Db; video: Video };

export const VIDEO_NOT_CONFIGURED_MESSAGE =
  "Video lessons are not set up on this server. An administrator must set LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET and restart it.";

/** LiveKit is optional: without it the platform runs, and lessons say what to configure. */
export function requireVideo(video: Video | undefined): Video {
  if (!video) throw new AppError({ code: "NOT_CONFIGURED", message: VIDEO_NOT_CONFIGURED_MESSAGE });
  return video;
}

export const LESSON_FIELDS = {
  id: true,
  classId: true,
  title: true,
  startsAt: true,
  durationMinutes: true,
  state: true,
  startedAt: true,
  endedAt: true,
  createdAt: true,
  createdBy: { select: { id: true, displayName: true } },
} as const;

const NOT_FOUND_MESSAGE = "This lesson does not exist.";

/**
 * A lesson of the viewer's school and the viewer's access to its class. A lesson of another
 * school, and one of a class the viewer is not in, answer NOT_FOUND alike.
 */
export async function loadLesson({ db, viewer, lessonId }: { db: Db; viewer: Viewer; lessonId: string }) {
  const lesson = await db.prisma.lesson.findFirst({
    where: { id: lessonId, schoolId: viewer.schoolId },
    select: { ...LESSON_FIELDS, roomName: true },
  });
  if (!lesson) throw new AppError({ code: "NOT_FOUND", message: NOT_FOUND_MESSAGE });
  const access: ClassAccess = await getClassAccess({ db, viewer, classId: lesson.classId });
  return { lesson, access };
}

export type LoadedLesson = Awaited<ReturnType<typeof loadLesson>>["lesson"];

/** A lesson the viewer teaches (teacher of its class, or the school's admin). */
export async function loadManagedLesson(input: { db: Db; viewer: Viewer; lessonId: string }) {
  const loaded = await loadLesson(input);
  if (!canManageClass(loaded.access)) throw new AppError({ code: "FORBIDDEN", message: "Only the class's teachers can do this." });
  return loaded;
}

/** The lesson as clients see it: never the room name (clients get it inside their token). */
export function toLessonView({ roomName: _roomName, ...lesson }: LoadedLesson) {
  return { ...lesson, endsAt: new Date(lesson.startsAt.getTime() + lesson.durationMinutes * 60_000), isLive: lesson.state === "live" };
}

export type LessonView = ReturnType<typeof toLessonView>;

export function assertLive(lesson: { state: "scheduled" | "live" | "ended" }): void {
  switch (lesson.state) {
    case "live":
      return;
    case "scheduled":
      throw new AppError({ code: "CONFLICT", message: "This lesson has not started yet." });
    case "ended":
      throw new AppError({ code: "CONFLICT", message: "This lesson has ended." });
    default: {
      const unknown: never = lesson.state;
      throw new Error(`Unknown lesson state ${String(unknown)}`);
    }
  }
}
