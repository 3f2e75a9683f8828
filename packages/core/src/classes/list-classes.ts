import type { ClassRole, Db } from "@zang/db";
import type { Viewer } from "../viewer.ts";

export type ClassSummary = {
  id: string;
  name: string;
  grade: string | null;
  /** The viewer's role in the class; null for a school admin who is not a member. */
  role: ClassRole | null;
  memberCount: number;
  createdAt: Date;
};

const CLASS_SUMMARY_SELECT = {
  id: true,
  name: true,
  grade: true,
  createdAt: true,
  _count: { select: { memberships: true } },
} as const;

/** The viewer's classes; a school admin sees every class of the school. */
export async function listClasses({ db, viewer }: { db: Db; viewer: Viewer }): Promise<ClassSummary[]> {
  const classes = await db.prisma.classGroup.findMany({
    where: {
      schoolId: viewer.schoolId,
      archivedAt: null,
      ...(viewer.role === "admin" ? {} : { memberships: { some: { userId: viewer.userId } } }),
    },
    select: { ...CLASS_SUMMARY_SELECT, memberships: { where: { userId: viewer.userId }, select: { role: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return classes.map(({ _count, memberships, ...rest }) => ({
    ...rest,
    role: memberships[0]?.role ?? null,
    memberCount: _count.memberships,
  }));
}
