import { describe, expect, it } from "vitest";
import { contentDisposition } from "./content-disposition.ts";

describe("contentDisposition", () => {
  it("carries a Persian name in filename* with an ASCII stand-in", () => {
    expect(contentDisposition("تکلیف.pdf")).toBe("attachment; filename=\"_____.pdf\"; filename*=UTF-8''%D8%AA%DA%A9%D9%84%DB%8C%D9%81.pdf");
  });

  it("cannot be broken out of by quotes, backslashes or percent signs in the name", () => {
    expect(contentDisposition('a"b\\c%d\'(e).pdf', "inline")).toBe(
      "inline; filename=\"a_b_c_d'(e).pdf\"; filename*=UTF-8''a%22b%5Cc%25d%27%28e%29.pdf",
    );
  });
});
