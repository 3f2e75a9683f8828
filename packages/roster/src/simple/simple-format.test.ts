// The one-file format and real-world files: Persian headers, Excel's encodings, CRLF, quoted
// commas and line breaks, trailing empty lines, Persian and Arabic digits.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildTestSchool, connectTestDb } from "@zang/core/testing";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importForTest, tempDir } from "../testing/index.ts";
import { simpleTemplateCsv } from "./simple-format.ts";

const db = connectTestDb();
let workDir: string;
let files = 0;
beforeAll(async () => {
  workDir = await tempDir();
});
afterAll(() => db.close());

const PERSIAN_ROSTER = [
  "شناسه,نام,نام خانوادگی,پایه,کلاس,نقش",
  "۱۰۰۱,زهرا,احمدی,۷,\"هفتم، الف\",",
  '١٠٠٢,"علی ""کوچک""",رضایی,7,"هفتم، الف",دانش‌آموز',
  "1003,فاطمه,\"محمدی\r\nزاده\",8,هشتم,",
  "T-1,مریم,کریمی,,\"هفتم، الف\",معلم",
  "T-1,مریم,کریمی,,هشتم,معلم",
  "",
  ",,,,,",
  "",
].join("\r\n");

async function importFile(content: string | Buffer, name = "roster.csv", options: { skipInvalid?: boolean } = {}) {
  const school = await buildTestSchool(db, "simple");
  const path = join(workDir, `upload-${++files}`);
  await writeFile(path, content);
  const result = await importForTest({ db, school, path, workDir, displayName: name, ...options });
  return { ...result, school };
}

async function rosterOf(schoolId: string) {
  const users = await db.prisma.user.findMany({ where: { schoolId, sourcedId: { not: null } }, select: { sourcedId: true, username: true, displayName: true, role: true }, orderBy: { sourcedId: "asc" } });
  const classes = await db.prisma.classGroup.findMany({
    where: { schoolId, sourcedId: { not: null } },
    select: { name: true, grade: true, memberships: { select: { role: true, user: { select: { sourcedId: true } } }, orderBy: { user: { sourcedId: "asc" } } } },
    orderBy: { name: "asc" },
  });
  return { users, classes };
}

describe("simple roster file", () => {
  it("reads Persian headers and digits, quoted commas, quotes and line breaks, CRLF and blank trailing rows", async () => {
    const result = await importFile(`\uFEFF${PERSIAN_ROSTER}`);
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ status: "succeeded", format: "simple", loginCodeCount: 4 });
    const roster = await rosterOf(result.school.schoolId);
    expect(roster.users).toEqual([
      { sourcedId: "1001", username: "1001", displayName: "زهرا احمدی", role: "student" },
      { sourcedId: "1002", username: "1002", displayName: 'علی "کوچک" رضایی', role: "student" },
      { sourcedId: "1003", username: "1003", displayName: "فاطمه محمدی\r\nزاده", role: "student" },
      { sourcedId: "T-1", username: "t-1", displayName: "مریم کریمی", role: "teacher" },
    ]);
    expect(roster.classes).toEqual([
      { name: "هشتم", grade: "8", memberships: [{ role: "student", user: { sourcedId: "1003" } }, { role: "teacher", user: { sourcedId: "T-1" } }] },
      {
        name: "هفتم، الف",
        grade: "7",
        memberships: [
          { role: "student", user: { sourcedId: "1001" } },
          { role: "student", user: { sourcedId: "1002" } },
          { role: "teacher", user: { sourcedId: "T-1" } },
        ],
      },
    ]);
  });

  it("reads the same file saved by Excel as UTF-16 (Unicode Text, tab-separated) and as Windows-1256", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(PERSIAN_ROSTER.replaceAll(",", "\t").replaceAll("هفتم\t الف", "هفتم، الف"), "utf-16le")]);
    const fromUtf16 = await importFile(utf16, "roster.txt");
    expect(fromUtf16.errors).toEqual([]);
    expect((await rosterOf(fromUtf16.school.schoolId)).users.map((user) => user.displayName)).toContain("زهرا احمدی");

    // Windows-1256 has no Persian yeh (Persian Windows writes the Arabic one, read back as Persian)
    // and no Persian digits (Excel writes numbers in ASCII).
    const asciiDigits = PERSIAN_ROSTER.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
    const windows1256 = iconv.encode(asciiDigits.replaceAll("ی", "ي"), "windows-1256");
    const fromWindows = await importFile(windows1256);
    expect(fromWindows.errors).toEqual([]);
    const fromWindowsRoster = await rosterOf(fromWindows.school.schoolId);
    expect(fromWindowsRoster.classes.map((c) => c.name)).toEqual(["هشتم", "هفتم، الف"]);
    expect(fromWindowsRoster.users.map((user) => user.displayName)).toContain("مریم کریمی");
  });

  it("refuses text in an encoding it cannot recognise, saying how to save the file", async () => {
    const latin1 = iconv.encode("externalId,givenName,familyName,grade,className\r\n1,Zoë,Müller,7,7-A\r\n", "latin1");
    const result = await importFile(latin1);
    expect(result.status).toBe("refused");
    expect(result.errors[0]?.message).toBe(
      'roster.csv is not UTF-8 text, and not Persian text saved by Excel either (UTF-16 or Windows-1256). In Excel choose File › Save As › "CSV UTF-8 (Comma delimited) (*.csv)" and try again.',
    );
  });

  it("imports its own templates, in English and in Persian", async () => {
    for (const language of ["en", "fa"] as const) {
      const result = await importFile(simpleTemplateCsv(language));
      expect(result.errors).toEqual([]);
      expect(result.counts?.users).toMatchObject({ created: 3 });
      expect(result.sheet).toContain(",m.karimi,");
    }
  });

  it("reports duplicate students and missing columns", async () => {
    const duplicate = await importFile("externalId,givenName,familyName,grade,className\r\n1,A,B,7,7-A\r\n1,C,D,7,7-B\r\n2,E,,7,7-A\r\n");
    expect(duplicate.errors).toEqual([
      { file: "roster.csv", line: 3, column: "externalId", message: 'Duplicate externalId "1": line 2 has the same one.' },
      { file: "roster.csv", line: 4, column: "familyName", message: "familyName is required." },
    ]);
    const missing = await importFile("id,name\r\n1,A\r\n");
    expect(missing.errors[0]).toMatchObject({ line: 1, column: "givenName" });
    expect(missing.errors[0]?.message).toMatch(/^roster.csv has no column givenName \(نام\), familyName \(نام خانوادگی\), grade \(پایه\), className \(کلاس\)/);
  });
});
