import type { Db, UserRole } from "@zang/db";
import type { TLoginInput } from "@zang/validators";
import { AppError } from "../errors.ts";
import type { LoginThrottle } from "../rate-limit/login-throttle.ts";
import { verifyLoginCode } from "./login-code.ts";
import { verifyAgainstDummy, verifyPassword } from "./password.ts";
import { createSession, type ClientInfo } from "./sessions.ts";

export type LoginResult = {
  token: string;
  expiresAt: Date;
  user: { id: string; role: UserRole; displayName: string; mustChangePassword: boolean };
};

/** One message for every failure, so the response never tells which of the three was wrong. */
export const LOGIN_FAILED_MESSAGE = "Wrong school code, username or password.";

export async function login({
  db,
  throttle,
  input,
  client,
}: {
  db: Db;
  throttle: LoginThrottle;
  input: TLoginInput;
  client: ClientInfo;
}): Promise<LoginResult> {
  const { schoolCode, username, password } = input;
  const address = client.ipAddress ?? "unknown";
  await throttle.assertAllowed({ schoolCode, username, address });

  const user = await db.prisma.user.findFirst({
    where: { username, school: { code: schoolCode }, disabledAt: null },
    select: {
      id: true,
      schoolId: true,
      role: true,
      displayName: true,
      credential: { select: { passwordHash: true, oneTimeCodeHash: true, mustChangePassword: true } },
    },
  });
  const credential = user?.credential ?? null;
  const { isValid, usedOneTimeCode } = await checkSecret(credential, password);
  if (!user || !credential || !isValid) {
    await throttle.recordFailure({ schoolCode, username, address });
    throw new AppError({ code: "UNAUTHENTICATED", message: LOGIN_FAILED_MESSAGE });
  }

  await throttle.recordSuccess({ schoolCode, username });
  const session = await createSession({ db, userId: user.id, schoolId: user.schoolId, client });
  return {
    token: session.token,
    expiresAt: session.expiresAt,
    user: { id: user.id, role: user.role, displayName: user.displayName, mustChangePassword: usedOneTimeCode || credential.mustChangePassword },
  };
}

/**
 * The password, or the one-time code of an account that has not chosen a password yet. Every
 * path costs exactly one argon2 verification (against the dummy hash when there is no password),
 * so a code account, a password account and an unknown user take the same time.
 */
export async function checkSecret(
  credential: { passwordHash: string | null; oneTimeCodeHash: string | null } | null,
  secret: string,
): Promise<{ isValid: boolean; usedOneTimeCode: boolean }> {
  const isPassword = credential?.passwordHash ? await verifyPassword(credential.passwordHash, secret) : await verifyAgainstDummy(secret);
  if (isPassword) return { isValid: true, usedOneTimeCode: false };
  const isCode = credential?.oneTimeCodeHash ? verifyLoginCode(credential.oneTimeCodeHash, secret) : false;
  return { isValid: isCode, usedOneTimeCode: isCode };
}
