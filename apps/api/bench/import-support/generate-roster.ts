// Writes a district-sized OneRoster 1.1 bulk package: `students` students in classes of
// `classSize`, `teachers` teachers (every class has one, the rest co-teach), every enrollment,
// Persian names. Streamed to disk, so it costs no memory whatever the size.
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

const GIVEN = ["زهرا", "علی", "فاطمه", "محمد", "مریم", "حسین", "سارا", "رضا", "نرگس", "امیر", "الهام", "مهدی", "کوثر", "آرمان", "یاسمن", "پارسا"];
const FAMILY = ["احمدی", "رضایی", "محمدی", "کریمی", "حسینی", "موسوی", "جعفری", "کاظمی", "نوری", "صادقی", "رحیمی", "قاسمی", "شریفی", "طاهری"];

export type GeneratedRoster = { dir: string; users: number; classes: number; enrollments: number; bytes: number };

class CsvOut {
  private buffer = "";
  bytes = 0;
  constructor(private readonly out: WriteStream) {}
  async line(text: string): Promise<void> {
    this.buffer += `${text}\r\n`;
    if (this.buffer.length > 1 << 20) await this.flush();
  }
  async flush(): Promise<void> {
    const chunk = Buffer.from(this.buffer, "utf8");
    this.bytes += chunk.length;
    this.buffer = "";
    if (!this.out.write(chunk)) await once(this.out, "drain");
  }
  async close(): Promise<void> {
    await this.flush();
    this.out.end();
    await once(this.out, "close");
  }
}

const open = (dir: string, name: string) => new CsvOut(createWriteStream(join(dir, name)));

export async function generateRoster({ dir, students, classSize, teachers }: { dir: string; students: number; classSize: number; teachers: number }): Promise<GeneratedRoster> {
  await mkdir(dir, { recursive: true });
  const classCount = Math.ceil(students / classSize);
  await writeFile(
    join(dir, "manifest.csv"),
    ["propertyName,value", "manifest.version,1.0", "oneroster.version,1.1", "file.orgs,bulk", "file.academicSessions,bulk", "file.courses,bulk", "file.classes,bulk", "file.users,bulk", "file.enrollments,bulk", "file.demographics,absent", "file.results,absent", ""].join("\r\n"),
  );
  await writeFile(join(dir, "orgs.csv"), "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\r\norg-1,,,ناحیه آموزشی یک,district,,\r\n");
  await writeFile(
    join(dir, "academicSessions.csv"),
    "sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear\r\nyear-1404,,,سال تحصیلی ۱۴۰۴-۱۴۰۵,schoolYear,2025-09-23,2026-06-21,,2026\r\n",
  );
  await writeFile(join(dir, "courses.csv"), "sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,orgSourcedId,subjects,subjectCodes\r\ncourse-1,,,year-1404,کلاس پایه,,,org-1,,\r\n");

  const classes = open(dir, "classes.csv");
  await classes.line("sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods");
  for (let c = 0; c < classCount; c++) {
    const grade = String(1 + (c % 12)).padStart(2, "0");
    await classes.line(`c-${c},,,کلاس ${grade}-${c},${grade},course-1,,homeroom,,org-1,year-1404,,,`);
  }
  await classes.close();

  const users = open(dir, "users.csv");
  await users.line("sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password");
  for (let t = 0; t < teachers; t++) {
    await users.line(`t-${t},,,true,org-1,teacher,teacher${t},,${GIVEN[t % GIVEN.length]},${FAMILY[(t * 7) % FAMILY.length]},,,,,,,,`);
  }
  for (let s = 0; s < students; s++) {
    const grade = String(1 + (Math.floor(s / classSize) % 12)).padStart(2, "0");
    await users.line(`s-${s},,,true,org-1,student,s${s},,${GIVEN[s % GIVEN.length]},${FAMILY[(s * 5) % FAMILY.length]},,,,,,,${grade},`);
  }
  await users.close();

  const enrollments = open(dir, "enrollments.csv");
  await enrollments.line("sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate");
  let enrollmentCount = 0;
  for (let t = 0; t < teachers; t++) {
    // Teacher t teaches class t; the teachers beyond the number of classes co-teach from the start.
    const classId = t % classCount;
    await enrollments.line(`et-${t},,,c-${classId},org-1,t-${t},teacher,${t < classCount ? "true" : "false"},,`);
    enrollmentCount++;
  }
  for (let s = 0; s < students; s++) {
    await enrollments.line(`es-${s},,,c-${Math.floor(s / classSize)},org-1,s-${s},student,,,`);
    enrollmentCount++;
  }
  await enrollments.close();
  return { dir, users: students + teachers, classes: classCount, enrollments: enrollmentCount, bytes: classes.bytes + users.bytes + enrollments.bytes };
}
