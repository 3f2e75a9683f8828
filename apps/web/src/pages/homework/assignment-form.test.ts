import { describe, expect, it } from "vitest";
import { assignmentFormValues, checkAssignmentForm, type AssignmentFormValues } from "./assignment-form.ts";
import type { Assignment } from "./homework-types.ts";

const CLASS_ID = "0b7f4c1e-52a4-4d55-9a53-3f1c2b8e9d10";
const TEHRAN = "Asia/Tehran";
const VALUES: AssignmentFormValues = {
  title: "  Fractions  ",
  instructions: "Exercises 1–10",
  dueAt: "2026-03-21T14:30",
  maxPoints: "۲۰",
  acceptsLateWork: false,
  allowLateUntil: "",
};

describe("checkAssignmentForm", () => {
  it("turns the form into the create input, reading times on the school's clock", () => {
    const checked = checkAssignmentForm({ values: VALUES, fileIds: [], timeZone: TEHRAN, target: { classId: CLASS_ID } });
    expect(checked).toEqual({
      create: {
        classId: CLASS_ID,
        title: "Fractions",
        instructions: "Exercises 1–10",
        dueAt: new Date("2026-03-21T11:00:00Z"),
        maxPoints: 20,
        allowLateUntil: null,
        fileIds: [],
      },
    });
  });

  it("names each missing or wrong field", () => {
    const checked = checkAssignmentForm({
      values: { ...VALUES, title: " ", dueAt: "", maxPoints: "0", acceptsLateWork: true },
      fileIds: [],
      timeZone: TEHRAN,
      target: { classId: CLASS_ID },
    });
    expect(checked).toEqual({ problems: { title: "required", dueAt: "required", maxPoints: "invalidPoints", allowLateUntil: "required" } });
  });

  it("refuses a late deadline before the due time", () => {
    const values = { ...VALUES, acceptsLateWork: true, allowLateUntil: "2026-03-21T14:00" };
    expect(checkAssignmentForm({ values, fileIds: [], timeZone: TEHRAN, target: { classId: CLASS_ID } })).toEqual({ problems: { allowLateUntil: "lateBeforeDue" } });
  });

  it("refuses points with more than two decimals", () => {
    const checked = checkAssignmentForm({ values: { ...VALUES, maxPoints: "10.125" }, fileIds: [], timeZone: TEHRAN, target: { classId: CLASS_ID } });
    expect(checked).toEqual({ problems: { maxPoints: "invalidPoints" } });
  });

  it("builds an update for an existing assignment, with its attachments", () => {
    const fileId = "7d0c1a0e-1111-4d55-9a53-3f1c2b8e9d10";
    const checked = checkAssignmentForm({ values: VALUES, fileIds: [fileId], timeZone: TEHRAN, target: { assignmentId: CLASS_ID } });
    expect(checked).toMatchObject({ update: { assignmentId: CLASS_ID, fileIds: [fileId] } });
  });
});

describe("assignmentFormValues", () => {
  it("fills the edit form on the school's clock", () => {
    const assignment = {
      title: "Fractions",
      instructions: "",
      dueAt: new Date("2026-03-21T11:00:00Z"),
      allowLateUntil: new Date("2026-03-22T11:00:00Z"),
      maxPoints: 18.5,
    } as Assignment;
    expect(assignmentFormValues({ assignment, timeZone: TEHRAN })).toEqual({
      title: "Fractions",
      instructions: "",
      dueAt: "2026-03-21T14:30",
      maxPoints: "18.5",
      acceptsLateWork: true,
      allowLateUntil: "2026-03-22T14:30",
    });
  });
});
