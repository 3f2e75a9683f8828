// The OneRoster 1.1 CSV tables this importer reads, and how a row of each becomes a staging row.
// Columns, required fields and enumerations follow 1EdTech's "OneRoster: CSV Tables" v1.1.
import type { StagingKind } from "../staging/staging-tables.ts";
import { asciiDigits, asciiLower, fromText, isAscii, toText } from "../text/byte-string.ts";
import {
  boolean,
  date,
  dateTime,
  enumeration,
  field,
  grades,
  list,
  quote,
  required,
  RowProblems,
  sourcedId,
  status,
  type Header,
} from "./fields.ts";

export type OneRosterKind = Exclude<StagingKind, "simple">;
export type StagingValue = string | number | boolean | null;

type FileSpec = {
  file: string;
  /** Every column of the table, in the specification's order; `*` marks required ones. */
  columns: string[];
  /** Turns one data row into the staging row (see staging-tables.ts for the column order). */
  toRow(fields: string[], header: Header, line: number): StagingValue[];
};

const USER_ROLES = ["administrator", "aide", "guardian", "parent", "proctor", "relative", "student", "teacher"] as const;
const ENROLLMENT_ROLES = ["administrator", "proctor", "student", "teacher"] as const;
const ORG_TYPES = ["department", "school", "district", "local", "state", "national"] as const;
const CLASS_TYPES = ["homeroom", "scheduled"] as const;
const SESSION_TYPES = ["gradingPeriod", "semester", "schoolYear", "term"] as const;

/** OneRoster user roles that become Zang accounts; the others (guardians, aides, ...) are not loaded. */
const ZANG_USER_ROLE: Partial<Record<string, "student" | "teacher" | "admin">> = { student: "student", teacher: "teacher", administrator: "admin" };
const ZANG_CLASS_ROLE: Partial<Record<string, "student" | "teacher">> = { student: "student", teacher: "teacher" };

const USERNAME_FORBIDDEN = /[\s\x00-\x1f\x7f]/;

/** sourcedId, status, dateLastModified: the first three columns of every table. */
function base(fields: string[], header: Header, problems: RowProblems): { id: string; state: "active" | "tobedeleted" } {
  const id = sourcedId(field(fields, header, "sourcedId"), "sourcedId", problems);
  const state = status(field(fields, header, "status"), problems);
  dateTime(field(fields, header, "dateLastModified"), "dateLastModified", problems);
  return { id, state };
}

/**
 * A row marked tobedeleted needs only its sourcedId: its other fields may be blank. For such a
 * row, checks of required fields are made on a throw-away collector.
 */
function detailProblems(state: "active" | "tobedeleted", problems: RowProblems): RowProblems {
  return state === "active" ? problems : new RowProblems();
}

export const ONEROSTER_FILES: Record<OneRosterKind, FileSpec> = {
  orgs: {
    file: "orgs.csv",
    columns: ["sourcedId*", "status", "dateLastModified", "name*", "type*", "identifier", "parentSourcedId"],
    toRow(fields, header, line) {
      const problems = new RowProblems();
      const { id, state } = base(fields, header, problems);
      const details = detailProblems(state, problems);
      required(field(fields, header, "name"), "name", details);
      enumeration(field(fields, header, "type"), "type", ORG_TYPES, details);
      const parent = sourcedId(field(fields, header, "parentSourcedId"), "parentSourcedId", problems, { isRequired: false });
      return [line, id, state, parent || null, problems.value];
    },
  },
  academicSessions: {
    file: "academicSessions.csv",
    columns: ["sourcedId*", "status", "dateLastModified", "title*", "type*", "startDate*", "endDate*", "parentSourcedId", "schoolYear*"],
    toRow(fields, header, line) {
      const problems = new RowProblems();
      const { id, state } = base(fields, header, problems);
      const details = detailProblems(state, problems);
      required(field(fields, header, "title"), "title", details);
      enumeration(field(fields, header, "type"), "type", SESSION_TYPES, details);
      const start = date(field(fields, header, "startDate"), "startDate", details, { isRequired: true });
      const end = date(field(fields, header, "endDate"), "endDate", details, { isRequired: true });
      if (start && end && !details.hasAny && start > end) details.add("endDate", "endBeforeStart", end, "startDate", start);
      const year = asciiDigits(field(fields, header, "schoolYear"));
      if (required(year, "schoolYear", details) && !/^\d{4}$/.test(year)) details.add("schoolYear", "notYear", quote(year));
      const parent = sourcedId(field(fields, header, "parentSourcedId"), "parentSourcedId", problems, { isRequired: false });
      return [line, id, state, parent || null, problems.value];
    },
  },
  courses: {
    file: "courses.csv",
    columns: ["sourcedId*", "status", "dateLastModified", "schoolYearSourcedId", "title*", "courseCode", "grades", "orgSourcedId*", "subjects", "subjectCodes"],
    toRow(fields, header, line) {
      const problems = new RowProblems();
      const { id, state } = base(fields, header, problems);
      const details = detailProblems(state, problems);
      required(field(fields, header, "title"), "title", details);
      grades(field(fields, header, "grades"), "grades", problems);
      const org = sourcedId(field(fields, header, "orgSourcedId"), "orgSourcedId", details);
      return [line, id, state, org || null, problems.value];
    },
  },
  classes: {
    file: "classes.csv",
    columns: [
      "sourcedId*",
      "status",
      "dateLastModified",
      "title*",
      "grades",
      "courseSourcedId*",
      "classCode",
      "classType*",
      "location",
      "schoolSourcedId*",
      "termSourcedIds*",
      "subjects",
      "subjectCodes",
      "periods",
    ],
    toRow(fields, header, line) {
      const problems = new RowProblems();
      const { id, state } = base(fields, header, problems);
      const details = detailProblems(state, problems);
      const title = required(field(fields, header, "title"), "title", details);
      const gradeList = grades(field(fields, header, "grades"), "grades", problems);
      const course = sourcedId(field(fields, header, "courseSourcedId"), "courseSourcedId", details);
      enumeration(field(fields, header, "classType"), "classType", CLASS_TYPES, details);
      const school = sourcedId(field(fields, header, "schoolSourcedId"), "schoolSourcedId", details);
      const terms = list(field(fields, header, "termSourcedIds"), "termSourcedIds", details, { isRequired: true });
      return [line, id, state, title, gradeList.join(",") || null, course || null, school || null, terms.join(",") || null, problems.value];
    },
  },
  users: {
    file: "users.csv",
    columns: [
      "sourcedId*",
      "status",
      "dateLastModified",
      "enabledUser*",
      "orgSourcedIds*",
      "role*",
      "username*",
      "userIds",
      "givenName*",
      "familyName*",
      "middleName",
      "identifier",
      "email",
      "sms",
      "phone",
      "agentSourcedIds",
      "grades",
      "password",
    ],
    toRow(fields, header, line) {
      const problems = new RowProblems();
      const { id, state } = base(fields, header, problems);
      const details = detailProblems(state, problems);
      const enabled = boolean(field(fields, header, "enabledUser"), "enabledUser", details, { isRequired: true });
      const orgs = list(field(fields, header, "orgSourcedIds"), "orgSourcedIds", details, { isRequired: true });
      const role = enumeration(field(fields, header, "role"), "role", USER_ROLES, details);
      const username = userName(field(fields, header, "username"), details);
      const given = required(field(fields, header, "givenName"), "givenName", details);
      const family = required(field(fields, header, "familyName"), "familyName", details);
      grades(field(fields, header, "grades"), "grades", problems);
      return [line, id, state, enabled ?? true, ZANG_USER_ROLE[role] ?? null, role || null, username || null, given, family, orgs.join(",") || null, problems.value];
    },
  },
  enrollments: {
    file: "enrollments.csv",
    columns: ["sourcedId*", "status", "dateLastModified", "classSourcedId*", "schoolSourcedId*", "userSourcedId*", "role*", "primary", "beginDate", "endDate"],
    toRow(fields, header, line) {
      const problems = new RowProblems();
      const { id, state } = base(fields, header, problems);
      const details = detailProblems(state, problems);
      const classId = sourcedId(field(fields, header, "classSourcedId"), "classSourcedId", details);
      const school = sourcedId(field(fields, header, "schoolSourcedId"), "schoolSourcedId", details);
      const userId = sourcedId(field(fields, header, "userSourcedId"), "userSourcedId", details);
      const role = enumeration(field(fields, header, "role"), "role", ENROLLMENT_ROLES, details);
      boolean(field(fields, header, "primary"), "primary", problems);
      const begin = date(field(fields, header, "beginDate"), "beginDate", problems);
      const end = date(field(fields, header, "endDate"), "endDate", problems);
      if (begin && end && !problems.hasAny && begin > end) problems.add("endDate", "endBeforeStart", end, "beginDate", begin);
      return [line, id, state, classId || null, userId || null, school || null, ZANG_CLASS_ROLE[role] ?? null, role || null, problems.value];
    },
  },
};

/** Usernames are what people type at login: lower-case, no spaces, Persian digits as ASCII. */
export function userName(raw: string, problems: RowProblems): string {
  const ascii = asciiDigits(raw);
  // Login lower-cases what is typed with the full Unicode rules; do the same to non-ASCII names.
  const value = isAscii(ascii) ? asciiLower(ascii) : fromText(toText(ascii).toLowerCase());
  if (value === "") problems.add("username", "required", "username");
  else if (USERNAME_FORBIDDEN.test(value)) problems.add("username", "usernameCharacters", quote(raw));
  else if (value.length > 128) problems.add("username", "usernameTooLong");
  return value;
}

/** The required columns of a file, and the columns the header may hold (anything else is ignored). */
export function requiredColumns(kind: OneRosterKind): string[] {
  return ONEROSTER_FILES[kind].columns.filter((column) => column.endsWith("*")).map((column) => column.slice(0, -1));
}

export const FILE_KINDS: Record<string, OneRosterKind> = Object.fromEntries(
  (Object.keys(ONEROSTER_FILES) as OneRosterKind[]).map((kind) => [kind, kind]),
) as Record<string, OneRosterKind>;
