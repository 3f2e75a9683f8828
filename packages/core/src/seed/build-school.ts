import type { ClassRole, Db, UserRole } from "@zang/db";
import { hashPassword } from "../auth/password.ts";

export type SchoolSpec = {
  code: string;
  name: string;
  timeZone?: string;
  locale?: "fa" | "en";
  users: Array<{ username: string; displayName: string; role: UserRole; password: string }>;
  classes: Array<{ name: string; grade?: string; members: Array<{ username: string; role: ClassRole }> }>;
};

export type BuiltSchool = {
  schoolId: string;
  userIds: Record<string, string>;
  classIds: Record<string, string>;
};

/**
 * Creates a school with its people and classes in one transaction. Used by the demo seed and by
 * tests, so both exercise the same shape of data.
 */
export async function buildSchool({ db, spec }: { db: Db; spec: SchoolSpec }): Promise<BuiltSchool> {
  // Hash outside the transaction: argon2 runs on libuv's thread pool and should not hold a connection.
  const hashes = await Promise.all(spec.users.map((user) => hashPassword(user.password)));
  return db.prisma.$transaction(async (tx) => {
    const school = await tx.school.create({
      data: { code: spec.code, name: spec.name, timeZone: spec.timeZone ?? "Asia/Tehran", locale: spec.locale ?? "fa" },
      select: { id: true },
    });
    const users = await tx.user.createManyAndReturn({
      data: spec.users.map((user) => ({
        schoolId: school.id,
        username: user.username,
        displayName: user.displayName,
        role: user.role,
      })),
      select: { id: true, username: true },
    });
    const userIds = Object.fromEntries(users.map((user) => [user.username, user.id]));
    await tx.credential.createMany({
      data: spec.users.map((user, index) => ({ userId: userIds[user.username]!, passwordHash: hashes[index]! })),
    });
    const classIds: Record<string, string> = {};
    for (const classSpec of spec.classes) {
      const classGroup = await tx.classGroup.create({
        data: { schoolId: school.id, name: classSpec.name, grade: classSpec.grade ?? null },
        select: { id: true },
      });
      classIds[classSpec.name] = classGroup.id;
      await tx.membership.createMany({
        data: classSpec.members.map((member) => {
          const userId = userIds[member.username];
          if (!userId) throw new Error(`buildSchool: class ${classSpec.name} names unknown user ${member.username}`);
          return { classId: classGroup.id, userId, schoolId: school.id, role: member.role };
        }),
      });
    }
    return { schoolId: school.id, userIds, classIds };
  });
}
