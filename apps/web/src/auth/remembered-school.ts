// Pupils type the same school code on every sign-in; remember the last one that worked.
import { readStored, writeStored } from "../lib/local-storage.ts";

const SCHOOL_CODE_KEY = "zang.school-code";

export function readRememberedSchoolCode(): string {
  return readStored(SCHOOL_CODE_KEY) ?? "";
}

export function rememberSchoolCode(schoolCode: string): void {
  writeStored(SCHOOL_CODE_KEY, schoolCode);
}
