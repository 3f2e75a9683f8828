import { describe, expect, it } from "vitest";
import { checkScheduleForm, defaultScheduleValues, type ScheduleFormValues } from "./schedule-form.ts";

const CLASS_ID = "0b7f4c1e-52a4-4d55-9a53-3f1c2b8e9d10";
const TEHRAN = "Asia/Tehran";
const NOW = new Date("2026-03-21T08:00:00Z");
const VALUES: ScheduleFormValues = { title: "  Fractions, live  ", startsAt: "2026-03-21T14:30", durationMinutes: "۴۵" };

describe("defaultScheduleValues", () => {
  it("proposes the next quarter hour at least five minutes away, on the school's clock", () => {
    // 08:00 UTC is 11:30 in Tehran; 11:30 itself is too soon, so 11:45.
    expect(defaultScheduleValues({ now: NOW, timeZone: TEHRAN })).toEqual({ title: "", startsAt: "2026-03-21T11:45", durationMinutes: "45" });
    expect(defaultScheduleValues({ now: new Date("2026-03-21T08:03:00Z"), timeZone: TEHRAN }).startsAt).toBe("2026-03-21T11:45");
  });
});

describe("checkScheduleForm", () => {
  it("turns the form into lessons.schedule's input, reading the start on the school's clock and Persian digits", () => {
    expect(checkScheduleForm({ values: VALUES, classId: CLASS_ID, timeZone: TEHRAN, now: NOW })).toEqual({
      input: { classId: CLASS_ID, title: "Fractions, live", startsAt: new Date("2026-03-21T11:00:00Z"), durationMinutes: 45 },
    });
  });

  it("names each missing or wrong field", () => {
    const checked = checkScheduleForm({ values: { title: " ", startsAt: "", durationMinutes: "4" }, classId: CLASS_ID, timeZone: TEHRAN, now: NOW });
    expect(checked).toEqual({ problems: { title: "required", startsAt: "required", durationMinutes: "invalid" } });
    const tooLong = checkScheduleForm({ values: { ...VALUES, title: "x".repeat(201), durationMinutes: "45.5" }, classId: CLASS_ID, timeZone: TEHRAN, now: NOW });
    expect(tooLong).toEqual({ problems: { title: "tooLong", durationMinutes: "invalid" } });
  });

  it("refuses a start in the past, allowing the same few minutes as the server", () => {
    const fourMinutesAgo = { ...VALUES, startsAt: "2026-03-21T11:26" };
    const tenMinutesAgo = { ...VALUES, startsAt: "2026-03-21T11:20" };
    expect(checkScheduleForm({ values: fourMinutesAgo, classId: CLASS_ID, timeZone: TEHRAN, now: NOW })).toHaveProperty("input");
    expect(checkScheduleForm({ values: tenMinutesAgo, classId: CLASS_ID, timeZone: TEHRAN, now: NOW })).toEqual({ problems: { startsAt: "past" } });
  });
});
