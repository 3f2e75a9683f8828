import type { Db } from "@zang/db";
import { AppError } from "../errors.ts";
import type { Viewer } from "../viewer.ts";

export async function getMe({ db, viewer }: { db: Db; viewer: Viewer }) {
  const user = await db.prisma.user.findFirst({
    where: { id: viewer.userId, schoolId: viewer.schoolId },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      credential: { select: { mustChangePassword: true } },
      school: { select: { code: true, name: true, timeZone: true, locale: true } },
    },
  });
  if (!user) throw new AppError({ code: "UNAUTHENTICATED", message: "Your session has ended. Sign in again." });
  const { credential, ...rest } = user;
  return { ...rest, mustChangePassword: credential?.mustChangePassword ?? false };
}
