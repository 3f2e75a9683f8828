import { describe, expect, it } from "vitest";
import { FileRejectedError } from "./errors.ts";
import { MAX_FILE_NAME_LENGTH, sanitizeFileName } from "./file-name.ts";

function refusal(name: string): FileRejectedError {
  try {
    sanitizeFileName(name);
  } catch (error) {
    if (error instanceof FileRejectedError) return error;
    throw error;
  }
  throw new Error(`"${name}" was accepted`);
}

describe("sanitizeFileName", () => {
  it("keeps a Persian name, its zero-width non-joiner and its extension", () => {
    expect(sanitizeFileName("تکلیف‌های ریاضی.pdf")).toBe("تکلیف‌های ریاضی.pdf");
  });

  it("keeps emoji, including joined sequences", () => {
    expect(sanitizeFileName("👩‍🏫 notes 🎉.txt")).toBe("👩‍🏫 notes 🎉.txt");
  });

  it("normalizes to NFC so the same name is stored the same way", () => {
    expect(sanitizeFileName("cafe\u0301.pdf")).toBe("caf\u00e9.pdf");
  });

  it("removes the right-to-left override that disguises a program as a picture", () => {
    expect(sanitizeFileName("photo\u202Egpj.exe")).toBe("photogpj.exe");
    expect(sanitizeFileName("a\u2066b\u2069c\u202Ad\u202C.pdf")).toBe("abcd.pdf");
  });

  it("turns control characters into spaces and collapses whitespace", () => {
    expect(sanitizeFileName("report\u0000\nfinal\t\t2.pdf")).toBe("report final 2.pdf");
  });

  it("drops leading dots and trailing dots and spaces", () => {
    expect(sanitizeFileName("...hidden.txt")).toBe("hidden.txt");
    expect(sanitizeFileName("  notes.txt. . ")).toBe("notes.txt");
  });

  it("replaces characters Windows cannot save", () => {
    expect(sanitizeFileName('a<b>c:d"e|f?g*.pdf')).toBe("a_b_c_d_e_f_g_.pdf");
  });

  it.each(["../../etc/passwd", "..\\..\\windows\\system32", "C:\\Users\\student\\essay.pdf", "folder/essay.pdf", "..", "."])(
    "refuses %s, which names a folder",
    (name) => {
      const error = refusal(name);
      expect(error.reason).toBe("bad_name");
      expect(error.message).toMatch(/must not contain folders|needs a name/);
    },
  );

  it("refuses a name that is empty once cleaned", () => {
    expect(refusal(" \u202E ... ").message).toBe("The file needs a name. Rename the file and try again.");
  });

  it("shortens a long name between whole characters and keeps the extension", () => {
    const name = sanitizeFileName(`${"ک".repeat(150)}${"😀".repeat(100)}.docx`);

    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith("😀.docx")).toBe(true);
    expect(name.startsWith("ک".repeat(150))).toBe(true);
  });
});
