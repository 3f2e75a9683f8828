import type { Db } from "@zang/db";
import { getClassAccess } from "../classes/class-access.ts";
import type { Viewer } from "../viewer.ts";

/**
 * The classes whose events the viewer may receive: the one named (if they may read it), or every
 * class they are a member of. Only members (and their school's admins, for a named class) hear a
 * class's events.
 */
export async function subscribableClassIds({ db, viewer, classId }: { db: Db; viewer: Viewer; classId?: string | null }): Promise<string[]> {
  if (classId) return [(await getClassAccess({ db, viewer, classId })).classId];
  const memberships = await db.prisma.membership.findMany({
    where: { userId: viewer.userId, schoolId: viewer.schoolId, classGroup: { archivedAt: null } },
    select: { classId: true },
  });
  return memberships.map((membership) => membership.classId);
}
