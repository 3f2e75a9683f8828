import { describe, expect, it } from "vitest";
import { asciiDigits, asciiLower, asciiTrim, fromText, toText } from "./byte-string.ts";

describe("byte strings", () => {
  it("round-trip Persian text", () => {
    expect(toText(fromText("زهرا احمدی"))).toBe("زهرا احمدی");
  });

  it("turn Persian and Arabic-Indic digits into ASCII", () => {
    expect(toText(asciiDigits(fromText("۱۴۰۳-۰۷-۰۱ و ٢٠٢٤")))).toBe("1403-07-01 و 2024");
  });

  it("lower-case and trim ASCII only, leaving Persian letters whole", () => {
    const name = fromText(" Ali٠ ");
    expect(toText(asciiTrim(asciiLower(name)))).toBe("ali٠");
    expect(toText(asciiTrim(fromText("٠")))).toBe("٠"); // its last UTF-8 byte is 0xA0
  });
});
