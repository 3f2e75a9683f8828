import type { Lesson, LessonState } from "./lesson-types.ts";

/**
 * Where a lesson stands for the reader. The server's state decides what is allowed; the clock only
 * tells a scheduled lesson that has not reached its start time apart from one whose teacher is late.
 */
export type LessonPhase = "upcoming" | "waitingForTeacher" | "live" | "ended";

export function lessonPhase({ state, startsAt }: { state: LessonState; startsAt: Date }, now: Date): LessonPhase {
  switch (state) {
    case "scheduled":
      return now < startsAt ? "upcoming" : "waitingForTeacher";
    case "live":
      return "live";
    case "ended":
      return "ended";
  }
}

export type LessonGroups = { live: Lesson[]; upcoming: Lesson[]; past: Lesson[] };

/**
 * The list page's sections: live lessons first, then the scheduled ones soonest first, then the
 * ended ones most recent first (a teacher looks for last week's attendance, not last year's).
 */
export function groupLessons(lessons: readonly Lesson[]): LessonGroups {
  const byStart = [...lessons].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return {
    live: byStart.filter((lesson) => lesson.state === "live"),
    upcoming: byStart.filter((lesson) => lesson.state === "scheduled"),
    past: byStart.filter((lesson) => lesson.state === "ended").reverse(),
  };
}

/**
 * What the class page mentions: every live lesson, and the next scheduled one that has not run past
 * its planned end (one its teacher never started is old news, not "next").
 */
export function lessonsWorthMentioning(lessons: readonly Lesson[], now: Date): { live: Lesson[]; next: Lesson | null } {
  const { live, upcoming } = groupLessons(lessons);
  return { live, next: upcoming.find((lesson) => lesson.endsAt > now) ?? null };
}
