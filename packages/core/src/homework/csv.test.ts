import { describe, expect, it } from "vitest";
import { csvField, csvLine } from "./csv.ts";

describe("csv", () => {
  it("quotes commas, quotes and line breaks as RFC 4180 says", () => {
    expect(csvLine(["a,b", 'say "hi"', "two\nlines", 17.5, null])).toBe('"a,b","say ""hi""","two\nlines",17.5,\r\n');
  });

  it("keeps Persian text as it is", () => {
    expect(csvField("زهرا محمدی")).toBe("زهرا محمدی");
  });

  it("defuses spreadsheet formulas in text but not negative numbers", () => {
    expect(csvField("=HYPERLINK(\"http://x\")")).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField(-3)).toBe("-3");
  });
});
