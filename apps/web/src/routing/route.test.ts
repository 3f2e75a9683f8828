import { describe, expect, it } from "vitest";
import { parseRoute, routeHref, type Route } from "./route.ts";

const CLASS_ID = "0b7f4c1e-52a4-4d55-9a53-3f1c2b8e9d10";

describe("parseRoute", () => {
  it("opens the class list for an empty hash or the bare root", () => {
    expect(parseRoute("")).toEqual({ name: "classes" });
    expect(parseRoute("#/")).toEqual({ name: "classes" });
    expect(parseRoute("#/classes/")).toEqual({ name: "classes" });
  });

  it("opens a class's conversation by its id", () => {
    expect(parseRoute(`#/classes/${CLASS_ID}`)).toEqual({ name: "class", classId: CLASS_ID });
    expect(parseRoute(`#/classes/${CLASS_ID.toUpperCase()}/`)).toEqual({ name: "class", classId: CLASS_ID });
  });

  it("treats a class address without a valid id as not found", () => {
    expect(parseRoute("#/classes/7-A")).toEqual({ name: "not-found", path: "/classes/7-A" });
  });

  it("opens a class's homework and one of its assignments", () => {
    const ASSIGNMENT_ID = "7d0c1a0e-1111-4d55-9a53-3f1c2b8e9d10";
    expect(parseRoute(`#/classes/${CLASS_ID}/homework`)).toEqual({ name: "homework", classId: CLASS_ID });
    expect(parseRoute(`#/classes/${CLASS_ID}/homework/${ASSIGNMENT_ID.toUpperCase()}`)).toEqual({ name: "assignment", classId: CLASS_ID, assignmentId: ASSIGNMENT_ID });
    expect(parseRoute(`#/classes/${CLASS_ID}/homework/1`)).toEqual({ name: "not-found", path: `/classes/${CLASS_ID}/homework/1` });
    for (const route of [parseRoute(`#/classes/${CLASS_ID}/homework`), parseRoute(`#/classes/${CLASS_ID}/homework/${ASSIGNMENT_ID}`)]) {
      expect(parseRoute(routeHref(route))).toEqual(route);
    }
  });

  it("opens a class's lessons and one lesson", () => {
    const LESSON_ID = "5e2a9c3b-2222-4d55-9a53-3f1c2b8e9d10";
    expect(parseRoute(`#/classes/${CLASS_ID}/lessons`)).toEqual({ name: "lessons", classId: CLASS_ID });
    expect(parseRoute(`#/classes/${CLASS_ID}/lessons/${LESSON_ID.toUpperCase()}/`)).toEqual({ name: "lesson", classId: CLASS_ID, lessonId: LESSON_ID });
    expect(parseRoute(`#/classes/${CLASS_ID}/lessons/today`)).toEqual({ name: "not-found", path: `/classes/${CLASS_ID}/lessons/today` });
    for (const route of [parseRoute(`#/classes/${CLASS_ID}/lessons`), parseRoute(`#/classes/${CLASS_ID}/lessons/${LESSON_ID}`)]) {
      expect(parseRoute(routeHref(route))).toEqual(route);
    }
  });

  it("opens the school's activity log, or one person's part of it", () => {
    const PERSON_ID = "9a1b2c3d-3333-4d55-9a53-3f1c2b8e9d10";
    expect(parseRoute("#/activity")).toEqual({ name: "activity" });
    expect(parseRoute(`#/activity/${PERSON_ID.toUpperCase()}/`)).toEqual({ name: "activity", personId: PERSON_ID });
    expect(parseRoute("#/activity/student1")).toEqual({ name: "not-found", path: "/activity/student1" });
    for (const route of [parseRoute("#/activity"), parseRoute(`#/activity/${PERSON_ID}`)]) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it("keeps the unknown path for the not-found page", () => {
    expect(parseRoute("#/nowhere")).toEqual({ name: "not-found", path: "/nowhere" });
  });

  it("reads back every href it writes", () => {
    const routes: Route[] = [{ name: "classes" }, { name: "class", classId: CLASS_ID }, { name: "account" }, { name: "roster" }, { name: "people" }, { name: "not-found", path: "/nowhere" }];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });
});
