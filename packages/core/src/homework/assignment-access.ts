import type { Db } from "@zang/db";
import { getClassAccess, type ClassAccess } from "../classes/class-access.ts";
import { AppError } from "../errors.ts";
import type { Viewer } from "../viewer.ts";

const ASSIGNMENT_FIELDS = {
  id: true,
  classId: true,
  title: true,
  instructions: true,
  dueAt: true,
  allowLateUntil: true,
  maxPoints: true,
  closedAt: true,
  createdAt: true,
} as const;

/** An assignment of the viewer's school and the viewer's access to its class (NOT_FOUND otherwise). */
export async function loadAssignment({ db, viewer, assignmentId }: { db: Db; viewer: Viewer; assignmentId: string }) {
  const assignment = await db.prisma.assignment.findFirst({ where: { id: assignmentId, schoolId: viewer.schoolId }, select: ASSIGNMENT_FIELDS });
  if (!assignment) throw new AppError({ code: "NOT_FOUND", message: "This assignment does not exist." });
  const access: ClassAccess = await getClassAccess({ db, viewer, classId: assignment.classId });
  return { assignment, access };
}

export type LoadedAssignment = Awaited<ReturnType<typeof loadAssignment>>["assignment"];

export { ASSIGNMENT_FIELDS };
