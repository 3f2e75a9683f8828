import { describe, expect, it } from "vitest";
import { attendanceFigures, type SessionInterval } from "./attendance-intervals.ts";

const start = new Date("2030-03-01T08:00:00.000Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
const end = at(45);
const figures = (sessions: SessionInterval[], options: { isLive?: boolean; windowEnd?: Date } = {}) =>
  attendanceFigures({ sessions, windowStart: start, windowEnd: options.windowEnd ?? end, isLive: options.isLive ?? false });

describe("attendance from sessions", () => {
  it("adds separate sessions and counts overlapping ones once", () => {
    const result = figures([
      { joinedAt: at(0), leftAt: at(10) },
      { joinedAt: at(20), leftAt: at(30) },
      { joinedAt: at(25), leftAt: at(35) }, // a second tab opened before the first closed
    ]);
    expect(result).toEqual({ firstJoinedAt: at(0), lastLeftAt: at(35), attendedMs: 25 * 60_000, isPresent: false, sessionCount: 3 });
  });

  it("gives the same figures whatever order the sessions come in", () => {
    const sessions = [
      { joinedAt: at(5), leftAt: at(12) },
      { joinedAt: at(11), leftAt: at(20) },
      { joinedAt: at(30), leftAt: null },
      { joinedAt: at(1), leftAt: at(2) },
    ];
    const expected = figures(sessions);
    for (const order of [[3, 2, 1, 0], [2, 0, 3, 1], [1, 3, 0, 2]]) expect(figures(order.map((index) => sessions[index]!))).toEqual(expected);
    expect(expected.attendedMs).toBe((1 + 15 + 15) * 60_000);
  });

  it("clamps sessions to the lesson's start and end", () => {
    const result = figures([{ joinedAt: at(-10), leftAt: at(5) }, { joinedAt: at(40), leftAt: at(60) }]);
    expect(result).toMatchObject({ firstJoinedAt: at(0), lastLeftAt: at(45), attendedMs: 10 * 60_000 });
  });

  it("counts an open session up to the end of an ended lesson, and up to now while live", () => {
    expect(figures([{ joinedAt: at(30), leftAt: null }])).toMatchObject({ attendedMs: 15 * 60_000, lastLeftAt: at(45), isPresent: false });
    expect(figures([{ joinedAt: at(30), leftAt: null }], { isLive: true, windowEnd: at(33) })).toMatchObject({ attendedMs: 3 * 60_000, lastLeftAt: null, isPresent: true });
  });

  it("ignores a leave whose join is unknown, and reports absence as zeros", () => {
    expect(figures([{ joinedAt: null, leftAt: at(3) }])).toEqual({ firstJoinedAt: null, lastLeftAt: null, attendedMs: 0, isPresent: false, sessionCount: 0 });
    expect(figures([])).toEqual({ firstJoinedAt: null, lastLeftAt: null, attendedMs: 0, isPresent: false, sessionCount: 0 });
  });
});
