// A class's name and whether it is in use, set by the school's admins by hand. (A roster import
// sets the same for the classes it brings: a class it still lists comes back as it names it.)
import type { Db } from "@zang/db";
import type { TArchiveClassInput, TRenameClassInput } from "@zang/validators";
import { auditEntry } from "../audit/audit-record.ts";
import { AppError } from "../errors.ts";
import { publishQuietly, type MessagingDeps } from "../messages/messaging-deps.ts";
import type { Viewer } from "../viewer.ts";

const NOT_FOUND = "This class does not exist.";

/** Renames a class (and sets its grade); the same name and grade again changes and logs nothing. */
export async function renameClass({ db, events, viewer, input }: MessagingDeps & { viewer: Viewer; input: TRenameClassInput }) {
  const grade = input.grade ?? null;
  const changed = await db.prisma.$transaction(async (tx) => {
    const [previous] = await tx.$queryRaw<Array<{ name: string; grade: string | null }>>`
      SELECT name, grade FROM "ClassGroup" WHERE id = ${input.classId}::uuid AND "schoolId" = ${viewer.schoolId}::uuid FOR UPDATE`;
    if (!previous) throw new AppError({ code: "NOT_FOUND", message: NOT_FOUND });
    if (previous.name === input.name && previous.grade === grade) return false;
    await tx.classGroup.update({ where: { id: input.classId }, data: { name: input.name, grade }, select: { id: true } });
    await auditEntry(tx, {
      schoolId: viewer.schoolId,
      actorId: viewer.userId,
      action: "class_renamed",
      classId: input.classId,
      details: { previousName: previous.name, name: input.name },
    });
    return true;
  });
  // Open pages of the class re-read it and show the new name.
  if (changed) await publishQuietly(events, { classId: input.classId, kind: "class.updated" });
  return { classId: input.classId, name: input.name, grade };
}

/**
 * Archives a class (it disappears for everyone: its conversation, homework and lessons stay in
 * the database, untouched) or restores it as it was. Members' open pages hear of it at once.
 */
export async function setClassArchived({ db, events, viewer, input }: MessagingDeps & { viewer: Viewer; input: TArchiveClassInput }) {
  const changed = await db.prisma.$transaction(async (tx) => {
    const exists = await tx.classGroup.findFirst({ where: { id: input.classId, schoolId: viewer.schoolId }, select: { id: true } });
    if (!exists) throw new AppError({ code: "NOT_FOUND", message: NOT_FOUND });
    const { count } = await tx.classGroup.updateMany({
      where: { id: input.classId, archivedAt: input.archived ? null : { not: null } },
      data: { archivedAt: input.archived ? new Date() : null },
    });
    if (count === 0) return false;
    await auditEntry(tx, { schoolId: viewer.schoolId, actorId: viewer.userId, action: input.archived ? "class_archived" : "class_restored", classId: input.classId });
    return true;
  });
  if (changed) await publishQuietly(events, { classId: input.classId, kind: "class.updated" });
  return { classId: input.classId, archived: input.archived };
}

/** The school's archived classes, most recently archived first, for an admin to restore. */
export async function listArchivedClasses({ db, viewer }: { db: Db; viewer: Viewer }) {
  const classes = await db.prisma.classGroup.findMany({
    where: { schoolId: viewer.schoolId, archivedAt: { not: null } },
    orderBy: [{ archivedAt: "desc" }, { name: "asc" }],
    select: { id: true, name: true, grade: true, archivedAt: true, _count: { select: { memberships: true } } },
  });
  return classes.map(({ _count, archivedAt, ...classGroup }) => ({ ...classGroup, archivedAt: archivedAt!, memberCount: _count.memberships }));
}
