import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestSchool, connectTestDb, viewerFor } from "../testing/test-db.ts";
import { getClassAccess } from "./class-access.ts";
import { listClasses } from "./list-classes.ts";
import { findPeopleForClass } from "./manage-classes.ts";

const db = connectTestDb();
let school: Awaited<ReturnType<typeof buildTestSchool>>;
let otherSchool: Awaited<ReturnType<typeof buildTestSchool>>;

beforeAll(async () => {
  [school, otherSchool] = await Promise.all([buildTestSchool(db, "classes"), buildTestSchool(db, "classes-other")]);
});
afterAll(() => db.close());

describe("listClasses", () => {
  it("shows a teacher and a student only the classes they are in, with their role", async () => {
    const teacher = await listClasses({ db, viewer: await viewerFor(db, school, "teacher1") });
    expect(teacher.map((c) => [c.name, c.role, c.memberCount])).toEqual([["7-A", "teacher", 3]]);
    const student = await listClasses({ db, viewer: await viewerFor(db, school, "student3") });
    expect(student.map((c) => [c.name, c.role])).toEqual([["7-B", "student"]]);
  });

  it("shows a school admin every class of their school and none of another", async () => {
    const classes = await listClasses({ db, viewer: await viewerFor(db, school, "admin") });
    expect(classes.map((c) => c.id).sort()).toEqual(Object.values(school.classIds).sort());
    expect(classes.every((c) => c.role === null)).toBe(true);
  });
});

describe("getClassAccess", () => {
  it("gives members their class role and admins the admin role", async () => {
    const classId = school.classIds["7-A"]!;
    await expect(getClassAccess({ db, viewer: await viewerFor(db, school, "student1"), classId })).resolves.toMatchObject({ classId, role: "student", isMuted: false });
    await expect(getClassAccess({ db, viewer: await viewerFor(db, school, "admin"), classId })).resolves.toMatchObject({ classId, role: "admin" });
  });

  it("answers NOT_FOUND alike for a class one is not in and for another school's class", async () => {
    const outsider = await viewerFor(db, school, "student3");
    const notMine = await getClassAccess({ db, viewer: outsider, classId: school.classIds["7-A"]! }).catch((e: unknown) => e);
    const otherAdmin = await viewerFor(db, otherSchool, "admin");
    const otherSchools = await getClassAccess({ db, viewer: otherAdmin, classId: school.classIds["7-A"]! }).catch((e: unknown) => e);
    expect(notMine).toMatchObject({ code: "NOT_FOUND" });
    expect(otherSchools).toMatchObject({ code: "NOT_FOUND", message: (notMine as Error).message });
  });
});

describe("findPeopleForClass", () => {
  it("finds the school's people by part of their username or name, any case, with their role in the class", async () => {
    const admin = await viewerFor(db, school, "admin");
    const classId = school.classIds["7-A"]!;
    const byUsername = await findPeopleForClass({ db, viewer: admin, input: { classId, query: "STUDENT" } });
    expect(byUsername.map((person) => [person.username, person.role, person.classRole])).toEqual([
      ["student1", "student", "student"],
      ["student2", "student", "student"],
      ["student3", "student", null],
    ]);
    const teacher = await findPeopleForClass({ db, viewer: admin, input: { classId, query: "teacher1" } });
    expect(teacher).toEqual([{ userId: school.userIds.teacher1, username: "teacher1", displayName: expect.any(String), role: "teacher", classRole: "teacher" }]);
    // A wildcard of SQL's LIKE is a character like any other here.
    expect(await findPeopleForClass({ db, viewer: admin, input: { classId, query: "%" } })).toEqual([]);
  });

  it("finds nobody of another school, and refuses another school's class", async () => {
    const otherAdmin = await viewerFor(db, otherSchool, "admin");
    const found = await findPeopleForClass({ db, viewer: otherAdmin, input: { classId: otherSchool.classIds["7-A"]!, query: "student" } });
    expect(found.every((person) => Object.values(otherSchool.userIds).includes(person.userId))).toBe(true);
    await expect(findPeopleForClass({ db, viewer: otherAdmin, input: { classId: school.classIds["7-A"]!, query: "student" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
