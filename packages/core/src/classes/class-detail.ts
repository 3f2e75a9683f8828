import type { Db } from "@zang/db";
import { MESSAGE_COLUMNS, MESSAGE_JOINS, toMessage, type MessageRow } from "../messages/message-sql.ts";
import type { Viewer } from "../viewer.ts";
import { canManageClass, cannotPostReason, type ClassAccess } from "./class-access.ts";

/** What the class page needs to render before the first message: policy, rights, read marker, pins. */
export async function getClassDetail({ db, viewer, access }: { db: Db; viewer: Viewer; access: ClassAccess }) {
  const classGroup = await db.prisma.classGroup.findUniqueOrThrow({
    where: { id: access.classId },
    select: { id: true, name: true, grade: true, lastSeq: true, memberships: { where: { userId: viewer.userId }, select: { lastReadSeq: true } } },
  });
  const { rows } = await db.pool.query<MessageRow>(
    `SELECT ${MESSAGE_COLUMNS} FROM "Message" m ${MESSAGE_JOINS}
     WHERE m."classId" = $1 AND m."pinnedAt" IS NOT NULL ORDER BY m."pinnedAt" DESC`,
    [access.classId],
  );
  const reason = cannotPostReason(access);
  return {
    id: classGroup.id,
    name: classGroup.name,
    grade: classGroup.grade,
    postingPolicy: access.postingPolicy,
    role: access.role,
    isMuted: access.isMuted,
    canPost: reason === null,
    cannotPostReason: reason,
    canModerate: canManageClass(access),
    lastSeq: Number(classGroup.lastSeq),
    lastReadSeq: Number(classGroup.memberships[0]?.lastReadSeq ?? classGroup.lastSeq),
    pinned: rows.map(toMessage),
  };
}
