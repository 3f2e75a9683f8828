import type { Db } from "@zang/db";
import type { TSetUserActiveInput } from "@zang/validators";
import { auditEntry } from "../audit/audit-record.ts";
import { AppError } from "../errors.ts";
import type { Viewer } from "../viewer.ts";

/**
 * A school admin deactivates an account (someone who left the school) or brings it back. A
 * deactivated account cannot sign in and every session of it ends at once; its messages, hand-ins
 * and class memberships stay, so reactivating restores it as it was, password included. Asking
 * for the state the account is already in changes nothing and logs nothing. A roster import
 * decides for the people it lists: one that lists them as active brings them back.
 */
export async function setUserActive({ db, viewer, input }: { db: Db; viewer: Viewer; input: TSetUserActiveInput }) {
  if (input.userId === viewer.userId) {
    throw new AppError({ code: "INVALID_INPUT", message: "You cannot deactivate your own account." });
  }
  await db.prisma.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: input.userId, schoolId: viewer.schoolId }, select: { id: true } });
    if (!user) throw new AppError({ code: "NOT_FOUND", message: "This user does not exist in your school." });
    // One statement decides, so two admins doing the same at once log it once.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, disabledAt: input.active ? { not: null } : null },
      data: { disabledAt: input.active ? null : new Date() },
    });
    if (count === 0) return;
    if (!input.active) await tx.session.deleteMany({ where: { userId: user.id } });
    await auditEntry(tx, {
      schoolId: viewer.schoolId,
      actorId: viewer.userId,
      action: input.active ? "user_reactivated" : "user_deactivated",
      targetUserId: user.id,
    });
  });
  return { userId: input.userId, active: input.active };
}
