import { describe, expect, it } from "vitest";
import { formatMinutes } from "./format-minutes.ts";

describe("formatMinutes", () => {
  it("spells the length out in the reader's words and digits", () => {
    expect(formatMinutes(45, "en")).toBe("45 minutes");
    expect(formatMinutes(1, "en")).toBe("1 minute");
    expect(formatMinutes(90, "fa")).toBe("۹۰ دقیقه");
  });
});
