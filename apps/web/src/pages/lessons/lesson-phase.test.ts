import { describe, expect, it } from "vitest";
import { groupLessons, lessonPhase, lessonsWorthMentioning } from "./lesson-phase.ts";
import type { Lesson, LessonState } from "./lesson-types.ts";

const START = new Date("2026-03-21T08:00:00Z");
const MINUTE = 60_000;

function lesson(id: string, state: LessonState, startsAt: Date, durationMinutes = 45): Lesson {
  return {
    id,
    classId: "c",
    title: id,
    startsAt,
    durationMinutes,
    endsAt: new Date(startsAt.getTime() + durationMinutes * MINUTE),
    state,
    isLive: state === "live",
    startedAt: state === "scheduled" ? null : startsAt,
    endedAt: state === "ended" ? new Date(startsAt.getTime() + durationMinutes * MINUTE) : null,
    createdAt: START,
    createdBy: { id: "t", displayName: "Teacher" },
  };
}

describe("lessonPhase", () => {
  it("tells a lesson before its start time from one whose teacher has not started it yet", () => {
    expect(lessonPhase({ state: "scheduled", startsAt: START }, new Date(START.getTime() - MINUTE))).toBe("upcoming");
    expect(lessonPhase({ state: "scheduled", startsAt: START }, START)).toBe("waitingForTeacher");
    expect(lessonPhase({ state: "scheduled", startsAt: START }, new Date(START.getTime() + 60 * MINUTE))).toBe("waitingForTeacher");
  });

  it("follows the server's state once the lesson has started or ended, whatever the clock says", () => {
    const early = new Date(START.getTime() - 60 * MINUTE);
    expect(lessonPhase({ state: "live", startsAt: START }, early)).toBe("live");
    expect(lessonPhase({ state: "ended", startsAt: START }, early)).toBe("ended");
  });
});

describe("groupLessons", () => {
  it("puts live lessons first, upcoming soonest first and past ones most recent first", () => {
    const at = (hours: number) => new Date(START.getTime() + hours * 60 * MINUTE);
    const lessons = [lesson("old", "ended", at(-48)), lesson("later", "scheduled", at(5)), lesson("now", "live", at(0)), lesson("yesterday", "ended", at(-24)), lesson("soon", "scheduled", at(1))];
    const groups = groupLessons(lessons);
    expect(groups.live.map((item) => item.id)).toEqual(["now"]);
    expect(groups.upcoming.map((item) => item.id)).toEqual(["soon", "later"]);
    expect(groups.past.map((item) => item.id)).toEqual(["yesterday", "old"]);
  });
});

describe("lessonsWorthMentioning", () => {
  it("mentions live lessons and the next scheduled one that has not run past its planned end", () => {
    const forgotten = lesson("forgotten", "scheduled", new Date(START.getTime() - 120 * MINUTE));
    const next = lesson("next", "scheduled", new Date(START.getTime() + 30 * MINUTE));
    const live = lesson("live", "live", new Date(START.getTime() - 10 * MINUTE));
    expect(lessonsWorthMentioning([forgotten, next, live], START)).toEqual({ live: [live], next });
    expect(lessonsWorthMentioning([forgotten], START)).toEqual({ live: [], next: null });
  });
});
