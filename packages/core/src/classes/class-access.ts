import type { ClassRole, Db } from "@zang/db";
import { AppError } from "../errors.ts";
import type { Viewer } from "../viewer.ts";

/** How the viewer relates to a class: a member with a role there, or the school's admin. */
export type ClassAccessRole = ClassRole | "admin";
export type PostingPolicy = "everyone" | "teachers_only";
export type ClassAccess = {
  classId: string;
  role: ClassAccessRole;
  postingPolicy: PostingPolicy;
  isMuted: boolean;
};

const NOT_FOUND_MESSAGE = "This class does not exist or you are not a member of it.";

/**
 * Resolves the viewer's access to a class of their own school. A class of another school and a
 * class the viewer is not in give the same NOT_FOUND, so ids of other schools reveal nothing.
 */
export async function getClassAccess({ db, viewer, classId }: { db: Db; viewer: Viewer; classId: string }): Promise<ClassAccess> {
  const classGroup = await db.prisma.classGroup.findFirst({
    where: { id: classId, schoolId: viewer.schoolId, archivedAt: null },
    select: { id: true, postingPolicy: true, memberships: { where: { userId: viewer.userId }, select: { role: true, mutedAt: true } } },
  });
  if (!classGroup) throw new AppError({ code: "NOT_FOUND", message: NOT_FOUND_MESSAGE });
  const membership = classGroup.memberships[0];
  const base = { classId, postingPolicy: classGroup.postingPolicy };
  if (membership) return { ...base, role: membership.role, isMuted: membership.mutedAt !== null };
  if (viewer.role === "admin") return { ...base, role: "admin", isMuted: false };
  throw new AppError({ code: "NOT_FOUND", message: NOT_FOUND_MESSAGE });
}

/** Teachers of the class and the school's admins manage it. */
export function canManageClass(access: ClassAccess): boolean {
  return access.role === "teacher" || access.role === "admin";
}

export type CannotPostReason = "announcement_mode" | "muted";

/** Why the viewer may not post in the class, or null when they may. */
export function cannotPostReason(access: ClassAccess): CannotPostReason | null {
  if (canManageClass(access)) return null;
  if (access.isMuted) return "muted";
  if (access.postingPolicy === "teachers_only") return "announcement_mode";
  return null;
}

const CANNOT_POST_MESSAGES: Record<CannotPostReason, string> = {
  announcement_mode: "Only teachers can post in this class (announcement mode).",
  muted: "A teacher has muted you in this class. You can still read it.",
};

export function assertCanPost(access: ClassAccess): void {
  const reason = cannotPostReason(access);
  if (reason) throw new AppError({ code: "FORBIDDEN", message: CANNOT_POST_MESSAGES[reason] });
}
