import { describe, expect, it } from "vitest";
import { formatDate } from "./format-date.ts";

// Nowruz 1405: the first day of Farvardin falls on 21 March 2026.
const NOWRUZ_1405 = new Date("2026-03-21T12:00:00Z");

describe("formatDate", () => {
  it("shows Persian readers the Jalali date in Persian digits", () => {
    const text = formatDate(NOWRUZ_1405, { locale: "fa", timeZone: "Asia/Tehran" });
    expect(text).toContain("۱۴۰۵");
    expect(text).toContain("فروردین");
    expect(text).toMatch(/(^|\s)۱(\s|$)/);
    expect(text).not.toMatch(/[0-9]/);
  });

  it("shows English readers the Gregorian date", () => {
    expect(formatDate(NOWRUZ_1405, { locale: "en", timeZone: "Asia/Tehran" })).toBe("March 21, 2026");
  });

  it("reads the date in the school's time zone", () => {
    // 22:00 UTC on 20 March is already 01:30 on 21 March in Tehran.
    const lateEvening = new Date("2026-03-20T22:00:00Z");
    expect(formatDate(lateEvening, { locale: "en", timeZone: "UTC" })).toBe("March 20, 2026");
    expect(formatDate(lateEvening, { locale: "fa", timeZone: "Asia/Tehran" })).toContain("فروردین");
  });
});
