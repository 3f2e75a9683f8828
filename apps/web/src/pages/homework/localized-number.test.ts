import { describe, expect, it } from "vitest";
import { parseLocalizedNumber } from "./localized-number.ts";

describe("parseLocalizedNumber", () => {
  it("reads Latin, Persian and Arabic-Indic digits alike", () => {
    expect(parseLocalizedNumber("18.5")).toBe(18.5);
    expect(parseLocalizedNumber("۱۸٫۵")).toBe(18.5);
    expect(parseLocalizedNumber("١٨.٥")).toBe(18.5);
    expect(parseLocalizedNumber(" ۲۰ ")).toBe(20);
  });

  it("refuses anything that is not a plain non-negative number", () => {
    for (const text of ["", "abc", "-1", "1e3", "18,5", "1.2.3", "."]) expect(parseLocalizedNumber(text)).toBeNull();
  });
});
