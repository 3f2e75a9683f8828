import { describe, expect, it } from "vitest";
import { judgeDeadline, submissionStatus } from "./submission-status.ts";

const dueAt = new Date("2026-12-01T08:30:00.000Z");
const at = (offsetMs: number) => new Date(dueAt.getTime() + offsetMs);

describe("judgeDeadline", () => {
  it("accepts work at the exact due time as on time, and a millisecond later as late only when allowed", () => {
    expect(judgeDeadline({ now: at(0), dueAt, allowLateUntil: null, closedAt: null })).toEqual({ accepted: true, isLate: false });
    expect(judgeDeadline({ now: at(1), dueAt, allowLateUntil: null, closedAt: null })).toEqual({ accepted: false, reason: "deadline_passed" });
    expect(judgeDeadline({ now: at(1), dueAt, allowLateUntil: at(3_600_000), closedAt: null })).toEqual({ accepted: true, isLate: true });
  });

  it("accepts late work up to and including the late limit", () => {
    const allowLateUntil = at(60_000);
    expect(judgeDeadline({ now: at(60_000), dueAt, allowLateUntil, closedAt: null })).toEqual({ accepted: true, isLate: true });
    expect(judgeDeadline({ now: at(60_001), dueAt, allowLateUntil, closedAt: null })).toEqual({ accepted: false, reason: "deadline_passed" });
  });

  it("refuses everything once the assignment is closed", () => {
    expect(judgeDeadline({ now: at(-1000), dueAt, allowLateUntil: null, closedAt: at(-2000) })).toEqual({ accepted: false, reason: "closed" });
  });
});

describe("submissionStatus", () => {
  it("walks not submitted → submitted (late) → graded → returned", () => {
    expect(submissionStatus(null)).toBe("not_submitted");
    expect(submissionStatus({ isLate: false, gradedAt: null, returnedAt: null })).toBe("submitted");
    expect(submissionStatus({ isLate: true, gradedAt: null, returnedAt: null })).toBe("submitted_late");
    expect(submissionStatus({ isLate: true, gradedAt: new Date(), returnedAt: null })).toBe("graded");
    expect(submissionStatus({ isLate: false, gradedAt: new Date(), returnedAt: new Date() })).toBe("returned");
  });
});
