import type { Db, UserRole } from "@zang/db";
import { auditEntry } from "../audit/audit-record.ts";
import { generateLoginCode, oneTimeCodeCredential } from "../auth/login-code.ts";
import { AppError } from "../errors.ts";
import type { LoginThrottle } from "../rate-limit/login-throttle.ts";
import type { Viewer } from "../viewer.ts";

export type IssuedLoginCode = { userId: string; username: string; displayName: string; role: UserRole; schoolCode: string; code: string };

/** Who gets the code: by id within a school (the web app), or by school code and username (the command line). */
type Recipient = { schoolId: string; userId: string } | { schoolCode: string; username: string };

/** A school admin gives someone of their school a new login code (see giveLoginCode); their own password they change themselves. */
export async function issueLoginCode({ db, throttle, viewer, userId }: { db: Db; throttle: LoginThrottle; viewer: Viewer; userId: string }): Promise<IssuedLoginCode> {
  if (userId === viewer.userId) {
    throw new AppError({ code: "INVALID_INPUT", message: "Change your own password on your account page." });
  }
  return giveLoginCode({ db, throttle, recipient: { schoolId: viewer.schoolId, userId }, actorId: viewer.userId });
}

/**
 * Replaces a lost password with a new one-time login code, as a roster import gives new accounts:
 * the old password stops working, every session of the account ends (whoever had one is signed
 * out), a sign-in lockout from failed tries is lifted, and at the first sign-in with the code the
 * person must choose a new password. Only the code's hash is stored; the code itself is returned
 * once, to be handed over. The school's activity log records who gave it (`actorId`; null for
 * the server's command line).
 */
export async function giveLoginCode({
  db,
  throttle,
  recipient,
  actorId,
}: {
  db: Db;
  throttle: LoginThrottle;
  recipient: Recipient;
  actorId: string | null;
}): Promise<IssuedLoginCode> {
  const user = await db.prisma.user.findFirst({
    where: {
      disabledAt: null,
      ...("userId" in recipient ? { id: recipient.userId, schoolId: recipient.schoolId } : { username: recipient.username, school: { code: recipient.schoolCode } }),
    },
    select: { id: true, schoolId: true, username: true, displayName: true, role: true, school: { select: { code: true } } },
  });
  if (!user) throw new AppError({ code: "NOT_FOUND", message: "This user does not exist in your school." });
  const code = generateLoginCode();
  const credential = oneTimeCodeCredential(code);
  await db.prisma.$transaction([
    db.prisma.credential.upsert({ where: { userId: user.id }, create: { userId: user.id, ...credential }, update: credential, select: { userId: true } }),
    db.prisma.session.deleteMany({ where: { userId: user.id } }),
    auditEntry(db.prisma, {
      schoolId: user.schoolId,
      actorId,
      action: "login_code_issued",
      targetUserId: user.id,
      details: { via: actorId === null ? "command_line" : "web" },
    }),
  ]);
  await throttle.unlockAccount({ schoolCode: user.school.code, username: user.username });
  return { userId: user.id, username: user.username, displayName: user.displayName, role: user.role, schoolCode: user.school.code, code };
}
