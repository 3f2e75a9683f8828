// Every validation rule, each with the file, line, column and message the admin sees.
import { buildTestSchool, connectTestDb } from "@zang/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wordNotice } from "../problems/problem-catalog.ts";
import { importForTest, manifestCsv, oneRosterCsv, smallRoster, tempDir, writeFolder, type Row } from "../testing/index.ts";

const db = connectTestDb();
let workDir: string;
let folders = 0;
beforeAll(async () => {
  workDir = await tempDir();
});
afterAll(() => db.close());

const student = (id: string, overrides: Row = {}): Row => ({
  sourcedId: id,
  enabledUser: "true",
  orgSourcedIds: "org-1",
  role: "student",
  username: `u-${id}`,
  givenName: "Sara",
  familyName: "Kamali",
  ...overrides,
});
const enrollment = (id: string, userId: string, overrides: Row = {}): Row => ({
  sourcedId: id,
  classSourcedId: "class-1",
  schoolSourcedId: "org-1",
  userSourcedId: userId,
  role: "student",
  ...overrides,
});

/** The small roster with users.csv and enrollments.csv replaced. */
function rosterWith({ users, enrollments, classes }: { users: Row[]; enrollments: Row[]; classes?: Row[] }) {
  const files = { ...smallRoster({ classes: 1, studentsPerClass: 0 }).files };
  files["users.csv"] = oneRosterCsv("users", users);
  files["enrollments.csv"] = oneRosterCsv("enrollments", enrollments);
  if (classes) files["classes.csv"] = oneRosterCsv("classes", classes);
  return files;
}

async function run(files: Record<string, string | Buffer>, options: { skipInvalid?: boolean; dryRun?: boolean } = {}) {
  const school = await buildTestSchool(db, "rules");
  const path = await writeFolder(workDir, `case-${++folders}`, files);
  const result = await importForTest({ db, school, path, workDir, ...options });
  const users = await db.prisma.user.count({ where: { schoolId: school.schoolId, sourcedId: { not: null } } });
  return { ...result, school, importedUsers: users };
}

describe("row rules", () => {
  it("reports every problem with file, line, column and message, and refuses the whole import", async () => {
    const users = [
      student("s-1"), // line 2: fine
      student("s-2", { givenName: "" }), // 3: required
      student("s-3", { role: "pupil" }), // 4: enumeration
      student("s-1", { username: "other" }), // 5: duplicate sourcedId
      student("s-5", { username: "u-s-1" }), // 6: username taken on line 2
      student("s-6", { username: "admin" }), // 7: username of an account made in Zang
      student("s-7", { enabledUser: "yes", dateLastModified: "yesterday" }), // 8: boolean, date-time
      student("s-8", { orgSourcedIds: "org-9" }), // 9: unknown org
      student("s-9", { role: "guardian" }), // 10: loaded? no: guardians are not Zang accounts
      student("s-10", { status: "deleted" }), // 11: status enumeration
    ];
    const enrollments = [
      enrollment("e-1", "s-1"), // 2: fine
      enrollment("e-2", "nobody"), // 3: unknown user
      enrollment("e-3", "s-1", { classSourcedId: "class-9" }), // 4: unknown class
      enrollment("e-4", "s-1"), // 5: same user and class as line 2
      enrollment("e-5", "s-9"), // 6: a guardian
      enrollment("e-6", "s-2"), // 7: points at an invalid row
      enrollment("e-7", "s-1", { classSourcedId: "class-1", beginDate: "2024/09/01" }), // 8: date (and a duplicate pair)
    ];
    const result = await run(rosterWith({ users, enrollments }));
    expect(result.status).toBe("refused");
    expect(result.importedUsers).toBe(0);
    const got = result.errors.map(({ file, line, column, message }) => `${file}:${line}:${column}: ${message}`);
    expect(got).toEqual(
      expect.arrayContaining([
        "users.csv:3:givenName: givenName is required.",
        'users.csv:4:role: "pupil" is not a valid role; expected one of: administrator, aide, guardian, parent, proctor, relative, student, teacher.',
        'users.csv:5:sourcedId: Duplicate sourcedId "s-1": line 2 has the same one.',
        'users.csv:6:username: Username "u-s-1" is also on line 2; usernames must be unique in the school.',
        'users.csv:7:username: Username "admin" already belongs to an account created in Zang (Admin) in this school.',
        'users.csv:8:enabledUser: "yes" is not a valid enabledUser; expected true or false.',
        'users.csv:8:dateLastModified: "yesterday" is not a date-time like 2024-09-01T08:30:00.000Z.',
        'users.csv:9:orgSourcedIds: orgSourcedIds "org-9" is not in orgs.csv.',
        'users.csv:11:status: "deleted" is not a valid status; expected active or tobedeleted.',
        'enrollments.csv:3:userSourcedId: userSourcedId "nobody" is not a user in users.csv.',
        'enrollments.csv:4:classSourcedId: classSourcedId "class-9" is not a class in classes.csv.',
        'enrollments.csv:5:userSourcedId: User "s-1" is already enrolled in class "class-1" on line 2.',
        'enrollments.csv:6:userSourcedId: userSourcedId "s-9" is a guardian (line 10 of users.csv); only students, teachers and administrators are enrolled.',
        'enrollments.csv:7:userSourcedId: userSourcedId "s-2" refers to line 3 of users.csv, which has problems.',
        'enrollments.csv:8:beginDate: "2024/09/01" is not a date in the form YYYY-MM-DD.',
      ]),
    );
    expect(result.message).toMatch(/problems found; nothing was imported/);
  });

  it("imports the valid rows and lists the rest when asked to skip invalid rows", async () => {
    const users = [student("s-1"), student("s-2", { givenName: "" }), student("s-3"), student("s-4", { role: "guardian" })];
    const enrollments = [enrollment("e-1", "s-1"), enrollment("e-2", "s-2"), enrollment("e-3", "s-3", { role: "boss" })];
    const result = await run(rosterWith({ users, enrollments }), { skipInvalid: true });
    expect(result.status).toBe("succeeded");
    expect(result.importedUsers).toBe(2);
    expect(result.counts?.users).toMatchObject({ created: 2, rejected: 1, ignored: 1 });
    expect(result.counts?.enrollments).toMatchObject({ created: 1, rejected: 2 });
    expect(result.errors.map((error) => `${error.file}:${error.line}:${error.column}`)).toEqual([
      "enrollments.csv:3:userSourcedId",
      "enrollments.csv:4:role",
      "users.csv:3:givenName",
    ]);
  });

  it("quotes values with % and quotes in messages without confusing SQL's format()", async () => {
    const users = [student("50%-off"), student("50%-off", { username: "x%s'" })];
    const result = await run(rosterWith({ users, enrollments: [enrollment("e-1", "50%-off")] }));
    expect(result.errors).toContainEqual({ file: "users.csv", line: 3, column: "sourcedId", message: 'Duplicate sourcedId "50%-off": line 2 has the same one.' });
  });

  it("says which line has too many or too few fields", async () => {
    const files = rosterWith({ users: [student("s-1")], enrollments: [enrollment("e-1", "s-1")] });
    files["users.csv"] = `${files["users.csv"]}s-2,,,true,org-1,student,u2,,Ali,Rezaei,extra,,,,,,,,,,\r\n`;
    const result = await run(files);
    expect(result.errors).toContainEqual({ file: "users.csv", line: 3, column: "", message: "This row has 21 fields but the header has 18: is a comma or line break inside a field without quotes?" });
  });

  it("checks classes against courses and terms of a bulk package", async () => {
    const classes = [{ sourcedId: "class-1", title: "7-1", courseSourcedId: "course-9", classType: "lecture", schoolSourcedId: "org-1", termSourcedIds: "term-1,term-9" }];
    const result = await run(rosterWith({ users: [student("s-1")], enrollments: [enrollment("e-1", "s-1")], classes }));
    const got = result.errors.map(({ file, line, column, message }) => `${file}:${line}:${column}: ${message}`);
    expect(got).toEqual(
      expect.arrayContaining([
        'classes.csv:2:classType: "lecture" is not a valid classType; expected one of: homeroom, scheduled.',
        'classes.csv:2:courseSourcedId: courseSourcedId "course-9" is not in courses.csv.',
        'classes.csv:2:termSourcedIds: termSourcedIds "term-9" is not in academicSessions.csv.',
      ]),
    );
  });
});

describe("file rules", () => {
  it("refuses a file without a required column, naming it", async () => {
    const files = rosterWith({ users: [student("s-1")], enrollments: [enrollment("e-1", "s-1")] });
    files["users.csv"] = (files["users.csv"] as string).replace("username,", "login,");
    const result = await run(files, { skipInvalid: true });
    expect(result).toMatchObject({ status: "refused", importedUsers: 0 });
    expect(result.errors).toEqual([
      { file: "users.csv", line: 1, column: "username", message: "users.csv has no column username (required by OneRoster 1.1). The first row must name the columns." },
    ]);
  });

  it("refuses a package whose manifest lists a file it does not have", async () => {
    const files = rosterWith({ users: [student("s-1")], enrollments: [enrollment("e-1", "s-1")] });
    delete files["enrollments.csv"];
    const result = await run(files);
    expect(result.errors[0]).toMatchObject({ file: "manifest.csv", message: "The manifest lists enrollments.csv as bulk, but the package has no enrollments.csv." });
  });

  it("skips files the manifest lists as absent", async () => {
    const files = rosterWith({ users: [student("s-1")], enrollments: [enrollment("e-1", "s-1")] });
    files["manifest.csv"] = manifestCsv({ orgs: "bulk", academicSessions: "bulk", courses: "bulk", classes: "bulk", users: "bulk", enrollments: "absent" });
    files["enrollments.csv"] = "this is not even CSV\u0000";
    const result = await run(files);
    expect(result.status).toBe("succeeded");
    expect(result.counts?.notices.map((notice) => wordNotice(notice, "en").message)).toEqual(["enrollments.csv is skipped: the manifest lists it as absent."]);
    expect(result.counts?.notices.map((notice) => wordNotice(notice, "fa").message)).toEqual(["enrollments.csv خوانده نشد: در manifest با حالت absent آمده است."]);
  });

  it("refuses a file with a header and no rows, and another OneRoster version", async () => {
    const files = rosterWith({ users: [student("s-1")], enrollments: [] });
    expect((await run(files)).errors[0]?.message).toMatch(/^enrollments.csv has a header but no data rows/);
    const old = rosterWith({ users: [student("s-1")], enrollments: [enrollment("e-1", "s-1")] });
    old["manifest.csv"] = (old["manifest.csv"] as string).replace("oneroster.version,1.1", "oneroster.version,1.0");
    expect((await run(old)).errors[0]?.message).toBe('This importer reads OneRoster 1.1; the manifest says oneroster.version is "1.0".');
  });
});
