import type { LoadedAssignment } from "./assignment-access.ts";

/** Decimal columns leave the domain as plain numbers (two decimals at most). */
export function toAssignment(assignment: LoadedAssignment) {
  return { ...assignment, maxPoints: assignment.maxPoints.toNumber() };
}

export type AssignmentView = ReturnType<typeof toAssignment>;
