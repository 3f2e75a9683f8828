// Rosters made in the test suite: OneRoster packages (folder or zip) and simple files, written to
// a temporary folder. No fixture files are checked in: every test says what its input is.
import { crc32 } from "node:zlib";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ONEROSTER_FILES, type OneRosterKind } from "../oneroster/oneroster-files.ts";

export type Row = Record<string, string>;
export type FileContent = string | Buffer;

/** RFC 4180 field quoting, for building fixture CSV. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A OneRoster file with every column of the specification, in order; rows give some of them. */
export function oneRosterCsv(kind: OneRosterKind, rows: Row[], { lineEnd = "\r\n" } = {}): string {
  const columns = ONEROSTER_FILES[kind].columns.map((column) => column.replace("*", ""));
  return [columns.join(","), ...rows.map((row) => columns.map((column) => csvCell(row[column] ?? "")).join(","))].join(lineEnd) + lineEnd;
}

export function manifestCsv(modes: Partial<Record<OneRosterKind | "demographics" | "results", "bulk" | "delta" | "absent">>): string {
  const kinds = ["academicSessions", "categories", "classes", "classResources", "courses", "courseResources", "demographics", "enrollments", "lineItems", "orgs", "resources", "results", "users"];
  const lines = ["propertyName,value", "manifest.version,1.0", "oneroster.version,1.1", ...kinds.map((kind) => `file.${kind},${modes[kind as OneRosterKind] ?? "absent"}`)];
  return `${lines.join("\r\n")}\r\n`;
}

export type SmallRoster = { files: Record<string, FileContent>; studentIds: string[]; classIds: string[]; teacherIds: string[] };

const GIVEN = ["زهرا", "علی", "فاطمه", "محمد", "مریم", "حسین", "سارا", "رضا"];
const FAMILY = ["احمدی", "رضایی", "محمدی", "کریمی", "حسینی", "موسوی"];

/**
 * A whole school as a bulk OneRoster package: one org, one term, one course, `classes` classes
 * with one teacher each and `studentsPerClass` students each, Persian names.
 */
export function smallRoster({ classes = 2, studentsPerClass = 3, prefix = "" } = {}): SmallRoster {
  const orgs: Row[] = [{ sourcedId: "org-1", name: "دبیرستان نمونه", type: "school" }];
  const sessions: Row[] = [{ sourcedId: "term-1", title: "۱۴۰۳-۱۴۰۴", type: "schoolYear", startDate: "2024-09-01", endDate: "2025-06-30", schoolYear: "2025" }];
  const courses: Row[] = [{ sourcedId: "course-1", title: "ریاضی", orgSourcedId: "org-1" }];
  const classRows: Row[] = [];
  const users: Row[] = [];
  const enrollments: Row[] = [];
  const studentIds: string[] = [];
  const classIds: string[] = [];
  const teacherIds: string[] = [];
  for (let c = 1; c <= classes; c++) {
    const classId = `${prefix}class-${c}`;
    classIds.push(classId);
    classRows.push({ sourcedId: classId, title: `7-${c}`, grades: "07", courseSourcedId: "course-1", classType: "homeroom", schoolSourcedId: "org-1", termSourcedIds: "term-1" });
    const teacherId = `${prefix}t-${c}`;
    teacherIds.push(teacherId);
    users.push({ sourcedId: teacherId, enabledUser: "true", orgSourcedIds: "org-1", role: "teacher", username: `${prefix}tutor${c}`, givenName: "معلم", familyName: `شماره ${c}` });
    enrollments.push({ sourcedId: `${prefix}e-${teacherId}`, classSourcedId: classId, schoolSourcedId: "org-1", userSourcedId: teacherId, role: "teacher", primary: "true" });
    for (let s = 1; s <= studentsPerClass; s++) {
      const n = (c - 1) * studentsPerClass + s;
      const studentId = `${prefix}s-${n}`;
      studentIds.push(studentId);
      users.push({
        sourcedId: studentId,
        enabledUser: "true",
        orgSourcedIds: "org-1",
        role: "student",
        username: `${prefix}pupil${n}`,
        givenName: GIVEN[n % GIVEN.length]!,
        familyName: FAMILY[n % FAMILY.length]!,
        grades: "07",
      });
      enrollments.push({ sourcedId: `${prefix}e-${studentId}`, classSourcedId: classId, schoolSourcedId: "org-1", userSourcedId: studentId, role: "student" });
    }
  }
  return {
    files: {
      "manifest.csv": manifestCsv({ orgs: "bulk", academicSessions: "bulk", courses: "bulk", classes: "bulk", users: "bulk", enrollments: "bulk" }),
      "orgs.csv": oneRosterCsv("orgs", orgs),
      "academicSessions.csv": oneRosterCsv("academicSessions", sessions),
      "courses.csv": oneRosterCsv("courses", courses),
      "classes.csv": oneRosterCsv("classes", classRows),
      "users.csv": oneRosterCsv("users", users),
      "enrollments.csv": oneRosterCsv("enrollments", enrollments),
    },
    studentIds,
    classIds,
    teacherIds,
  };
}

export async function tempDir(prefix = "zang-roster-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Writes files into a new folder under `parent` and returns its path. */
export async function writeFolder(parent: string, name: string, files: Record<string, FileContent>): Promise<string> {
  const dir = join(parent, name);
  await mkdir(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) await writeFile(join(dir, file), content);
  return dir;
}

/** A zip archive (stored, no compression) of the files: enough for yauzl and for tests. */
export function zipArchive(files: Record<string, FileContent>, { folder = "" } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    const fileName = Buffer.from(folder + name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
