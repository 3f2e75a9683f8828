import { describe, expect, it } from "vitest";
import { formatFileSize, formatPercent } from "./format-units.ts";

describe("formatFileSize", () => {
  it("uses kilobytes below a megabyte and megabytes above", () => {
    expect(formatFileSize(1536, "en")).toBe("1.5 kB");
    expect(formatFileSize(20 * 1024 * 1024, "en")).toBe("20 MB");
    expect(formatFileSize(20 * 1024 * 1024, "fa")).toContain("۲۰");
  });

  it("never shows a non-empty file as zero", () => {
    expect(formatFileSize(12, "en")).toBe("0.1 kB");
    expect(formatFileSize(0, "en")).toBe("0 kB");
  });
});

describe("formatPercent", () => {
  it("shows whole percentages in the reader's digits", () => {
    expect(formatPercent(1, "en")).toBe("100%");
    expect(formatPercent(0.456, "en")).toBe("46%");
    expect(formatPercent(1, "fa")).toBe("۱۰۰٪");
  });
});
