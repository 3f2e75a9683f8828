// Field checks shared by the OneRoster and the simple format. Values are byte strings (see
// ../text/byte-string.ts); a problem is a code with arguments (../problems/problem-catalog.ts),
// the offending value quoted among them, so its encoding is a valid byte string too.
import type { ProblemCode } from "../problems/problem-catalog.ts";
import { asciiDigits, asciiTrim } from "../text/byte-string.ts";

/** Between the problems of one row. */
export const PROBLEM_SEPARATOR = "\x1e";
/** Between a problem's column, code and arguments. */
export const COLUMN_SEPARATOR = "\x1f";
/** Between a problem's arguments. */
export const ARGUMENT_SEPARATOR = "\x1d";
const MAX_QUOTED_BYTES = 80;
const CONTROL = /[\x00-\x1f\x7f]/;
const CONTROL_ALL = /[\x00-\x1f\x7f]/g;

/** A value quoted for a message: control characters blanked, long values cut on a character boundary. */
export function quote(value: string): string {
  let text = CONTROL.test(value) ? value.replace(CONTROL_ALL, " ") : value;
  if (text.length > MAX_QUOTED_BYTES) {
    let end = MAX_QUOTED_BYTES;
    while (end > 0 && (text.charCodeAt(end) & 0xc0) === 0x80) end--;
    text = `${text.slice(0, end)}\xe2\x80\xa6`; // "…" in UTF-8
  }
  return `"${text}"`;
}

/** One problem as the staging tables hold it: column, code and arguments (none may hold a control character). */
export function encodeProblem(column: string, code: ProblemCode, args: readonly string[]): string {
  return `${column}${COLUMN_SEPARATOR}${code}${COLUMN_SEPARATOR}${args.join(ARGUMENT_SEPARATOR)}`;
}

/** The problems of one row, collected as the row is read. */
export class RowProblems {
  private text: string | null = null;

  add(column: string, code: ProblemCode, ...args: string[]): void {
    const entry = encodeProblem(column, code, args);
    this.text = this.text === null ? entry : `${this.text}${PROBLEM_SEPARATOR}${entry}`;
  }

  get hasAny(): boolean {
    return this.text !== null;
  }

  /** The staging column value: null for a clean row. */
  get value(): string | null {
    return this.text;
  }
}

/** Column name → index, ignoring case and surrounding spaces (the spec says case-sensitive; files vary). */
export type Header = Map<string, number>;

export function field(fields: string[], header: Header, column: string): string {
  const index = header.get(column.toLowerCase());
  return index === undefined ? "" : asciiTrim(fields[index] ?? "");
}

export function required(value: string, column: string, problems: RowProblems): string {
  if (value === "") problems.add(column, "required", column);
  return value;
}

/** A sourcedId: required, no control characters, at most 255 bytes. */
export function sourcedId(value: string, column: string, problems: RowProblems, { isRequired = true } = {}): string {
  if (value === "") {
    if (isRequired) problems.add(column, "required", column);
  } else if (CONTROL.test(value)) {
    problems.add(column, "controlCharacters", column, quote(value));
  } else if (value.length > 255) {
    problems.add(column, "tooLong", column);
  }
  return value;
}

/**
 * One of `allowed` (compared without case: the spec is case-sensitive, but "Student" only differs
 * in form). Returns the canonical spelling, or "" when blank or unknown.
 */
export function enumeration(value: string, column: string, allowed: readonly string[], problems: RowProblems, { isRequired = true } = {}): string {
  if (value === "") {
    if (isRequired) problems.add(column, "required", column);
    return "";
  }
  const match = allowed.find((candidate) => candidate === value) ?? allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
  if (!match) problems.add(column, "notInList", quote(value), column, allowed.join(", "));
  return match ?? "";
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function isCalendarDate(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

/** YYYY-MM-DD (Persian digits allowed). Returns the ASCII form. */
export function date(raw: string, column: string, problems: RowProblems, { isRequired = false } = {}): string {
  const value = asciiDigits(raw);
  if (value === "") {
    if (isRequired) problems.add(column, "required", column);
    return "";
  }
  const match = DATE.exec(value);
  if (!match || !isCalendarDate(match[1]!, match[2]!, match[3]!)) problems.add(column, "notDate", quote(raw));
  return value;
}

/** ISO 8601 date-time as dateLastModified is written; a bare date is accepted (common in the wild). */
export function dateTime(raw: string, column: string, problems: RowProblems): string {
  const value = asciiDigits(raw);
  if (value === "") return "";
  const match = DATE_TIME.exec(value);
  const isValid =
    match !== null &&
    isCalendarDate(match[1]!, match[2]!, match[3]!) &&
    (match[4] === undefined || (Number(match[4]) < 24 && Number(match[5]) < 60 && Number(match[6] ?? 0) < 60));
  if (!isValid) problems.add(column, "notDateTime", quote(raw));
  return value;
}

export function boolean(raw: string, column: string, problems: RowProblems, { isRequired = false } = {}): boolean | null {
  const value = raw.toLowerCase();
  if (value === "") {
    if (isRequired) problems.add(column, "required", column);
    return null;
  }
  if (value === "true") return true;
  if (value === "false") return false;
  problems.add(column, "notBoolean", quote(raw), column);
  return null;
}

/** A comma-separated list inside one field ("a,b"), blanks dropped. */
export function list(value: string, column: string, problems: RowProblems, { isRequired = false } = {}): string[] {
  const items = value === "" ? [] : value.split(",").map((item) => asciiTrim(item)).filter((item) => item !== "");
  if (isRequired && items.length === 0) problems.add(column, "required", column);
  return items;
}

const CEDS_GRADES = ["IT", "PR", "PK", "TK", "KG", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "PS", "UG", "Other"];

/** CEDS grade codes; "7" and "۷" read as "07". Returns the canonical codes. */
export function grades(raw: string, column: string, problems: RowProblems): string[] {
  const result: string[] = [];
  for (const item of list(asciiDigits(raw), column, problems)) {
    const padded = /^\d$/.test(item) ? `0${item}` : item;
    const match = CEDS_GRADES.find((grade) => grade.toLowerCase() === padded.toLowerCase());
    if (match) result.push(match);
    else problems.add(column, "notGrade", quote(item));
  }
  return result;
}

export type RecordStatus = "active" | "tobedeleted";

/** Blank and "active" keep the row; "tobedeleted" (and OneRoster 1.0's "inactive") remove it. */
export function status(raw: string, problems: RowProblems): RecordStatus {
  const value = raw.toLowerCase();
  if (value === "" || value === "active") return "active";
  if (value === "tobedeleted" || value === "inactive") return "tobedeleted";
  problems.add("status", "notStatus", quote(raw));
  return "active";
}
