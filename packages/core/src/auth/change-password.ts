import type { Db } from "@zang/db";
import type { TChangePasswordInput } from "@zang/validators";
import { AppError } from "../errors.ts";
import type { Viewer } from "../viewer.ts";
import { checkSecret } from "./login.ts";
import { hashPassword } from "./password.ts";

/**
 * Sets a new password (also how a student replaces a one-time login code: the code counts as the
 * current password and is cleared). Every other session of the user ends: whoever knew the old
 * secret is signed out.
 */
export async function changePassword({ db, viewer, input }: { db: Db; viewer: Viewer; input: TChangePasswordInput }): Promise<void> {
  const credential = await db.prisma.credential.findFirst({
    where: { userId: viewer.userId, user: { schoolId: viewer.schoolId } },
    select: { passwordHash: true, oneTimeCodeHash: true },
  });
  if (!credential || !(await checkSecret(credential, input.currentPassword)).isValid) {
    throw new AppError({ code: "INVALID_INPUT", message: "The current password is not correct." });
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError({ code: "INVALID_INPUT", message: "Choose a password different from the current one." });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.prisma.$transaction([
    db.prisma.credential.update({ where: { userId: viewer.userId }, data: { passwordHash, oneTimeCodeHash: null, mustChangePassword: false } }),
    db.prisma.session.deleteMany({ where: { userId: viewer.userId, id: { not: viewer.sessionId } } }),
  ]);
}
