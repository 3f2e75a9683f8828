import type { Db } from "@zang/db";
import { csvLine, UTF8_BOM } from "../homework/csv.ts";
import type { Viewer } from "../viewer.ts";
import { attendanceFigures } from "./attendance-intervals.ts";
import { loadManagedLesson, toLessonView } from "./lesson-access.ts";

/**
 * Per-student attendance of one lesson for its teacher: every student of the class (absent ones
 * too), with first join, last leave and time present. Open sessions count up to the lesson's end,
 * or up to now while it is live.
 */
export async function lessonAttendance({ db, viewer, lessonId, now = new Date() }: { db: Db; viewer: Viewer; lessonId: string; now?: Date }) {
  const { lesson } = await loadManagedLesson({ db, viewer, lessonId });
  const [students, sessions] = await Promise.all([
    db.prisma.membership.findMany({
      where: { classId: lesson.classId, schoolId: viewer.schoolId, role: "student" },
      select: { user: { select: { id: true, username: true, displayName: true, sourcedId: true } } },
      orderBy: [{ user: { displayName: "asc" } }, { userId: "asc" }],
    }),
    db.prisma.lessonParticipantSession.findMany({ where: { lessonId: lesson.id }, select: { userId: true, joinedAt: true, leftAt: true } }),
  ]);
  const sessionsByUser = new Map<string, typeof sessions>();
  for (const session of sessions) {
    const list = sessionsByUser.get(session.userId);
    if (list) list.push(session);
    else sessionsByUser.set(session.userId, [session]);
  }
  const windowStart = lesson.startedAt;
  const windowEnd = lesson.endedAt ?? now;
  const rows = students.map(({ user }) => {
    const figures = windowStart
      ? attendanceFigures({ sessions: sessionsByUser.get(user.id) ?? [], windowStart, windowEnd, isLive: lesson.state === "live" })
      : { firstJoinedAt: null, lastLeftAt: null, attendedMs: 0, isPresent: false, sessionCount: 0 };
    return {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      sourcedId: user.sourcedId,
      firstJoinedAt: figures.firstJoinedAt,
      lastLeftAt: figures.lastLeftAt,
      attendedSeconds: Math.round(figures.attendedMs / 1000),
      totalMinutes: Math.round(figures.attendedMs / 60_000),
      sessionCount: figures.sessionCount,
      isPresent: figures.isPresent,
    };
  });
  return {
    lesson: toLessonView(lesson),
    students: rows,
    summary: { students: rows.length, attended: rows.filter((row) => row.sessionCount > 0).length, present: rows.filter((row) => row.isPresent).length },
  };
}

/** "2030-03-01 11:30:05" in the school's time zone: what a teacher expects to read in a spreadsheet. */
function localTime(date: Date | null, timeZone: string): string {
  if (!date) return "";
  return new Intl.DateTimeFormat("sv-SE", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }).format(date);
}

/** The attendance report as CSV (UTF-8 with BOM, CRLF), times in the school's time zone. */
export async function exportAttendanceCsv({ db, viewer, lessonId, now = new Date() }: { db: Db; viewer: Viewer; lessonId: string; now?: Date }): Promise<{ filename: string; csv: string }> {
  const report = await lessonAttendance({ db, viewer, lessonId, now });
  const { timeZone } = await db.prisma.school.findUniqueOrThrow({ where: { id: viewer.schoolId }, select: { timeZone: true } });
  let csv = UTF8_BOM + csvLine(["username", "student_id", "name", `first_joined (${timeZone})`, `last_left (${timeZone})`, "minutes", "sessions", "present_now"]);
  for (const row of report.students) {
    csv += csvLine([
      row.username,
      row.sourcedId ?? "",
      row.displayName,
      localTime(row.firstJoinedAt, timeZone),
      localTime(row.lastLeftAt, timeZone),
      row.totalMinutes,
      row.sessionCount,
      row.isPresent ? "yes" : "no",
    ]);
  }
  const day = localTime(report.lesson.startedAt ?? report.lesson.startsAt, timeZone).slice(0, 10);
  const safeTitle = report.lesson.title.replace(/[^\p{L}\p{N}_-]+/gu, "-").slice(0, 60);
  return { filename: `attendance-${safeTitle}-${day}.csv`, csv };
}
