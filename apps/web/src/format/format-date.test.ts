import { describe, expect, it } from "vitest";
import { dayKey, formatDate, formatTime } from "./format-date.ts";

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

describe("formatTime", () => {
  it("shows the time in the school's zone, in Persian digits for Persian readers", () => {
    // 05:00 UTC is 08:30 in Tehran.
    const morning = new Date("2026-03-21T05:00:00Z");
    expect(formatTime(morning, { locale: "en", timeZone: "Asia/Tehran" })).toBe("8:30 AM");
    const persian = formatTime(morning, { locale: "fa", timeZone: "Asia/Tehran" });
    expect(persian).toContain("۸:۳۰");
    expect(persian).not.toMatch(/[0-9]/);
  });
});

describe("dayKey", () => {
  it("groups by the school's calendar day, not the reader's", () => {
    const lateEvening = new Date("2026-03-20T22:00:00Z");
    expect(dayKey(lateEvening, "UTC")).toBe("2026-03-20");
    expect(dayKey(lateEvening, "Asia/Tehran")).toBe("2026-03-21");
  });
});
