import { describe, expect, it } from "vitest";
import { describeProblem, PROBLEM_CATALOG, wordProblem, type ProblemCode } from "./problem-catalog.ts";

const codes = Object.keys(PROBLEM_CATALOG) as ProblemCode[];
/** More arguments than any problem takes, each recognisable. */
const ARGS = ["a1", "a2", "12", "a4", "a5", "a6"];

describe("the problem catalog", () => {
  it("words every problem in both languages, Persian in Persian script, using every argument it is given", () => {
    for (const code of codes) {
      const english = describeProblem(code, ARGS, "en");
      const persian = describeProblem(code, ARGS, "fa");
      expect(english, code).not.toMatch(/undefined/);
      expect(persian, code).toMatch(/\p{Script=Arabic}/u);
      expect(persian, code).not.toMatch(/undefined/);
      // Whatever English mentions of the arguments, Persian mentions too (line numbers in Persian digits).
      for (const arg of ARGS) {
        const inPersian = [arg, arg.replace(/[0-9]/g, (digit) => "۰۱۲۳۴۵۶۷۸۹"[Number(digit)]!)];
        if (english.includes(arg)) expect(inPersian.some((form) => persian.includes(form)), `${code}: ${arg}`).toBe(true);
      }
    }
  });

  it("writes line numbers in the reader's digits and leaves values as they are in the file", () => {
    expect(describeProblem("duplicateSourcedId", ["s-12", "40"], "en")).toBe('Duplicate sourcedId "s-12": line 40 has the same one.');
    expect(describeProblem("duplicateSourcedId", ["s-12", "40"], "fa")).toBe('sourcedId تکراری "s-12": سطر ۴۰ هم همین را دارد.');
  });

  it("keeps the English text of problems stored without a code (refusals of a whole upload)", () => {
    expect(wordProblem({ code: null, args: [], message: "users.csv is empty." }, "fa")).toEqual({ message: "users.csv is empty.", language: "en" });
    expect(wordProblem({ code: "required", args: ["givenName"], message: null }, "fa")).toEqual({ message: "givenName خالی است و باید پر شود.", language: "fa" });
  });
});
