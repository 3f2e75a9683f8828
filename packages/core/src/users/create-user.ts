import type { Db } from "@zang/db";
import type { TCreateUserInput } from "@zang/validators";
import { auditEntry } from "../audit/audit-record.ts";
import { generateLoginCode, oneTimeCodeCredential } from "../auth/login-code.ts";
import { AppError } from "../errors.ts";
import type { Viewer } from "../viewer.ts";
import type { IssuedLoginCode } from "./issue-login-code.ts";

/**
 * A school admin adds one person by hand (someone who joined mid-year, a new teacher): the account
 * signs in first with the one-time code returned here, shown once, then asks for a password. The
 * activity log records who added whom. A username taken in the school is refused.
 */
export async function createUser({ db, viewer, input }: { db: Db; viewer: Viewer; input: TCreateUserInput }): Promise<IssuedLoginCode> {
  const code = generateLoginCode();
  return db.prisma.$transaction(async (tx) => {
    // ON CONFLICT: two admins adding the same username at once get one account and a clear refusal.
    const [created] = await tx.$queryRaw<Array<{ id: string; schoolCode: string }>>`
      INSERT INTO "User" ("schoolId", username, "displayName", role)
      VALUES (${viewer.schoolId}::uuid, ${input.username}, ${input.displayName}, ${input.role}::"UserRole")
      ON CONFLICT ("schoolId", username) DO NOTHING
      RETURNING id, (SELECT code FROM "School" WHERE id = ${viewer.schoolId}::uuid) AS "schoolCode"`;
    if (!created) throw new AppError({ code: "CONFLICT", message: `The username "${input.username}" is already taken in your school.` });
    await tx.credential.create({ data: { userId: created.id, ...oneTimeCodeCredential(code) }, select: { userId: true } });
    await auditEntry(tx, { schoolId: viewer.schoolId, actorId: viewer.userId, action: "user_created", targetUserId: created.id, details: { via: "web" } });
    return { userId: created.id, username: input.username, displayName: input.displayName, role: input.role, schoolCode: created.schoolCode, code };
  });
}
