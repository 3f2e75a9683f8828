import { describe, expect, it } from "vitest";
import { deadlineState } from "./deadline.ts";

const DUE = new Date("2026-03-21T11:00:00Z");
const LATE_UNTIL = new Date("2026-03-22T11:00:00Z");
const at = (iso: string) => new Date(iso);

describe("deadlineState", () => {
  it("is open up to and including the due time", () => {
    expect(deadlineState({ now: DUE, dueAt: DUE, allowLateUntil: null, closedAt: null })).toBe("open");
  });

  it("accepts late work until the late deadline, then has passed", () => {
    const base = { dueAt: DUE, allowLateUntil: LATE_UNTIL, closedAt: null };
    expect(deadlineState({ ...base, now: at("2026-03-21T11:00:00.001Z") })).toBe("lateAccepted");
    expect(deadlineState({ ...base, now: LATE_UNTIL })).toBe("lateAccepted");
    expect(deadlineState({ ...base, now: at("2026-03-22T11:00:00.001Z") })).toBe("passed");
    expect(deadlineState({ ...base, allowLateUntil: null, now: at("2026-03-21T11:00:01Z") })).toBe("passed");
  });

  it("is closed once a teacher closes it, whatever the due time", () => {
    expect(deadlineState({ now: at("2026-03-20T00:00:00Z"), dueAt: DUE, allowLateUntil: null, closedAt: at("2026-03-19T00:00:00Z") })).toBe("closed");
  });
});
