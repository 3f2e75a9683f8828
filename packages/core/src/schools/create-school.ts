// A new school and its first admin, registered by an operator on the server's command line. The
// admin gets a one-time login code, as a roster import gives new accounts: it signs in once and
// asks for a password of their own.
import type { Db } from "@zang/db";
import type { TCreateSchoolInput } from "@zang/validators";
import { auditEntry } from "../audit/audit-record.ts";
import { generateLoginCode, oneTimeCodeCredential } from "../auth/login-code.ts";
import { AppError } from "../errors.ts";

export type CreatedSchool = {
  schoolId: string;
  code: string;
  name: string;
  timeZone: string;
  locale: string;
  admin: { userId: string; username: string; displayName: string; loginCode: string };
};

export async function createSchool({ db, input }: { db: Db; input: TCreateSchoolInput }): Promise<CreatedSchool> {
  const loginCode = generateLoginCode();
  return db.prisma.$transaction(async (tx) => {
    // ON CONFLICT: two operators registering the same code at once get one school, and a clear refusal.
    const [school] = await tx.$queryRaw<Array<{ id: string }>>`
      INSERT INTO "School" (code, name, "timeZone", locale) VALUES (${input.code}, ${input.name}, ${input.timeZone}, ${input.locale})
      ON CONFLICT (code) DO NOTHING RETURNING id`;
    if (!school) throw new AppError({ code: "CONFLICT", message: `A school with the code "${input.code}" already exists.` });
    const admin = await tx.user.create({
      data: { schoolId: school.id, username: input.adminUsername, displayName: input.adminName, role: "admin" },
      select: { id: true },
    });
    await tx.credential.create({ data: { userId: admin.id, ...oneTimeCodeCredential(loginCode) }, select: { userId: true } });
    await auditEntry(tx, { schoolId: school.id, actorId: null, action: "login_code_issued", targetUserId: admin.id, details: { via: "command_line" } });
    return {
      schoolId: school.id,
      code: input.code,
      name: input.name,
      timeZone: input.timeZone,
      locale: input.locale,
      admin: { userId: admin.id, username: input.adminUsername, displayName: input.adminName, loginCode },
    };
  });
}
