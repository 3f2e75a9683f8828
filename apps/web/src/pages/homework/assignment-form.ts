// Checks the assignment form with the server's own schema, and reports problems as keys so the
// text follows the reader's language. Dates are typed on the school's clock.
import { ZCreateAssignmentInput, ZUpdateAssignmentInput, type TCreateAssignmentInput, type TUpdateAssignmentInput } from "@zang/validators";
import type { Assignment } from "./homework-types.ts";
import { parseLocalizedNumber } from "./localized-number.ts";
import { dateToZonedInput, zonedInputToDate } from "./zoned-date-time.ts";

export type AssignmentFormValues = {
  title: string;
  instructions: string;
  /** datetime-local values, on the school's clock. */
  dueAt: string;
  maxPoints: string;
  acceptsLateWork: boolean;
  allowLateUntil: string;
};
export type AssignmentField = "title" | "instructions" | "dueAt" | "maxPoints" | "allowLateUntil";
export type AssignmentProblem = "required" | "tooLong" | "invalidPoints" | "lateBeforeDue";
export type AssignmentProblems = Partial<Record<AssignmentField, AssignmentProblem>>;

/** Creating needs the class; editing needs the assignment. */
export type AssignmentTarget = { classId: string } | { assignmentId: string };
type CheckedInput = { create: TCreateAssignmentInput } | { update: TUpdateAssignmentInput };

const DEFAULT_MAX_POINTS = "20";

export function assignmentFormValues({ assignment, timeZone }: { assignment: Assignment | null; timeZone: string }): AssignmentFormValues {
  if (!assignment) return { title: "", instructions: "", dueAt: "", maxPoints: DEFAULT_MAX_POINTS, acceptsLateWork: false, allowLateUntil: "" };
  return {
    title: assignment.title,
    instructions: assignment.instructions,
    dueAt: dateToZonedInput(assignment.dueAt, timeZone),
    maxPoints: String(assignment.maxPoints),
    acceptsLateWork: assignment.allowLateUntil !== null,
    allowLateUntil: assignment.allowLateUntil ? dateToZonedInput(assignment.allowLateUntil, timeZone) : "",
  };
}

export function checkAssignmentForm({
  values,
  fileIds,
  timeZone,
  target,
}: {
  values: AssignmentFormValues;
  fileIds: string[];
  timeZone: string;
  target: AssignmentTarget;
}): CheckedInput | { problems: AssignmentProblems } {
  const problems: AssignmentProblems = {};
  const allowLateUntil = values.acceptsLateWork ? zonedInputToDate(values.allowLateUntil, timeZone) : null;
  if (values.acceptsLateWork && !allowLateUntil) problems.allowLateUntil = "required";
  const fields = {
    title: values.title,
    instructions: values.instructions,
    // undefined, not null, so the schema reports a missing date as "required".
    dueAt: zonedInputToDate(values.dueAt, timeZone) ?? undefined,
    maxPoints: parseLocalizedNumber(values.maxPoints) ?? Number.NaN,
    allowLateUntil,
    fileIds,
  };
  const result = "classId" in target ? ZCreateAssignmentInput.safeParse({ ...fields, ...target }) : ZUpdateAssignmentInput.safeParse({ ...fields, ...target });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path[0];
      switch (field) {
        case "title":
          problems.title ??= issue.code === "too_big" ? "tooLong" : "required";
          break;
        case "instructions":
          problems.instructions ??= "tooLong";
          break;
        case "dueAt":
          problems.dueAt ??= "required";
          break;
        case "maxPoints":
          problems.maxPoints ??= "invalidPoints";
          break;
        case "allowLateUntil":
          problems.allowLateUntil ??= "lateBeforeDue";
          break;
      }
    }
  }
  if (Object.keys(problems).length > 0 || !result.success) return { problems };
  return "classId" in result.data ? { create: result.data } : { update: result.data };
}
