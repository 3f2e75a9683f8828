// The one-file roster for schools without a student information system: one row per student
// (external id, given name, family name, grade, class name), optional teacher rows (one per class
// they teach), header names in English or Persian. It is read as a whole roster ("bulk"): users,
// classes and enrollments are derived from it in SQL (see ../merge/derive-simple.ts).
import { quote, RowProblems, sourcedId, type Header } from "../oneroster/fields.ts";
import { userName } from "../oneroster/oneroster-files.ts";
import { asciiDigits, asciiTrim, toText } from "../text/byte-string.ts";
import { RosterInputError } from "../input/roster-input-error.ts";

export type SimpleColumn = "externalId" | "givenName" | "familyName" | "grade" | "className" | "role" | "username";

/** Accepted header names per column, compared after normalizeHeader(). The first is the template's. */
export const SIMPLE_HEADERS: Record<SimpleColumn, { english: string[]; persian: string[]; isRequired: boolean }> = {
  externalId: { english: ["externalId", "external id", "id", "student id", "sourcedId"], persian: ["شناسه", "کد", "کد ملی", "شماره دانش‌آموزی"], isRequired: true },
  givenName: { english: ["givenName", "given name", "first name", "firstName"], persian: ["نام"], isRequired: true },
  familyName: { english: ["familyName", "family name", "last name", "lastName", "surname"], persian: ["نام خانوادگی"], isRequired: true },
  grade: { english: ["grade"], persian: ["پایه"], isRequired: true },
  className: { english: ["className", "class name", "class"], persian: ["کلاس", "نام کلاس"], isRequired: true },
  role: { english: ["role"], persian: ["نقش"], isRequired: false },
  username: { english: ["username", "user name"], persian: ["نام کاربری"], isRequired: false },
};

/** The template's header, in English and in Persian. */
export const SIMPLE_TEMPLATE_HEADER = {
  en: ["externalId", "givenName", "familyName", "grade", "className", "role", "username"],
  fa: ["شناسه", "نام", "نام خانوادگی", "پایه", "کلاس", "نقش", "نام کاربری"],
};

const ROLE_WORDS: Record<string, "student" | "teacher"> = {
  student: "student",
  teacher: "teacher",
  "دانش‌آموز": "student",
  "دانش آموز": "student",
  دانشآموز: "student",
  "معلم": "teacher",
  "دبیر": "teacher",
  "آموزگار": "teacher",
};

/** Lower case, no spaces, underscores or zero-width non-joiners, Arabic yeh/kaf as Persian. */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_\u200c\u200f\u200e-]/g, "")
    .replaceAll("ي", "ی")
    .replaceAll("ك", "ک");
}

const HEADER_LOOKUP = new Map<string, SimpleColumn>(
  (Object.keys(SIMPLE_HEADERS) as SimpleColumn[]).flatMap((column) =>
    [...SIMPLE_HEADERS[column].english, ...SIMPLE_HEADERS[column].persian].map((name) => [normalizeHeader(name), column] as const),
  ),
);

/** Maps the header row (byte strings) to columns; refuses a file without a required column. */
export function simpleHeader(headerFields: string[], fileName: string): Header {
  const header: Header = new Map();
  headerFields.forEach((raw, index) => {
    const column = HEADER_LOOKUP.get(normalizeHeader(toText(asciiTrim(raw))));
    if (column && !header.has(column.toLowerCase())) header.set(column.toLowerCase(), index);
  });
  const missing = (Object.keys(SIMPLE_HEADERS) as SimpleColumn[]).filter((column) => SIMPLE_HEADERS[column].isRequired && !header.has(column.toLowerCase()));
  if (missing.length > 0) {
    const names = missing.map((column) => `${SIMPLE_HEADERS[column].english[0]} (${SIMPLE_HEADERS[column].persian[0]})`).join(", ");
    throw new RosterInputError({
      file: fileName,
      line: 1,
      column: missing[0]!,
      code: "simpleMissingColumns",
      args: [fileName, names],
    });
  }
  return header;
}

function get(fields: string[], header: Header, column: SimpleColumn): string {
  const index = header.get(column.toLowerCase());
  return index === undefined ? "" : asciiTrim(fields[index] ?? "");
}

/** One row of the simple file as a staging row: line, external_id, given, family, grade, class, role, username, problems. */
export function simpleRow(fields: string[], header: Header, line: number): Array<string | number | null> {
  const problems = new RowProblems();
  const externalId = sourcedId(asciiDigits(get(fields, header, "externalId")), "externalId", problems);
  const given = get(fields, header, "givenName");
  if (given === "") problems.add("givenName", "required", "givenName");
  const family = get(fields, header, "familyName");
  if (family === "") problems.add("familyName", "required", "familyName");
  const grade = asciiDigits(get(fields, header, "grade"));
  const className = get(fields, header, "className");
  const rawRole = get(fields, header, "role");
  const role = rawRole === "" ? "student" : (ROLE_WORDS[toText(rawRole).toLowerCase()] ?? null);
  if (role === null) problems.add("role", "notSimpleRole", quote(rawRole));
  if (grade === "" && role === "student") problems.add("grade", "requiredForStudent", "grade");
  if (className === "" && role !== "teacher") problems.add("className", "requiredForStudent", "className");
  const rawUsername = get(fields, header, "username");
  // Without a username column, the external id is the username.
  const username = userName(rawUsername === "" ? externalId : rawUsername, rawUsername === "" && externalId === "" ? new RowProblems() : problems);
  return [line, externalId, given, family, grade, className || null, role, username, problems.value];
}

/** The template file, UTF-8 with BOM so that Excel shows the Persian header. */
export function simpleTemplateCsv(language: "en" | "fa"): string {
  const header = SIMPLE_TEMPLATE_HEADER[language].join(",");
  const rows =
    language === "fa"
      ? ["1001,زهرا,احمدی,7,7-A,دانش‌آموز,", "1002,علی,رضایی,7,7-A,,", "T-01,مریم,کریمی,,7-A,معلم,m.karimi"]
      : ["1001,Zahra,Ahmadi,7,7-A,student,", "1002,Ali,Rezaei,7,7-A,,", "T-01,Maryam,Karimi,,7-A,teacher,m.karimi"];
  return `\uFEFF${[header, ...rows].join("\r\n")}\r\n`;
}

