import { describe, expect, it } from "vitest";
import { dateToZonedInput, zonedInputToDate } from "./zoned-date-time.ts";

describe("zonedInputToDate", () => {
  it("reads the picked time on the school's clock, not the device's", () => {
    // Tehran is UTC+03:30 all year since 2022.
    expect(zonedInputToDate("2026-03-21T14:30", "Asia/Tehran")?.toISOString()).toBe("2026-03-21T11:00:00.000Z");
    expect(zonedInputToDate("2026-03-21T14:30", "UTC")?.toISOString()).toBe("2026-03-21T14:30:00.000Z");
  });

  it("follows daylight saving time where the zone has it", () => {
    expect(zonedInputToDate("2026-01-15T09:00", "America/New_York")?.toISOString()).toBe("2026-01-15T14:00:00.000Z");
    expect(zonedInputToDate("2026-07-01T09:00", "America/New_York")?.toISOString()).toBe("2026-07-01T13:00:00.000Z");
  });

  it("crosses midnight into the previous UTC day", () => {
    expect(zonedInputToDate("2026-03-21T01:00", "Asia/Tehran")?.toISOString()).toBe("2026-03-20T21:30:00.000Z");
  });

  it("refuses empty and impossible values", () => {
    expect(zonedInputToDate("", "Asia/Tehran")).toBeNull();
    expect(zonedInputToDate("2026-02-30T10:00", "Asia/Tehran")).toBeNull();
    expect(zonedInputToDate("2026-03-21T24:00", "Asia/Tehran")).toBeNull();
  });
});

describe("dateToZonedInput", () => {
  it("shows an instant on the school's clock", () => {
    expect(dateToZonedInput(new Date("2026-03-20T21:30:00Z"), "Asia/Tehran")).toBe("2026-03-21T01:00");
    expect(dateToZonedInput(new Date("2026-07-01T13:00:00Z"), "America/New_York")).toBe("2026-07-01T09:00");
  });

  it("reads back what it writes", () => {
    for (const value of ["2026-03-21T14:30", "2026-11-01T01:30", "2027-01-01T00:00"]) {
      for (const zone of ["Asia/Tehran", "Europe/Berlin", "America/New_York"]) {
        expect(dateToZonedInput(zonedInputToDate(value, zone)!, zone)).toBe(value);
      }
    }
  });
});
