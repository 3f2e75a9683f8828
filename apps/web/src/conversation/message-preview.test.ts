import { describe, expect, it } from "vitest";
import { DICTIONARIES } from "../i18n/dictionaries.ts";
import { messagePreview } from "./message-preview.ts";

const fa = { messages: DICTIONARIES.fa, locale: "fa" as const };
const en = { messages: DICTIONARIES.en, locale: "en" as const };

describe("messagePreview", () => {
  it("shows the text when there is some, files or not", () => {
    expect(messagePreview({ body: "کاربرگ این هفته", fileCount: 2 }, fa)).toBe("کاربرگ این هفته");
  });

  it("says how many files a message of only files carries, in the reader's language and digits", () => {
    expect(messagePreview({ body: "", fileCount: 1 }, fa)).toBe("یک فایل فرستاد");
    expect(messagePreview({ body: "", fileCount: 3 }, fa)).toBe("۳ فایل فرستاد");
    expect(messagePreview({ body: "", fileCount: 1 }, en)).toBe("Sent a file");
    expect(messagePreview({ body: "", fileCount: 3 }, en)).toBe("Sent 3 files");
  });

  it("leaves an empty message empty", () => {
    expect(messagePreview({ body: "", fileCount: 0 }, en)).toBe("");
  });
});
