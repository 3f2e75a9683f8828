import { describe, expect, it } from "vitest";
import { requiredCharacters, searchableText, searchPattern } from "./search-text.ts";

describe("searchableText", () => {
  it("folds Arabic letter forms and digits, drops half-spaces and vowel marks, lowers case and joins white space", () => {
    expect(searchableText("كتاب رياضي").text).toBe("کتاب ریاضی");
    expect(searchableText("می‌خواهم").text).toBe("میخواهم");
    expect(searchableText("صفحهٔ ۱۲ و ٣").text).toBe("صفحه 12 و 3");
    expect(searchableText("مَدرِسه").text).toBe("مدرسه");
    expect(searchableText("Page\n\t 40").text).toBe("page 40");
  });

  it("says where each character of the result came from, to highlight a match in the original", () => {
    const { text, sourceIndex } = searchableText("می‌خواهم  X");
    expect(text).toBe("میخواهم x");
    // "خ" is the fourth character of the original (after the half-space), " " the first space.
    expect(sourceIndex).toEqual([0, 1, 3, 4, 5, 6, 7, 8, 10]);
  });
});

describe("searchPattern", () => {
  it("lets each character stand for its other forms, with ignored characters between any two", () => {
    expect(searchPattern("کی")).toBe("[کك][\u200c\u200d\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670]*[یيىئ]");
  });

  it("escapes what a regular expression would read as an operator", () => {
    expect(searchPattern("a.b").split(/\[[^\]]*\]\*/)).toEqual(["a", "\\.", "b"]);
    expect(searchPattern("(*)").split(/\[[^\]]*\]\*/)).toEqual(["\\(", "\\*", "\\)"]);
  });
});

describe("requiredCharacters", () => {
  it("names only characters a match must contain as they are: no letter with other forms, no cased letter, no space", () => {
    // ک, ی, ا and ه have Arabic forms; ت, ب, ر, ض are written one way only.
    expect(requiredCharacters("کتاب ریاضی")).toEqual(["ت", "ب", "ر"]);
    expect(requiredCharacters("Page 12")).toEqual([]);
    expect(requiredCharacters("(x)")).toEqual(["(", ")"]);
    expect(requiredCharacters("İ")).toEqual([]);
  });
});
