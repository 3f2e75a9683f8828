import { describe, expect, it } from "vitest";
import { resolveLocale } from "./locale-preference.ts";

describe("resolveLocale", () => {
  it("follows the school's language until the reader picks one", () => {
    expect(resolveLocale({ chosen: null, school: "en" })).toBe("en");
    expect(resolveLocale({ chosen: "fa", school: "en" })).toBe("fa");
  });

  it("falls back to Persian when nothing usable is known", () => {
    expect(resolveLocale({ chosen: null, school: null })).toBe("fa");
    expect(resolveLocale({ chosen: "de", school: "fr" })).toBe("fa");
  });
});
