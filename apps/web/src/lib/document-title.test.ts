import { describe, expect, it } from "vitest";
import { documentTitle } from "./document-title.tsx";

describe("documentTitle", () => {
  it("puts unread messages first, then the page, then the app, with the language's digits", () => {
    expect(documentTitle({ page: "7-A", unread: 3, appName: "زنگ", locale: "fa" })).toBe("(۳) 7-A · زنگ");
    expect(documentTitle({ page: "Classes", unread: 0, appName: "Zang", locale: "en" })).toBe("Classes · Zang");
    expect(documentTitle({ page: null, unread: 5000, appName: "Zang", locale: "en" })).toBe("(999+) Zang");
  });
});
