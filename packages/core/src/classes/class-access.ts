import type { ClassRole, Db } from "@zang/db";
import { AppError } from "../errors.ts";
import type { Viewer } from "../viewer.ts";

/** How the viewer relates to a class: a member with a role there, or the school's admin. */
export type ClassAccessRole = ClassRole | "admin";
export type ClassAccess = { classId: string; role: ClassAccessRole };

const NOT_FOUND_MESSAGE = "This class does not exist or you are not a member of it.";

/**
 * Resolves the viewer's access to a class of their own school. A class of another school and a
 * class the viewer is not in give the same NOT_FOUND, so ids of other schools reveal nothing.
 */
export async function getClassAccess({ db, viewer, classId }: { db: Db; viewer: Viewer; classId: string }): Promise<ClassAccess> {
  const classGroup = await db.prisma.classGroup.findFirst({
    where: { id: classId, schoolId: viewer.schoolId },
    select: { id: true, memberships: { where: { userId: viewer.userId }, select: { role: true } } },
  });
  if (!classGroup) throw new AppError({ code: "NOT_FOUND", message: NOT_FOUND_MESSAGE });
  const membership = classGroup.memberships[0];
  if (membership) return { classId, role: membership.role };
  if (viewer.role === "admin") return { classId, role: "admin" };
  throw new AppError({ code: "NOT_FOUND", message: NOT_FOUND_MESSAGE });
}

/** Teachers of the class and the school's admins manage it. */
export function canManageClass(access: ClassAccess): boolean {
  return access.role === "teacher" || access.role === "admin";
}
