import type { Db } from "@zang/db";
import type { TMarkReadInput } from "@zang/validators";
import type { ClassAccess } from "../classes/class-access.ts";
import { AppError } from "../errors.ts";
import type { Viewer } from "../viewer.ts";

/** Moves the viewer's read marker forward (never back) to a message, or to the newest one. */
export async function markRead({ db, viewer, access, input }: { db: Db; viewer: Viewer; access: ClassAccess; input: TMarkReadInput }) {
  let upTo: bigint;
  if (input.messageId) {
    const message = await db.prisma.message.findFirst({ where: { id: input.messageId, classId: access.classId }, select: { seq: true } });
    if (!message) throw new AppError({ code: "NOT_FOUND", message: "This message is not in this class." });
    upTo = message.seq;
  } else {
    const classGroup = await db.prisma.classGroup.findUniqueOrThrow({ where: { id: access.classId }, select: { lastSeq: true } });
    upTo = classGroup.lastSeq;
  }
  const { rows } = await db.pool.query<{ lastReadSeq: string }>(
    `UPDATE "Membership" SET "lastReadSeq" = GREATEST("lastReadSeq", $3) WHERE "classId" = $1 AND "userId" = $2 RETURNING "lastReadSeq"`,
    [access.classId, viewer.userId, upTo],
  );
  // A school admin reading a class they are not a member of has no marker to move.
  return { lastReadSeq: Number(rows[0]?.lastReadSeq ?? upTo) };
}
