import type { Db } from "@zang/db";
import type { Viewer } from "../viewer.ts";
import { schoolUsersMatching } from "./school-user-search.ts";

/** Classes shown beside a person, to tell apart two people of the same name. */
const CLASSES_SHOWN = 3;

/** Classes a roster import archived are not shown. */
const LIVE_CLASS = { classGroup: { archivedAt: null } };

/** How a person signs in now: their own password, a one-time code not used yet, or neither. */
export type SignInState = "password" | "code" | "none";

/**
 * For a school admin looking someone up (to give them a new login code, say, or to deactivate
 * them): the school's people who match `query`, deactivated ones included (`isActive` false).
 */
export async function findSchoolUsers({ db, viewer, query }: { db: Db; viewer: Viewer; query: string }) {
  const users = await db.prisma.user.findMany({
    ...schoolUsersMatching(viewer.schoolId, query, { includeDeactivated: true }),
    select: {
      id: true,
      disabledAt: true,
      username: true,
      displayName: true,
      role: true,
      credential: { select: { passwordHash: true, oneTimeCodeHash: true } },
      memberships: { where: LIVE_CLASS, select: { classGroup: { select: { name: true } } }, orderBy: { classGroup: { name: "asc" } }, take: CLASSES_SHOWN },
      _count: { select: { memberships: { where: LIVE_CLASS } } },
    },
  });
  return users.map((user) => ({
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    isActive: user.disabledAt === null,
    signIn: signInState(user.credential),
    classNames: user.memberships.map((membership) => membership.classGroup.name),
    classCount: user._count.memberships,
  }));
}

function signInState(credential: { passwordHash: string | null; oneTimeCodeHash: string | null } | null): SignInState {
  if (credential?.passwordHash) return "password";
  return credential?.oneTimeCodeHash ? "code" : "none";
}
