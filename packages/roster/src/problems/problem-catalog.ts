// What each roster problem says, in English and Persian. A problem is stored as a code and its
// arguments (the column, the offending value, a line number…), not as a sentence, so the admin
// reads it in their language: the web shows it in the page's language, the CSV error report in
// the one asked for, the command line in English. Row problems are in row-problems.ts, refusals
// of a whole upload in upload-refusals.ts, notices of what was read in import-notices.ts.
import { IMPORT_NOTICES } from "./import-notices.ts";
import type { ProblemLocale } from "./problem-wording.ts";
import { ROW_PROBLEMS } from "./row-problems.ts";
import { UPLOAD_REFUSALS } from "./upload-refusals.ts";

export type { ProblemLocale } from "./problem-wording.ts";

export const PROBLEM_CATALOG = { ...ROW_PROBLEMS, ...UPLOAD_REFUSALS, ...IMPORT_NOTICES };

/** A notice of an import as its counts keep it; jobs from before notices had codes kept English text. */
export type ImportNotice = { code: ProblemCode; args: string[] };

export type ProblemCode = keyof typeof PROBLEM_CATALOG;

const PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹";
const COUNTS: Record<ProblemLocale, (digits: string) => string> = {
  en: (digits) => digits,
  fa: (digits) => digits.replace(/[0-9]/g, (digit) => PERSIAN_DIGITS[Number(digit)]!),
};

export function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(PROBLEM_CATALOG, code);
}

/** The problem as a sentence in `locale`. */
export function describeProblem(code: ProblemCode, args: readonly string[], locale: ProblemLocale): string {
  return PROBLEM_CATALOG[code][locale](args, COUNTS[locale]);
}

type StoredProblem = { code: string | null; args: readonly string[]; message: string | null };

/**
 * A stored problem (a row of RosterImportError) in words, and their language: a code from the
 * catalog is worded in `locale`; otherwise it is the English text it was stored with.
 */
export function wordProblem(problem: StoredProblem, locale: ProblemLocale): { message: string; language: ProblemLocale } {
  if (problem.code !== null && isProblemCode(problem.code)) return { message: describeProblem(problem.code, problem.args, locale), language: locale };
  return { message: problem.message ?? "", language: "en" };
}

export function problemText(problem: StoredProblem, locale: ProblemLocale): string {
  return wordProblem(problem, locale).message;
}

/** A notice of an import in words, and their language (see `wordProblem`). */
export function wordNotice(notice: ImportNotice | string, locale: ProblemLocale): { message: string; language: ProblemLocale } {
  return typeof notice === "string" ? { message: notice, language: "en" } : wordProblem({ code: notice.code, args: notice.args, message: null }, locale);
}
